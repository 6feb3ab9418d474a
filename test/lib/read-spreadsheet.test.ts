import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildImportedContacts, importProblems, type ImportOptions } from '../../src/domain/import/build-contacts';
import { detectHeaderRow, guessMapping } from '../../src/domain/import/columns';
import { cellText } from '../../src/domain/import/cells';
import { SpreadsheetReadError } from '../../src/lib/spreadsheet-files';
import { readSpreadsheet } from '../../src/lib/xlsx';

const sharedFixture = (name: string) => resolve(process.cwd(), '../shared/fixtures', name);
const fixture = (name: string) =>
  new Uint8Array(readFileSync(existsSync(resolve('fixtures', name)) ? resolve('fixtures', name) : sharedFixture(name)));
const options: ImportOptions = {
  layout: 'seed',
  dayFirst: false,
  ourCompanyNames: ['Your Company'],
  knownTeamMemberNames: [],
  defaultOpportunityName: 'Imported plan',
};

const importSheet = (fileName: string, overrides: Partial<ImportOptions> = {}) => {
  const [sheet] = readSpreadsheet(fixture(fileName), fileName).sheets;
  if (!sheet) throw new Error('no sheet');
  const headerRow = detectHeaderRow(sheet.rows);
  const mapping = guessMapping((sheet.rows[headerRow] ?? []).map(cellText));
  return {
    headerRow,
    mapping,
    contacts: buildImportedContacts(sheet.rows, headerRow, mapping, { ...options, ...overrides }),
  };
};

describe.each(['seed-contact-plan.xlsx', 'seed-contact-plan.csv'])('%s', (fileName) => {
  test('gives the two contacts of the seed plan', () => {
    const { contacts } = importSheet(fileName);
    expect(contacts).toHaveLength(2);
    const [pentagon, lab] = contacts;
    expect(pentagon?.people.map((person) => [person.name, person.title, person.side])).toEqual([
      ['General Jones', 'PEO', 'customer'],
      ['Bill Kahn', 'VP', 'ours'],
      ['Sue Kemp', 'Opportunity Manager', 'ours'],
    ]);
    expect(pentagon?.when).toMatchObject({
      date: '2014-07-23',
      startTime: '15:30',
      endTime: '16:30',
      assumedAfternoon: true,
    });
    expect(pentagon?.location).toBe('Pentagon, Room A410');
    expect(pentagon?.items.map((item) => item.kind)).toEqual(['ask', 'ask', 'tell']);
    expect(pentagon?.objective).toBe(
      'Determine our acquisition strategy\nFind out if we need to do any customer relations damage control',
    );
    expect(pentagon?.method).toBe('Slides');
    expect(lab?.people.map((person) => `${person.name} (${person.title})`)).toEqual([
      'Ms. Smith (Tech Lead)',
      'Rob Hopp (GS14 S/W Lead)',
      'Jane Doe (Lead Architect)',
      'Rick Yen (S/W Lead)',
    ]);
    expect(lab?.when).toMatchObject({ date: '2014-07-24', startTime: '15:30', endTime: '16:30' });
    expect(lab?.location).toBe('Our Company, Lab #14');
    expect(lab?.method).toBe('Product demonstration');
    expect(lab && importProblems(lab, new Set())).toEqual(['Time read as afternoon (15:30–16:30): check it.']);
  });
});

test('the messy sheet: header on row 3, five contacts, real date cells as calendar days', () => {
  const { headerRow, contacts } = importSheet('contact-plan-messy.xlsx', { layout: 'one-row-per-contact' });
  expect(headerRow).toBe(2);
  expect(contacts).toHaveLength(5);
  expect(contacts.map((contact) => contact.when.date)).toEqual([
    '2026-02-10',
    '2026-02-18',
    '2026-03-03',
    '2026-03-12',
    '2026-03-20',
  ]);
  expect(contacts[0]?.items).toEqual([
    { kind: 'ask', text: 'What is the acquisition strategy for the recompete?' },
    { kind: 'ask', text: 'Is a draft RFP planned before Q3?' },
    { kind: 'tell', text: 'we have invested in a DevSecOps lab for this mission' },
  ]);
  expect(contacts[0]?.people.map((person) => [person.name, person.side])).toEqual([
    ['Dana Whitfield', 'customer'],
    ['Bill Kahn', 'ours'],
    ['Sue Kemp', 'ours'],
  ]);
});

