import { expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { readSpreadsheet } from '../../src/lib/xlsx';
import { writeWorkbook } from '../../src/lib/xlsx-writer';

type ZipLibrary = {
  read: (data: Uint8Array, options: { type: 'array' }) => unknown;
  find: (zip: unknown, path: string) => { content: Uint8Array } | null;
};
const partOf = (bytes: Uint8Array, path: string) => {
  const zip = XLSX.CFB as unknown as ZipLibrary;
  const entry = zip.find(zip.read(bytes, { type: 'array' }), path);
  return entry ? new TextDecoder().decode(entry.content) : '';
};

test('every sheet gets a frozen, bold, shaded header row, wrapped text and the column widths', async () => {
  const bytes = await writeWorkbook([
    {
      name: 'Contact plan',
      rows: [
        ['Who', 'When'],
        ['General Jones—PEO', { day: '2014-07-23' }],
      ],
      columnWidths: [34, 12],
    },
    { name: 'Second', rows: [['A'], ['b']] },
  ]);
  for (const path of ['/xl/worksheets/sheet1.xml', '/xl/worksheets/sheet2.xml']) {
    const sheet = partOf(bytes, path);
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const headerStyle = /<c r="A1" s="(\d+)"/.exec(sheet)?.[1];
    const bodyStyle = /<c r="A2" s="(\d+)"/.exec(sheet)?.[1];
    const styles = partOf(bytes, '/xl/styles.xml');
    const xfs = [
      ...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g),
    ].map((match) => match[0]);
    const fonts = [...(/<fonts[^>]*>(.*)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>.*?<\/font>/g)].map(
      (match) => match[0],
    );
    const headerXf = xfs[Number(headerStyle)] ?? '';
    expect(fonts[Number(/fontId="(\d+)"/.exec(headerXf)?.[1])]).toContain('<b/>');
    expect(headerXf).toContain('wrapText="1"');
    expect(xfs[Number(bodyStyle)]).toContain('wrapText="1"');
  }
  expect(partOf(bytes, '/xl/worksheets/sheet1.xml')).toContain('<col min="1" max="1" width="34');
  // Still a workbook SheetJS reads, dates still dates.
  expect(readSpreadsheet(bytes, 'plan.xlsx').sheets[0]?.rows[1]).toEqual(['General Jones—PEO', { day: '2014-07-23' }]);
});

test('a sheet of 200,000 rows is written: nothing spreads the rows into one call (that overflowed the stack)', async () => {
  const rows = Array.from({ length: 200_000 }, (_, index) => [`Contact ${String(index)}`, index]);
  const bytes = await writeWorkbook([{ name: 'Big', rows: [['Who', 'Number'], ...rows] }]);
  const sheet = partOf(bytes, '/xl/worksheets/sheet1.xml');
  expect(sheet).toContain('<dimension ref="A1:B200001"/>');
  expect(sheet).toContain('<c r="A200001" s="2" t="inlineStr"><is><t>Contact 199999</t></is></c>');
});
