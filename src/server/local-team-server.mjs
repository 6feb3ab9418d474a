#!/usr/bin/env node
/**
 * The local team server: `pouchdb-server` (the CouchDB replication protocol, from npm) on this
 * machine's loopback address, ready for the app to share pursuits with — a first admin, and CORS
 * for the app's origins with credentials (cookie sign-in). `npm start` runs it beside the app so a
 * newcomer can share a pursuit between two browser profiles; tests run it in memory on a free port.
 * It also runs the provisioning step (team-server.mjs `provision`) that creates the database of a
 * pursuit a teammate shares from the app.
 * Production uses Apache CouchDB 3 instead (README, "A real team server").
 *
 *   node src/server/local-team-server.mjs [--port 5984] [--dir .team-server] [--in-memory]
 *        [--origin http://localhost:4173 …] [--json]
 *
 * With --json it prints one line, {"url", "admin": {"name", "password"}}, once the server answers;
 * otherwise it says the same in words. It stops (and stops pouchdb-server) on SIGINT or SIGTERM.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminClient, provisionRequestedPursuits, setUp } from './team-server.mjs';

const HOST = '127.0.0.1';
const serverBin = fileURLToPath(new URL('../../node_modules/pouchdb-server/bin/pouchdb-server', import.meta.url));
const validationFix = fileURLToPath(new URL('./fix-pouchdb-validation.cjs', import.meta.url));

const parseArguments = (argv) => {
  const options = { port: 5984, dir: '.team-server', inMemory: false, origins: [], json: false };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    const value = () => {
      index += 1;
      if (argv[index] === undefined) throw new Error(`${argument} needs a value`);
      return argv[index];
    };
    if (argument === '--port') options.port = Number(value());
    else if (argument === '--dir') options.dir = value();
    else if (argument === '--in-memory') options.inMemory = true;
    else if (argument === '--origin') options.origins.push(value());
    else if (argument === '--json') options.json = true;
    else throw new Error(`Unknown option ${argument}`);
  }
  if (options.origins.length === 0) options.origins.push('http://localhost:4173', 'http://127.0.0.1:4173');
  return options;
};

/** A port nobody listens on now (port 0 asks the system for one). */
const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

const waitUntilAnswering = async (url, child) => {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server stopped at once (exit code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`pouchdb-server did not answer at ${url} within 30 s`);
};

const request = async (url, method, body, auth) => {
  const response = await fetch(url, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: `Basic ${Buffer.from(`${auth.name}:${auth.password}`).toString('base64')}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
};

/**
 * The first admin: created once (kept in the data folder, so a restart signs in with the same one);
 * a fresh in-memory server gets a new one each time.
 */
const ensureAdmin = async (url, dataDir) => {
  const saved = join(dataDir, 'local-admin.json');
  if (existsSync(saved)) return JSON.parse(readFileSync(saved, 'utf8'));
  const admin = { name: 'admin', password: randomBytes(12).toString('base64url') };
  await request(`${url}/_config/admins/${admin.name}`, 'PUT', admin.password);
  writeFileSync(saved, JSON.stringify(admin), { mode: 0o600 });
  return admin;
};

/**
 * Sign-ins that outlast a restart of the server and a working week: the session cookie is signed
 * with a secret kept in the data folder (pouchdb-server would make a new one at each start, signing
 * every teammate out), and lasts 7 days instead of 10 minutes.
 */
const keepSessions = async (url, admin, dataDir) => {
  const saved = join(dataDir, 'session-secret');
  if (!existsSync(saved)) writeFileSync(saved, randomBytes(32).toString('hex'), { mode: 0o600 });
  await request(`${url}/_config/couch_httpd_auth/secret`, 'PUT', readFileSync(saved, 'utf8').trim(), admin);
  await request(`${url}/_config/couch_httpd_auth/timeout`, 'PUT', String(7 * 24 * 60 * 60), admin);
};

const enableCors = async (url, admin, origins) => {
  const settings = {
    'httpd/enable_cors': 'true',
    'cors/origins': origins.join(', '),
    'cors/credentials': 'true',
    'cors/methods': 'GET, PUT, POST, HEAD, DELETE',
    'cors/headers': 'accept, authorization, content-type, origin, referer',
  };
  for (const [key, value] of Object.entries(settings)) await request(`${url}/_config/${key}`, 'PUT', value, admin);
};

/** Starts the server; resolves once it answers, with its address, its admin and a stop function. */
export const startLocalTeamServer = async (options) => {
  const port = options.port === 0 ? await freePort() : options.port;
  const dataDir = options.inMemory ? mkdtempSync(join(tmpdir(), 'team-server-')) : resolve(options.dir);
  mkdirSync(dataDir, { recursive: true });
  // pouchdb-server keeps its config and log in the folder it runs in.
  const child = spawn(
    process.execPath,
    [
      '--require',
      validationFix,
      serverBin,
      '--host',
      HOST,
      '--port',
      String(port),
      ...(options.inMemory ? ['--in-memory'] : ['--dir', dataDir]),
    ],
    { cwd: dataDir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://${HOST}:${port}`;
  const provisioning = new AbortController();
  const stop = () =>
    new Promise((done) => {
      provisioning.abort();
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  try {
    await waitUntilAnswering(url, child);
    const admin = await ensureAdmin(url, dataDir);
    await enableCors(url, admin, options.origins);
    await keepSessions(url, admin, dataDir);
    const client = adminClient(url, admin);
    await setUp(client);
    void provisionRequestedPursuits(client, { signal: provisioning.signal });
    return { url, admin, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const options = parseArguments(process.argv.slice(2));
  const server = await startLocalTeamServer(options);
  if (options.json) console.log(JSON.stringify({ url: server.url, admin: server.admin }));
  else
    console.log(
      `Team server (pouchdb-server) at ${server.url} — admin "${server.admin.name}", password "${server.admin.password}"${options.inMemory ? ' (in memory: nothing is kept)' : ` (data in ${server.dataDir})`}.`,
    );
  const shutDown = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', shutDown);
  process.on('SIGTERM', shutDown);
}
