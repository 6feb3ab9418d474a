import { describe, expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { toCsv } from '../../../src/domain/export/cells';
import { readSpreadsheet } from '../../../src/lib/xlsx';
import { writeWorkbook } from '../../../src/lib/xlsx-writer';

const dangerous = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', ' =1', '=1+2";=1+2'];

type ZipLibrary = {
  read: (data: Uint8Array, options: { type: 'array' }) => unknown;
  find: (zip: unknown, path: string) => { content: Uint8Array } | null;
};

/** The XML of the first sheet inside an .xlsx (a zip), to look for formula elements. */
const sheetXml = (bytes: Uint8Array): string => {
  const zip = XLSX.CFB as unknown as ZipLibrary;
  const entry = zip.find(zip.read(bytes, { type: 'array' }), '/xl/worksheets/sheet1.xml');
  if (!entry) throw new Error('no sheet XML in the workbook');
  return new TextDecoder().decode(entry.content);
};

describe('formula injection', () => {
  test.each(dangerous)('%j is neutralised in .xlsx and in .csv', async (text) => {
    const bytes = await writeWorkbook([{ name: 'S', rows: [[text, 42]] }]);
    const [sheet] = readSpreadsheet(bytes, 'out.xlsx').sheets;
    expect(sheet?.rows[0]).toEqual([`'${text}`, 42]);
    const csv = toCsv([[text, 42]]);
    expect(csv.slice(1).startsWith(`"'`)).toBe(true);
    expect(csv).toContain(',"42"');
  });

  test('numbers stay numbers, ordinary text is untouched', async () => {
    const [sheet] = readSpreadsheet(
      await writeWorkbook([{ name: 'S', rows: [[-1, 1.5, 'Plain text', 'It’s 3-2']] }]),
      'out.xlsx',
    ).sheets;
    expect(sheet?.rows[0]).toEqual([-1, 1.5, 'Plain text', 'It’s 3-2']);
  });

  test('an imported “=…” CSV cell is read as text, and exported with no formula element', async () => {
    const [sheet] = readSpreadsheet(
      new TextEncoder().encode('Who,What\nJones,"=HYPERLINK(""http://x"",""click"")"\n'),
      'in.csv',
    ).sheets;
    const formula = sheet?.rows[1]?.[1];
    expect(formula).toBe('=HYPERLINK("http://x","click")');
    const exported = await writeWorkbook([
      { name: 'S', rows: [['What'], [typeof formula === 'string' ? formula : null]] },
    ]);
    const xml = sheetXml(exported);
    expect(xml).toContain('HYPERLINK');
    expect(xml).not.toMatch(/<f[ >]/);
  });
});
