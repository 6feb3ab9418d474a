/**
 * Sharing a pursuit: the request to the team server (a `pursuits:<id>` document in the company
 * directory, which the server's provisioning step answers by creating the pursuit's database), and
 * this browser's side — the pursuit marked shared and every one of its records queued to send, in
 * one transaction. Opening a pursuit a teammate shared only marks it shared: its records come in.
 */
import type PouchDB from 'pouchdb-browser';
import type { ContactPlanDatabase } from '../db';
import type { TableName } from '../record-schemas';
import { currentSchemaVersion } from '../schema';
import { documentIdOf, pursuitDatabaseName } from './documents';
import { DIRECTORY_DATABASE, PURSUIT_REQUESTS, type AvailablePursuit, type OutboxEntry } from './sync-tables';

type Replica = InstanceType<typeof PouchDB>;

/** Asks the server to share the pursuit. Resolves, or throws the server's refusal in words. */
export const requestSharing = async (
  serverUrl: string,
  opportunity: { id: string; name: string },
  sharedBy: string,
): Promise<void> => {
  const documentId = `${PURSUIT_REQUESTS}:${opportunity.id}`;
  const request = {
    _id: documentId,
    table: PURSUIT_REQUESTS,
    schemaVersion: currentSchemaVersion,
    record: { id: opportunity.id, name: opportunity.name, sharedBy, sharedAt: new Date().toISOString() },
  };
  let response: Response;
  try {
    response = await fetch(`${serverUrl}/${DIRECTORY_DATABASE}/${encodeURIComponent(documentId)}`, {
      method: 'PUT',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    throw new Error(`The team server at ${serverUrl} could not be reached. Nothing was shared; try again when online.`);
  }
  if (response.ok || response.status === 409) return; // 409: shared already (by a teammate, or before)
  const answer = (await response.json().catch(() => ({}))) as { reason?: string };
  if (response.status === 401) throw new Error('You are signed out of the team server: sign in again in Settings.');
  throw new Error(
    `The team server refused to share this pursuit: ${answer.reason ?? `it answered ${String(response.status)}`}.`,
  );
};

const pursuitTables = ['contacts', 'debriefs', 'outcomes', 'actionItems', 'messages'] as const;

/** Marks the pursuit shared and queues every record of it (and the directory) to send. */
export const startSharing = async (database: ContactPlanDatabase, opportunityId: string, serverUrl: string) => {
  const databaseName = pursuitDatabaseName(opportunityId);
  await database.transaction('rw', database.tables, async () => {
    const queuedAt = new Date().toISOString();
    const entries: OutboxEntry[] = [];
    const queue = (name: string, table: TableName, ids: readonly unknown[]) => {
      for (const id of ids) entries.push({ databaseName: name, documentId: documentIdOf(table, String(id)), queuedAt });
    };
    queue(databaseName, 'opportunities', [opportunityId]);
    for (const table of pursuitTables)
      queue(
        databaseName,
        table,
        await database.tableOf(table).where('opportunityId').equals(opportunityId).primaryKeys(),
      );
    // People have no index on their pursuits (schema.ts, version 3): the people tables are small.
    for (const table of ['stakeholders', 'teamMembers'] as const)
      queue(
        databaseName,
        table,
        await database
          .tableOf(table)
          .filter((person) => person.opportunityIds.some((id) => id === opportunityId))
          .primaryKeys(),
      );
    queue(DIRECTORY_DATABASE, 'organizations', await database.organizations.toCollection().primaryKeys());
    await database.sharedPursuits.put({ opportunityId, serverUrl, databaseName, sharedAt: queuedAt });
    await database.syncOutbox.bulkAdd(entries);
  });
};

/** Opens a pursuit a teammate shared: its records come in with the next sync. */
export const joinSharedPursuit = async (database: ContactPlanDatabase, opportunityId: string, serverUrl: string) => {
  await database.transaction('rw', database.sharedPursuits, async () => {
    if (await database.sharedPursuits.get(opportunityId)) return;
    await database.sharedPursuits.put({
      opportunityId,
      serverUrl,
      databaseName: pursuitDatabaseName(opportunityId),
      sharedAt: new Date().toISOString(),
    });
  });
};

/** The pursuits shared through the server, as the directory's replica holds their requests. */
export const readAvailablePursuits = async (directory: Replica): Promise<AvailablePursuit[]> => {
  const { rows } = await directory.allDocs({
    include_docs: true,
    startkey: `${PURSUIT_REQUESTS}:`,
    endkey: `${PURSUIT_REQUESTS}:\uffff`,
  });
  return rows.flatMap((row) => {
    const document = row.doc as { record?: Record<string, unknown>; provisioned?: unknown } | undefined;
    const record = document?.record;
    if (!record || typeof record.id !== 'string') return [];
    return [
      {
        opportunityId: record.id,
        name: typeof record.name === 'string' ? record.name : '(no name)',
        sharedBy: typeof record.sharedBy === 'string' ? record.sharedBy : '',
        sharedAt: typeof record.sharedAt === 'string' ? record.sharedAt : '',
        provisioned: typeof document.provisioned === 'string',
      },
    ];
  });
};
