/**
 * What a file's bytes are, whatever its name says, and what an .xlsx or .ods unpacks to, found
 * before SheetJS reads it: a PDF renamed .xlsx is named as a PDF, and a small file that unpacks to
 * gigabytes (a "zip bomb") is refused in words instead of crashing the tab. No SheetJS here: it
 * reads the ZIP directory itself, and unpacks the parts with the browser's DecompressionStream,
 * counting and throwing the bytes away as they come.
 */
import { formatCount } from '../domain/count-label';
import { formatBytes, SpreadsheetReadError, spreadsheetReadLimits, tooLargeToImport } from './spreadsheet-files';
import { partToCount, TagCounter, type CountedPart, type PartCounts } from './zip-part-counter';
import { listZipEntries, unpackZipEntry, type ZipEntry } from './zip-entries';

/** How the bytes are read: a ZIP (.xlsx, .ods), an OLE compound file or bare BIFF record (.xls), or text. */
export type SpreadsheetContent = 'zip' | 'ole' | 'biff' | 'text';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));

// Files people mistake for a spreadsheet, by their first bytes. Those marked `binary` could also
// begin a line of text ("MZ Corp,…"), so they count only when the rest does not read as text.
const otherFormats: { signature: number[]; offset?: number; what: string; binary?: boolean }[] = [
  { signature: ascii('%PDF-'), what: 'a PDF' },
  { signature: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { signature: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { signature: ascii('GIF8'), what: 'a GIF image', binary: true },
  { signature: ascii('II*\u0000'), what: 'a TIFF image' },
  { signature: ascii('MM\u0000*'), what: 'a TIFF image' },
  { signature: ascii('Rar!'), what: 'a RAR archive', binary: true },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { signature: [0x1f, 0x8b], what: 'a compressed (gzip) file' },
  { signature: ascii('MZ'), what: 'a Windows program', binary: true },
  { signature: [0x7f, 0x45, 0x4c, 0x46], what: 'a program' },
  { signature: ascii('{\\rtf'), what: 'an RTF document' },
  { signature: ascii('ftyp'), offset: 4, what: 'a video or audio file', binary: true },
];

/**
 * Text, or binary? Control bytes other than tab, line breaks, form feed and escape are rare in
 * text (a stray NUL in a CSV is removed on reading); in a binary file they are everywhere.
 */
const looksLikeText = (bytes: Uint8Array): boolean => {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample)
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control += 1;
  // A short text may hold a stray NUL or two and still be text.
  return control * 20 <= Math.max(sample.length, 100);
};

const nameEnding = (fileName: string) => /\.[^.]+$/.exec(fileName)?.[0].toLowerCase() ?? '';

const notASpreadsheet = (fileName: string, what: string) =>
  new SpreadsheetReadError(
    `${fileName} is ${what}, not a spreadsheet${nameEnding(fileName) ? ` (its name ends in ${nameEnding(fileName)}, but its content is ${what})` : ''}. Save the contact plan from Excel (or LibreOffice) as .xlsx, .xls, .ods or .csv, and import that file.`,
  );

/**
 * What the file is by its content (not its name); a file that is no spreadsheet is refused with
 * what it looks like ("… is a PDF, not a spreadsheet").
 */
export const identifySpreadsheet = (bytes: Uint8Array, fileName: string): SpreadsheetContent => {
  if (bytes.length === 0) throw new SpreadsheetReadError(`${fileName} is empty.`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  // Excel 2.x–4.x and BIFF5 files without the OLE wrapper begin with a BOF record (09 00/02/04/08).
  if (bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1] ?? -1)) return 'biff';
  // UTF-16 text (Excel's "Unicode Text") has a byte-order mark and a NUL in every other byte.
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  const isText = looksLikeText(bytes);
  for (const format of otherFormats)
    if (startsWith(bytes, format.signature, format.offset) && !(format.binary && isText))
      throw notASpreadsheet(fileName, format.what);
  if (!isText)
    throw new SpreadsheetReadError(
      `${fileName} is not a spreadsheet: its content is not that of an .xlsx, .xls, .ods or .csv file (whatever its name says). Save the contact plan from Excel (or LibreOffice) as one of those, and import that file.`,
    );
  return 'text';
};

