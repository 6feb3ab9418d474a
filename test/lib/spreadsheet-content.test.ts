import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  checkSpreadsheetContent,
  checkTextCells,
  countFilledCsvCells,
  identifySpreadsheet,
} from '../../src/lib/spreadsheet-content';
import { SpreadsheetReadError } from '../../src/lib/spreadsheet-files';
import { TagCounter, type CountedPart } from '../../src/lib/zip-part-counter';
import {
  farCornerXlsx,
  manyStringsXlsx,
  pdfBytes,
  repeatedCellsOds,
  sharedStringsBombXlsx,
  zipFile,
} from '../support/hostile-files';

const refusal = async (check: () => Promise<unknown>) => {
  const error = await check().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SpreadsheetReadError);
  return (error as Error).message;
};

describe('what a file is, by its content', () => {
  test('a PDF named .xlsx is named as a PDF, whatever its name says', () => {
    expect(() => identifySpreadsheet(pdfBytes(), 'plan.xlsx')).toThrow(
      'plan.xlsx is a PDF, not a spreadsheet (its name ends in .xlsx, but its content is a PDF). Save the contact plan from Excel (or LibreOffice) as .xlsx, .xls, .ods or .csv, and import that file.',
    );
  });

  test('a PNG named .csv is an image; random bytes are no spreadsheet', () => {
    expect(() => identifySpreadsheet(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'plan.csv')).toThrow(
      /^plan\.csv is a PNG image, not a spreadsheet/,
    );
    const noise = Uint8Array.from({ length: 512 }, (_, index) => (index * 7919) % 32);
    expect(() => identifySpreadsheet(noise, 'plan.xls')).toThrow(/^plan\.xls is not a spreadsheet: its content/);
  });

  test('real spreadsheets pass: the fixtures, and CSV text even when it begins like a program ("MZ")', () => {
    expect(identifySpreadsheet(new Uint8Array(readFileSync('fixtures/seed-contact-plan.xlsx')), 'a.xlsx')).toBe('zip');
    expect(identifySpreadsheet(new Uint8Array(readFileSync('fixtures/password_2002_40_xor.xls')), 'a.xls')).toBe('ole');
    expect(identifySpreadsheet(new Uint8Array(readFileSync('fixtures/seed-contact-plan.csv')), 'a.csv')).toBe('text');
    expect(identifySpreadsheet(new Uint8Array(Buffer.from('MZ Corp,Ann Lee\n')), 'a.csv')).toBe('text');
    // A stray NUL in a CSV does not make it binary (it is removed on reading).
    expect(identifySpreadsheet(new Uint8Array(Buffer.from('Customer\nAnn\u0000 Lee\n')), 'a.csv')).toBe('text');
  });

  test('a Word document or a plain ZIP named .xlsx is refused for what it is', async () => {
    const word = zipFile([{ name: 'word/document.xml', content: '<w:document/>' }]);
    expect(await refusal(() => checkSpreadsheetContent(word, 'plan.xlsx'))).toMatch(
      /^plan\.xlsx is a Word document, not a spreadsheet/,
    );
    const photos = zipFile([
      { name: 'a.jpg', content: 'x' },
      { name: 'b.jpg', content: 'y' },
    ]);
    expect(await refusal(() => checkSpreadsheetContent(photos, 'plan.xlsx'))).toBe(
      'plan.xlsx is a ZIP archive (of 2 files), not a spreadsheet. Unpack it and import the spreadsheet inside.',
    );
  });
});

