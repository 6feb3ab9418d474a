/**
 * The two halves of the bridge between the app's database (Dexie) and a pursuit's local replica
 * (PouchDB), which PouchDB's replication keeps in step with the team server:
 *
 * - `sendOutbox` writes each queued change as a document, as a child of the revision this browser
 *   last had (so an edit made offline on two laptops becomes a conflict both keep, not an
 *   overwrite), then clears what it sent — in the same Dexie transaction as it notes the revisions.
 * - `takeChanges` applies the replica's changes through the one door (documents.ts → restore.ts):
 *   a valid record is written, a deletion deleted; an invalid document or one from a newer app is
 *   kept aside as a problem; a conflict is noted with its losing versions. Its own echoes are
 *   skipped, and a record with a change still queued here is not overwritten (the queued change is
 *   sent as a child of the old revision, and the server keeps both).
 */
import type { Table } from 'dexie';
import type PouchDB from 'pouchdb-browser';
import type { ChangesResult } from 'pouchdb-browser';
import type { ContactPlanDatabase } from '../db';
import { describeRestoreProblem } from '../restore';
import type { RecordOf, TableName } from '../record-schemas';
import { fromDocument, parseDocumentId, toDocument } from './documents';
import { markIncoming } from './outbox-middleware';
import { PURSUIT_REQUESTS, type ConflictVersions, type SyncProblem } from './sync-tables';

type Replica = InstanceType<typeof PouchDB>;

const randomRevisionHash = () => {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let hash = '';
  for (const byte of bytes) hash += byte.toString(16).padStart(2, '0');
  return hash;
};

/** The next revision after `base` ("3-abc…"), with the history PouchDB needs to place it. */
const childRevision = (base: string | undefined) => {
  const [generation = '0', baseHash] = base?.split('-') ?? [];
  const start = Number(generation) + 1;
  const hash = randomRevisionHash();
  return { rev: `${String(start)}-${hash}`, revisions: { start, ids: baseHash ? [hash, baseHash] : [hash] } };
};

/** The outbox entries queued for one database. */
const queuedFor = (database: ContactPlanDatabase, databaseName: string) =>
  database.syncOutbox.where('[databaseName+documentId]').between([databaseName, ''], [databaseName, '\uffff']);

/** Sends what is queued for `databaseName` to its replica. Returns how many documents went. */
export const sendOutbox = async (database: ContactPlanDatabase, databaseName: string, replica: Replica) => {
  const entries = (await queuedFor(database, databaseName).toArray()).filter((entry) => !entry.inReplica);
  if (entries.length === 0) return 0;
  const documentIds = [...new Set(entries.filter((entry) => !entry.discardRevisions).map((entry) => entry.documentId))];
  const discards = entries.flatMap((entry) =>
    (entry.discardRevisions ?? []).map((rev) => ({ _id: entry.documentId, _rev: rev, _deleted: true })),
  );
  const lastSeq = entries.reduce((highest, entry) => Math.max(highest, entry.seq ?? 0), 0);

  const documents = await database.transaction('r', database.tables, async () =>
    Promise.all(
      documentIds.map(async (documentId) => {
        const named = parseDocumentId(documentId);
        const base = (await database.syncRevisions.get([databaseName, documentId]))?.rev;
        const { rev, revisions } = childRevision(base);
        const record = named ? await database.tableOf(named.table).get(named.id) : undefined;
        const body = record
          ? toDocument(named?.table as TableName, record as RecordOf<TableName>)
          : { _id: documentId, _deleted: true };
        return { ...body, _rev: rev, _revisions: revisions };
      }),
    ),
  );
  await replica.bulkDocs(documents, { new_edits: false });
  // A losing version ends as a tombstone on its own branch; one already ended is no harm.
  if (discards.length > 0) await replica.bulkDocs(discards);

  await database.transaction('rw', [database.syncOutbox, database.syncRevisions], async () => {
    await database.syncRevisions.bulkPut(
      documents.map((document) => ({ databaseName, documentId: document._id, rev: document._rev })),
    );
    // Only what was sent: a change queued meanwhile waits for the next round.
    await queuedFor(database, databaseName)
      .filter((entry) => !entry.inReplica && (entry.seq ?? 0) <= lastSeq)
      .modify({ inReplica: true });
  });
  return documents.length + discards.length;
};

