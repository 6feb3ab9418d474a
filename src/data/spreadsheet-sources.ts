import type { ContactPlanSource } from '../domain/export/contact-plan-sheet';
import { decodeArchive } from '../domain/export/archive';
import { planArchiveMerge, type ArchiveMergePlan } from '../domain/export/archive-merge';
import type { SheetCell } from '../domain/import/cells';
import { db } from './db';
import { RecordNotFoundError } from './errors';
import { tableNames, type TableName } from './record-schemas';
import { readForOpportunity, readMany, readOne } from './repositories/record-access';
import type { OpportunityId } from '../domain/ids';
import {
  countRefusedRecords,
  describeRestoreProblem,
  restoreTables,
  type RestoredTables,
  type RestoreOptions,
} from './restore';
import { countLabel } from '../domain/count-label';

/** Everything one opportunity's contact-plan export needs, read in one transaction and validated. */
export const getContactPlanSource = async (opportunityId: OpportunityId): Promise<ContactPlanSource> =>
  db.transaction(
    'r',
    [db.opportunities, db.contacts, db.stakeholders, db.teamMembers, db.outcomes, db.actionItems],
    async () => {
      const opportunity = await readOne('opportunities', opportunityId);
      if (!opportunity) throw new RecordNotFoundError('opportunity', opportunityId);
      const contacts = await readForOpportunity('contacts', opportunityId);
      const [stakeholders, teamMembers, outcomes, actionItems] = await Promise.all([
        readMany(
          'stakeholders',
          contacts.flatMap((contact) => contact.stakeholderIds),
        ),
        readMany(
          'teamMembers',
          contacts.flatMap((contact) => contact.attendeeIds),
        ),
        readForOpportunity('outcomes', opportunityId),
        readForOpportunity('actionItems', opportunityId),
      ]);
      return { opportunity, contacts, stakeholders, teamMembers, outcomes, actionItems };
    },
  );

/** Every record of every table, read in one transaction so the archive is consistent. */
export const getAllTables = async (): Promise<Record<TableName, Record<string, unknown>[]>> =>
  db.transaction(
    'r',
    tableNames.map((name) => db.tableOf(name)),
    async () => {
      const entries = await Promise.all(
        tableNames.map(async (name) => [name, await db.tableOf(name).toArray()] as const),
      );
      return Object.fromEntries(entries) as unknown as Record<TableName, Record<string, unknown>[]>;
    },
  );

export class ArchiveImportError extends Error {
  override readonly name = 'ArchiveImportError';
}

type StoredRecord = { id: string; updatedAt: string } & Record<string, unknown>;

export type ArchiveImportPlan = { records: Record<TableName, StoredRecord[]>; plan: ArchiveMergePlan };

/** An archive read back: every record valid for this app, or what stands in the way. */
export type ArchiveContents = { records: RestoredTables; problems: [] } | { records: null; problems: string[] };

/** The problems shown when an archive cannot be imported; a long list is cut after this many. */
const SHOWN_PROBLEMS = 20;

/**
 * Reads an archive completely before anything is touched (in the import worker): decoded by its
 * own description of its columns, then every record through the restore step, upgraded from the
 * database version the archive was written at. A newer version's archive is refused.
 */
export const restoreArchive = (
  sheets: readonly { name: string; rows: SheetCell[][] }[],
  options: RestoreOptions = {},
): ArchiveContents => {
  const decoded = decodeArchive(sheets);
  if (!decoded.ok) return { records: null, problems: decoded.problems };
  const result = restoreTables(decoded.records, decoded.schemaVersion, options);
  if (result.status === 'newer') return { records: null, problems: [`This archive ${result.reason}`] };
  if (result.status === 'restored') return { records: result.tables, problems: [] };
  const count = countRefusedRecords(result.problems);
  const hidden = result.problems.length - SHOWN_PROBLEMS;
  return {
    records: null,
    problems: [
      `This archive has ${countLabel(count, 'invalid record')}, so nothing can be imported.`,
      ...result.problems.slice(0, SHOWN_PROBLEMS).map(describeRestoreProblem),
      ...(hidden > 0 ? [`… and ${String(hidden)} more.`] : []),
    ],
  };
};

/** Compares records restored from an archive or a backup with what is here (nothing is written). */
export const planArchiveImport = async (records: RestoredTables): Promise<ArchiveImportPlan> => {
  const incoming = records as unknown as Record<TableName, StoredRecord[]>;
  const existing = (await getAllTables()) as unknown as Record<TableName, StoredRecord[]>;
  return { records: incoming, plan: planArchiveMerge(incoming, existing) };
};

/**
 * Writes the archive in one transaction: new records added, and for each differing record the
 * version the user chose. If this browser's data changed meanwhile, nothing is written.
 */
export const applyArchiveImport = async (
  { records, plan }: ArchiveImportPlan,
  choices: Record<string, 'local' | 'archive'>,
): Promise<{ added: number; replaced: number; kept: number }> => {
  db.assertWritable();
  return db.transaction(
    'rw',
    tableNames.map((name) => db.tableOf(name)),
    async () => {
      let replaced = 0;
      for (const name of tableNames) {
        const table = db.tableOf(name) as unknown as {
          bulkAdd: (rows: unknown[]) => Promise<unknown>;
          get: (id: string) => Promise<StoredRecord | undefined>;
          put: (row: unknown) => Promise<unknown>;
        };
        await table.bulkAdd(plan.added[name] ?? []);
        for (const entry of plan.differing.filter((candidate) => candidate.table === name)) {
          const current = await table.get(entry.id);
          if (current?.updatedAt !== entry.localUpdatedAt)
            throw new ArchiveImportError(
              'Data in this browser changed while you were deciding; nothing was imported. Start the import again.',
            );
          if ((choices[`${name}:${entry.id}`] ?? entry.proposed) === 'archive') {
            await table.put(records[name].find((record) => record.id === entry.id));
            replaced += 1;
          }
        }
      }
      const added = Object.values(plan.added).reduce((sum, rows) => sum + rows.length, 0);
      return { added, replaced, kept: plan.differing.length - replaced };
    },
  );
};
