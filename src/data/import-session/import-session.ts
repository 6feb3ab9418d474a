import type { ImportLayout } from '../../domain/import/build-contacts';
import type { ColumnMapping } from '../../domain/import/columns';
import type { PreviewFilter, PreviewSetup } from '../../domain/import/import-preview';
import type { ContactOverride } from '../../domain/import/overrides';
import { cancelledError, workerStoppedError } from '../worker-jobs';
import type { ImportProgress, ImportReplies, ImportRequest, ImportWorkerMessage } from './protocol';
import { cleanFileName } from '../../domain/clean-text';

type Pending = {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: ImportProgress) => void;
};

/** An error from the worker, with the name it had there (DatabaseOutdatedError, SpreadsheetReadError…). */
export class ImportWorkerError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One file's import, run in its own Web Worker. Start a session when the import screen opens (the
 * worker loads SheetJS and opens the database while the user picks a file); end it after the file
 * is imported or put aside, which frees the worker's memory. Ending it rejects what is pending with
 * an AbortError, and ending it during a commit rolls the whole import back.
 */
export const startImportSession = () => {
  const worker = new Worker(new URL('./import-session.worker.ts', import.meta.url), { type: 'module', name: 'import' });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let endedWith: Error | null = null;

  const failAll = (error: Error) => {
    endedWith = error;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
    const message = event.data;
    const request = pending.get(message.id);
    if (!request) return;
    if ('progress' in message) {
      request.onProgress?.(message.progress);
      return;
    }
    pending.delete(message.id);
    if (message.ok) request.resolve(message.result);
    else request.reject(new ImportWorkerError(message.name, message.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(workerStoppedError('import', event, 'Nothing was written.'));
    worker.terminate();
  };

  const ask = <Type extends ImportRequest['type']>(
    request: Extract<ImportRequest, { type: Type }>,
    options: { transfer?: Transferable[]; onProgress?: (progress: ImportProgress) => void } = {},
  ): Promise<ImportReplies[Type]> =>
    new Promise<ImportReplies[Type]>((resolve, reject) => {
      if (endedWith) {
        reject(endedWith);
        return;
      }
      const id = nextId;
      nextId += 1;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress: options.onProgress });
      worker.postMessage({ ...request, id }, options.transfer ?? []);
    });

  return {
    /** Reads the file; an archive comes back as its records, a contact plan as its sheets' first rows. */
    async open(file: File) {
      const bytes = await file.arrayBuffer();
      return ask({ type: 'open', bytes, fileName: cleanFileName(file.name) }, { transfer: [bytes] });
    },
    guessLayout: (sheetIndex: number, headerRow: number, mapping: ColumnMapping): Promise<ImportLayout> =>
      ask({ type: 'guess-layout', sheetIndex, headerRow, mapping }),
    build: (sheetIndex: number, setup: PreviewSetup, keepOverrides: boolean) =>
      ask({ type: 'build', sheetIndex, setup, keepOverrides }),
    override: (key: string, override: ContactOverride) => ask({ type: 'override', key, override }),
    page: (filter: PreviewFilter, offset: number, limit: number) => ask({ type: 'page', filter, offset, limit }),
    /** Leaves out every contact with text too long to save; resolves with the new summary. */
    leaveOutUnsavable: () => ask({ type: 'leave-out-unsavable' }),
    commit: (
      targetOpportunityId: string | null,
      confirmedMatches: Record<string, string>,
      onProgress: (progress: ImportProgress) => void,
    ) => ask({ type: 'commit', targetOpportunityId, confirmedMatches }, { onProgress }),
    /** Ends the worker; anything pending rejects with an AbortError. */
    end() {
      worker.terminate();
      failAll(cancelledError());
    },
  };
};

export type ImportSession = ReturnType<typeof startImportSession>;