/**
 * After a push that started when the outbox's newest entry was `upTo`: what was in the replica by
 * then is on the server, so its entries go.
 */
export const confirmPushed = async (database: ContactPlanDatabase, databaseName: string, upTo: number) =>
  database.transaction('rw', database.syncOutbox, () =>
    queuedFor(database, databaseName)
      .filter((entry) => entry.inReplica === true && (entry.seq ?? 0) <= upTo)
      .delete(),
  );

/** The newest outbox entry written to the replica for `databaseName` (0 when none). */
export const newestInReplica = async (database: ContactPlanDatabase, databaseName: string) =>
  (await queuedFor(database, databaseName).toArray()).reduce(
    (newest, entry) => (entry.inReplica ? Math.max(newest, entry.seq ?? 0) : newest),
    0,
  );

/** A table of records checked by the one door already: written as they are. */
const anyTable = (database: ContactPlanDatabase, table: TableName) =>
  database.tableOf(table) as unknown as Table<Record<string, unknown>, string>;

export type TakeReport = { applied: number; problems: number; conflicts: number; lastSeq: number | string };

type Change = ChangesResult['results'][number];

/** The opportunity a pursuit database is for (`opp-<id>`), or null for the directory. */
const opportunityOfDatabase = (databaseName: string) =>
  databaseName.startsWith('opp-') ? databaseName.slice('opp-'.length) : null;

/**
 * A person (stakeholder, team member) is one record in every pursuit they take part in. Each
 * pursuit's database says only whether they are in *that* pursuit: coming from `opp-X`, the record
 * is taken with its `opportunityIds` as this browser knows them for every other pursuit, and X
 * added or removed as the incoming record says. So a teammate who shares only X neither adds
 * pursuits this browser does not have nor takes away ones it does.
 */
const withMembership = (
  incoming: Record<string, unknown>,
  local: Record<string, unknown> | undefined,
  opportunityId: string,
) => {
  const sameId = (id: unknown) => String(id).toLowerCase() === opportunityId;
  const others = ((local?.opportunityIds as string[] | undefined) ?? []).filter((id) => !sameId(id));
  const here = (incoming.opportunityIds as string[]).find(sameId);
  return { ...incoming, opportunityIds: here === undefined ? others : [...others, here] };
};

/** The losing versions of the conflicted documents in `changes`, read from the replica. */
const losingVersions = async (replica: Replica, changes: readonly Change[]) => {
  const versions = new Map<string, { rev: string; document: unknown }[]>();
  for (const change of changes) {
    const document = change.doc;
    if (!document?._conflicts?.length) continue;
    const found = await replica.get(document._id, { open_revs: document._conflicts });
    versions.set(
      document._id,
      found.flatMap((entry) => (entry.ok?._rev ? [{ rev: entry.ok._rev, document: entry.ok }] : [])),
    );
  }
  return versions;
};

/**
 * Applies up to `limit` of the replica's changes since `since` to the app's database, in one
 * transaction (a batch is taken whole or not at all). Directory documents that are not records
 * (requests to share a pursuit) are left to the directory's reader.
 */
