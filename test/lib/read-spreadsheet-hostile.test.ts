import { describe, expect, test } from 'vitest';
import { SpreadsheetReadError } from '../../src/lib/spreadsheet-files';
import { readSpreadsheet } from '../../src/lib/xlsx';
import { farCornerXlsx, pdfBytes, planCsv, planColumns, smallPlanRows, xlsxFile } from '../support/hostile-files';

const refusalOf = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(SpreadsheetReadError);
    return (error as Error).message;
  }
  throw new Error('the file was read');
};

describe('a cell far outside the data', () => {
  test('the 2 KB file with a cell at XFD1048576 reads its real data, and says what it left out', () => {
    const file = farCornerXlsx();
    expect(file.length).toBeLessThan(3 * 1024);
    const [sheet] = readSpreadsheet(file, 'corner.xlsx').sheets;
    expect(sheet?.rows).toHaveLength(5);
    expect(sheet?.rows.every((row) => row.length === 14)).toBe(true);
    expect(sheet?.rows[1]?.[1]).toBe('Ann Lee');
    expect(sheet?.leftOut).toBe(
      '1 cell beyond column IV or row 500,000 was not read (at XFD1048576). Contacts are read from columns A to IV and rows 1 to 500,000; if that cell is part of the plan, move it nearer the rest and choose the file again.',
    );
  });

  test('cells below row 500,000 are counted, not read; a sheet without any says nothing', () => {
    const file = xlsxFile({
      rows: smallPlanRows,
      cellsAt: [
        ['A600000', 'far down'],
        ['B700000', 'further down'],
      ],
    });
    const [sheet] = readSpreadsheet(file, 'tall.xlsx').sheets;
    expect(sheet?.rows).toHaveLength(5);
    expect(sheet?.leftOut).toMatch(/^2 cells beyond column IV or row 500,000 were not read \(the first at A600000\)/);
    expect(readSpreadsheet(xlsxFile({ rows: smallPlanRows }), 'plain.xlsx').sheets[0]?.leftOut).toBeNull();
  });

  test('data spread over more cells than the import holds is refused in words before they are made', () => {
    // Within the columns and rows read, but 100,000 rows × 256 columns is 25.6 million slots.
    const file = xlsxFile({ rows: smallPlanRows, cellsAt: [['IV100000', 'far corner']] });
    expect(refusalOf(() => readSpreadsheet(file, 'wide.xlsx'))).toBe(
      'wide.xlsx is too large to import: its data spans 25,600,000 cells (rows × columns; sheet “Plan” reaches row 100,000 and column IV), and this app reads sheets of up to 10,000,000 cells (room for 100,000 contacts). Split it into smaller files (for example one per opportunity or per year) and import them one by one.',
    );
  });
});

describe('what a file is comes from its content', () => {
  test('a PDF named .xlsx is refused as a PDF, not offered as contacts', () => {
    expect(refusalOf(() => readSpreadsheet(pdfBytes(), 'plan.xlsx'))).toMatch(
      /^plan\.xlsx is a PDF, not a spreadsheet \(its name ends in \.xlsx, but its content is a PDF\)\./,
    );
  });

  test('a CSV named .xlsx is read as the CSV it is', () => {
    const [sheet] = readSpreadsheet(planCsv(), 'plan.xlsx').sheets;
    expect(sheet?.rows[1]?.[planColumns.customer]).toBe('Ann Lee');
  });

  test('UTF-16 text with its byte-order mark (Excel’s “Unicode Text”) is read', () => {
    const text = 'Customer name\tCustomer title\r\nJosé Núñez\tPEO\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(readSpreadsheet(bytes, 'plan.csv').sheets[0]?.rows[1]).toEqual(['José Núñez', 'PEO']);
  });
});

describe('control characters', () => {
  test('NUL and other control characters are removed from CSV text; tabs and line breaks stay', () => {
    const csv = planCsv({
      [planColumns.customer]: 'Ann\u0000 Lee\u0007',
      [planColumns.asks]: 'Who?\u001b\nWhat?\tWhen?',
    });
    const [sheet] = readSpreadsheet(csv, 'plan.csv').sheets;
    expect(sheet?.rows[1]?.[planColumns.customer]).toBe('Ann Lee');
    expect(sheet?.rows[1]?.[planColumns.asks]).toBe('Who?\nWhat?\tWhen?');
  });

  test('…and from .xlsx text, escaped (_x0000_) or not', () => {
    const file = xlsxFile({ rows: [['Customer name'], ['Ann_x0000_ Lee_x0008_'], ['Bo\u0001 Chan']] });
    const [sheet] = readSpreadsheet(file, 'plan.xlsx').sheets;
    expect(sheet?.rows.map((row) => row[0])).toEqual(['Customer name', 'Ann Lee', 'Bo Chan']);
  });
});
