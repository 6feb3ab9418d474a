/**
 * The only module that imports SheetJS (about 950 kB), for reading spreadsheets. It is used by the
 * import worker only, so it stays out of the initial bundle. Writing is xlsx-writer.ts.
 */
import * as XLSX from 'xlsx';
import { countLabel, formatCount } from '../domain/count-label';
import type { SheetCell } from '../domain/import/cells';
import { dayFractionToTime } from '../domain/import/when';
import { checkTextCells, identifySpreadsheet } from './spreadsheet-content';
import { formatBytes, SpreadsheetReadError, spreadsheetReadLimits, tooLargeToImport } from './spreadsheet-files';

/** The SheetJS build in use; 0.20.3 has the fixes for CVE-2023-30533 and CVE-2024-22363. */
export const sheetJsVersion: string = XLSX.version;

export type ParsedSheet = {
  name: string;
  rows: SheetCell[][];
  /** Cells left unread beyond the columns and rows the import reads, in words; null when none. */
  leftOut: string | null;
};
export type ParsedWorkbook = { sheets: ParsedSheet[] };

/**
 * Text file bytes to text: UTF-16 when it has the byte-order mark (Excel's "Unicode Text"), UTF-8
 * (with or without BOM) when valid, else Windows-1252, as Excel writes "CSV" on Windows.
 */
export const decodeCsv = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
};

// NUL and other control characters (from a damaged or crafted file) would reach names and asks,
// and some cannot be stored or shown; tab and line breaks (LF, CR) are kept.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
export const withoutControlCharacters = (text: string): string => text.replace(controlCharacters, '');

const pad = (value: number) => String(value).padStart(2, '0');

// SheetJS types its number-format library as `any`; these are the two functions used here.
type NumberFormatLibrary = {
  /** null for numbers that are no date (negative ones, say). */
  parse_date_code: (value: number, options: { date1904: boolean }) => { y: number; m: number; d: number } | null;
  is_date: (format: string) => boolean;
};
const numberFormats = XLSX.SSF as unknown as NumberFormatLibrary;

/**
 * A date or time cell's serial number as a calendar day and/or a wall-clock time, read from its
 * parts so no time zone can shift it. A serial below 1 is a time of day alone (11:30 is 0.479…).
 */
const serialToDayAndTime = (serial: number, format: string, date1904: boolean): SheetCell => {
  const parts = numberFormats.parse_date_code(serial, { date1904 });
  if (!parts) return serial;
  const time = dayFractionToTime(serial);
  if (serial >= 0 && serial < 1) return { time };
  if (parts.y <= 0) return serial;
  const day = `${String(parts.y)}-${pad(parts.m)}-${pad(parts.d)}`;
  const showsTime = /h/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
  return showsTime && serial % 1 !== 0 ? { day, time } : { day };
};

const toCell = (cell: XLSX.CellObject | undefined, date1904: boolean): SheetCell => {
  if (cell?.v === undefined) return null;
  if (cell.t === 'n' && typeof cell.v === 'number' && typeof cell.z === 'string' && numberFormats.is_date(cell.z)) {
    return serialToDayAndTime(cell.v, cell.z, date1904);
  }
  if (cell.t === 'd' && cell.v instanceof Date) return { day: cell.v.toISOString().slice(0, 10) };
  if (cell.t === 'e') return null;
  if (typeof cell.v === 'string') return withoutControlCharacters(cell.v);
  if (typeof cell.v === 'number' || typeof cell.v === 'boolean') return cell.v;
  return null;
};

type DenseRow = (XLSX.CellObject | undefined)[] | undefined;

const isFilled = (cell: XLSX.CellObject | undefined) => cell?.v !== undefined && cell.v !== '';

/**
 * How far a sheet's data reaches, found from the cells it really has (its declared range may say
 * XFD1048576 for one stray cell), within the columns and rows the import reads; cells beyond those
 * are counted, not read. A long row's cells are found by key, never by walking its empty slots.
 */
const measureSheet = (dense: readonly DenseRow[]) => {
  const { columns: columnLimit, rows: rowLimit } = spreadsheetReadLimits;
  let height = 0;
  let width = 0;
  let outside = 0;
  let firstOutside: string | null = null;
  const countOutside = (row: number, column: number) => {
    outside += 1;
    firstOutside ??= XLSX.utils.encode_cell({ r: row, c: column });
  };
  for (let rowIndex = 0; rowIndex < dense.length; rowIndex += 1) {
    const row = dense[rowIndex];
    if (!row) continue;
    if (rowIndex >= rowLimit || row.length > columnLimit) {
      for (const key of Object.keys(row)) {
        const column = Number(key);
        if (!isFilled(row[column])) continue;
        if (rowIndex >= rowLimit || column >= columnLimit) countOutside(rowIndex, column);
        else {
          height = rowIndex + 1;
          width = Math.max(width, column + 1);
        }
      }
      continue;
    }
    for (let column = row.length - 1; column >= 0; column -= 1)
      if (isFilled(row[column])) {
        height = rowIndex + 1;
        width = Math.max(width, column + 1);
        break;
      }
  }
  return { height, width, outside, firstOutside };
};