test('the Windows-1252 semicolon CSV keeps accented names, and reads dates day first when asked', () => {
  const [sheet] = readSpreadsheet(
    fixture('contact-plan-cp1252-semicolon.csv'),
    'contact-plan-cp1252-semicolon.csv',
  ).sheets;
  expect(sheet?.rows[1]?.slice(0, 4)).toEqual([
    'José Núñez',
    'Chef de programme',
    'Program office',
    'Zoë Brontë; Åsa Lindqvist',
  ]);
  const { contacts } = importSheet('contact-plan-cp1252-semicolon.csv', {
    layout: 'one-row-per-contact',
    dayFirst: true,
  });
  expect(contacts[0]?.when.date).toBe('2026-03-04');
});

test.skipIf(!existsSync(sharedFixture('contact-plan-flat-1k.csv')))(
  'the flat CSV: one contact per row, many opportunities',
  () => {
    const { contacts } = importSheet('contact-plan-flat-1k.csv', { layout: 'one-row-per-contact' });
    expect(contacts).toHaveLength(1000);
    expect(new Set(contacts.map((contact) => contact.opportunityName)).size).toBeGreaterThan(1);
    expect(contacts[0]?.people.filter((person) => person.side === 'ours').map((person) => person.name)).toEqual([
      'Michael Thomas',
      'Linda Lewis',
      'Robert OConnor',
    ]);
  },
);

test('a password-protected file says so; a broken one says it cannot be read', () => {
  expect(() => readSpreadsheet(fixture('password_2002_40_xor.xls'), 'password_2002_40_xor.xls')).toThrow(
    /is password-protected/,
  );
  expect(() => readSpreadsheet(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'broken.xlsx')).toThrow(
    /cannot be read as a spreadsheet/,
  );
});

test.skipIf(!existsSync(sharedFixture('contact-plan-flat-10k.xlsx')))(
  'the 10k workbook: real time cells give exact times, on every one of its 10,000 contacts',
  () => {
    const { contacts } = importSheet('contact-plan-flat-10k.xlsx', { layout: 'one-row-per-contact' });
    expect(contacts).toHaveLength(10_000);
    expect(contacts.slice(0, 3).map((contact) => contact.when)).toEqual([
      { date: '2026-04-09', startTime: '11:30', endTime: null, assumedAfternoon: false, problem: null },
      { date: '2025-08-14', startTime: '10:30', endTime: null, assumedAfternoon: false, problem: null },
      { date: '2025-01-06', startTime: '14:15', endTime: null, assumedAfternoon: false, problem: null },
    ]);
    expect(
      contacts.filter((contact) => contact.when.problem !== null || !/^\d\d:\d\d$/.test(contact.when.startTime ?? '')),
    ).toEqual([]);
  },
  // Reading 10,000 rows takes seconds, more on a busy machine: timed by the bench, not here.
  60_000,
);

const sheetJsFiles = existsSync(sharedFixture('sheetjs'))
  ? readdirSync(sharedFixture('sheetjs')).filter((name) => /\.(xlsx|xls|ods|csv)$/i.test(name))
  : [];

test.skipIf(sheetJsFiles.length === 0).each(sheetJsFiles)(
  'real-world workbook %s opens, or says clearly why not',
  (name) => {
    const bytes = new Uint8Array(readFileSync(sharedFixture(`sheetjs/${name}`)));
    try {
      const { sheets } = readSpreadsheet(bytes, name);
      expect(sheets.length).toBeGreaterThan(0);
      for (const sheet of sheets) {
        const [header = []] = sheet.rows;
        expect(() =>
          buildImportedContacts(sheet.rows, detectHeaderRow(sheet.rows), guessMapping(header.map(cellText)), options),
        ).not.toThrow();
      }
    } catch (error) {
      expect(error).toBeInstanceOf(SpreadsheetReadError);
      expect((error as Error).message).toMatch(
        new RegExp(`^${name.replace('.', '\\.')} (is password-protected|cannot be read|has no data)`),
      );
    }
  },
  60_000,
);
