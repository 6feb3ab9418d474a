/**
 * Parses a spreadsheet off the main thread, so a large file never freezes the page. The worker is
 * ended after each file, which frees SheetJS's memory.
 */
import { readSpreadsheet } from './xlsx';

type WorkerScope = {
  onmessage: ((event: MessageEvent<{ bytes: ArrayBuffer; fileName: string }>) => void) | null;
  postMessage: (message: unknown) => void;
};
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    scope.postMessage({ ok: true, workbook: readSpreadsheet(new Uint8Array(event.data.bytes), event.data.fileName) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
