import type { Table } from 'dexie';
import { newId } from '../../domain/ids';
import { nowTimestamp } from '../../domain/record';
import { mergeEdit, type FieldConflict, type RecordEdit } from '../../domain/record-edit';
import { db } from '../db';
import {
  asStorageError,
  describeIssues,
  EditConflictError,
  RecordNotFoundError,
  RecordValidationError,
} from '../errors';
import { reportReadProblem } from '../read-problems';
import { recordLabels, recordSchemas, type RecordOf, type TableName } from '../record-schemas';

/**
 * What every repository builds on: validated reads, validated writes in one transaction that
 * says "storage full" in words, and edits merged with what was saved meanwhile. There are no
 * generic create/update/remove operations here on purpose: each repository exposes only its own
 * aggregate's commands, each checking that aggregate's rules.
 */

/** The fields a caller supplies; the repository adds id and timestamps. */
export type FieldsOf<Name extends TableName> = Omit<RecordOf<Name>, 'id' | 'createdAt' | 'updatedAt'>;

export const typedTable = <Name extends TableName>(name: Name): Table<RecordOf<Name>, string> => db.tableOf(name);

/** Validates a record about to be written; throws a RecordValidationError naming each bad field. */
export const validateForWrite = <Name extends TableName>(name: Name, value: unknown): RecordOf<Name> => {
  const result = recordSchemas[name].safeParse(value);
  if (!result.success) throw new RecordValidationError(recordLabels[name], result.error.issues, value);
  return result.data as RecordOf<Name>;
};

/** Validates a stored record; a bad one is reported (not thrown) so the screen keeps working. */
export const validateOnRead = <Name extends TableName>(name: Name, raw: unknown): RecordOf<Name> | undefined => {
  if (raw === undefined) return undefined;
  const result = recordSchemas[name].safeParse(raw);
  if (result.success) return result.data as RecordOf<Name>;
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : '(no id)';
  reportReadProblem({ table: name, id, problems: describeIssues(result.error.issues, raw) });
  return undefined;
};

export const validateAllOnRead = <Name extends TableName>(name: Name, raws: readonly unknown[]): RecordOf<Name>[] =>
  raws.flatMap((raw) => validateOnRead(name, raw) ?? []);

/** Stamps a new record with an id and timestamps, and validates it. */
export const buildRecord = <Name extends TableName>(name: Name, fields: FieldsOf<Name>): RecordOf<Name> => {
  const now = nowTimestamp();
  return validateForWrite(name, { ...fields, id: newId(), createdAt: now, updatedAt: now });
};

/** Every record of a table, validated. */
export const readAll = async <Name extends TableName>(name: Name): Promise<RecordOf<Name>[]> =>
  validateAllOnRead(name, await typedTable(name).toArray());

/** One record, validated; undefined when it does not exist (or is unreadable, which is reported). */
export const readOne = async <Name extends TableName>(name: Name, id: string): Promise<RecordOf<Name> | undefined> =>
  validateOnRead(name, await typedTable(name).get(id));

/** Several records by id, validated, in the order asked; missing ones are left out. */
export const readMany = async <Name extends TableName>(name: Name, ids: readonly string[]): Promise<RecordOf<Name>[]> =>
  validateAllOnRead(
    name,
    (await typedTable(name).bulkGet([...new Set(ids)])).filter((record) => record !== undefined),
  );

/** A record that must exist for the command to go on. */
export const readExisting = async <Name extends TableName>(name: Name, id: string): Promise<RecordOf<Name>> => {
  const record = await typedTable(name).get(id);
  if (!record) throw new RecordNotFoundError(recordLabels[name], id);
  return record;
};

type OwnedTable = 'contacts' | 'debriefs' | 'outcomes' | 'actionItems' | 'messages';

/** The records of a table that belong to one opportunity (an index on opportunityId). */
export const readForOpportunity = async <Name extends OwnedTable>(
  name: Name,
  opportunityId: string,
): Promise<RecordOf<Name>[]> =>
  validateAllOnRead(name, await typedTable(name).where('opportunityId').equals(opportunityId).toArray());

/**
 * People of one opportunity. They are found by reading their table: it is small, and an index on
 * the array cost an entry per person per opportunity on every write, which made large imports half
 * again as slow (schema version 3).
 */
export const peopleOfOpportunity = <Name extends 'stakeholders' | 'teamMembers'>(name: Name, opportunityId: string) =>
  typedTable(name).filter((person) => (person.opportunityIds as readonly string[]).includes(opportunityId));

/**
 * Runs a command's writes in one transaction: refused at once if another tab upgraded the
 * database, rolled back as a whole on any error, and a full disk is said in words naming `what`.
 */
export const writeTransaction = async <Result>(
  what: string,
  tables: readonly TableName[],
  work: () => Promise<Result>,
): Promise<Result> => {
  db.assertWritable();
  try {
    // The scope is declared async (Dexie keeps the transaction across native awaits only then),
    // whatever `work` is: a plain function returning a promise lost it two awaits deep.
    return await db.transaction(
      'rw',
      tables.map((name) => db.tableOf(name)),
      async () => await work(),
    );
  } catch (error) {
    throw asStorageError(error, what);
  }
};

/**
 * Applies a user's edit to the record as it is now (call inside a write transaction): fields
 * changed meanwhile by someone else are kept, and a field both changed is refused as a conflict
 * the user decides. Returns the record to write, validated and stamped, or the unchanged record.
 */
export const applyEdit = async <Name extends TableName>(
  name: Name,
  id: string,
  edit: RecordEdit<FieldsOf<Name>>,
): Promise<{ record: RecordOf<Name>; isChanged: boolean }> => {
  const current = await readExisting(name, id);
  // The edit names only user fields, a subset of the record's.
  const merged = mergeEdit<RecordOf<Name>>(current, edit as RecordEdit<RecordOf<Name>>);
  if (merged.kind === 'conflict')
    throw new EditConflictError(name, recordLabels[name], merged.conflicts as FieldConflict<object>[]);
  if (merged.kind === 'unchanged') return { record: current, isChanged: false };
  const record = validateForWrite(name, {
    ...merged.record,
    id: current.id,
    createdAt: current.createdAt,
    updatedAt: nowTimestamp(),
  });
  return { record, isChanged: true };
};
