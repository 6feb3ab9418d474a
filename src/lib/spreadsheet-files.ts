import { formatCount } from '../domain/count-label';
import { cleanFileName } from '../domain/clean-text';

/**
 * Largest files accepted, checked before reading. Measured with npm run bench: 100,000 contact rows
 * of the flat layout are a 65 MB .xlsx, which the import worker reads, previews and imports. The
 * .csv limit is scaled from the 1,000-row fixture (0.9 MB), so 100,000 rows are about 90 MB.
 */
export const MAX_IMPORT_BYTES = { spreadsheet: 100 * 1024 * 1024, csv: 150 * 1024 * 1024 };

/**
 * What the import worker reads of a file's content, checked before anything is built from it, so a
 * small hostile file (a "zip bomb", a cell at the sheet's far corner) is refused in words instead
 * of crashing the tab. Each limit leaves about three times the room a plan of 100,000 contacts
 * needs: the flat 10,000-row fixture unpacks to 16 MB, with 60,643 shared texts, 140,014 filled
 * cells of 14 columns and 8.6 million characters; 100,000 rows are ten times that, and reading them
 * already takes about 2 GB of the worker's memory (test/bench).
 */
export const spreadsheetReadLimits = {
  /** Bytes the .xlsx/.ods parts unpack to, all parts together (100,000 contacts: about 165 MB). */
  unpackedBytes: 300 * 1024 * 1024,
  /** Parts inside the ZIP (a workbook has tens). */
  zipParts: 10_000,
  /** Separate texts in an .xlsx's shared-string table (100,000 contacts: about 600,000). */
  sharedStrings: 2_000_000,
  /** Filled cells, all sheets together (100,000 contacts of 14 columns: 1.4 million). */
  filledCells: 5_000_000,
  /** Columns read from a sheet: a contact plan has tens; 256 is where Excel 2003 stopped (IV). */
  columns: 256,
  /** Rows read from a sheet: 100,000 contacts of up to five rows each. */
  rows: 500_000,
  /** Rows × columns of all sheets as the import holds them (every slot is kept, filled or not). */
  gridCells: 10_000_000,
} as const;

/** A file the app cannot read, with the reason in words a user can act on. */
export class SpreadsheetReadError extends Error {
  override readonly name = 'SpreadsheetReadError';
}

export const acceptedSpreadsheetTypes = '.xlsx,.xls,.ods,.csv';

/** 3,500,000 → "3.3 MB"; whole megabytes from 10 MB on, kilobytes below 1 MB. */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1024 * 1024) return `${formatCount(Math.max(1, Math.round(bytes / 1024)))} KB`;
  const megabytes = bytes / 1024 / 1024;
  return megabytes < 10 ? `${megabytes.toFixed(1)} MB` : `${formatCount(Math.round(megabytes))} MB`;
};

/**
 * A file past one of the read limits: what it holds, what this app reads, and what to do. Pass the
 * file's size when it is small for what it holds (a "zip bomb"), to say it is most likely not a plan.
 */
export const tooLargeToImport = (fileName: string, what: string, room: string, smallFileBytes?: number) =>
  new SpreadsheetReadError(
    `${fileName} is too large to import: ${what}, and this app reads ${room} (room for 100,000 contacts). ${
      smallFileBytes === undefined
        ? 'Split'
        : `The file itself is only ${formatBytes(smallFileBytes)}, so it is most likely damaged or made to look small. If it is a real contact plan, split`
    } it into smaller files (for example one per opportunity or per year) and import them one by one.`,
  );

/** Why a file is refused before it is read, or null when it may be read. */
export const checkSpreadsheetFile = (file: Pick<File, 'name' | 'size'>): string | null => {
  const name = cleanFileName(file.name);
  if (!/\.(xlsx|xls|ods|csv)$/i.test(file.name))
    return `${name} is not a spreadsheet this app reads: use an .xlsx, .xls, .ods or .csv file.`;
  const limit = /\.csv$/i.test(file.name) ? MAX_IMPORT_BYTES.csv : MAX_IMPORT_BYTES.spreadsheet;
  if (file.size > limit)
    return `${name} is ${formatBytes(file.size)}; the largest file this app can read is ${formatBytes(limit)} (room for 100,000 contacts). Split it into smaller files (for example one per opportunity or per year) and import them one by one.`;
  if (file.size === 0) return `${name} is empty.`;
  return null;
};
