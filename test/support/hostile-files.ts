/**
 * Hostile spreadsheet files, built byte by byte so each test says exactly what it feeds the import:
 * a cell at the sheet's far corner, "zip bombs" (a small file that unpacks to hundreds of
 * megabytes, or to millions of texts), a PDF named .xlsx, control characters, a 10 MB cell and
 * 10,000-character names. SheetJS cannot write most of these (writing a sheet whose range reaches
 * XFD1048576 visits every cell of it), so the ZIP is written here with node:zlib.
 */
import { constants, deflateRawSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

/** One part of a ZIP: its text or bytes, or already-deflated data with the size it unpacks to. */
export type ZipPart = {
  name: string;
  content?: string | Uint8Array;
  deflated?: { data: Uint8Array; size: number };
  /** Stored as is (method 0): an .ods's mimetype must be. */
  isStored?: boolean;
  /** The size the headers claim, when it is to lie (a bomb that says it is small). */
  declaredSize?: number;
};

export const zipFile = (parts: readonly ZipPart[]): Uint8Array => {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.content === 'string' ? Buffer.from(part.content) : Buffer.from(part.content ?? []);
    const data = part.deflated ? Buffer.from(part.deflated.data) : part.isStored ? raw : deflateRawSync(raw);
    const size = part.declaredSize ?? part.deflated?.size ?? raw.length;
    const crc = part.deflated ? 0 : crc32(raw);
    const name = Buffer.from(part.name);
    const method = part.isStored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    directory.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, centralBytes, end]));
};

/**
 * Deflated data for `head`, then `body` `times` over, then `tail`, without ever holding the whole
 * text: each piece is deflated alone and flushed to a byte boundary, so the copies can be chained.
 */
export const deflateRepeated = (head: string, body: string, times: number, tail: string) => {
  const flushed = (text: string) => deflateRawSync(Buffer.from(text), { finishFlush: constants.Z_SYNC_FLUSH });
  const bodyData = flushed(body);
  const pieces: Buffer[] = [flushed(head)];
  for (let copy = 0; copy < times; copy += 1) pieces.push(bodyData);
  pieces.push(deflateRawSync(Buffer.from(tail)));
  const size = Buffer.byteLength(head) + Buffer.byteLength(body) * times + Buffer.byteLength(tail);
  return { data: new Uint8Array(Buffer.concat(pieces)), size };
};

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A1-style column letters: 0 → A, 16383 → XFD. */
export const columnName = (column: number): string => {
  let name = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
};

const sheetMain = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A one-sheet .xlsx ("Plan") of text cells written inline, plus any cells placed by address, and a
 * shared-string table given as its own (deflated, possibly lying) part.
 */
export const xlsxFile = (options: {
  rows?: readonly (readonly string[])[];
  cellsAt?: readonly [address: string, text: string][];
  dimension?: string;
  sharedStrings?: Omit<ZipPart, 'name'>;
}): Uint8Array => {
  const { rows = [], cellsAt = [], dimension, sharedStrings } = options;
  const cell = (address: string, text: string) =>
    `<c r="${address}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
  const rowXml = rows
    .map(
      (row, index) =>
        `<row r="${String(index + 1)}">${row.map((text, column) => cell(`${columnName(column)}${String(index + 1)}`, text)).join('')}</row>`,
    )
    .join('');
  const placedXml = cellsAt
    .map(([address, text]) => `<row r="${address.replace(/^[A-Z]+/, '')}">${cell(address, text)}</row>`)
    .join('');
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    },
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${sheetMain}" xmlns:r="${relationships}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationships}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${sheetMain}">${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>${rowXml}${placedXml}</sheetData></worksheet>`,
    },
    {
      name: 'xl/sharedStrings.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${sheetMain}" count="0" uniqueCount="0"/>`,
      ...sharedStrings,
    },
  ];
  return zipFile(parts);
};