describe('what an .xlsx or .ods unpacks to', () => {
  test('the real fixtures and the far-corner file pass', async () => {
    await checkSpreadsheetContent(new Uint8Array(readFileSync('fixtures/seed-contact-plan.xlsx')), 'seed.xlsx');
    await checkSpreadsheetContent(new Uint8Array(readFileSync('fixtures/contact-plan-messy.xlsx')), 'messy.xlsx');
    await checkSpreadsheetContent(farCornerXlsx(), 'corner.xlsx');
  });

  test('a shared-string table that says it unpacks to 320 MB is refused from the ZIP directory', async () => {
    const bomb = sharedStringsBombXlsx({ megabytes: 320, lies: false });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal(() => checkSpreadsheetContent(bomb, 'bomb.xlsx'))).toMatch(
      /^bomb\.xlsx is too large to import: it unpacks to 320 MB, most of it the text its cells share, and this app reads files that unpack to up to 300 MB \(room for 100,000 contacts\)\. The file itself is only \d+ KB, so it is most likely damaged or made to look small\. If it is a real contact plan, split it into smaller files/,
    );
  });

  test('one that lies about its size is refused once unpacking passes 300 MB, without keeping it', async () => {
    const bomb = sharedStringsBombXlsx({ megabytes: 320, lies: true });
    const before = process.memoryUsage().rss;
    expect(await refusal(() => checkSpreadsheetContent(bomb, 'bomb.xlsx'))).toMatch(
      /^bomb\.xlsx is too large to import: it unpacks to more than 300 MB, most of it the text its cells share, and this app reads files that unpack to up to 300 MB/,
    );
    // Counted piece by piece and thrown away: far less than the 320 MB it unpacks to stays in memory.
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  }, 30_000);

  test('millions of texts in a small file are refused by count', async () => {
    const file = manyStringsXlsx(2_100_000);
    expect(file.length).toBeLessThan(200 * 1024);
    expect(await refusal(() => checkSpreadsheetContent(file, 'texts.xlsx'))).toMatch(
      /^texts\.xlsx is too large to import: it holds more than 2,000,000 separate texts, and this app reads files of up to 2,000,000 \(room for 100,000 contacts\)/,
    );
  }, 30_000);

  test('an .ods whose repeated cells would make 100 million is refused by count', async () => {
    expect(await refusal(() => checkSpreadsheetContent(repeatedCellsOds(), 'plan.ods'))).toMatch(
      /^plan\.ods is too large to import: it has more than 5,000,000 filled cells/,
    );
  });

  test('a damaged ZIP says so', async () => {
    const file = farCornerXlsx();
    const truncated = file.slice(0, file.length - 30);
    expect(await refusal(() => checkSpreadsheetContent(truncated, 'cut.xlsx'))).toMatch(
      /^cut\.xlsx cannot be read as a spreadsheet: it is a ZIP file \(as \.xlsx and \.ods files are\), but a damaged one/,
    );
  });
});

describe('counting what SheetJS would make, as the bytes stream by', () => {
  const count = (part: CountedPart, xml: string, pieceSize = 7) => {
    const counts = { unpackedBytes: 0, sharedStrings: 0, filledCells: 0 };
    const counter = new TagCounter(part, counts);
    const bytes = new Uint8Array(Buffer.from(xml));
    // Tags split across pieces are still counted once.
    for (let start = 0; start < bytes.length; start += pieceSize)
      counter.feed(bytes.subarray(start, start + pieceSize));
    return counts;
  };

  test('shared texts, empty ones too, with or without a namespace prefix', () => {
    expect(count('shared-strings', '<sst><si><t>a</t></si><si/><x:si><x:t>b</x:t></x:si><sis/></sst>')).toMatchObject({
      sharedStrings: 3,
    });
  });

  test('filled cells, not empty formatted ones', () => {
    const xml =
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"/><x:c r="C1"><x:v>1</x:v></x:c></row></sheetData>';
    expect(count('worksheet', xml)).toMatchObject({ filledCells: 2 });
  });

  test('an .ods counts each copy of a repeated cell, across repeated rows', () => {
    const xml =
      '<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="4" office:value-type="string"><text:p>x</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/></table:table-row><table:table-row><table:table-cell office:value-type="float" office:value="1"/></table:table-row>';
    expect(count('ods-content', xml)).toMatchObject({ filledCells: 13 });
  });
});

describe('text spreadsheets', () => {
  test('filled cells of a CSV are counted with quotes respected', () => {
    expect(countFilledCsvCells('a,b,,c\n"x,y",\n')).toBe(4);
    expect(countFilledCsvCells('a;b;c\nd;"e;f";g')).toBe(6);
  });

  test('a CSV of more than 5 million filled cells is refused before SheetJS makes them', () => {
    const text = `${'a,'.repeat(1000)}a\n`.repeat(5100);
    expect(() => checkTextCells(text, 'huge.csv')).toThrow(
      /^huge\.csv is too large to import: it has 5,105,100 filled cells, and this app reads files of up to 5,000,000 \(room for 100,000 contacts\)\. Split it/,
    );
    expect(() => checkTextCells('a,b\nc,d\n', 'small.csv')).not.toThrow();
  });
});
