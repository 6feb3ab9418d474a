import type { Table } from 'dexie';
import { newId } from '../../domain/ids';
import { nowTimestamp } from '../../domain/record';
import { db } from '../db';
import { describeIssues, RecordNotFoundError, RecordValidationError } from '../errors';
import { reportReadProblem } from '../read-problems';
import { recordLabels, recordSchemas, type RecordOf, type TableName } from '../record-schemas';

/** The fields a caller supplies; the repository adds id and timestamps. */
export type FieldsOf<Name extends TableName> = Omit<RecordOf<Name>, 'id' | 'createdAt' | 'updatedAt'>;

export const typedTable = <Name extends TableName>(name: Name): Table<RecordOf<Name>, string> => db.tableOf(name);

/** Validates a record about to be written; throws a RecordValidationError naming each bad field. */
export const validateForWrite = <Name extends TableName>(name: Name, value: unknown): RecordOf<Name> => {
  const result = recordSchemas[name].safeParse(value);
  if (!result.success) throw new RecordValidationError(recordLabels[name], result.error.issues);
  return result.data as RecordOf<Name>;
};

/** Validates a stored record; a bad one is reported (not thrown) so the screen keeps working. */
export const validateOnRead = <Name extends TableName>(name: Name, raw: unknown): RecordOf<Name> | undefined => {
  if (raw === undefined) return undefined;
  const result = recordSchemas[name].safeParse(raw);
  if (result.success) return result.data as RecordOf<Name>;
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '(no id)';
  reportReadProblem({ table: name, id, problems: describeIssues(result.error.issues) });
  return undefined;
};

export const validateAllOnRead = <Name extends TableName>(name: Name, raws: readonly unknown[]): RecordOf<Name>[] =>
  raws.flatMap((raw) => validateOnRead(name, raw) ?? []);

/** Stamps a new record with an id and timestamps, and validates it. */
export const buildRecord = <Name extends TableName>(name: Name, fields: FieldsOf<Name>): RecordOf<Name> => {
  const now = nowTimestamp();
  return validateForWrite(name, { ...fields, id: newId(), createdAt: now, updatedAt: now });
};

/**
 * The operations every table shares. Aggregate repositories spread this and add their own
 * queries and commands; each command validates before it writes and runs in a transaction.
 */
export const createRecordRepository = <Name extends TableName>(name: Name) => {
  const table = () => typedTable(name);
  return {
    async list(): Promise<RecordOf<Name>[]> {
      return validateAllOnRead(name, await table().toArray());
    },

    async get(id: string): Promise<RecordOf<Name> | undefined> {
      return validateOnRead(name, await table().get(id));
    },

    async create(fields: FieldsOf<Name>): Promise<RecordOf<Name>> {
      db.assertWritable();
      const record = buildRecord(name, fields);
      await table().add(record);
      return record;
    },

    async update(id: string, changes: Partial<FieldsOf<Name>>): Promise<RecordOf<Name>> {
      db.assertWritable();
      return db.transaction('rw', table(), async () => {
        const existing = await table().get(id);
        if (!existing) throw new RecordNotFoundError(recordLabels[name], id);
        const updated = validateForWrite(name, {
          ...existing,
          ...changes,
          id: existing.id,
          createdAt: existing.createdAt,
          updatedAt: nowTimestamp(),
        });
        await table().put(updated);
        return updated;
      });
    },

    async remove(id: string): Promise<void> {
      db.assertWritable();
      await table().delete(id);
    },

    /** Puts a record back exactly as it was (Undo of remove or of an edit). */
    async restore(record: RecordOf<Name>): Promise<void> {
      db.assertWritable();
      await table().put(validateForWrite(name, record));
    },
  };
};

/** A repository for records that belong to opportunities, with the queries by opportunity. */
export const createOpportunityRecordRepository = <Name extends TableName>(
  name: Name,
  /** The index linking a record to its opportunities (an array index for people shared across them). */
  opportunityIndex: 'opportunityId' | 'opportunityIds',
) => ({
  ...createRecordRepository(name),

  async listForOpportunity(opportunityId: string): Promise<RecordOf<Name>[]> {
    return validateAllOnRead(name, await forOpportunity(name, opportunityIndex, opportunityId).toArray());
  },

  async countForOpportunity(opportunityId: string): Promise<number> {
    return forOpportunity(name, opportunityIndex, opportunityId).count();
  },
});

/**
 * The records of one opportunity. People (shared across opportunities, `opportunityIds`) are found
 * by reading their table: it is small, and an index on the array cost an entry per person per
 * opportunity on every write, which made large imports half again as slow (schema version 3).
 */
export const forOpportunity = <Name extends TableName>(
  name: Name,
  opportunityIndex: 'opportunityId' | 'opportunityIds',
  opportunityId: string,
) =>
  opportunityIndex === 'opportunityId'
    ? typedTable(name).where('opportunityId').equals(opportunityId)
    : typedTable(name).filter(
        (record) => (record as { opportunityIds?: readonly string[] }).opportunityIds?.includes(opportunityId) === true,
      );
