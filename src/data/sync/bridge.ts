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
import type PouchDB from 'pouchdb-browser';
import type { ContactPlanDatabase } from '../db';
import { describeRestoreProblem } from '../restore';
import type { RecordOf, TableName } from '../record-schemas';
import { fromDocument, parseDocumentId, toDocument } from './documents';
import { markIncoming } from './outbox-middleware';
import type { SyncProblem } from './sync-tables';

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
  const entries = await queuedFor(database, databaseName).toArray();
  if (entries.length === 0) return 0;
  const documentIds = [...new Set(entries.map((entry) => entry.documentId))];
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

  await database.transaction('rw', [database.syncOutbox, database.syncRevisions], async () => {
    await database.syncRevisions.bulkPut(
      documents.map((document) => ({ databaseName, documentId: document._id, rev: document._rev })),
    );
    // Only what was sent: a change queued meanwhile waits for the next round.
    await queuedFor(database, databaseName)
      .filter((entry) => (entry.seq ?? 0) <= lastSeq)
      .delete();
  });
  return documents.length;
};

export type TakeReport = { applied: number; problems: number; conflicts: number; lastSeq: number | string };

/** Applies the replica's changes since `since` to the app's database. */
export const takeChanges = async (
  database: ContactPlanDatabase,
  databaseName: string,
  replica: Replica,
  since: number | string = 0,
): Promise<TakeReport> => {
  const { results, last_seq } = await replica.changes({ since, include_docs: true, conflicts: true });
  const report: TakeReport = { applied: 0, problems: 0, conflicts: 0, lastSeq: last_seq };
  if (results.length === 0) return report;
  const seenAt = new Date().toISOString();
  await database.transaction('rw', database.tables, async (transaction) => {
    markIncoming((transaction as unknown as { idbtrans: object }).idbtrans);
    const problems = database.syncProblems;
    const problemOf = (documentId: string) =>
      problems.where('[databaseName+documentId]').equals([databaseName, documentId]);
    for (const change of results) {
      const document = change.doc;
      if (!document) continue;
      // Conflicts first: the laptop whose version won sees its own echo, and must list them too.
      if (document._conflicts && document._conflicts.length > 0) {
        await problems.put({
          databaseName,
          documentId: document._id,
          kind: 'conflict',
          reasons: [`${String(document._conflicts.length + 1)} versions were saved apart; this one was kept.`],
          raw: { winner: document._rev, losers: document._conflicts },
          seenAt,
        });
        report.conflicts += 1;
      } else
        await problemOf(document._id)
          .filter((problem) => problem.kind === 'conflict')
          .delete();

      const known = await database.syncRevisions.get([databaseName, document._id]);
      if (known?.rev === document._rev) continue; // its own echo, or taken already
      const queued = await database.syncOutbox
        .where('[databaseName+documentId]')
        .equals([databaseName, document._id])
        .count();
      if (queued > 0) continue; // a change made here waits to be sent; it must not be overwritten
      const incoming = fromDocument(document);
      if (incoming.kind === 'problem' || incoming.kind === 'newer') {
        const problem: SyncProblem = {
          databaseName,
          documentId: incoming.documentId,
          kind: incoming.kind === 'newer' ? 'newer' : 'invalid',
          reasons:
            incoming.kind === 'newer'
              ? [describeRestoreProblem(incoming.problem)]
              : incoming.problems.map(describeRestoreProblem),
          raw: incoming.raw,
          seenAt,
        };
        await problems.put(problem);
        report.problems += 1;
        continue;
      }
      if (incoming.kind === 'deleted') await database.tableOf(incoming.table).delete(incoming.id);
      else await database.tableOf(incoming.table).put(incoming.record as never);
      await database.syncRevisions.put({ databaseName, documentId: document._id, rev: document._rev ?? '' });
      await problemOf(document._id)
        .filter((problem) => problem.kind !== 'conflict')
        .delete();
      report.applied += 1;
    }
  });
  return report;
};
