/**
 * A write refused for lack of room. IndexedDB reports it as a QuotaExceededError, usually wrapped:
 * Dexie's AbortError with `inner.name === 'QuotaExceededError'`, and the transaction is rolled back.
 */
export const isQuotaExceeded = (error: unknown): boolean => {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null && 'name' in error)) return false;
  const { name, inner, message } = error as { name?: unknown; inner?: { name?: unknown } | null; message?: unknown };
  return (
    name === 'QuotaExceededError' ||
    inner?.name === 'QuotaExceededError' ||
    (typeof message === 'string' && /QuotaExceeded/i.test(message))
  );
};

/** What to tell the user when the disk (or the browser's share of it) is full. */
export const storageFullMessage = (what: string): string =>
  `There is not enough storage space in this browser to save ${what}. Nothing was saved: everything is as it was before. Make room — back up everything, then delete pursuits you no longer need, or free disk space — and try again.`;
