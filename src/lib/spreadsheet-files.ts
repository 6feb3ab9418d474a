import { formatCount } from '../domain/count-label';

/**
 * Largest files accepted, checked before reading. Measured with npm run bench: 100,000 contact rows
 * of the flat layout are a 65 MB .xlsx, which the import worker reads, previews and imports. The
 * .csv limit is scaled from the 1,000-row fixture (0.9 MB), so 100,000 rows are about 90 MB.
 */
export const MAX_IMPORT_BYTES = { spreadsheet: 100 * 1024 * 1024, csv: 150 * 1024 * 1024 };

export const acceptedSpreadsheetTypes = '.xlsx,.xls,.ods,.csv';

const megabytes = (bytes: number) => `${formatCount(Math.round(bytes / 1024 / 1024))} MB`;

/** Why a file is refused before it is read, or null when it may be read. */
export const checkSpreadsheetFile = (file: Pick<File, 'name' | 'size'>): string | null => {
  if (!/\.(xlsx|xls|ods|csv)$/i.test(file.name))
    return `${file.name} is not a spreadsheet this app reads: use an .xlsx, .xls, .ods or .csv file.`;
  const limit = /\.csv$/i.test(file.name) ? MAX_IMPORT_BYTES.csv : MAX_IMPORT_BYTES.spreadsheet;
  if (file.size > limit)
    return `${file.name} is ${megabytes(file.size)}; the largest file this app can read is ${megabytes(limit)} (room for 100,000 contacts). Split it into smaller files (for example one per opportunity or per year) and import them one by one.`;
  if (file.size === 0) return `${file.name} is empty.`;
  return null;
};
