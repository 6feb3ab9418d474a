import { runWorkerJob } from '../worker-jobs';
import type { ExportJob, ExportResult } from './export.worker';

/**
 * Runs one export in a fresh Web Worker and ends it after; aborting (Cancel) ends it at once.
 * Resolves with the .xlsx bytes and, for a contact plan, the opportunity's name.
 */
export const runExport = (job: ExportJob, signal?: AbortSignal): Promise<ExportResult> =>
  runWorkerJob<ExportJob, ExportResult>(
    () => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'export' }),
    job,
    {
      kind: 'export',
      consequence: 'Nothing was changed.',
      signal,
    },
  ).catch((error: unknown) => {
    throw error instanceof Error && error.name === 'Error' ? new Error(`The export failed: ${error.message}`) : error;
  });