export const takeChanges = async (
  database: ContactPlanDatabase,
  databaseName: string,
  replica: Replica,
  since: number | string = 0,
  limit?: number,
): Promise<TakeReport> => {
  const { results, last_seq } = await replica.changes({
    since,
    include_docs: true,
    conflicts: true,
    ...(limit === undefined ? {} : { limit }),
  });
  const report: TakeReport = { applied: 0, problems: 0, conflicts: 0, lastSeq: last_seq };
  if (results.length === 0) return report;
  const losers = await losingVersions(replica, results);
  const pursuitId = opportunityOfDatabase(databaseName);
  const seenAt = new Date().toISOString();
  const documents = results.flatMap((change) =>
    change.doc && !change.doc._id.startsWith(`${PURSUIT_REQUESTS}:`) && !change.doc._id.startsWith('_design/')
      ? [change.doc]
      : [],
  );
  if (documents.length === 0) return report;
  // A batch costs a few reads and writes, not a few per document: the first pull of a large
  // pursuit is thousands of documents.
  await database.transaction('rw', database.tables, async (transaction) => {
    markIncoming((transaction as unknown as { idbtrans: object }).idbtrans);
    const keys = documents.map((document) => [databaseName, document._id] as [string, string]);
    const known = await database.syncRevisions.bulkGet(keys);
    // Problems are few: one read of this database's, not one per document.
    const existingProblems = new Map(
      (await database.syncProblems.where('databaseName').equals(databaseName).toArray()).map((problem) => [
        problem.documentId,
        problem,
      ]),
    );
    const waiting = new Set(
      (await queuedFor(database, databaseName).toArray())
        .filter((entry) => !entry.inReplica)
        .map((entry) => entry.documentId),
    );
    const problemsToPut: SyncProblem[] = [];
    const problemsToDelete: [string, string][] = [];
    const revisions: { databaseName: string; documentId: string; rev: string }[] = [];
    const puts = new Map<TableName, Record<string, unknown>[]>();
    const deletions = new Map<TableName, string[]>();

    documents.forEach((document, index) => {
      const knownRev = known[index]?.rev;
      const existing = existingProblems.get(document._id);
      // Conflicts first: the laptop whose version won sees its own echo, and must list them too.
      if (document._conflicts && document._conflicts.length > 0) {
        const versions: ConflictVersions = {
          winner: document._rev ?? '',
          losers: losers.get(document._id) ?? [],
          ...(knownRev ? { mine: knownRev } : {}),
        };
        problemsToPut.push({
          databaseName,
          documentId: document._id,
          kind: 'conflict',
          reasons: [`${String(document._conflicts.length + 1)} versions were saved apart; this one was kept.`],
          raw: versions,
          seenAt,
        });
        report.conflicts += 1;
      } else if (existing?.kind === 'conflict') problemsToDelete.push([databaseName, document._id]);

      if (knownRev === document._rev) return; // its own echo, or taken already
      // A change made here waits to be sent; it must not be overwritten. (Once in the replica, the
      // replica's revision tree decides, and this document comes round again.)
      if (waiting.has(document._id)) return;
      const incoming = fromDocument(document);
      if (incoming.kind === 'problem' || incoming.kind === 'newer') {
        problemsToPut.push({
          databaseName,
          documentId: incoming.documentId,
          kind: incoming.kind === 'newer' ? 'newer' : 'invalid',
          reasons:
            incoming.kind === 'newer'
              ? [describeRestoreProblem(incoming.problem)]
              : incoming.problems.map(describeRestoreProblem),
          raw: incoming.raw,
          seenAt,
        });
        report.problems += 1;
        return;
      }
      if (incoming.kind === 'deleted')
        deletions.set(incoming.table, [...(deletions.get(incoming.table) ?? []), incoming.id]);
      else puts.set(incoming.table, [...(puts.get(incoming.table) ?? []), incoming.record]);
      revisions.push({ databaseName, documentId: document._id, rev: document._rev ?? '' });
      if (existing && existing.kind !== 'conflict' && !(document._conflicts && document._conflicts.length > 0))
        problemsToDelete.push([databaseName, document._id]);
      report.applied += 1;
    });

    for (const [table, records] of puts) {
      let toWrite = records;
      if (pursuitId && (table === 'stakeholders' || table === 'teamMembers')) {
        const local = await database.tableOf(table).bulkGet(records.map((record) => String(record.id)));
        toWrite = records.map((record, index) =>
          withMembership(record, local[index] as Record<string, unknown> | undefined, pursuitId),
        );
      }
      await anyTable(database, table).bulkPut(toWrite);
    }
    for (const [table, ids] of deletions) await anyTable(database, table).bulkDelete(ids);
    await database.syncRevisions.bulkPut(revisions);
    await database.syncProblems.bulkDelete(problemsToDelete);
    await database.syncProblems.bulkPut(problemsToPut);
  });
  return report;
};
