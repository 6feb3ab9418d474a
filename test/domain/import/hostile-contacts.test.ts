import { describe, expect, test } from 'vitest';
import { db } from '../../../src/data/db';
import { importContacts } from '../../../src/data/import-contacts';
import { importCaps } from '../../../src/domain/import/build-contacts';
import type { SheetCell } from '../../../src/domain/import/cells';
import { cellText } from '../../../src/domain/import/cells';
import { guessMapping } from '../../../src/domain/import/columns';
import { ImportPreview, type PreviewSetup } from '../../../src/domain/import/import-preview';
import { readSpreadsheet } from '../../../src/lib/xlsx';
import { planColumns, planCsv, smallPlanRows, tenMegabyteAsks } from '../../support/hostile-files';

const nobody = { stakeholders: [], teamMembers: [] };

const previewOf = (rows: SheetCell[][], layout: PreviewSetup['layout'] = 'one-row-per-contact') => {
  const preview = new ImportPreview();
  preview.rebuild(
    rows,
    {
      headerRow: 0,
      mapping: guessMapping((rows[0] ?? []).map(cellText)),
      layout,
      dayFirst: false,
      ourCompanyNames: ['Your Company'],
    },
    nobody,
    false,
  );
  return preview;
};

const previewOfCsv = (changes: Record<number, string>) => {
  const [sheet] = readSpreadsheet(planCsv(changes), 'plan.csv').sheets;
  if (!sheet) throw new Error('no sheet');
  return previewOf(sheet.rows);
};

const firstContact = (preview: ImportPreview) => {
  const [contact] = preview.page('all', 0, 1).contacts;
  if (!contact) throw new Error('no contact');
  return contact;
};

describe('a cell of megabytes', () => {
  test('a 10 MB cell of 480,000 asks gives 200 of them, and the preview says how many were left out', () => {
    const preview = previewOfCsv({ [planColumns.asks]: tenMegabyteAsks() });
    const contact = firstContact(preview);
    expect(contact.items).toHaveLength(importCaps.items);
    expect(contact.items.every((item) => item.kind === 'ask' && item.text === 'What is the budget?')).toBe(true);
    // 479,800 asks more, and the row's one tell.
    expect(contact.problems).toContain(
      'Only the first 200 asks and tells were read; 479,801 more were left out (a contact takes at most 200). If they are all needed, spread them over several contacts in the file.',
    );
    // Said, not held back: the other contacts import with it.
    expect(preview.summary()).toMatchObject({ total: 4, cannotBeSaved: 0 });
    // What goes to the page stays small: a page of contacts, not the 10 MB cell.
    expect(JSON.stringify(preview.page('all', 0, 25)).length).toBeLessThan(100_000);
  }, 20_000);

  test('contacts spanning rows (the seed layout) stop at 200 asks and 100 people too', () => {
    const rows: SheetCell[][] = [['Customer name', 'Date', 'What to find out']];
    rows.push(['Ann Lee', '2026-03-02', 'Who decides?']);
    for (let row = 0; row < 299; row += 1) rows.push([`Person ${String(row)}`, null, `Ask ${String(row)}?`]);
    const contact = firstContact(previewOf(rows, 'seed'));
    expect(contact.items).toHaveLength(200);
    expect(contact.people).toHaveLength(100);
    expect(contact.problems).toEqual(
      expect.arrayContaining([
        'Only the first 100 people were read; 200 more were left out (a contact takes at most 100).',
        expect.stringMatching(/^Only the first 200 asks and tells were read; 100 more were left out/),
      ]),
    );
  });

  test('a 10 MB Why is kept only to twice what a contact takes, and said to be too long', () => {
    const preview = previewOfCsv({ [planColumns.why]: 'x'.repeat(10_000_000) });
    const contact = firstContact(preview);
    expect(contact.objective).toHaveLength(20_001);
    expect(contact.problems).toContain(
      'Why is more than 20,000 characters; at most 10,000 fit: shorten it in the file.',
    );
    expect(preview.summary().cannotBeSaved).toBe(1);
  });
});

describe('names longer than a record takes', () => {
  const longName = 'A'.repeat(10_000);

  test('a 10,000-character stakeholder name is flagged in the preview and holds Import back until left out', async () => {
    const preview = previewOfCsv({ [planColumns.customer]: longName });
    const contact = firstContact(preview);
    expect(contact.people[0]?.name).toHaveLength(401);
    expect(contact.problems).toContain(
      `The name “${'A'.repeat(40)}…” is more than 400 characters; at most 200 fit: shorten it in the file.`,
    );
    expect(preview.summary()).toMatchObject({ total: 4, cannotBeSaved: 1 });
    expect(preview.leaveOutUnsavable()).toMatchObject({ cannotBeSaved: 0, skipped: 1 });
    // What is left imports: the three other contacts, no half-written person.
    const receipt = await importContacts({
      contacts: preview.contactsToImport(),
      targetOpportunityId: null,
      confirmedMatches: {},
    });
    expect(receipt.created.contacts).toHaveLength(3);
    expect((await db.stakeholders.toArray()).map((person) => person.name).sort()).toEqual([
      'Bo Chan',
      'Cy Diaz',
      'Di Egan',
    ]);
  });

  test('so are a team member’s 300-character name, a long title and a long organization', () => {
    const ours = `Bill Kahn; ${'B'.repeat(300)}`;
    const rows = smallPlanRows.map((row) => [...row]);
    const first = rows[1] ?? [];
    first[planColumns.ours] = ours;
    first[planColumns.title] = 'T'.repeat(250);
    first[10] = 'O'.repeat(201);
    const contact = firstContact(previewOf(rows));
    expect(contact.problems).toEqual(
      expect.arrayContaining([
        `The name “${'B'.repeat(40)}…” is 300 characters; at most 200 fit: shorten it in the file.`,
        'The title of Ann Lee is 250 characters; at most 200 fit: shorten it in the file.',
        `The organization “${'O'.repeat(40)}…” is 201 characters; at most 200 fit: shorten it in the file.`,
      ]),
    );
  });
});
