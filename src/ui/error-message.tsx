import { isQuotaExceeded, storageFullMessage } from '../lib/storage-errors';

/** Turns anything thrown into a sentence a user can act on (a full disk is said as such). */
export const errorMessage = (error: unknown): string => {
  if (isQuotaExceeded(error)) return storageFullMessage('this change');
  return error instanceof Error ? error.message : 'Something went wrong. Nothing was saved; please try again.';
};
