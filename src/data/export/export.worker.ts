/**
 * The export worker: reads the records from IndexedDB, builds the sheets and writes the .xlsx, so
 * exporting thousands of contacts never holds up the page. The bytes are handed back, not copied.
 */
import '../../lib/zod-config';
import type { OpportunityId } from '../../domain/ids';
import { writeWorkbook } from '../../lib/xlsx-writer';
import { failedReply } from '../worker-jobs';
import { buildArchive, buildContactPlanExport, type ArchiveMeta } from './build-exports';

export type ExportJob = { kind: 'archive'; meta: ArchiveMeta } | { kind: 'contact-plan'; opportunityId: OpportunityId };
export type ExportResult = { bytes: Uint8Array; opportunityName: string | null };

type WorkerScope = {
  onmessage: ((event: MessageEvent<ExportJob>) => void) | null;
  postMessage: (message: unknown, transfer?: Transferable[]) => void;
};
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const job = event.data;
  void (async () => {
    try {
      const built =
        job.kind === 'archive'
          ? { sheets: await buildArchive(job.meta), opportunityName: null }
          : await buildContactPlanExport(job.opportunityId);
      const bytes = await writeWorkbook(built.sheets);
      const result: ExportResult = { bytes, opportunityName: built.opportunityName };
      scope.postMessage({ ok: true, result }, [bytes.buffer]);
    } catch (error) {
      scope.postMessage(failedReply(error));
    }
  })();
};
