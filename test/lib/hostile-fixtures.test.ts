/**
 * The small hostile files under fixtures/hostile/, read from disk through the same checks the
 * import worker runs, so each case stays out for good. The files are made by test/support/
 * hostile-files.ts; `WRITE_HOSTILE_FIXTURES=1 npx vitest run test/lib/hostile-fixtures.test.ts`
 * writes them again. Large cases (a 320 MB bomb, a 10 MB cell) are generated in their tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkSpreadsheetContent } from '../../src/lib/spreadsheet-content';
import { readSpreadsheet } from '../../src/lib/xlsx';
import { farCornerXlsx, pdfBytes, planColumns, planCsv } from '../support/hostile-files';

const made: Record<string, () => Uint8Array> = {
  'far-corner.xlsx': farCornerXlsx,
  'pdf-named.xlsx': pdfBytes,
  'long-name.csv': () => planCsv({ [planColumns.customer]: 'A'.repeat(10_000) }),
};

const path = (name: string) => `fixtures/hostile/${name}`;

if (process.env.WRITE_HOSTILE_FIXTURES)
  for (const [name, make] of Object.entries(made)) writeFileSync(path(name), make());

const read = async (name: string) => {
  const bytes = new Uint8Array(readFileSync(path(name)));
  await checkSpreadsheetContent(bytes, name);
  return readSpreadsheet(bytes, name);
};

test('every small hostile fixture is on disk, and small', () => {
  for (const name of Object.keys(made)) expect(readFileSync(path(name)).length, name).toBeLessThan(16 * 1024);
});

test('far-corner.xlsx: the plan is read, the cell at XFD1048576 is left out and said to be', async () => {
  const [sheet] = (await read('far-corner.xlsx')).sheets;
  expect(sheet?.rows).toHaveLength(5);
  expect(sheet?.leftOut).toMatch(/^1 cell beyond column IV or row 500,000 was not read \(at XFD1048576\)/);
});

test('pdf-named.xlsx: refused as a PDF', async () => {
  await expect(read('pdf-named.xlsx')).rejects.toThrow(
    'pdf-named.xlsx is a PDF, not a spreadsheet (its name ends in .xlsx, but its content is a PDF).',
  );
});

test('long-name.csv: the 10,000-character name is read as text (the preview flags it: hostile-contacts.test.ts)', async () => {
  const [sheet] = (await read('long-name.csv')).sheets;
  expect(sheet?.rows[1]?.[planColumns.customer]).toBe('A'.repeat(10_000));
});
