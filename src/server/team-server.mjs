#!/usr/bin/env node
/**
 * `npm run team-server -- …`: what a CouchDB-protocol team server needs before the app can share
 * pursuits through it, done with admin rights (the app never has them): the company directory
 * database, one database per pursuit with its `_security` (only the pursuit's team may read or
 * write it) and the validation design document (the server refuses what is not a Contact Plan
 * document, whatever client sends it), and the team's user accounts. Works on Apache CouchDB 3
 * and on the local pouchdb-server alike: only the documented protocol is used.
 *
 *   npm run team-server -- --url URL --admin NAME:PASSWORD setup
 *   npm run team-server -- --url URL --admin NAME:PASSWORD add-user NAME PASSWORD
 *   npm run team-server -- --url URL --admin NAME:PASSWORD share-pursuit OPPORTUNITY_ID [USER …]
 *   npm run team-server -- --url URL --admin NAME:PASSWORD provision
 *
 * `provision` keeps running: it is the small step that does, with admin rights, what a teammate's
 * "Share with the team" asks for in the directory (CouchDB lets only admins create databases and
 * set their security). The local team server runs it in-process.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// As the app names them (src/data/sync/sync-tables.ts, documents.ts): a test keeps them the same.
export const DIRECTORY_DATABASE = 'contact-plan-directory';
export const pursuitDatabaseName = (opportunityId) => `opp-${opportunityId.toLowerCase()}`;
/** The role that admits a user to one pursuit's database. */
export const pursuitRole = (opportunityId) => `pursuit-${opportunityId.toLowerCase()}`;

/** The tables of Contact Plan (src/data/record-schemas.ts; a test keeps the two lists the same). */
export const TABLES = [
  'opportunities',
  'organizations',
  'stakeholders',
  'teamMembers',
  'contacts',
  'debriefs',
  'outcomes',
  'actionItems',
  'messages',
];
/**
 * Directory documents that are not records: `pursuits:<opportunity id>`, a teammate's request to
 * share a pursuit, which the provisioning step answers by creating its database (`provisioned`).
 */
export const PURSUIT_REQUESTS = 'pursuits';

/**
 * Runs on the server for every write, replicated or not. It checks the envelope of a document
 * (data/sync/documents.ts); the record inside is checked by each app through its restore step, so
 * a record from a newer app version still travels to teammates who can read it.
 */
const validateDocUpdate = `function (newDoc, oldDoc, userCtx) {
  if (newDoc._id.indexOf('_design/') === 0) {
    if (userCtx.roles.indexOf('_admin') === -1) throw { forbidden: 'Only a server admin may change the design of this database.' };
    return;
  }
  if (newDoc._deleted === true) return;
  var tables = ${JSON.stringify([...TABLES, 'pursuits'])};
  var separator = newDoc._id.indexOf(':');
  var table = separator > 0 ? newDoc._id.slice(0, separator) : '';
  if (tables.indexOf(table) === -1) throw { forbidden: 'The id ' + newDoc._id + ' names no table of Contact Plan.' };
  if (newDoc.table !== table) throw { forbidden: newDoc._id + ' says it is of table ' + newDoc.table + '.' };
  if (typeof newDoc.schemaVersion !== 'number' || newDoc.schemaVersion < 1 || newDoc.schemaVersion % 1 !== 0)
    throw { forbidden: newDoc._id + ' does not say which database version wrote it.' };
  if (!newDoc.record || typeof newDoc.record !== 'object' || newDoc.record.id !== newDoc._id.slice(separator + 1))
    throw { forbidden: newDoc._id + ' holds no record of that id.' };
}`;

const designDocument = { _id: '_design/contact-plan', validate_doc_update: validateDocUpdate };

