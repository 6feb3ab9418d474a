import type { ExportSheet } from '../domain/export/cells';
import type { SpreadsheetJob } from './spreadsheet.worker';
import type { ParsedWorkbook } from './xlsx';

/**
 * Largest files accepted, checked before reading. Sizes of the real fixtures: 10,000 contact rows
 * are a 2.6 MB .xlsx, 1,000 rows a 0.9 MB .csv, so 100,000 rows are about 26 MB and 90 MB. Reading
 * 100,000 rows took about 2.1 GiB in SheetJS (notes/STACK.md), close to what a tab may use, so the
 * limits sit just above 100,000 rows.
 */
export const MAX_IMPORT_BYTES = { spreadsheet: 100 * 1024 * 1024, csv: 150 * 1024 * 1024 };

export const acceptedSpreadsheetTypes = '.xlsx,.xls,.ods,.csv';

const megabytes = (bytes: number) => `${String(Math.round(bytes / 1024 / 1024))} MB`;

/** Why a file is refused before it is read, or null when it may be read. */
export const checkSpreadsheetFile = (file: Pick<File, 'name' | 'size'>): string | null => {
  if (!/\.(xlsx|xls|ods|csv)$/i.test(file.name)) return `${file.name} is not a spreadsheet this app reads: use an .xlsx, .xls, .ods or .csv file.`;
  const limit = /\.csv$/i.test(file.name) ? MAX_IMPORT_BYTES.csv : MAX_IMPORT_BYTES.spreadsheet;
  if (file.size > limit)
    return `${file.name} is ${megabytes(file.size)}; the largest file this app can read is ${megabytes(limit)} (about 100,000 contacts). Split it into smaller files (for example one per opportunity or per year) and import them one by one.`;
  if (file.size === 0) return `${file.name} is empty.`;
  return null;
};

/** Runs one job in a fresh Web Worker and ends it after; aborting ends it at once. */
const runInWorker = <Result>(job: SpreadsheetJob, transfer: Transferable[], signal?: AbortSignal): Promise<Result> =>
  new Promise<Result>((resolve, reject) => {
    const worker = new Worker(new URL('./spreadsheet.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', handleAbort);
    };
    const handleAbort = () => {
      finish();
      reject(new DOMException('Cancelled.', 'AbortError'));
    };
    signal?.addEventListener('abort', handleAbort);
    worker.onmessage = (event: MessageEvent<{ ok: true; result: Result } | { ok: false; message: string }>) => {
      finish();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(`The spreadsheet could not be processed: ${event.message}`));
    };
    worker.postMessage(job, transfer);
  });

/** Reads the file in a Web Worker. */
export const parseSpreadsheetInWorker = async (file: File, signal?: AbortSignal): Promise<ParsedWorkbook> => {
  const bytes = await file.arrayBuffer();
  return runInWorker<ParsedWorkbook>({ kind: 'read', bytes, fileName: file.name }, [bytes], signal);
};

/** Builds an .xlsx in a Web Worker. */
export const writeWorkbookInWorker = (sheets: ExportSheet[], signal?: AbortSignal): Promise<Uint8Array> => runInWorker<Uint8Array>({ kind: 'write', sheets }, [], signal);

