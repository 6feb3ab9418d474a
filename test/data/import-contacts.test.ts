import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { db } from '../../src/data/db';
import { examplePlanIds as ids, loadExamplePlan } from '../../src/data/example-plan';
import { importContacts } from '../../src/data/import-contacts';
import { undoImport } from '../../src/data/undo-import';
import { tableNames } from '../../src/data/record-schemas';
import { buildImportedContacts } from '../../src/domain/import/build-contacts';
import { cellText } from '../../src/domain/import/cells';
import { detectHeaderRow, guessMapping } from '../../src/domain/import/columns';
import { settleImportedContact } from '../../src/domain/import/contact-to-import';
import { readSpreadsheet } from '../../src/lib/xlsx';

const seedContacts = () => {
  const [sheet] = readSpreadsheet(
    new Uint8Array(readFileSync('fixtures/seed-contact-plan.xlsx')),
    'seed-contact-plan.xlsx',
  ).sheets;
  if (!sheet) throw new Error('no sheet');
  const headerRow = detectHeaderRow(sheet.rows);
  return buildImportedContacts(sheet.rows, headerRow, guessMapping((sheet.rows[headerRow] ?? []).map(cellText)), {
    layout: 'seed',
    dayFirst: false,
    ourCompanyNames: ['Your Company'],
    knownTeamMemberNames: [],
    defaultOpportunityName: '',
  }).map(settleImportedContact);
};
const snapshot = async () =>
  Object.fromEntries(
    await Promise.all(tableNames.map(async (name) => [name, await db.tableOf(name).orderBy('id').toArray()] as const)),
  );

test('importing the seed file into the example plan matches every person instead of duplicating them; Undo restores everything', async () => {
  await loadExamplePlan();
  const before = await snapshot();
  const receipt = await importContacts({
    contacts: seedContacts(),
    targetOpportunityId: ids.opportunity,
    confirmedMatches: {},
  });
  expect(receipt.created.contacts).toHaveLength(2);
  expect(receipt.created.stakeholders).toEqual([]);
  expect(receipt.created.teamMembers).toEqual([]);
  expect(receipt.matched).toMatchObject({ stakeholders: 3, teamMembers: 4 });
  expect(await db.contacts.count()).toBe(4);

  await undoImport(receipt);
  expect(await snapshot()).toEqual(before);
});

test('into an empty database it creates the opportunity, people and contacts once each', async () => {
  const receipt = await importContacts({ contacts: seedContacts(), targetOpportunityId: null, confirmedMatches: {} });
  expect(receipt.created).toMatchObject({
    opportunities: [expect.any(String)],
    contacts: [expect.any(String), expect.any(String)],
  });
  expect((await db.stakeholders.toArray()).map((person) => person.name).sort()).toEqual([
    'General Jones',
    'Ms. Smith',
    'Rob Hopp',
  ]);
  expect(
    (await db.teamMembers.toArray()).map((person) => `${person.name}, ${person.title}, ${person.company}`).sort(),
  ).toEqual([
    'Bill Kahn, VP, Your Company',
    'Jane Doe, Lead Architect, Your Company',
    'Rick Yen, S/W Lead, Your Company',
    'Sue Kemp, Opportunity Manager, Your Company',
  ]);
});

test('“Last, First”, case and accents find the same person; a bad row writes nothing at all', async () => {
  await loadExamplePlan();
  const [first] = seedContacts();
  if (!first) throw new Error('missing');
  const receipt = await importContacts({
    contacts: [
      { ...first, customers: [{ name: 'JONES, GENERAL', title: 'PEO', organization: '', level: 'executive' }] },
    ],
    targetOpportunityId: ids.opportunity,
    confirmedMatches: {},
  });
  expect(receipt.created.stakeholders).toEqual([]);

  const counts = await Promise.all(tableNames.map((name) => db.tableOf(name).count()));
  await expect(
    importContacts({
      contacts: [first, { ...first, date: '2014-02-30' }],
      targetOpportunityId: ids.opportunity,
      confirmedMatches: {},
    }),
  ).rejects.toThrow(/date must be a date/);
  expect(await Promise.all(tableNames.map((name) => db.tableOf(name).count()))).toEqual(counts);
});

test('Undo takes back only what the import did: a person it linked and someone edited since keeps the edit', async () => {
  await loadExamplePlan();
  // A second pursuit, imported into: General Jones (known) is linked to it by the import.
  const receipt = await importContacts({
    contacts: seedContacts().map((contact) => ({ ...contact, opportunityName: 'Second pursuit' })),
    targetOpportunityId: null,
    confirmedMatches: {},
  });
  expect(receipt.changed.stakeholders.map((person) => person.name)).toContain('General Jones');
  const jones = await db.stakeholders.get(ids.generalJones);
  if (!jones) throw new Error('missing General Jones');
  expect(jones.opportunityIds).toHaveLength(2);

  // Edited in another tab after the import.
  await db.stakeholders.put({
    ...jones,
    notes: 'Prefers morning meetings',
    updatedAt: new Date(Date.now() + 1000).toISOString(),
  });

  const report = await undoImport(receipt);
  const after = await db.stakeholders.get(ids.generalJones);
  expect(after?.notes).toBe('Prefers morning meetings');
  expect(after?.opportunityIds).toEqual([ids.opportunity]);
  expect(report.kept).toContainEqual({
    kind: 'stakeholder',
    name: 'General Jones',
    why: 'changed since the import: their edits stay',
  });
  expect(await db.opportunities.count()).toBe(1);
  expect(await db.contacts.count()).toBe(2);
});

test('Undo keeps a contact edited since the import, with its opportunity and people, and says so', async () => {
  const receipt = await importContacts({ contacts: seedContacts(), targetOpportunityId: null, confirmedMatches: {} });
  const [editedId] = receipt.created.contacts;
  const edited = await db.contacts.get(editedId ?? '');
  if (!edited) throw new Error('missing contact');
  await db.contacts.put({
    ...edited,
    location: 'Pentagon, room 3E',
    updatedAt: new Date(Date.now() + 1000).toISOString(),
  });

  const report = await undoImport(receipt);
  expect(await db.contacts.count()).toBe(1);
  expect((await db.contacts.get(edited.id))?.location).toBe('Pentagon, room 3E');
  expect(await db.opportunities.count()).toBe(1);
  // The kept contact's people stay; the other contact's people (met only there) go.
  expect((await db.stakeholders.toArray()).map((person) => person.name).sort()).toEqual(
    (await db.stakeholders.bulkGet(edited.stakeholderIds)).map((person) => person?.name).sort(),
  );
  expect(report.kept.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['contact', 'opportunity']));
});

test('rows inside the target’s quiet period with someone not a contracting officer are refused, named, and nothing is written', async () => {
  await loadExamplePlan();
  await db.opportunities.update(ids.opportunity, { quietPeriodStart: '2000-01-01' });
  const before = await snapshot();
  await expect(
    importContacts({ contacts: seedContacts(), targetOpportunityId: ids.opportunity, confirmedMatches: {} }),
  ).rejects.toThrow(/^Rows? [\d, ]+: 2 contacts on or after the quiet-period start of .* Nothing was imported\.$/);
  expect(await snapshot()).toEqual(before);
});
