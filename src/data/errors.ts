import { isQuotaExceeded, storageFullMessage } from '../lib/storage-errors';
import type { z } from 'zod';

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
