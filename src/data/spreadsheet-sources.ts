import type { ContactPlanSource } from '../domain/export/contact-plan-sheet';
import { db } from './db';
import { RecordNotFoundError } from './errors';
import { recordSchemas, tableNames, type TableName } from './record-schemas';
import { validateAllOnRead } from './repositories/record-repository';

/** Everything one opportunity's contact-plan export needs, read in one transaction. */
export const getContactPlanSource = async (opportunityId: string): Promise<ContactPlanSource> =>
  db.transaction('r', [db.opportunities, db.contacts, db.stakeholders, db.teamMembers, db.outcomes, db.actionItems], async () => {
    const opportunity = await db.opportunities.get(opportunityId);
    if (!opportunity) throw new RecordNotFoundError('opportunity', opportunityId);
    const contacts = validateAllOnRead('contacts', await db.contacts.where('opportunityId').equals(opportunityId).toArray());
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
  });

/** Every record of every table, read in one transaction so the archive is consistent. */
export const getAllTables = async (): Promise<Record<TableName, Record<string, unknown>[]>> =>
  db.transaction('r', tableNames.map((name) => db.tableOf(name)), async () => {
    const entries = await Promise.all(tableNames.map(async (name) => [name, await db.tableOf(name).toArray()] as const));
    return Object.fromEntries(entries) as unknown as Record<TableName, Record<string, unknown>[]>;
  });

export class ArchiveImportError extends Error {
  override readonly name = 'ArchiveImportError';
}

/**
 * Brings an archive back: every record is validated first; then all are written in one
 * transaction into an empty database (anything else could silently mix two histories).
 */
export const importArchive = async (records: Record<string, unknown[]>): Promise<Record<TableName, number>> => {
  db.assertWritable();
  const problems: string[] = [];
  const valid = Object.fromEntries(
    tableNames.map((name) => [
      name,
      (records[name] ?? []).flatMap((record, index) => {
        const result = recordSchemas[name].safeParse(record);
        if (result.success) return [result.data];
        problems.push(`${name} row ${String(index + 2)}: ${result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
        return [];
      }),
    ]),
  ) as Record<TableName, unknown[]>;
  if (problems.length > 0) throw new ArchiveImportError(`The archive has ${String(problems.length)} invalid record(s); nothing was imported. ${problems.slice(0, 3).join(' · ')}`);
  return db.transaction('rw', tableNames.map((name) => db.tableOf(name)), async () => {
    const existing = await Promise.all(tableNames.map((name) => db.tableOf(name).count()));
    if (existing.some((count) => count > 0))
      throw new ArchiveImportError('An archive can only be imported into an empty database, so two histories are never mixed. Open it in a fresh browser profile, or clear this one after backing it up.');
    for (const name of tableNames) await (db.tableOf(name) as unknown as { bulkAdd: (rows: unknown[]) => Promise<unknown> }).bulkAdd(valid[name]);
    return Object.fromEntries(tableNames.map((name) => [name, valid[name].length])) as Record<TableName, number>;
  });
};
