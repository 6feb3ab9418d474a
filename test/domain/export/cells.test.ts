import { expect, test } from 'vitest';
import * as XLSX from 'xlsx';
import { neutralizeText, safeSheetName, toCsv, unneutralizeText } from '../../../src/domain/export/cells';

test.each(['=SUM(A1)', '+1', '-2 days', '@user', '\tTab', '\rCR', '\nLF', "'already quoted"])(
  '“%s” cannot start a formula, and reads back exactly',
  (text) => {
    expect(neutralizeText(text)).toBe(`'${text}`);
    expect(unneutralizeText(neutralizeText(text))).toBe(text);
  },
);

test('ordinary text is left alone', () => {
  expect(neutralizeText('What is the budget?')).toBe('What is the budget?');
  expect(unneutralizeText("It's fine")).toBe("It's fine");
});

test('CSV has a BOM, quotes every field (numbers, dates and empty ones too), and neutralizes text', () => {
  expect(
    toCsv([
      ['Who', 'When', 'Count'],
      ['Jones, General', { day: '2014-07-23' }, 3],
      ['=cmd|calc', 'say "hi"\nbye', null],
    ]),
  ).toBe('\uFEFF"Who","When","Count"\r\n"Jones, General","2014-07-23","3"\r\n"\'=cmd|calc","say ""hi""\nbye",""\r\n');
});

test.each([
  ['a semicolon', "Lunch;=cmd|' /C calc'!A0", `"Lunch;=cmd|' /C calc'!A0"`],
  ['a tab', 'Slides\t=1+2', '"Slides\t=1+2"'],
  ['a comma', 'Lunch,=1+2', '"Lunch,=1+2"'],
  ['a quote', 'say "hi"', '"say ""hi"""'],
  ['a line break', 'one\r\ntwo', '"one\r\ntwo"'],
])('a field holding %s is quoted', (_, text, written) => {
  expect(toCsv([[text, 'next']])).toBe(`\uFEFF${written},"next"\r\n`);
});

test.each([',', ';', '\t'])('read with %j as the separator, no field becomes a formula', (separator) => {
  // A number and an empty field first: a bare one there let the next field be split at ";".
  const csv = toCsv([[3, null, "Lunch;=cmd|' /C calc'!A0", 'Demo,+1', 'Slides\t@SUM(A1)', '=1+2', 'Plain']]);
  const sheet = XLSX.read(csv.slice(1), { type: 'string', FS: separator }).Sheets.Sheet1;
  if (!sheet) throw new Error('no sheet');
  const cells = Object.entries(sheet).filter(([reference]) => !reference.startsWith('!'));
  expect(cells.length).toBeGreaterThan(0);
  for (const [reference, cell] of cells) {
    const { f, v } = cell as XLSX.CellObject;
    expect(f, `${reference} is a formula`).toBeUndefined();
    expect(String(v), reference).not.toMatch(/^[=+\-@]/);
  }
});

test('sheet names stay within Excel’s rules and unique', () => {
  const taken = new Set<string>();
  expect(safeSheetName('Plan: FY27/Q3 [draft]', taken)).toBe('Plan  FY27 Q3  draft');
  expect(safeSheetName('Plan: FY27/Q3 [draft]', taken)).toBe('Plan  FY27 Q3  draft 2');
});
