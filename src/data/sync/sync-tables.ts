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
  /**
   * A conflict resolved here: the losing revisions to end (a tombstone on each), so the conflict
   * clears on every laptop. The record itself goes by its own entry.
   */
  discardRevisions?: string[];
  /**
   * Written to the local replica, not yet confirmed on the server: the entry stays (and counts as a
   * change waiting) until a push that started after it succeeds.
   */
  inReplica?: boolean;
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
  /** The document as it came, or for a conflict its versions (`ConflictVersions`). */
  raw: unknown;
  seenAt: string;
};

/** What a conflict keeps: the winning revision and each losing one with its document. */
export type ConflictVersions = {
  winner: string;
  losers: { rev: string; document: unknown }[];
  /** The revision this browser wrote or took last before the conflict: says whose version is whose. */
  mine?: string;
};

/** A pursuit shared through the team server, as its request in the directory says. */
export type AvailablePursuit = {
  opportunityId: string;
  name: string;
  sharedBy: string;
  sharedAt: string;
  /** Set once the server has created its database: only then can it be opened. */
  provisioned: boolean;
};

/** Directory documents asking the server to share a pursuit (team-server.mjs PURSUIT_REQUESTS). */
export const PURSUIT_REQUESTS = 'pursuits';

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
