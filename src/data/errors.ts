import { isQuotaExceeded, storageFullMessage } from '../lib/storage-errors';
import type { z } from 'zod';
import { fieldLabel, joinLabels } from '../domain/field-labels';
import type { FieldConflict } from '../domain/record-edit';

/** One problem of one field: "items.0.text" + "is required". `field` is '' for the record as a whole. */
export type FieldProblem = { field: string; reason: string };

// How zod names a type, in words ("expected array, received string").
const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty',
  date: 'a date',
};
const inWords = (type: string) => typeWords[type] ?? type;

const isPresent = (value: unknown, path: readonly PropertyKey[]): boolean => {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !(key in current)) return false;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current !== undefined;
};

// The app's own messages are written for people and start in lower case ("is required", "must be
// a date written yyyy-MM-dd"); zod's defaults start with a capital and are rewritten in words here.
const reasonOf = (issue: z.core.$ZodIssue, value: unknown): string => {
  if (value !== undefined && !isPresent(value, issue.path)) return 'is missing';
  if (!/^[A-Z]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)$/.exec(issue.message)?.[1];
      if (received === 'undefined') return 'is missing';
      return `must be ${inWords(issue.expected)}${received ? ` (it is ${inWords(received)})` : ''}`;
    }
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is longer than ${String(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `has more than ${String(issue.maximum)} entries`
          : `must be at most ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `must have at least ${String(issue.minimum)} characters`
        : issue.origin === 'array'
          ? `must have at least ${String(issue.minimum)} entries`
          : `must be at least ${String(issue.minimum)}`;
    case 'invalid_format':
      return issue.format === 'uuid'
        ? 'must be an id (a UUID)'
        : issue.format === 'datetime'
          ? 'must be a date and time with its time zone (ISO 8601)'
          : `must be written as a ${issue.format}`;
    case 'invalid_union':
      return 'is not one of the kinds this field may hold';
    default:
      return issue.message;
  }
};

const fieldOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/**
 * Every problem zod found, as field + reason in plain words. This is the one wording of validation
 * problems: write errors, read problems, backups and archives all use it. Give the value that was
 * validated to have absent fields called missing.
 */
export const fieldProblemsOf = (issues: readonly z.core.$ZodIssue[], value?: unknown): FieldProblem[] =>
  issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          field: fieldOf([...issue.path, key]),
          reason: 'is not a field this version of Contact Plan knows',
        }))
      : [{ field: fieldOf(issue.path), reason: reasonOf(issue, value) }],
  );

/** "items.0.text is required" (the record as a whole: just the reason). */
export const describeFieldProblem = ({ field, reason }: FieldProblem): string =>
  field ? `${field} ${reason}` : reason;

/** "items.0.text is required" — the field path and the reason, for every problem found. */
export const describeIssues = (issues: readonly z.core.$ZodIssue[], value?: unknown): string[] =>
  fieldProblemsOf(issues, value).map(describeFieldProblem);

/** A write refused because the record is not valid; the message names each field and why. */
export class RecordValidationError extends Error {
  override readonly name = 'RecordValidationError';
  readonly problems: string[];

  constructor(recordLabel: string, issues: readonly z.core.$ZodIssue[], value?: unknown) {
    const problems = describeIssues(issues, value);
    super(`Cannot save the ${recordLabel}: ${problems.join('; ')}.`);
    this.problems = problems;
  }
}

/** Another tab upgraded the database: this tab must reload before it may write again. */
export class DatabaseOutdatedError extends Error {
  override readonly name = 'DatabaseOutdatedError';

  constructor() {
    super(
      'Contact Plan was updated in another tab, so this tab can no longer save. Reload the page to keep working; everything already saved is kept.',
    );
  }
}

export class RecordNotFoundError extends Error {
  override readonly name = 'RecordNotFoundError';

  constructor(recordLabel: string, id: string) {
    super(`The ${recordLabel} ${id} does not exist (it may have been deleted).`);
  }
}

/** A write that did not fit in the browser's storage; the transaction was rolled back. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';

  constructor(what: string) {
    super(storageFullMessage(what));
  }
}

/** A quota error as a StorageFullError that says so in words; any other error unchanged. */
export const asStorageError = (error: unknown, what: string): unknown =>
  isQuotaExceeded(error) ? new StorageFullError(what) : error;

/**
 * An edit refused because someone else (another tab, later another laptop) changed the same
 * fields since the user began: both values are kept here for the user to choose between.
 */
export class EditConflictError extends Error {
  override readonly name = 'EditConflictError';
  readonly conflicts: readonly FieldConflict<object>[];

  constructor(table: string, recordLabel: string, conflicts: readonly FieldConflict<object>[]) {
    const fields = joinLabels(conflicts.map((conflict) => fieldLabel(table, conflict.field)));
    super(
      `Someone else changed the ${fields} of this ${recordLabel} while you were editing it. Nothing was saved yet: choose which version to keep.`,
    );
    this.conflicts = conflicts;
  }
}

/** The product rules a write can break; each refusal names its rule so screens can react to it. */
export type RuleName =
  | 'quiet-period'
  | 'held-date'
  | 'debrief-submitted'
  | 'debrief-not-allowed'
  | 'outcome-needs-every-debrief'
  | 'outcome-undecided-points'
  | 'person-in-use'
  | 'reports-to-cycle';

/** A write refused by a product rule (not by a malformed record); the message says why in words. */
export class RuleViolationError extends Error {
  override readonly name: string = 'RuleViolationError';

  constructor(
    readonly rule: RuleName,
    message: string,
  ) {
    super(message);
  }
}
