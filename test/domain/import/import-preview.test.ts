import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cellText, type SheetCell } from '../../../src/domain/import/cells';
import { detectHeaderRow, guessMapping } from '../../../src/domain/import/columns';
import { findPossibleDuplicates, ImportPreview, type PreviewSetup } from '../../../src/domain/import/import-preview';
import { closeMatches, createCloseMatcher } from '../../../src/domain/import/name-match';
import { readSpreadsheet } from '../../../src/lib/xlsx';

const seedRows = (): SheetCell[][] => {
  const [sheet] = readSpreadsheet(
    new Uint8Array(readFileSync('fixtures/seed-contact-plan.xlsx')),
    'seed-contact-plan.xlsx',
  ).sheets;
  if (!sheet) throw new Error('no sheet');
  return sheet.rows;
};
const setupFor = (rows: SheetCell[][]): PreviewSetup => {
  const headerRow = detectHeaderRow(rows);
  return {
    headerRow,
    mapping: guessMapping((rows[headerRow] ?? []).map(cellText)),
    layout: 'seed',
    dayFirst: false,
    ourCompanyNames: ['Your Company'],
  };
};
const nobody = { stakeholders: [], teamMembers: [] };

describe('ImportPreview', () => {
  test('summarises, pages and filters the contacts it read', () => {
    const rows = seedRows();
    const preview = new ImportPreview();
    preview.rebuild(rows, setupFor(rows), nobody, false);
    expect(preview.summary()).toEqual({
      total: 2,
      withProblems: 2,
      skipped: 0,
      cannotBeSaved: 0,
      possibleDuplicates: [],
    });
    const first = preview.page('all', 0, 1);
    expect(first).toMatchObject({ offset: 0, matching: 2 });
    expect(first.contacts.map((contact) => contact.rowNumbers)).toEqual([[2, 3, 4]]);
    expect(preview.page('all', 1, 1).contacts.map((contact) => contact.rowNumbers)).toEqual([[5, 6, 7, 8]]);
    // An offset past the end shows the last page rather than nothing.
    expect(preview.page('all', 99, 1).offset).toBe(1);
  });

  test('a contact with text too long to save holds the import back until it is left out', () => {
    const rows: SheetCell[][] = [
      ['Who', 'When', 'What', 'Where'],
      ['Gen. Jones — PEO', '7/23/14', 'Find out the budget?', 'Pentagon'],
      ['Ms. Smith — Tech Lead', '7/24/14', `Ask about ${'the test plan '.repeat(200)}?`, 'Lab'],
    ];
    const preview = new ImportPreview();
    preview.rebuild(rows, { ...setupFor(rows), headerRow: 0, layout: 'one-row-per-contact' }, nobody, false);
    expect(preview.summary()).toMatchObject({ total: 2, cannotBeSaved: 1, skipped: 0 });
    expect(preview.page('problems', 0, 10).contacts.flatMap((contact) => contact.problems)).toContain(
      'An ask or tell is longer than 2,000 characters, more than a contact takes: shorten it in the file.',
    );
    expect(preview.leaveOutUnsavable()).toMatchObject({ total: 2, cannotBeSaved: 0, skipped: 1 });
    expect(preview.contactsToImport().map((contact) => contact.location)).toEqual(['Pentagon']);
  });

  test('a fix in place changes that contact only, survives a re-read, and leaving it out removes it from the import', () => {
    const rows = seedRows();
    const setup = setupFor(rows);
    const preview = new ImportPreview();
    preview.rebuild(rows, setup, nobody, false);
    const fixed = preview.override('row-2', { whenText: '7/23/14 3:30pm-4:30pm' });
    expect(fixed?.when).toMatchObject({
      date: '2014-07-23',
      startTime: '15:30',
      endTime: '16:30',
      assumedAfternoon: false,
    });
    expect(fixed?.problems).not.toContain('Time read as afternoon (15:30–16:30): check it.');

    preview.rebuild(rows, { ...setup, dayFirst: false }, nobody, true);
    expect(preview.page('all', 0, 1).contacts[0]?.whenText).toBe('7/23/14 3:30pm-4:30pm');

    preview.override('row-5', { isSkipped: true });
    expect(preview.summary().skipped).toBe(1);
    expect(preview.contactsToImport().map((contact) => contact.customers.map((person) => person.name))).toEqual([
      ['General Jones'],
    ]);

    preview.rebuild(rows, setup, nobody, false);
    expect(preview.summary().skipped).toBe(0);
  });

  test('a known customer listed as ours is flagged; a close spelling of a known person is offered as a merge', () => {
    const rows = seedRows();
    const preview = new ImportPreview();
    preview.rebuild(
      rows,
      setupFor(rows),
      {
        stakeholders: [
          { id: 's1', name: 'Bill Kahn' },
          { id: 's2', name: 'Generall Jones' },
        ],
        teamMembers: [],
      },
      false,
    );
    expect(preview.page('all', 0, 1).contacts[0]?.problems).toContain(
      'Bill Kahn is listed as ours but is a known customer person.',
    );
    expect(preview.summary().possibleDuplicates).toEqual([
      { name: 'General Jones', candidates: [{ id: 's2', name: 'Generall Jones' }] },
    ]);
  });
});

describe('close spelling', () => {
  const known = [
    'José Núñez',
    'Sue Kemp',
    'Robert Hopkins',
    'Jonathan Smithers',
    'Katherine Johnson',
    'Katharine Jonson',
    'Aaaaaa Aaaaaa',
    'Rob Hopp',
  ];
  test.each([
    'Jose Nunez',
    'Robert Hopkin',
    'Jonathon Smithers',
    'Katherine Jonson',
    'Robbert Hopkinss',
    'Aaaaab Aaaaaa',
    'Sue Kempf',
    'Hopkins, Robert',
    'Zed Quux',
  ])('the indexed matcher finds exactly what the plain comparison finds for “%s”', (name) => {
    expect(createCloseMatcher(known)(name).sort()).toEqual(closeMatches(name, known).sort());
  });

  test('nothing is offered when nobody is known', () => {
    expect(findPossibleDuplicates([], { stakeholders: [], teamMembers: [] })).toEqual([]);
  });
});
