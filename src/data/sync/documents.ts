/**
 * How records travel to a CouchDB-protocol team server: one document per record, in one database
 * per pursuit (organizations in the company directory). A document names its table in its id
 * (`contacts:<uuid>`) and carries the database version its record was written at, so an app of any
 * version can upgrade it — or keep it aside, untouched, when a newer app wrote it.
 *
 * Coming back, every document passes the one door for outside records (restore.ts): upgraded,
 * validated strictly, the app's rules checked. A document that does not pass is a problem to show,
 * never a half-applied record, and never a reason to stop syncing the rest.
 */
import type { OpportunityId } from '../../domain/ids';
import { restoreRecord, type RestoreOptions, type RestoreProblem } from '../restore';
import { tableNames, type RecordOf, type TableName } from '../record-schemas';
import { currentSchemaVersion } from '../schema';

/** What the server stores for a record. `record` is the record as this app keeps it. */
export type RecordDocument = {
  _id: string;
  _rev?: string;
  table: TableName;
  /** The database version (schema.ts) the record was written at. */
  schemaVersion: number;
  record: Record<string, unknown>;
};

/** A document from the server, after the one door. */
export type IncomingDocument =
  | { kind: 'record'; table: TableName; record: RecordOf<TableName> }
  | { kind: 'deleted'; table: TableName; id: string }
  /** Not a record this app can take; `problem` says why, in the words restore uses. */
  | { kind: 'problem'; documentId: string; problems: RestoreProblem[]; raw: unknown }
  /** Written by a newer app: kept aside untouched until this app is updated. */
  | { kind: 'newer'; documentId: string; version: number; problem: RestoreProblem; raw: unknown };

/** A pursuit's database name (CouchDB names are lower case; ids are lower-case UUIDs). */
export const pursuitDatabaseName = (opportunityId: OpportunityId | string): string =>
  `opp-${opportunityId.toLowerCase()}`;

export const documentIdOf = (table: TableName, id: string): string => `${table}:${id}`;

/** The table and record id a document id names, or null when it names none this app knows. */
export const parseDocumentId = (documentId: string): { table: TableName; id: string } | null => {
  const separator = documentId.indexOf(':');
  if (separator <= 0) return null;
  const table = documentId.slice(0, separator) as TableName;
  const id = documentId.slice(separator + 1);
  return tableNames.includes(table) && id !== '' ? { table, id } : null;
};

export const toDocument = <Name extends TableName>(
  table: Name,
  record: RecordOf<Name>,
  rev?: string,
): RecordDocument => ({
  _id: documentIdOf(table, record.id),
  ...(rev === undefined ? {} : { _rev: rev }),
  table,
  schemaVersion: currentSchemaVersion,
  record,
});

/**
 * The pursuit databases a record belongs in: its opportunity's; a person's, every pursuit they
 * take part in; none for an organization (the directory holds those).
 */
export const pursuitsOf = (table: TableName, record: RecordOf<TableName>): string[] => {
  const fields = record as Record<string, unknown>;
  if (table === 'organizations') return [];
  if (table === 'opportunities') return [String(fields.id)];
  if (table === 'stakeholders' || table === 'teamMembers') return [...(fields.opportunityIds as string[])];
  return [String(fields.opportunityId)];
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A document from the server, through the one door: a record, a deletion, or a problem in words. */
export const fromDocument = (raw: unknown, options: RestoreOptions = {}): IncomingDocument => {
  const documentId = isObject(raw) && typeof raw._id === 'string' ? raw._id : '(no id)';
  const named = parseDocumentId(documentId);
  const problem = (reason: string, field = ''): IncomingDocument => ({
    kind: 'problem',
    documentId,
    problems: [{ table: named?.table ?? '', id: named?.id ?? documentId, field, reason }],
    raw,
  });
  if (!isObject(raw)) return problem('is not a document (a group of fields)');
  if (!named) return problem(`has an id (${documentId}) that names no table of Contact Plan`);
  if (raw._deleted === true) return { kind: 'deleted', table: named.table, id: named.id };
  if (raw.table !== named.table)
    return problem(`says it is of table “${String(raw.table)}” but its id says ${named.table}`);
  if (typeof raw.schemaVersion !== 'number' || !Number.isInteger(raw.schemaVersion) || raw.schemaVersion < 1)
    return problem('does not say which database version wrote it, so it cannot be upgraded safely', 'schemaVersion');
  if (!isObject(raw.record)) return problem('holds no record', 'record');
  if (raw.record.id !== named.id) return problem('holds a record whose id is not the one its id names', 'id');

  const result = restoreRecord(named.table, raw.record, raw.schemaVersion, options);
  if (result.status === 'restored') return { kind: 'record', table: named.table, record: result.record };
  if (result.status === 'newer')
    return { kind: 'newer', documentId, version: result.version, problem: result.problem, raw };
  return { kind: 'problem', documentId, problems: result.problems, raw };
};
