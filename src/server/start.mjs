#!/usr/bin/env node
/**
 * `npm start` after the build: the app at http://localhost:4173 and the local team server beside
 * it (src/server/local-team-server.mjs, data in .team-server/), stopped together with Ctrl+C.
 */
import { spawn } from 'node:child_process';
import { startLocalTeamServer } from './local-team-server.mjs';

const teamServer = await startLocalTeamServer({
  port: Number(process.env.TEAM_SERVER_PORT ?? 5984),
  dir: '.team-server',
  inMemory: false,
  origins: ['http://localhost:4173', 'http://127.0.0.1:4173'],
});
console.log(
  `Team server (pouchdb-server) at ${teamServer.url.replace('127.0.0.1', 'localhost')}: admin "${teamServer.admin.name}", password "${teamServer.admin.password}" (kept in .team-server/local-admin.json).`,
);

const app = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', '4173', '--strictPort'], {
  stdio: 'inherit',
});
const stopAll = async (code = 0) => {
  app.kill('SIGTERM');
  await teamServer.stop();
  process.exit(code);
};
app.once('exit', (code) => void stopAll(code ?? 0));
process.on('SIGINT', () => void stopAll());
process.on('SIGTERM', () => void stopAll());
