import { expect, test } from 'vitest';
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

test('CSV has a BOM, quotes what needs quoting, keeps numbers and dates, and neutralizes text', () => {
  expect(
    toCsv([
      ['Who', 'When', 'Count'],
      ['Jones, General', { day: '2014-07-23' }, 3],
      ['=cmd|calc', 'say "hi"\nbye', null],
    ]),
  ).toBe('\uFEFFWho,When,Count\r\n"Jones, General",2014-07-23,3\r\n\'=cmd|calc,"say ""hi""\nbye",\r\n');
});

test('sheet names stay within Excel’s rules and unique', () => {
  const taken = new Set<string>();
  expect(safeSheetName('Plan: FY27/Q3 [draft]', taken)).toBe('Plan  FY27 Q3  draft');
  expect(safeSheetName('Plan: FY27/Q3 [draft]', taken)).toBe('Plan  FY27 Q3  draft 2');
});
