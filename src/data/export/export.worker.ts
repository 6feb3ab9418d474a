/**
 * The export worker: reads the records from IndexedDB, builds the sheets and writes the .xlsx, so
 * exporting thousands of contacts never holds up the page. The bytes are handed back, not copied.
 */
import { writeWorkbook } from '../../lib/xlsx-writer';
import { buildArchive, buildContactPlanExport, type ArchiveMeta } from './build-exports';

export type ExportJob = { kind: 'archive'; meta: ArchiveMeta } | { kind: 'contact-plan'; opportunityId: string };
export type ExportResult = { ok: true; bytes: Uint8Array; opportunityName: string | null } | { ok: false; message: string };

type WorkerScope = { onmessage: ((event: MessageEvent<ExportJob>) => void) | null; postMessage: (message: ExportResult, transfer?: Transferable[]) => void };
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const job = event.data;
  void (async () => {
    try {
      const built = job.kind === 'archive' ? { sheets: await buildArchive(job.meta), opportunityName: null } : await buildContactPlanExport(job.opportunityId);
      const bytes = await writeWorkbook(built.sheets);
      scope.postMessage({ ok: true, bytes, opportunityName: built.opportunityName }, [bytes.buffer]);
    } catch (error) {
      scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  })();
};
