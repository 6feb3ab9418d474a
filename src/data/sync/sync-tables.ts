/**
 * The sync bridge's own tables: kept in this browser only (never backed up, archived or sent to a
 * server), declared as `localStores` in schema.ts. They live in the app's database so that a write
 * and its outbox entry are one transaction: a record saved is a record that will be sent.
 */

/** A pursuit this browser shares through a team server. Unshared pursuits make no network calls. */
export type SharedPursuit = {
  opportunityId: string;
  /** The team server's address (https://… or the local http://127.0.0.1:…). */
  serverUrl: string;
  /** Its database on that server (`opp-<opportunity id>`). */
  databaseName: string;
  sharedAt: string;
  /** How far this browser has taken in the local replica's changes (PouchDB `_changes` sequence). */
  lastSeq?: number | string;
};

/**
 * "This document changed here and is not on the server yet." The entry names the document only:
 * the sender reads the record as it is when it sends (several edits go as one), or finds it gone
 * (a deletion), and writes it as a child of the revision this browser last had.
 */
export type OutboxEntry = {
  seq?: number;
  databaseName: string;
  documentId: string;
  queuedAt: string;
};

/** The last revision of a document this browser wrote or took in, per database. */
export type SyncRevision = { databaseName: string; documentId: string; rev: string };

/**
 * A document this browser could not take as it came (invalid, from a newer app version) or took
 * with a conflict (its losing versions): shown to the user, never half-applied, never dropped.
 */
export type SyncProblem = {
  databaseName: string;
  documentId: string;
  kind: 'invalid' | 'newer' | 'conflict';
  /** In words, as restore names problems ("contacts 5f0c…: priority is not a field of contacts"). */
  reasons: string[];
  /** The document as it came, or the losing revisions of a conflict. */
  raw: unknown;
  seenAt: string;
};

/** The company directory (organizations) travels with every shared pursuit. */
export const DIRECTORY_DATABASE = 'contact-plan-directory';

/** Stores of the sync tables (Dexie index syntax); see schema.ts `localStores`. */
export const syncStores = {
  sharedPursuits: 'opportunityId',
  syncOutbox: '++seq, [databaseName+documentId]',
  syncRevisions: '[databaseName+documentId]',
  syncProblems: '[databaseName+documentId], databaseName',
} as const;
export type SyncTableName = keyof typeof syncStores;
export const syncTableNames = Object.keys(syncStores) as SyncTableName[];