/** The ZIP holds a workbook (.xlsx, .xlsb, .ods or Numbers), or says what it holds instead. */
const checkZipHoldsWorkbook = (entries: readonly ZipEntry[], bytes: Uint8Array, fileName: string) => {
  const names = entries.map((entry) => entry.name.toLowerCase());
  const has = (pattern: RegExp) => names.some((name) => pattern.test(name));
  const mimetypeEntry = entries.find((entry) => entry.name === 'mimetype' && entry.method === 0);
  const mimetype = mimetypeEntry
    ? new TextDecoder('latin1').decode(
        bytes.subarray(
          mimetypeEntry.dataOffset,
          mimetypeEntry.dataOffset + Math.min(mimetypeEntry.compressedSize, 100),
        ),
      )
    : '';
  if (has(/^xl\//) || has(/^index\/document\.iwa$/)) return;
  if (mimetype.includes('spreadsheet') || (!mimetype && has(/^content\.xml$/))) return;
  if (has(/^word\//) || mimetype.includes('opendocument.text')) throw notASpreadsheet(fileName, 'a Word document');
  if (has(/^ppt\//) || mimetype.includes('opendocument.presentation'))
    throw notASpreadsheet(fileName, 'a PowerPoint presentation');
  if (mimetype.includes('epub')) throw notASpreadsheet(fileName, 'an e-book');
  throw new SpreadsheetReadError(
    `${fileName} is a ZIP archive (of ${formatCount(entries.length)} ${entries.length === 1 ? 'file' : 'files'}), not a spreadsheet. Unpack it and import the spreadsheet inside.`,
  );
};

const unpackedRoom = `files that unpack to up to ${formatBytes(spreadsheetReadLimits.unpackedBytes)}`;

/**
 * The ZIP directory of an .xlsx or .ods: that it holds a workbook, and that its parts do not say
 * they unpack to more than the import can hold. Cheap (the directory only); `measureZipContent`
 * then checks what the parts really unpack to.
 */
export const readZipDirectory = (bytes: Uint8Array, fileName: string): ZipEntry[] => {
  const entries = listZipEntries(bytes);
  if (!entries)
    throw new SpreadsheetReadError(
      `${fileName} cannot be read as a spreadsheet: it is a ZIP file (as .xlsx and .ods files are), but a damaged one. Open it in Excel or LibreOffice, save it again, and import the new file.`,
    );
  if (entries.length > spreadsheetReadLimits.zipParts)
    throw new SpreadsheetReadError(
      `${fileName} cannot be imported: it holds ${formatCount(entries.length)} parts, where a spreadsheet has tens (this app reads up to ${formatCount(spreadsheetReadLimits.zipParts)}).`,
    );
  checkZipHoldsWorkbook(entries, bytes, fileName);
  let declared = 0;
  for (const entry of entries) declared += Math.max(entry.declaredSize, entry.localDeclaredSize);
  if (declared > spreadsheetReadLimits.unpackedBytes)
    throw tooLargeToImport(
      fileName,
      `it unpacks to ${formatBytes(declared)}${largestPartNote(entries)}`,
      unpackedRoom,
      bytes.length,
    );
  return entries;
};

const largestPartNote = (entries: readonly ZipEntry[]) => {
  let largest: ZipEntry | undefined;
  for (const entry of entries) if (!largest || entry.declaredSize > largest.declaredSize) largest = entry;
  return largest && /sharedStrings/i.test(largest.name) ? ', most of it the text its cells share' : '';
};

/**
 * Unpacks every part of an .xlsx or .ods without keeping it, and refuses the file once it unpacks
 * to more than the import can hold (whatever its directory says: a part may lie about its size,
 * and SheetJS then unpacks it without a bound), or holds more texts or filled cells than a plan of
 * 100,000 contacts. Runs in the import worker before readSpreadsheet.
 */
export const measureZipContent = async (bytes: Uint8Array, entries: readonly ZipEntry[], fileName: string) => {
  const counts: PartCounts = { unpackedBytes: 0, sharedStrings: 0, filledCells: 0 };
  for (const entry of entries) {
    const part = partToCount(entry.name);
    const counter = part ? new TagCounter(part, counts) : null;
    const stop: { refusal: SpreadsheetReadError | null } = { refusal: null };
    const outcome = await unpackZipEntry(bytes, entry, (chunk) => {
      counts.unpackedBytes += chunk.length;
      counter?.feed(chunk);
      stop.refusal = overLimit(counts, part, fileName, bytes.length);
      return stop.refusal === null;
    });
    if (stop.refusal) throw stop.refusal;
    if (outcome === 'damaged')
      throw new SpreadsheetReadError(
        `${fileName} cannot be read as a spreadsheet: its part ${entry.name} is damaged. Open it in Excel or LibreOffice, save it again, and import the new file.`,
      );
  }
  return counts;
};

const overLimit = (counts: PartCounts, part: CountedPart | null, fileName: string, fileBytes: number) => {
  const limits = spreadsheetReadLimits;
  if (counts.unpackedBytes > limits.unpackedBytes)
    return tooLargeToImport(
      fileName,
      `it unpacks to more than ${formatBytes(limits.unpackedBytes)}${part === 'shared-strings' ? ', most of it the text its cells share' : ''}`,
      unpackedRoom,
      fileBytes,
    );
  if (counts.sharedStrings > limits.sharedStrings)
    return tooLargeToImport(
      fileName,
      `it holds more than ${formatCount(limits.sharedStrings)} separate texts`,
      `files of up to ${formatCount(limits.sharedStrings)}`,
      fileBytes,
    );
  if (counts.filledCells > limits.filledCells)
    return tooLargeToImport(
      fileName,
      `it has more than ${formatCount(limits.filledCells)} filled cells`,
      `files of up to ${formatCount(limits.filledCells)}`,
      fileBytes,
    );
  return null;
};

/**
 * Everything about a file that can be refused before SheetJS reads it: what it is, and for an
 * .xlsx or .ods what it unpacks to. The import worker runs this first, then readSpreadsheet.
 */
export const checkSpreadsheetContent = async (bytes: Uint8Array, fileName: string): Promise<void> => {
  if (identifySpreadsheet(bytes, fileName) !== 'zip') return;
  await measureZipContent(bytes, readZipDirectory(bytes, fileName), fileName);
};

/**
 * Filled cells of a CSV (or tab-separated) text, counted before SheetJS makes an object of each:
 * fields that are not empty, separated by the delimiter SheetJS would pick, quotes respected.
 */
export const countFilledCsvCells = (text: string): number => {
  let delimiter = ',';
  let best = -1;
  const head = text.slice(0, 1024);
  for (const candidate of [',', ';', '\t', '|']) {
    const count = head.split(candidate).length - 1;
    if (count > best) {
      best = count;
      delimiter = candidate;
    }
  }
  const separator = delimiter.charCodeAt(0);
  let cells = 0;
  let fieldHasText = false;
  let inQuotes = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x22) {
      inQuotes = !inQuotes;
      fieldHasText = true;
    } else if (!inQuotes && (code === separator || code === 0x0a || code === 0x0d)) {
      if (fieldHasText) cells += 1;
      fieldHasText = false;
    } else fieldHasText = true;
  }
  return fieldHasText ? cells + 1 : cells;
};

/** Cells of an HTML or XML spreadsheet (Excel's "save as web page" or XML 2003), counted by their tags. */
const countMarkupCells = (text: string): number => {
  const tags = /<(?:td|th|(?:ss:)?cell)\b/gi;
  let cells = 0;
  while (tags.exec(text)) cells += 1;
  return cells;
};

/** A text spreadsheet (CSV, or HTML/XML saved by Excel) with more filled cells than the import holds is refused. */
export const checkTextCells = (text: string, fileName: string): void => {
  const cells = /^\s*</.test(text.slice(0, 1024)) ? countMarkupCells(text) : countFilledCsvCells(text);
  const limit = spreadsheetReadLimits.filledCells;
  if (cells > limit)
    throw tooLargeToImport(
      fileName,
      `it has ${formatCount(cells)} filled cells`,
      `files of up to ${formatCount(limit)}`,
    );
};
