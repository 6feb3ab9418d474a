/**
 * What the screens read and do about sync: changes waiting per database, the problems and
 * conflicts kept aside, and resolving a conflict (the chosen version is saved as an ordinary edit,
 * so it replicates; the losing versions are ended, so the conflict clears on every laptop).
 */
import type { ContactPlanDatabase } from '../db';
import { restoreRecord } from '../restore';
import type { RecordOf, TableName } from '../record-schemas';
import { currentSchemaVersion } from '../schema';
import { fromDocument, parseDocumentId } from './documents';
import type { ConflictVersions, SyncProblem } from './sync-tables';

/** Changes made here not yet confirmed on the server, per database (each record counted once). */
export const readWaitingChanges = async (database: ContactPlanDatabase): Promise<Record<string, number>> => {
  const keys = (await database.syncOutbox.orderBy('[databaseName+documentId]').uniqueKeys()) as unknown as [
    string,
    string,
  ][];
  const counts: Record<string, number> = {};
  for (const [databaseName] of keys) counts[databaseName] = (counts[databaseName] ?? 0) + 1;
  return counts;
};

/** Problems and conflicts kept aside, of one database or of all. */
export const readSyncProblems = (database: ContactPlanDatabase, databaseName?: string): Promise<SyncProblem[]> =>
  databaseName === undefined
    ? database.syncProblems.toArray()
    : database.syncProblems.where('databaseName').equals(databaseName).toArray();

/** A conflict ready to show: the version kept here and the one set aside, both as records. */
export type ConflictView = {
  problem: SyncProblem;
  table: TableName;
  id: string;
  /** The version this browser shows (the one the server kept, unless an edit here waits to go). */
  kept: RecordOf<TableName> | undefined;
  /** The first losing version, through the one door; null when it cannot be read as a record. */
  setAside: RecordOf<TableName> | null;
  /** Which of the two this browser wrote, when it knows. */
  yours: 'kept' | 'set-aside' | 'unknown';
};

export const readConflicts = async (database: ContactPlanDatabase, databaseName?: string): Promise<ConflictView[]> => {
  const problems = (await readSyncProblems(database, databaseName)).filter((problem) => problem.kind === 'conflict');
  const views: ConflictView[] = [];
  for (const problem of problems) {
    const named = parseDocumentId(problem.documentId);
    if (!named) continue;
    const versions = problem.raw as ConflictVersions;
    const loser = versions.losers[0];
    const incoming = loser ? fromDocument(loser.document) : null;
    const kept = await database.tableOf(named.table).get(named.id);
    const mine = versions.mine;
    views.push({
      problem,
      table: named.table,
      id: named.id,
      kept,
      setAside: incoming?.kind === 'record' ? incoming.record : null,
      yours:
        mine === undefined
          ? 'unknown'
          : mine === versions.winner
            ? 'kept'
            : versions.losers.some((version) => version.rev === mine)
              ? 'set-aside'
              : 'unknown',
    });
  }
  return views;
};

/**
 * Saves the version chosen field by field (checked by the one door like any record from outside)
 * and ends the losing versions; the conflict is gone here at once, and on other laptops when the
 * change reaches them.
 */
export const resolveConflict = async (
  database: ContactPlanDatabase,
  problem: SyncProblem,
  chosen: Record<string, unknown>,
): Promise<void> => {
  const named = parseDocumentId(problem.documentId);
  if (!named) throw new Error(`${problem.documentId} names no record this app keeps.`);
  const stamped = { ...chosen, updatedAt: new Date().toISOString() };
  const checked = restoreRecord(named.table, stamped, currentSchemaVersion);
  if (checked.status !== 'restored')
    throw new Error(
      `This combination cannot be saved: ${checked.status === 'newer' ? checked.problem.reason : checked.problems.map((found) => found.reason).join('; ')}`,
    );
  const versions = problem.raw as ConflictVersions;
  await database.transaction('rw', database.tables, async () => {
    await database.tableOf(named.table).put(checked.record as never);
    await database.syncOutbox.add({
      databaseName: problem.databaseName,
      documentId: problem.documentId,
      queuedAt: stamped.updatedAt,
      discardRevisions: versions.losers.map((version) => version.rev),
    });
    await database.syncProblems.delete([problem.databaseName, problem.documentId]);
  });
};

/** Names of what a record may point to (people, organizations, opportunities, messages), by id. */
export const readRecordNames = async (database: ContactPlanDatabase): Promise<Map<string, string>> => {
  const names = new Map<string, string>();
  await database.transaction(
    'r',
    [database.stakeholders, database.teamMembers, database.organizations, database.opportunities, database.messages],
    async () => {
      for (const table of [database.stakeholders, database.teamMembers, database.organizations, database.opportunities])
        await table.each((record) => {
          names.set(record.id, record.name);
        });
      await database.messages.each((message) => {
        names.set(message.id, message.text);
      });
    },
  );
  return names;
};
