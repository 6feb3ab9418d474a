/** What the import, export and backup workers share: how a job runs, and how a cancelled or crashed worker is reported. */

/** The rejection of a job the user cancelled (its worker is ended). */
export const cancelledError = (): DOMException => new DOMException('Cancelled.', 'AbortError');

/** True for the rejection of a cancelled job, which needs no message. */
export const isCancelled = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/** A worker that died (a script error, or the browser ending it for lack of memory), in words. */
export const workerStoppedError = (
  job: 'import' | 'export' | 'backup',
  event: ErrorEvent,
  consequence: string,
): Error =>
  new Error(
    `The ${job} stopped unexpectedly: ${event.message || 'the browser ended its worker (often for lack of memory)'}. ${consequence}`,
  );

type JobReply<Result> = { ok: true; result: Result } | { ok: false; name: string; message: string };

/**
 * Runs one job in a fresh worker and ends the worker after (which frees its memory); aborting ends
 * it at once. The worker answers `{ ok, result }` or `{ ok: false, name, message }`; an error keeps
 * its name, so the page can tell a bad file from a full disk.
 */
export const runWorkerJob = <Job, Result>(
  createWorker: () => Worker,
  job: Job,
  options: {
    kind: 'export' | 'backup';
    consequence: string;
    transfer?: Transferable[];
    signal?: AbortSignal | undefined;
  },
): Promise<Result> =>
  new Promise((resolve, reject) => {
    const worker = createWorker();
    const { signal } = options;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(cancelledError());
    };
    if (signal?.aborted) {
      cancel();
      return;
    }
    signal?.addEventListener('abort', cancel);
    worker.onmessage = (event: MessageEvent<JobReply<Result>>) => {
      finish();
      const reply = event.data;
      if (reply.ok) resolve(reply.result);
      else reject(Object.assign(new Error(reply.message), { name: reply.name }));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(workerStoppedError(options.kind, event, options.consequence));
    };
    worker.postMessage(job, options.transfer ?? []);
  });

/** The reply a worker posts for a job that failed, keeping the error's name. */
export const failedReply = (error: unknown) => ({
  ok: false as const,
  name: error instanceof Error ? error.name : 'Error',
  message: error instanceof Error ? error.message : String(error),
});
