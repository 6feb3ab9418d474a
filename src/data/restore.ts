/**
 * The one door for records from outside this browser: backups, archives and (later) replicated
 * documents. A record written at any earlier database version is upgraded version by version with
 * the upgrades declared in schema.ts (the same ones the database upgrade runs), then validated
 * strictly with today's schemas and the rules schemas cannot express. What comes out is valid
 * today; what cannot be restored is described as problems naming table, id, field and why.
 *
 * Input is loose (unknown), output strict (RecordOf). Nothing here writes: callers write only when
 * everything was restored, so a refused record leaves the database untouched.
 */
import type { z } from 'zod';
import { todayCalendarDay, type CalendarDay } from '../domain/calendar-day';
import type { Contact } from '../domain/contact';
import { checkHeldDate } from '../domain/rules/held-date';
import { describeFieldProblem, fieldProblemsOf, type FieldProblem } from './errors';
import { cycleProblems, danglingReferenceProblems } from './restore-references';
import { recordSchemas, type RecordOf, type TableName } from './record-schemas';
import { schemaVersions, type LooseRecord, type SchemaVersion } from './schema';

/** Why one record cannot be restored. `field` is '' when the record as a whole is the problem. */
export type RestoreProblem = FieldProblem & { table: string; id: string };

/** "contacts 5f0c…: date must be a date written yyyy-MM-dd", in one line. */
export const describeRestoreProblem = (problem: RestoreProblem): string => {
  const where = [problem.table, problem.id].filter(Boolean).join(' ');
  return where ? `${where}: ${describeFieldProblem(problem)}` : describeFieldProblem(problem);
};

/** How many records the problems concern (a record may have several). */
export const countRefusedRecords = (problems: readonly RestoreProblem[]): number =>
  new Set(problems.map((problem) => `${problem.table}\u0000${problem.id}`)).size;

/** The first few problems in one line, for an error message; the rest counted. */
export const summarizeRestoreProblems = (problems: readonly RestoreProblem[], shown = 3): string =>
  [
    ...problems.slice(0, shown).map(describeRestoreProblem),
    ...(problems.length > shown ? [`and ${String(problems.length - shown)} more`] : []),
  ].join(' · ');

/** Said of a record, a backup or an archive written by a newer app than this one. */
export const newerVersionReason = (version: number, current: number): string =>
  `was made by a newer version of Contact Plan (database version ${String(version)}; this app has ${String(current)}). Update the app (reload it while online), then try again.`;

export type RestoreOptions = {
  /** Today's record schemas; tests pass a changed copy to show what a missing upgrade does. */
  schemas?: Readonly<Record<TableName, z.ZodType>>;
  /** The schema versions (schema.ts); tests add a version to come. */
  versions?: readonly SchemaVersion[];
  /** Today in the user's time zone, for the held-date rule. */
  today?: CalendarDay;
};

export type RestoredTables = { [Name in TableName]: RecordOf<Name>[] };

export type RecordRestore<Name extends TableName> =
  | { status: 'restored'; record: RecordOf<Name> }
  | { status: 'refused'; problems: RestoreProblem[] }
  /** Written by a newer app: kept aside untouched (not half-applied) until this app is updated. */
  | { status: 'newer'; version: number; problem: RestoreProblem; raw: unknown };

export type TablesRestore =
  | { status: 'restored'; tables: RestoredTables }
  | { status: 'refused'; problems: RestoreProblem[] }
  | { status: 'newer'; version: number; reason: string };

type Context = Required<RestoreOptions> & { current: number };

const contextOf = (options: RestoreOptions): Context => {
  const versions = options.versions ?? schemaVersions;
  return {
    schemas: options.schemas ?? recordSchemas,
    versions,
    today: options.today ?? todayCalendarDay(),
    current: versions.at(-1)?.version ?? 1,
  };
};

const isLooseRecord = (value: unknown): value is LooseRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isKnownVersion = (version: number, context: Context) =>
  Number.isInteger(version) && version >= 1 && version <= context.current;

const noVersionReason = 'does not say which database version wrote it, so it cannot be upgraded safely';

// Held means it happened (rules/held-date.ts): a contact held on a day still to come is refused.
const heldDateProblems = (contact: Contact, today: CalendarDay): FieldProblem[] => {
  const check = checkHeldDate(contact, today);
  if (check.kind === 'held-without-day')
    return [{ field: 'heldDate', reason: 'is missing: a contact marked held needs the day it took place' }];
  if (check.kind !== 'held-in-future') return [];
  const after = `after today (${today}): a contact can be marked held only once it has taken place`;
  return contact.heldDate
    ? [{ field: 'heldDate', reason: `is ${check.day}, ${after}` }]
    : [{ field: 'status', reason: `is held, but the contact is dated ${check.day}, ${after}` }];
};

