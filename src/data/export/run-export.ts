import { cancelledError, workerStoppedError } from '../worker-jobs';
import type { ExportJob, ExportResult } from './export.worker';

/**
 * Runs one export in a fresh Web Worker and ends it after; aborting (Cancel) ends it at once.
 * Resolves with the .xlsx bytes and, for a contact plan, the opportunity's name.
 */
export const runExport = (job: ExportJob, signal?: AbortSignal): Promise<{ bytes: Uint8Array; opportunityName: string | null }> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'export' });
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
    worker.onmessage = (event: MessageEvent<ExportResult>) => {
      finish();
      if (event.data.ok) resolve({ bytes: event.data.bytes, opportunityName: event.data.opportunityName });
      else reject(new Error(`The export failed: ${event.data.message}`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(workerStoppedError('export', event, 'Nothing was changed.'));
    };
    worker.postMessage(job);
  });