/** A small client for the admin's calls; a refusal throws with the server's own reason. */
export const adminClient = (url, admin) => {
  const authorization = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  const call = async (method, path, body, { allow = [], signal } = {}) => {
    const response = await fetch(`${url.replace(/\/$/, '')}/${path}`, {
      method,
      signal,
      headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok && !allow.includes(response.status))
      throw new Error(`${method} /${path} was refused (${response.status}): ${answer.reason ?? answer.error ?? ''}`);
    return { status: response.status, answer };
  };
  return { call };
};

const ensureDatabase = async (client, name) => {
  await client.call('PUT', encodeURIComponent(name), undefined, { allow: [412] }); // 412: it exists
  const path = `${encodeURIComponent(name)}/_design/contact-plan`;
  const { status, answer } = await client.call('GET', path, undefined, { allow: [404] });
  await client.call('PUT', path, { ...designDocument, ...(status === 200 ? { _rev: answer._rev } : {}) });
};

/** The directory database (organizations), readable and writable by every signed-in teammate. */
export const setUp = async (client) => {
  await ensureDatabase(client, DIRECTORY_DATABASE);
  await client.call('PUT', `${DIRECTORY_DATABASE}/_security`, {
    admins: { names: [], roles: [] },
    members: { names: [], roles: ['contact-plan'] },
  });
};

/** A teammate's account, with the role every Contact Plan user has. */
export const addUser = async (client, name, password) => {
  const path = `_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
  const { status, answer } = await client.call('GET', path, undefined, { allow: [404] });
  const roles = status === 200 ? [...new Set([...(answer.roles ?? []), 'contact-plan'])] : ['contact-plan'];
  await client.call('PUT', path, {
    ...(status === 200 ? { _rev: answer._rev } : {}),
    _id: `org.couchdb.user:${name}`,
    name,
    type: 'user',
    roles,
    password,
  });
};

/**
 * The pursuit's database, its validation, and its team: only users with its role get in — or, with
 * `openToTeam` (a pursuit shared from the app), every Contact Plan user of the server.
 */
export const sharePursuit = async (client, opportunityId, userNames = [], { openToTeam = false } = {}) => {
  if (!/^[0-9a-f-]{36}$/i.test(opportunityId)) throw new Error(`${opportunityId} is not an opportunity id (a UUID).`);
  const database = pursuitDatabaseName(opportunityId);
  await ensureDatabase(client, database);
  await client.call('PUT', `${database}/_security`, {
    admins: { names: [], roles: [] },
    members: {
      names: [],
      roles: openToTeam ? [pursuitRole(opportunityId), 'contact-plan'] : [pursuitRole(opportunityId)],
    },
  });
  for (const name of userNames) {
    const path = `_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
    const { answer } = await client.call('GET', path);
    await client.call('PUT', path, {
      ...answer,
      roles: [...new Set([...(answer.roles ?? []), pursuitRole(opportunityId)])],
    });
  }
  return database;
};

/**
 * Answers every request to share a pursuit (a `pursuits:<id>` document in the directory without
 * `provisioned`): creates its database as `share-pursuit` does, open to the team, then marks the
 * request provisioned so the apps start syncing it. Follows the directory's changes until `signal`
 * aborts; a failure is reported and retried, never fatal.
 */
export const provisionRequestedPursuits = async (client, { signal, onProblem = console.error } = {}) => {
  let since = 0;
  while (!signal?.aborted) {
    try {
      const { answer } = await client.call(
        'GET',
        `${DIRECTORY_DATABASE}/_changes?feed=longpoll&include_docs=true&timeout=10000&since=${encodeURIComponent(String(since))}`,
        undefined,
        { signal },
      );
      for (const change of answer.results ?? []) {
        const request = change.doc;
        if (!request || request._deleted || !String(request._id).startsWith(`${PURSUIT_REQUESTS}:`)) continue;
        if (request.provisioned) continue;
        const opportunityId = String(request._id).slice(PURSUIT_REQUESTS.length + 1);
        await sharePursuit(client, opportunityId, [], { openToTeam: true });
        await client.call(
          'PUT',
          `${DIRECTORY_DATABASE}/${encodeURIComponent(request._id)}`,
          {
            ...request,
            provisioned: new Date().toISOString(),
          },
          { allow: [409] },
        ); // 409: changed meanwhile; its next change brings it back here
      }
      since = answer.last_seq ?? since;
    } catch (error) {
      if (signal?.aborted) return;
      onProblem(`Provisioning shared pursuits: ${error instanceof Error ? error.message : String(error)}`);
      await new Promise((done) => setTimeout(done, 2000));
    }
  }
};

const usage =
  'Usage: npm run team-server -- --url URL --admin NAME:PASSWORD (setup | add-user NAME PASSWORD | share-pursuit OPPORTUNITY_ID [USER …] | provision)';

const main = async (argv) => {
  let url = null;
  let admin = null;
  const rest = [];
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === '--url') url = argv[++index];
    else if (argv[index] === '--admin') {
      const [name, ...password] = (argv[++index] ?? '').split(':');
      admin = { name, password: password.join(':') };
    } else rest.push(argv[index]);
  }
  const [command, ...values] = rest;
  if (!url || !admin?.name || !command) throw new Error(usage);
  const client = adminClient(url, admin);
  if (command === 'setup') {
    await setUp(client);
    console.log(`${url}: the directory database and its security are set up.`);
  } else if (command === 'add-user' && values.length === 2) {
    await addUser(client, values[0], values[1]);
    console.log(`${url}: user ${values[0]} can sign in.`);
  } else if (command === 'share-pursuit' && values.length >= 1) {
    const database = await sharePursuit(client, values[0], values.slice(1));
    console.log(`${url}: ${database} is set up${values.length > 1 ? ` for ${values.slice(1).join(', ')}` : ''}.`);
  } else if (command === 'provision' && values.length === 0) {
    await setUp(client);
    console.log(`${url}: answering requests to share pursuits (Ctrl+C stops).`);
    await provisionRequestedPursuits(client);
  } else throw new Error(usage);
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