/** Rules for one record that its schema cannot express, checked after the schema passed. */
const recordRules: { [Name in TableName]?: (record: RecordOf<Name>, today: CalendarDay) => FieldProblem[] } = {
  contacts: heldDateProblems,
};

type Upgraded = { upgraded: LooseRecord; failure?: undefined } | { upgraded?: undefined; failure: string };

const upgradeFrom = (
  table: string,
  record: LooseRecord,
  fromVersion: number,
  versions: readonly SchemaVersion[],
): Upgraded => {
  let upgraded = record;
  for (const { version, upgradeRecords } of versions)
    if (version > fromVersion && typeof upgradeRecords === 'object') {
      const upgrade = upgradeRecords[table];
      if (upgrade) {
        try {
          upgraded = upgrade(upgraded);
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          return { failure: `could not be upgraded to database version ${String(version)} (${why})` };
        }
      }
    }
  return { upgraded };
};

const restoreOne = <Name extends TableName>(
  table: Name,
  raw: unknown,
  fromVersion: number,
  context: Context,
  label: string,
): RecordRestore<Name> => {
  const id = isLooseRecord(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : label;
  const refused = (problems: FieldProblem[]): RecordRestore<Name> => ({
    status: 'refused',
    problems: problems.map((problem) => ({ table, id, ...problem })),
  });
  if (fromVersion > context.current)
    return {
      status: 'newer',
      version: fromVersion,
      problem: { table, id, field: '', reason: newerVersionReason(fromVersion, context.current) },
      raw,
    };
  if (!isKnownVersion(fromVersion, context)) return refused([{ field: '', reason: noVersionReason }]);
  if (!isLooseRecord(raw)) return refused([{ field: '', reason: 'is not a record (a group of fields)' }]);

  const { upgraded, failure } = upgradeFrom(table, raw, fromVersion, context.versions);
  if (failure !== undefined) return refused([{ field: '', reason: failure }]);
  const result = context.schemas[table].safeParse(upgraded);
  if (!result.success) return refused(fieldProblemsOf(result.error.issues, upgraded));
  const record = result.data as RecordOf<Name>;
  const ruleProblems = recordRules[table]?.(record, context.today) ?? [];
  return ruleProblems.length > 0 ? refused(ruleProblems) : { status: 'restored', record };
};

/**
 * One record written at database version `fromVersion`, as it must be today. For a replicated
 * document: one at a time, and one from a newer app is handed back as 'newer', untouched.
 */
export const restoreRecord = <Name extends TableName>(
  table: Name,
  raw: unknown,
  fromVersion: number,
  options: RestoreOptions = {},
): RecordRestore<Name> => restoreOne(table, raw, fromVersion, contextOf(options), '(no id)');

/**
 * Every table of a backup or an archive, written at database version `fromVersion`: all of them
 * restored, or every problem found (each record checked, an id twice in one table refused too).
 * Tables absent from the input are empty; a table this app does not know is refused.
 */
export const restoreTables = (
  tables: Readonly<Record<string, readonly unknown[]>>,
  fromVersion: number,
  options: RestoreOptions = {},
): TablesRestore => {
  const context = contextOf(options);
  if (fromVersion > context.current)
    return { status: 'newer', version: fromVersion, reason: newerVersionReason(fromVersion, context.current) };
  if (!isKnownVersion(fromVersion, context))
    return {
      status: 'refused',
      problems: [{ table: '', id: '', field: '', reason: `The records ${noVersionReason}.` }],
    };

  const names = Object.keys(context.schemas) as TableName[];
  const problems: RestoreProblem[] = Object.keys(tables)
    .filter((name) => !names.includes(name as TableName))
    .map((table) => ({ table, id: '', field: '', reason: 'is not a table this version of Contact Plan knows' }));
  const restored: Partial<Record<TableName, unknown[]>> = {};
  for (const table of names) {
    const seen = new Set<string>();
    restored[table] = (tables[table] ?? []).flatMap((raw, index) => {
      const result = restoreOne(table, raw, fromVersion, context, `(record ${String(index + 1)})`);
      const id = isLooseRecord(raw) && typeof raw.id === 'string' ? raw.id : null;
      if (id !== null && seen.has(id))
        problems.push({ table, id, field: 'id', reason: 'appears more than once in this table' });
      if (id !== null) seen.add(id);
      if (result.status === 'restored') return [result.record];
      // One by one: a crafted record can carry 100,000 problems, too many to spread into a call.
      if (result.status === 'refused') for (const problem of result.problems) problems.push(problem);
      return [];
    });
  }
  if (problems.length > 0) return { status: 'refused', problems };
  // Each record is valid on its own; together they must also hang together.
  const tablesRestored = restored as RestoredTables;
  for (const problem of danglingReferenceProblems(tablesRestored)) problems.push(problem);
  for (const problem of cycleProblems(tablesRestored)) problems.push(problem);
  return problems.length > 0 ? { status: 'refused', problems } : { status: 'restored', tables: tablesRestored };
};
