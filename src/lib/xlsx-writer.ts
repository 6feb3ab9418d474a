/**
 * Writes .xlsx files directly: the sheet XML is built as text and zipped with the browser's own
 * deflate (CompressionStream). SheetJS's free edition writes no styles or frozen panes and
 * compresses in JavaScript, which made exports of 10,000 contacts several times slower; reading
 * still goes through SheetJS (xlsx.ts). Cells are inline strings, numbers and real dates.
 */
import { neutralizeText, type ExportCell, type ExportSheet } from '../domain/export/cells';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Cell styles, by position in styles.xml's cellXfs. */
const STYLE = { header: 1, text: 2, date: 3 } as const;

const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE5E7EB"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export const columnName = (index: number): string => {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
};

// XML cannot hold most control characters, and readers turn a CR into a LF: both are written as
// OOXML escapes (_x000D_), and a literal "_x…_" in the text is escaped too, so text comes back as it went.
const escapeText = (text: string): string =>
  text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(
      /[&<>"]/g,
      (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character] ?? character,
    )
    .replace(
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot carry
      /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g,
      (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );

const escapeAttribute = (text: string) => escapeText(text).replace(/'/g, '&apos;');

const dayToSerial = (day: string): number =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000 + 25_569;

const cellXml = (cell: ExportCell, reference: string, isHeader: boolean): string => {
  if (cell === null || cell === '') return '';
  if (typeof cell === 'number')
    return Number.isFinite(cell)
      ? `<c r="${reference}" s="${String(isHeader ? STYLE.header : STYLE.text)}"><v>${String(cell)}</v></c>`
      : '';
  if (typeof cell === 'string') {
    const text = escapeText(neutralizeText(cell));
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    return `<c r="${reference}" s="${String(isHeader ? STYLE.header : STYLE.text)}" t="inlineStr"><is><t${space}>${text}</t></is></c>`;
  }
  return `<c r="${reference}" s="${String(STYLE.date)}"><v>${String(dayToSerial(cell.day))}</v></c>`;
};

const sheetXml = (sheet: ExportSheet): { xml: string; range: string } => {
  // A loop, not Math.max(...rows): spreading 100,000 rows into one call overflows the stack.
  let width = 1;
  for (const row of sheet.rows) if (row.length > width) width = row.length;
  const columns = Array.from({ length: width }, (_, index) => columnName(index));
  const range = `A1:${columns[width - 1] ?? 'A'}${String(Math.max(1, sheet.rows.length))}`;
  const parts: string[] = [
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${range}"/>`,
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
  ];
  if (sheet.columnWidths?.length) {
    parts.push(
      `<cols>${sheet.columnWidths.map((width, index) => `<col min="${String(index + 1)}" max="${String(index + 1)}" width="${String(width)}" customWidth="1"/>`).join('')}</cols>`,
    );
  }
  parts.push('<sheetData>');
  sheet.rows.forEach((row, rowIndex) => {
    const rowNumber = String(rowIndex + 1);
    let cells = '';
    row.forEach((cell, columnIndex) => {
      cells += cellXml(cell, `${columns[columnIndex] ?? columnName(columnIndex)}${rowNumber}`, rowIndex === 0);
    });
    parts.push(`<row r="${rowNumber}">${cells}</row>`);
  });
  parts.push(`</sheetData><autoFilter ref="${range}"/></worksheet>`);
  return { xml: parts.join(''), range };
};

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let index = 0; index < 256; index += 1) {
    let value = index;
    for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    table[index] = value >>> 0;
  }
  return table;
})();

const crc32 = (bytes: Uint8Array): number => {
  let crc = 0xffffffff;
  for (let index = 0; index < bytes.length; index += 1)
    crc = (CRC_TABLE[(crc ^ (bytes[index] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
};

const deflate = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const written = writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close());
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) parts.push(chunk.value);
  await written;
  return concat(parts);
};

/** A zip archive of the given files, each deflated (the browser's zlib). */
const zip = async (files: readonly { path: string; content: string }[]): Promise<Uint8Array> => {
  const encoder = new TextEncoder();
  const entries = await Promise.all(
    files.map(async ({ path, content }) => {
      const raw = encoder.encode(content);
      return { name: encoder.encode(path), crc: crc32(raw), size: raw.length, data: await deflate(raw) };
    }),
  );
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, 8, true);
    local.setUint16(12, 0x21, true); // 1980-01-01, so the same records give the same bytes
    local.setUint32(14, entry.crc, true);
    local.setUint32(18, entry.data.length, true);
    local.setUint32(22, entry.size, true);
    local.setUint16(26, entry.name.length, true);
    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, 0x02014b50, true);
    header.setUint16(4, 20, true);
    header.setUint16(6, 20, true);
    header.setUint16(10, 8, true);
    header.setUint16(14, 0x21, true);
    header.setUint32(16, entry.crc, true);
    header.setUint32(20, entry.data.length, true);
    header.setUint32(24, entry.size, true);
    header.setUint16(28, entry.name.length, true);
    header.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), entry.name, entry.data);
    central.push(new Uint8Array(header.buffer), entry.name);
    offset += 30 + entry.name.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...central, new Uint8Array(end.buffer)]);
};

/**
 * Writes sheets built from records (never from an imported workbook) to .xlsx: text neutralized
 * against formula injection, numbers as numbers, calendar days as real Excel dates; on every sheet
 * a bold, shaded, frozen header row with a filter, wrapped text and the given column widths.
 */
export const writeWorkbook = async (sheets: readonly ExportSheet[]): Promise<Uint8Array> => {
  const written = sheets.map(sheetXml);
  const sheetEntries = sheets.map((sheet, index) => ({ name: sheet.name, id: index + 1 }));
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheetEntries
      .map(
        ({ id }) =>
          `<Override PartName="/xl/worksheets/sheet${String(id)}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '</Types>';
  const rootRels = `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbook =
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
    sheetEntries
      .map(({ name, id }) => `<sheet name="${escapeAttribute(name)}" sheetId="${String(id)}" r:id="rId${String(id)}"/>`)
      .join('') +
    '</sheets><definedNames>' +
    sheetEntries
      .map(
        ({ name, id }, index) =>
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${String(id - 1)}" hidden="1">'${escapeText(name.replace(/'/g, "''"))}'!${(written[index]?.range ?? 'A1:A1').replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}</definedName>`,
      )
      .join('') +
    '</definedNames></workbook>';
  const workbookRels =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    sheetEntries
      .map(
        ({ id }) =>
          `<Relationship Id="rId${String(id)}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${String(id)}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rId${String(sheets.length + 1)}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
  return zip([
    { path: '[Content_Types].xml', content: contentTypes },
    { path: '_rels/.rels', content: rootRels },
    { path: 'xl/workbook.xml', content: workbook },
    { path: 'xl/_rels/workbook.xml.rels', content: workbookRels },
    { path: 'xl/styles.xml', content: STYLES_XML },
    ...written.map(({ xml }, index) => ({ path: `xl/worksheets/sheet${String(index + 1)}.xml`, content: xml })),
  ]);
};
