/**
 * The only module that imports SheetJS (about 950 kB). It is used by the spreadsheet worker and
 * loaded lazily by the import and export screens, so it stays out of the initial bundle.
 */
import * as XLSX from 'xlsx';
import { neutralizeText, type ExportSheet } from '../domain/export/cells';
import type { SheetCell } from '../domain/import/cells';

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
  parse_date_code: (value: number, options: { date1904: boolean }) => { y: number; m: number; d: number; H: number; M: number; S: number } | null;
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
  const time = `${pad(parts.H)}:${pad(parts.M)}`;
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
        XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: false, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password/i.test(message)) throw new SpreadsheetReadError(`${fileName} is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook), save, and import it again.`);
    throw new SpreadsheetReadError(`${fileName} cannot be read as a spreadsheet (${message}). Check that it is an .xlsx, .xls, .ods or .csv file and not damaged.`);
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  const sheets = workbook.SheetNames.map((name): ParsedSheet => {
    const sheet = workbook.Sheets[name];
    // Dense sheets leave blank rows as holes.
    const dense = (sheet as unknown as { '!data'?: ((XLSX.CellObject | undefined)[] | undefined)[] } | undefined)?.['!data'] ?? [];
    const width = dense.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
    const rows = Array.from(dense, (row) => Array.from({ length: width }, (_, column) => toCell(row?.[column], date1904)));
    return { name, rows };
  });
  if (sheets.every((sheet) => sheet.rows.length === 0)) throw new SpreadsheetReadError(`${fileName} has no data in any sheet.`);
  return { sheets };
};

const dayToSerial = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000 + 25_569;

/**
 * Writes sheets built from records (never from an imported workbook) to .xlsx: text neutralized
 * against formula injection, numbers as numbers, calendar days as real Excel dates, text wrapped
 * widths per column. Compression keeps 100,000-row exports within what a tab can allocate.
 */
export const writeWorkbook = (sheets: readonly ExportSheet[]): Uint8Array => {
  const workbook = XLSX.utils.book_new();
  for (const sheet of sheets) {
    const worksheet: XLSX.WorkSheet = {};
    let maxColumn = 0;
    sheet.rows.forEach((row, rowIndex) => {
      row.forEach((value, columnIndex) => {
        if (value === null || value === '') return;
        const address = XLSX.utils.encode_cell({ r: rowIndex, c: columnIndex });
        worksheet[address] =
          typeof value === 'number'
            ? { t: 'n', v: value }
            : typeof value === 'string'
              ? { t: 's', v: neutralizeText(value) }
              : { t: 'n', v: dayToSerial(value.day), z: 'yyyy-mm-dd' };
        maxColumn = Math.max(maxColumn, columnIndex);
      });
    });
    worksheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, sheet.rows.length - 1), c: maxColumn } });
    if (sheet.columnWidths) worksheet['!cols'] = sheet.columnWidths.map((width) => ({ wch: width }));
    worksheet['!autofilter'] = { ref: worksheet['!ref'] };
    XLSX.utils.book_append_sheet(workbook, worksheet, sheet.name);
  }
  const bytes = new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
  return styleHeaders(bytes, sheets.length);
};

type ZipEntry = { content: Uint8Array };
type ZipLibrary = {
  read: (data: Uint8Array, options: { type: 'array' }) => unknown;
  find: (zip: unknown, path: string) => ZipEntry | null;
  write: (zip: unknown, options: { type: 'array'; fileType: 'zip'; compression: boolean }) => ArrayBuffer | number[];
  utils: { cfb_add: (zip: unknown, path: string, content: Uint8Array) => void };
};
const zipLibrary = XLSX.CFB as unknown as ZipLibrary;

const bumpCount = (xml: string, tag: string, added: number) =>
  xml.replace(new RegExp(`<${tag} count="(\\d+)"`), (_, count: string) => `<${tag} count="${String(Number(count) + added)}"`);

/**
 * SheetJS's free edition writes no cell styles, so the header is styled here in the file itself:
 * a bold, shaded, frozen first row on every sheet, and text that wraps, aligned to the top.
 */
const styleHeaders = (bytes: Uint8Array, sheetCount: number): Uint8Array => {
  const zip = zipLibrary.read(bytes, { type: 'array' });
  const text = (path: string) => {
    const entry = zipLibrary.find(zip, path);
    return entry ? new TextDecoder().decode(entry.content) : null;
  };
  const put = (path: string, xml: string) => zipLibrary.utils.cfb_add(zip, path, new TextEncoder().encode(xml));
  const styles = text('/xl/styles.xml');
  if (!styles) return bytes;
  const fontCount = Number(/<fonts count="(\d+)"/.exec(styles)?.[1] ?? 1);
  const fillCount = Number(/<fills count="(\d+)"/.exec(styles)?.[1] ?? 2);
  const xfCount = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1] ?? 1);
  const headerStyle = xfCount;
  const wrapStyle = xfCount + 1;
  let nextStyles = bumpCount(styles, 'fonts', 1).replace('</fonts>', '<font><b/><sz val="12"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>');
  nextStyles = bumpCount(nextStyles, 'fills', 1).replace('</fills>', '<fill><patternFill patternType="solid"><fgColor rgb="FFE5E7EB"/><bgColor indexed="64"/></patternFill></fill></fills>');
  nextStyles = bumpCount(nextStyles, 'cellXfs', 2).replace(
    '</cellXfs>',
    `<xf numFmtId="0" fontId="${String(fontCount)}" fillId="${String(fillCount)}" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>` +
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>',
  );
  put('/xl/styles.xml', nextStyles);
  for (let index = 1; index <= sheetCount; index += 1) {
    const path = `/xl/worksheets/sheet${String(index)}.xml`;
    const sheet = text(path);
    if (!sheet) continue;
    const styled = sheet
      .replace('<sheetView workbookViewId="0"/>', '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>')
      .replace(/<c r="([A-Z]+)(\d+)"(?![^>]* s=)/g, (_, column: string, row: string) => `<c r="${column}${row}" s="${String(row === '1' ? headerStyle : wrapStyle)}"`);
    put(path, styled);
  }
  const written = zipLibrary.write(zip, { type: 'array', fileType: 'zip', compression: true });
  return written instanceof ArrayBuffer ? new Uint8Array(written) : Uint8Array.from(written);
};
