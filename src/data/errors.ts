import { isQuotaExceeded, storageFullMessage } from '../lib/storage-errors';
import type { z } from 'zod';
import { fieldLabel, joinLabels } from '../domain/field-labels';
import type { FieldConflict } from '../domain/record-edit';

/** "items.0.text is required" — the field path and zod's reason, for every problem found. */
export const describeIssues = (issues: readonly z.core.$ZodIssue[]): string[] =>
  issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    return field ? `${field} ${issue.message}` : issue.message;
  });

/** A write refused because the record is not valid; the message names each field and why. */
export class RecordValidationError extends Error {
  override readonly name = 'RecordValidationError';
  readonly problems: string[];

  constructor(recordLabel: string, issues: readonly z.core.$ZodIssue[]) {
    const problems = describeIssues(issues);
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
