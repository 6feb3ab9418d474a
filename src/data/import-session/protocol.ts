import type { ImportLayout } from '../../domain/import/build-contacts';
import type { SheetCell } from '../../domain/import/cells';
import type { ColumnMapping } from '../../domain/import/columns';
import type {
  PreviewContact,
  PreviewFilter,
  PreviewPage,
  PreviewSetup,
  PreviewSummary,
} from '../../domain/import/import-preview';
import type { ContactOverride } from '../../domain/import/overrides';
import type { ImportProgress, ImportReceipt } from '../import-contacts';
import type { ArchiveContents } from '../spreadsheet-sources';

export type { ImportProgress };

/** The first rows of a sheet: enough to find the header and show a sample of each column. */
export const SHEET_HEAD_ROWS = 50;

export type SheetSummary = {
  name: string;
  rowCount: number;
  head: SheetCell[][];
  /** Cells beyond the columns and rows the import reads, in words; null when none. */
  leftOut: string | null;
};

export type OpenedFile = { kind: 'sheets'; sheets: SheetSummary[] } | ({ kind: 'archive' } & ArchiveContents);

/** What the page asks of the import worker; each request gets one reply with the same id. */
export type ImportRequest =
  | { type: 'open'; bytes: ArrayBuffer; fileName: string }
  | { type: 'guess-layout'; sheetIndex: number; headerRow: number; mapping: ColumnMapping }
  | { type: 'build'; sheetIndex: number; setup: PreviewSetup; keepOverrides: boolean }
  | { type: 'override'; key: string; override: ContactOverride }
  | { type: 'page'; filter: PreviewFilter; offset: number; limit: number }
  | { type: 'leave-out-unsavable' }
  | { type: 'commit'; targetOpportunityId: string | null; confirmedMatches: Record<string, string> };

export type ImportReplies = {
  open: OpenedFile;
  'guess-layout': ImportLayout;
  build: PreviewSummary;
  override: { summary: PreviewSummary; contact: PreviewContact | null };
  page: PreviewPage;
  'leave-out-unsavable': PreviewSummary;
  commit: { receipt: ImportReceipt; leftOut: number };
};

export type ImportWorkerMessage =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; name: string; message: string }
  | { id: number; progress: ImportProgress };