const leftOutNote = (outside: number, firstOutside: string | null): string | null => {
  if (outside === 0) return null;
  const { columns, rows } = spreadsheetReadLimits;
  const lastColumn = XLSX.utils.encode_col(columns - 1);
  const one = outside === 1;
  return `${countLabel(outside, 'cell')} beyond column ${lastColumn} or row ${formatCount(rows)} ${one ? 'was' : 'were'} not read (${one ? 'at' : 'the first at'} ${firstOutside ?? ''}). Contacts are read from columns A to ${lastColumn} and rows 1 to ${formatCount(rows)}; if ${one ? 'that cell is' : 'those cells are'} part of the plan, move ${one ? 'it' : 'them'} nearer the rest and choose the file again.`;
};

/** A failure inside SheetJS in words: a password, memory run out, or a damaged file. */
const readFailure = (error: unknown, fileName: string): SpreadsheetReadError => {
  const message = error instanceof Error ? error.message : String(error);
  if (/password/i.test(message))
    return new SpreadsheetReadError(
      `${fileName} is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import it again.`,
    );
  if (error instanceof RangeError || /out of memory|allocation failed|invalid (array|string) length/i.test(message))
    return tooLargeToImport(
      fileName,
      'reading it took more memory than the page has',
      `files that unpack to up to ${formatBytes(spreadsheetReadLimits.unpackedBytes)}`,
    );
  return new SpreadsheetReadError(
    `${fileName} cannot be read as a spreadsheet (${message.slice(0, 200)}). Check that it is an .xlsx, .xls, .ods or .csv file and not damaged.`,
  );
};

/**
 * Reads .xlsx, .xls, .ods or .csv into plain rows of cells. What the file is comes from its bytes,
 * not its name (a PDF named .xlsx is said to be a PDF). Formulas are never evaluated or kept (a CSV
 * "=…" stays text); hidden sheets are listed too, since a user may want them. Only the columns and
 * rows in spreadsheetReadLimits are read; an .xlsx or .ods must pass checkSpreadsheetContent first.
 */
export const readSpreadsheet = (bytes: Uint8Array, fileName: string): ParsedWorkbook => {
  const isText = identifySpreadsheet(bytes, fileName) === 'text';
  let workbook: XLSX.WorkBook;
  try {
    if (isText) {
      const text = decodeCsv(bytes);
      checkTextCells(text, fileName);
      workbook = XLSX.read(text, { type: 'string', raw: true, dense: true });
    } else {
      // No formatted text (.w), HTML or styles: only values and number formats (to tell dates) are used.
      workbook = XLSX.read(bytes, {
        type: 'array',
        dense: true,
        cellNF: true,
        cellText: false,
        cellFormula: false,
        cellHTML: false,
        cellStyles: false,
      });
    }
  } catch (error) {
    throw error instanceof SpreadsheetReadError ? error : readFailure(error, fileName);
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const measured = workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name];
    // Dense sheets leave blank rows as holes.
    const dense = (sheet as unknown as { '!data'?: DenseRow[] } | undefined)?.['!data'] ?? [];
    return { name, dense, ...measureSheet(dense) };
  });
  // Every slot of the rows kept is filled in (blank or not), so their size is checked before.
  let gridCells = 0;
  for (const sheet of measured) gridCells += sheet.height * sheet.width;
  if (gridCells > spreadsheetReadLimits.gridCells) {
    const largest = measured.reduce((most, sheet) =>
      sheet.height * sheet.width > most.height * most.width ? sheet : most,
    );
    throw tooLargeToImport(
      fileName,
      `its data spans ${formatCount(gridCells)} cells (rows × columns${measured.length > 1 ? ' of all its sheets' : ''}; sheet “${withoutControlCharacters(largest.name)}” reaches row ${formatCount(largest.height)} and column ${XLSX.utils.encode_col(largest.width - 1)})`,
      `sheets of up to ${formatCount(spreadsheetReadLimits.gridCells)} cells`,
    );
  }
  const sheets = measured.map(({ name, dense, height, width, outside, firstOutside }): ParsedSheet => ({
    name: withoutControlCharacters(name),
    rows: Array.from({ length: height }, (_, rowIndex) => {
      const row = dense[rowIndex];
      return Array.from({ length: width }, (__, column) => toCell(row?.[column], date1904));
    }),
    leftOut: leftOutNote(outside, firstOutside),
  }));
  if (sheets.every((sheet) => sheet.rows.length === 0))
    throw new SpreadsheetReadError(`${fileName} has no data in any sheet.`);
  return { sheets };
};