/** A contact plan's header and four contacts in A1:N5, as the capture guide lays one out. */
export const smallPlanRows: string[][] = [
  [
    'Opportunity',
    'Customer name',
    'Customer title',
    'Our attendees',
    'What to find out',
    'Date',
    'Time',
    'Location',
    'Why',
    'How',
    'Organization',
    'Level',
    'Tells',
    'Notes',
  ],
  ...['Ann Lee', 'Bo Chan', 'Cy Diaz', 'Di Egan'].map((customer, index) => [
    'Fleet Logistics',
    customer,
    'Program Manager',
    'Bill Kahn; Sue Kemp',
    'What is the schedule?',
    `2026-03-0${String(index + 2)}`,
    '10:00-11:00',
    'Pentagon',
    'Learn the schedule',
    'Slides',
    'PEO Ships',
    'Program office',
    'We deliver on time',
    '',
  ]),
];

/** About 2 KB: the small plan, and one cell at XFD1048576 (the last cell a sheet has). */
export const farCornerXlsx = () =>
  xlsxFile({ rows: smallPlanRows, cellsAt: [['XFD1048576', 'stray']], dimension: 'A1:XFD1048576' });

const sharedStringsHead = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${sheetMain}">`;

/**
 * A shared-string table of one text of `megabytes` MB (about 1 KB packed per MB). `lies` makes its
 * headers say it unpacks to 1 KB, so only unpacking it shows the truth.
 */
export const sharedStringsBombXlsx = ({ megabytes, lies }: { megabytes: number; lies: boolean }) => {
  const deflated = deflateRepeated(
    `${sharedStringsHead}<si><t>`,
    'a'.repeat(1024 * 1024),
    megabytes,
    '</t></si></sst>',
  );
  return xlsxFile({
    rows: [['Customer name'], ['Ann Lee']],
    sharedStrings: { deflated, ...(lies ? { declaredSize: 1024 } : {}) },
  });
};

/** A shared-string table of `count` one-letter texts (17 bytes each unpacked; about 100 KB packed). */
export const manyStringsXlsx = (count: number) => {
  const perPiece = 50_000;
  const deflated = deflateRepeated(
    sharedStringsHead,
    '<si><t>x</t></si>'.repeat(perPiece),
    Math.ceil(count / perPiece),
    '</sst>',
  );
  return xlsxFile({ rows: [['Customer name'], ['Ann Lee']], sharedStrings: { deflated } });
};

/**
 * An .ods whose one row, repeated a million times, holds a text cell repeated 100 times: a few
 * hundred bytes that SheetJS would turn into 100 million cells.
 */
export const repeatedCellsOds = () =>
  zipFile([
    { name: 'mimetype', content: 'application/vnd.oasis.opendocument.spreadsheet', isStored: true },
    {
      name: 'content.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Plan"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="100" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
    },
    {
      name: 'META-INF/manifest.xml',
      content: `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    },
  ]);

/** The first bytes of a real PDF (a one-page document's header and first object). */
export const pdfBytes = () =>
  new Uint8Array(
    Buffer.from(
      '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
      'latin1',
    ),
  );

const csvField = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csvOf = (rows: readonly (readonly string[])[]) => rows.map((row) => row.map(csvField).join(',')).join('\r\n');

/** The small plan as CSV, with one row's cells changed (row 1 is the first contact). */
export const planCsv = (changes: Record<number, string> = {}, row = 1): Uint8Array => {
  const rows = smallPlanRows.map((cells, index) =>
    index === row ? cells.map((text, column) => changes[column] ?? text) : cells,
  );
  return new Uint8Array(Buffer.from(csvOf(rows)));
};

/** Columns of smallPlanRows, by what they hold. */
export const planColumns = { customer: 1, title: 2, ours: 3, asks: 4, location: 7, why: 8 } as const;

/** One cell of about 10 MB: 480,000 lines, each a question. */
export const tenMegabyteAsks = () => 'What is the budget?\n'.repeat(480_000);
