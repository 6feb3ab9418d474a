import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tableNames } from '../../src/data/record-schemas';
import { pursuitDatabaseName as appPursuitDatabaseName } from '../../src/data/sync/documents';
import { DIRECTORY_DATABASE as APP_DIRECTORY_DATABASE } from '../../src/data/sync/sync-tables';
import { DIRECTORY_DATABASE, TABLES, pursuitDatabaseName } from '../../src/server/team-server.mjs';
import { startTeamServer, type TestTeamServer } from '../support/team-server';

const run = promisify(execFile);
const opportunityId = randomUUID();
const database = `opp-${opportunityId}`;
let server: TestTeamServer;

const teamServer = (...args: string[]) =>
  run(process.execPath, [
    'src/server/team-server.mjs',
    '--url',
    server.url,
    '--admin',
    `${server.admin.name}:${server.admin.password}`,
    ...args,
  ]);

/** A write as a signed-in user (basic authentication, as a script would). */
const putAs = async (user: string, password: string, path: string, body: unknown) => {
  const response = await fetch(`${server.url}/${path}`, {
    method: 'PUT',
    headers: {
      authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, answer: (await response.json()) as { reason?: string } };
};

const contactId = randomUUID();
const document = (changes: Record<string, unknown> = {}) => ({
  _id: `contacts:${contactId}`,
  table: 'contacts',
  schemaVersion: 4,
  record: { id: contactId, opportunityId },
  ...changes,
});

beforeAll(async () => {
  server = await startTeamServer();
  await teamServer('setup');
  await teamServer('add-user', 'ann', 'ann-secret');
  await teamServer('add-user', 'bob', 'bob-secret');
  await teamServer('share-pursuit', opportunityId, 'ann');
}, 60_000);
afterAll(async () => {
  await server.stop();
});

describe('the team server set up by npm run team-server', () => {
  test('a teammate of the pursuit writes its documents; one outside it is refused by the server', async () => {
    expect((await putAs('ann', 'ann-secret', `${database}/contacts:${contactId}`, document())).status).toBe(201);
    const id = randomUUID();
    const outsider = await putAs('bob', 'bob-secret', `${database}/contacts:${id}`, {
      ...document(),
      _id: `contacts:${id}`,
      record: { id, opportunityId },
    });
    expect([401, 403]).toContain(outsider.status);
  });

  test.each([
    ['an id naming no table', { _id: `notes:${contactId}` }, 'names no table of Contact Plan'],
    ['a table its id denies', { table: 'messages' }, 'says it is of table messages'],
    ['no database version', { schemaVersion: 'four' }, 'does not say which database version wrote it'],
    ['a record of another id', { record: { id: randomUUID() } }, 'holds no record of that id'],
  ])('a document with %s is refused by the server, in words', async (_, changes, reason) => {
    const doc = document(changes);
    const refused = await putAs('ann', 'ann-secret', `${database}/${encodeURIComponent(doc._id)}`, doc);
    expect(refused.status).toBe(403);
    expect(refused.answer.reason).toContain(reason);
  });

  test('a record from a newer app version passes the server: each app decides what it can read', async () => {
    const id = randomUUID();
    const newer = { ...document(), _id: `contacts:${id}`, schemaVersion: 99, record: { id, priority: 'high' } };
    expect((await putAs('ann', 'ann-secret', `${database}/contacts:${id}`, newer)).status).toBe(201);
  });

  test('a replicated update (new_edits: false) passes the validation and is stored, not dropped', async () => {
    const id = randomUUID();
    const versionOf = (rev: string, ids: string[], location: string) => ({
      ...document(),
      _id: `contacts:${id}`,
      _rev: rev,
      _revisions: { start: ids.length, ids },
      record: { id, opportunityId, location },
    });
    for (const docs of [[versionOf('1-aa', ['aa'], 'first')], [versionOf('2-bb', ['bb', 'aa'], 'second')]]) {
      const written = await fetch(`${server.url}/${database}/_bulk_docs`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from('ann:ann-secret').toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ docs, new_edits: false }),
      });
      expect(written.status).toBe(201);
    }
    const stored = await fetch(`${server.url}/${database}/contacts:${id}`, {
      headers: { authorization: `Basic ${Buffer.from('ann:ann-secret').toString('base64')}` },
    });
    expect(await stored.json()).toMatchObject({ _rev: '2-bb', record: { location: 'second' } });
  });

  test('only a server admin may change the validation', async () => {
    const design = await fetch(`${server.url}/${database}/_design/contact-plan`, {
      headers: { authorization: `Basic ${Buffer.from('ann:ann-secret').toString('base64')}` },
    });
    const current = (await design.json()) as Record<string, unknown>;
    const changed = await putAs('ann', 'ann-secret', `${database}/_design/contact-plan`, {
      ...current,
      validate_doc_update: 'function () {}',
    });
    expect([401, 403]).toContain(changed.status);
  });

  test('a pursuit shared from the app is provisioned by the local team server, open to every teammate', async () => {
    const sharedId = randomUUID();
    const request = {
      _id: `pursuits:${sharedId}`,
      table: 'pursuits',
      schemaVersion: 5,
      record: { id: sharedId, name: 'Shared from the app', sharedBy: 'bob', sharedAt: new Date().toISOString() },
    };
    expect((await putAs('bob', 'bob-secret', `${DIRECTORY_DATABASE}/pursuits:${sharedId}`, request)).status).toBe(201);
    const provisioned = async () => {
      const response = await fetch(`${server.url}/${DIRECTORY_DATABASE}/pursuits:${sharedId}`, {
        headers: { authorization: `Basic ${Buffer.from('bob:bob-secret').toString('base64')}` },
      });
      return ((await response.json()) as { provisioned?: string }).provisioned;
    };
    await expect.poll(provisioned, { timeout: 20_000 }).toBeTruthy();
    const id = randomUUID();
    const contact = { ...document(), _id: `contacts:${id}`, record: { id, opportunityId: sharedId } };
    // Ann was given no role of this pursuit: a pursuit shared from the app is open to the team.
    expect((await putAs('ann', 'ann-secret', `${pursuitDatabaseName(sharedId)}/contacts:${id}`, contact)).status).toBe(
      201,
    );
  });

  test('running it again changes nothing and fails nothing', async () => {
    await teamServer('setup');
    await teamServer('share-pursuit', opportunityId, 'ann');
    const id = randomUUID();
    const again = { ...document(), _id: `contacts:${id}`, record: { id, opportunityId } };
    expect((await putAs('ann', 'ann-secret', `${database}/contacts:${id}`, again)).status).toBe(201);
    expect((await putAs('ann', 'ann-secret', `${database}/notes:${id}`, { ...again, _id: `notes:${id}` })).status).toBe(
      403,
    );
  });
});

test('the script names tables and databases as the app does (it cannot import the app’s TypeScript)', () => {
  expect([...TABLES].sort()).toEqual([...tableNames].sort());
  expect(DIRECTORY_DATABASE).toBe(APP_DIRECTORY_DATABASE);
  expect(pursuitDatabaseName(opportunityId)).toBe(appPursuitDatabaseName(opportunityId));
});
