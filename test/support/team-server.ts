import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A team server a test started: where it listens, its admin, and how to stop it. */
export type TestTeamServer = {
  url: string;
  admin: { name: string; password: string };
  stop: () => Promise<void>;
};

/**
 * Starts the local team server (src/server/local-team-server.mjs, the one `npm start` runs) in
 * memory on a free loopback port, allowing `origins` (the app under test). The test stops it; the
 * whole process group goes, so no pouchdb-server outlives a test run.
 */
export const startTeamServer = async (
  origins: readonly string[] = [],
  /** A folder keeps the data (a test that stops and restarts the server), on a given port. */
  keep?: { dir: string; port: number },
): Promise<TestTeamServer> => {
  const child = spawn(
    process.execPath,
    [
      'src/server/local-team-server.mjs',
      ...(keep ? ['--dir', keep.dir] : ['--in-memory']),
      '--port',
      String(keep?.port ?? 0),
      '--json',
      ...origins.flatMap((origin) => ['--origin', origin]),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  const stop = () => stopGroup(child);
  try {
    const first = await firstLine(child);
    const started = JSON.parse(first) as Omit<TestTeamServer, 'stop'>;
    return { ...started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

const firstLine = (child: ChildProcess) =>
  new Promise<string>((resolve, reject) => {
    if (!child.stdout) throw new Error('no output from the team server');
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) =>
      reject(new Error(`the team server stopped before it started (exit code ${String(code)})`)),
    );
  });

const stopGroup = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      resolve();
    }
  });

/** Basic authentication of the admin, for a test's own calls to the server. */
export const adminHeaders = (server: TestTeamServer) => ({
  authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`,
  'content-type': 'application/json',
});

/** A teammate's account, made as `npm run team-server -- add-user` makes it. */
export const addTeammate = async (server: TestTeamServer, name: string, password: string) => {
  const response = await fetch(`${server.url}/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, {
    method: 'PUT',
    headers: adminHeaders(server),
    body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password, type: 'user', roles: ['contact-plan'] }),
  });
  if (!response.ok) throw new Error(`could not add ${name}: ${String(response.status)} ${await response.text()}`);
};
