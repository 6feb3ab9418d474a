/**
 * The only module that imports SheetJS (about 950 kB), for reading spreadsheets. It is used by the
 * import worker only, so it stays out of the initial bundle. Writing is xlsx-writer.ts.
 */
import * as XLSX from 'xlsx';
import type { SheetCell } from '../domain/import/cells';
import { dayFractionToTime } from '../domain/import/when';

/** The SheetJS build in use; 0.20.3 has the fixes for CVE-2023-30533 and CVE-2024-22363. */
export const sheetJsVersion: string = XLSX.version;

export type ParsedSheet = { name: string; rows: SheetCell[][] };
export type ParsedWorkbook = { sheets: ParsedSheet[] };

/** A file the app cannot read, with the reason in words a user can act on. */
export class SpreadsheetReadError extends Error {
  override readonly name = 'SpreadsheetReadError';
}

/** CSV bytes to text: UTF-8 (with or without BOM) when valid, else Windows-1252, as Excel writes "CSV" on Windows. */
export const decodeCsv = (bytes: Uint8Array): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
};

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
  if (typeof cell.v === 'string' || typeof cell.v === 'number' || typeof cell.v === 'boolean') return cell.v;
  return null;
};

/**
 * Reads .xlsx, .xls, .ods or .csv into plain rows of cells. Formulas are never evaluated or kept
 * (a CSV "=…" stays text); hidden sheets are listed too, since a user may want them.
 */
export const readSpreadsheet = (bytes: Uint8Array, fileName: string): ParsedWorkbook => {
  let workbook: XLSX.WorkBook;
  try {
    workbook = /\.csv$/i.test(fileName)
      ? XLSX.read(decodeCsv(bytes), { type: 'string', raw: true, dense: true })
      : // No formatted text (.w), HTML or styles: only values and number formats (to tell dates) are used.
        XLSX.read(bytes, {
          type: 'array',
          dense: true,
          cellNF: true,
          cellText: false,
          cellFormula: false,
          cellHTML: false,
          cellStyles: false,
        });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password/i.test(message))
      throw new SpreadsheetReadError(
        `${fileName} is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import it again.`,
      );
    throw new SpreadsheetReadError(
      `${fileName} cannot be read as a spreadsheet (${message}). Check that it is an .xlsx, .xls, .ods or .csv file and not damaged.`,
    );
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const sheets = workbook.SheetNames.map((name): ParsedSheet => {
    const sheet = workbook.Sheets[name];
    // Dense sheets leave blank rows as holes.
    const dense =
      (sheet as unknown as { '!data'?: ((XLSX.CellObject | undefined)[] | undefined)[] } | undefined)?.['!data'] ?? [];
    const width = dense.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
    const rows = Array.from(dense, (row) =>
      Array.from({ length: width }, (_, column) => toCell(row?.[column], date1904)),
    );
    return { name, rows };
  });
  if (sheets.every((sheet) => sheet.rows.length === 0))
    throw new SpreadsheetReadError(`${fileName} has no data in any sheet.`);
  return { sheets };
};
