/**
 * Reads and writes spreadsheets off the main thread, so a large file never freezes the page. The
 * worker is ended after each job, which frees SheetJS's memory.
 */
import type { ExportSheet } from '../domain/export/cells';
import { readSpreadsheet, writeWorkbook } from './xlsx';

export type SpreadsheetJob = { kind: 'read'; bytes: ArrayBuffer; fileName: string } | { kind: 'write'; sheets: ExportSheet[] };

type WorkerScope = {
  onmessage: ((event: MessageEvent<SpreadsheetJob>) => void) | null;
  postMessage: (message: unknown, transfer?: Transferable[]) => void;
};
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    if (event.data.kind === 'read') {
      scope.postMessage({ ok: true, result: readSpreadsheet(new Uint8Array(event.data.bytes), event.data.fileName) });
    } else {
      const bytes = writeWorkbook(event.data.sheets);
      scope.postMessage({ ok: true, result: bytes }, [bytes.buffer]);
    }
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
