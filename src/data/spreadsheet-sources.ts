import type { ContactPlanSource } from '../domain/export/contact-plan-sheet';
import { planArchiveMerge, type ArchiveMergePlan } from '../domain/export/archive-merge';
import { db } from './db';
import { RecordNotFoundError } from './errors';
import { recordSchemas, tableNames, type TableName } from './record-schemas';
import { validateAllOnRead } from './repositories/record-repository';
import { countLabel } from '../domain/count-label';

/** Everything one opportunity's contact-plan export needs, read in one transaction. */
export const getContactPlanSource = async (opportunityId: string): Promise<ContactPlanSource> =>
  db.transaction(
    'r',
    [db.opportunities, db.contacts, db.stakeholders, db.teamMembers, db.outcomes, db.actionItems],
    async () => {
      const opportunity = await db.opportunities.get(opportunityId);
      if (!opportunity) throw new RecordNotFoundError('opportunity', opportunityId);
      const contacts = validateAllOnRead(
        'contacts',
        await db.contacts.where('opportunityId').equals(opportunityId).toArray(),
      );
      const [stakeholders, teamMembers, outcomes, actionItems] = await Promise.all([
        db.stakeholders.bulkGet([...new Set(contacts.flatMap((contact) => contact.stakeholderIds))]),
        db.teamMembers.bulkGet([...new Set(contacts.flatMap((contact) => contact.attendeeIds))]),
        db.outcomes.where('opportunityId').equals(opportunityId).toArray(),
        db.actionItems.where('opportunityId').equals(opportunityId).toArray(),
      ]);
      return {
        opportunity,
        contacts,
        stakeholders: stakeholders.flatMap((person) => (person ? [person] : [])),
        teamMembers: teamMembers.flatMap((person) => (person ? [person] : [])),
        outcomes,
        actionItems,
      };
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

/** Validates every record of the archive (nothing is written if one is bad) and compares it with what is here. */
export const planArchiveImport = async (raw: Record<string, unknown[]>): Promise<ArchiveImportPlan> => {
  const problems: string[] = [];
  const records = Object.fromEntries(
    tableNames.map((name) => [
      name,
      (raw[name] ?? []).flatMap((record, index) => {
        const result = recordSchemas[name].safeParse(record);
        if (result.success) return [result.data as unknown];
        problems.push(
          `${name} row ${String(index + 2)}: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
        );
        return [];
      }),
    ]),
  ) as Record<TableName, StoredRecord[]>;
  if (problems.length > 0)
    throw new ArchiveImportError(
      `The archive has ${countLabel(problems.length, 'invalid record')}; nothing was imported. ${problems.slice(0, 3).join(' · ')}`,
    );
  const existing = (await getAllTables()) as unknown as Record<TableName, StoredRecord[]>;
  return { records, plan: planArchiveMerge(records, existing) };
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
