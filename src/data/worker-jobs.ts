/** What the import and export workers share: how a cancelled or crashed worker is reported. */

/** The rejection of a job the user cancelled (its worker is ended). */
export const cancelledError = (): DOMException => new DOMException('Cancelled.', 'AbortError');

/** True for the rejection of a cancelled job, which needs no message. */
export const isCancelled = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/** A worker that died (a script error, or the browser ending it for lack of memory), in words. */
export const workerStoppedError = (job: 'import' | 'export', event: ErrorEvent, consequence: string): Error =>
  new Error(`The ${job} stopped unexpectedly: ${event.message || 'the browser ended its worker (often for lack of memory)'}. ${consequence}`);
