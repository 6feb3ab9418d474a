/**
 * One round of sync for a shared pursuit: send what this browser queued, replicate the pursuit's
 * local replica with the team server both ways, take in what came. PouchDB is loaded here, on
 * demand, the first time a pursuit is synced: a browser that shares nothing never downloads it.
 */
import type PouchDB from 'pouchdb-browser';
import type { ContactPlanDatabase } from '../db';
import { confirmPushed, newestInReplica, sendOutbox, takeChanges, type TakeReport } from './bridge';
import type { SharedPursuit } from './sync-tables';

type PouchDBClass = typeof PouchDB;
let pouchDB: Promise<PouchDBClass> | null = null;

/** PouchDB, downloaded the first time it is needed. */
export const loadPouchDB = (): Promise<PouchDBClass> => {
  pouchDB ??= import('pouchdb-browser').then((module) => module.default);
  return pouchDB;
};

/** How the browser signs in to the team server (tests and scripts use a name and password). */
export type ServerCredentials = { username: string; password: string } | null;

export type RoundReport = TakeReport & { sent: number };

/** The local replica of a pursuit's database: its own IndexedDB database, beside the app's. */
export const replicaName = (databaseName: string, deviceName = 'contact-plan') =>
  `${deviceName}-replica-${databaseName}`;

/**
 * Sends, replicates and takes in, once. The replica keeps what the server sent even if this browser
 * goes offline midway; the next round carries on from `lastSeq`, kept with the shared pursuit.
 */
export const syncPursuitOnce = async (
  database: ContactPlanDatabase,
  pursuit: SharedPursuit,
  credentials: ServerCredentials,
  deviceName?: string,
): Promise<RoundReport> => {
  const PouchDBConstructor = await loadPouchDB();
  const replica = new PouchDBConstructor(replicaName(pursuit.databaseName, deviceName));
  const remote = new PouchDBConstructor(`${pursuit.serverUrl.replace(/\/$/, '')}/${pursuit.databaseName}`, {
    skip_setup: true,
    ...(credentials ? { auth: credentials } : {}),
  });
  try {
    const sent = await sendOutbox(database, pursuit.databaseName, replica);
    const upTo = await newestInReplica(database, pursuit.databaseName);
    await replica.replicate.to(remote);
    await confirmPushed(database, pursuit.databaseName, upTo);
    await replica.replicate.from(remote);
    const report = await takeChanges(database, pursuit.databaseName, replica, pursuit.lastSeq ?? 0);
    await database.transaction('rw', database.sharedPursuits, async () => {
      const current = await database.sharedPursuits.get(pursuit.opportunityId);
      if (current) await database.sharedPursuits.put({ ...current, lastSeq: report.lastSeq });
    });
    return { ...report, sent };
  } finally {
    await remote.close();
    await replica.close();
  }
};
