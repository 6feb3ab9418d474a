import { expect, test } from 'vitest';
import { db } from '../../src/data/db';
import { examplePlanDays, examplePlanIds as ids, loadExamplePlan } from '../../src/data/example-plan';
import { todayCalendarDay } from '../../src/domain/calendar-day';
import { recordSchemas } from '../../src/data/record-schemas';
import { debriefsRepository } from '../../src/data/repositories/debriefs-repository';
import { outcomesRepository } from '../../src/data/repositories/outcomes-repository';
import { restoreTables, type RestoredTables } from '../../src/data/restore';
import { currentSchemaVersion } from '../../src/data/schema';
import {
  applyArchiveImport,
  getAllTables,
  getContactPlanSource,
  planArchiveImport,
  restoreArchive,
} from '../../src/data/spreadsheet-sources';
import { buildArchiveSheets, isArchive } from '../../src/domain/export/archive';
import { buildContactPlanSheet } from '../../src/domain/export/contact-plan-sheet';
import { readSpreadsheet } from '../../src/lib/xlsx';
import { writeWorkbook } from '../../src/lib/xlsx-writer';

const fillEveryTable = async () => {
  await loadExamplePlan();
  // Sue Kemp reopens her debrief, so the outcome is recorded from Bill Kahn's alone, saying why.
  await debriefsRepository.reopen(ids.kempDebrief);
  await outcomesRepository.recordOutcome({
    contactId: ids.pentagonMeeting,
    itemResults: [
      {
        itemId: ids.askAcquisitionStrategy,
        kind: 'ask',
        result: 'answered',
        finding: '=HYPERLINK("http://evil") single award',
      },
      { itemId: ids.askOpinionOfPerformance, kind: 'ask', result: 'partly', finding: '' },
      { itemId: ids.tellCorporateCommitment, kind: 'tell', result: 'delivered', reaction: '' },
    ],
    summary: '+1 for our team\nsecond line, with "quotes"',
    nextSteps: '',
    stages: [{ stakeholderId: ids.generalJones, stage: 'likes-us' }],
    mergedFromDebriefIds: [ids.kahnDebrief],
    recordedWithout: [{ teamMemberId: ids.sueKemp, reason: '@SUM(1) is rewriting her notes; "quotes" kept' }],
    newActionItems: [],
  });
};

const archiveSheetsOf = async (tables: Record<string, Record<string, unknown>[]>) => {
  const bytes = await writeWorkbook(
    buildArchiveSheets(tables, recordSchemas, {
      schemaVersion: currentSchemaVersion,
      appVersion: 'test',
      exportedAt: '2026-11-23T12:00:00.000Z',
    }),
  );
  return readSpreadsheet(bytes, 'archive.xlsx').sheets;
};

/** Records as the restore step hands them over (what planArchiveImport takes). */
const restored = (tables: Record<string, unknown[]>): RestoredTables => {
  const result = restoreTables(tables, currentSchemaVersion);
  if (result.status !== 'restored') throw new Error(`not restored: ${result.status}`);
  return result.tables;
};

test('the archive re-imports into an empty database to the same data, every table deep-equal', async () => {
  await fillEveryTable();
  const before = await getAllTables();
  const sheets = await archiveSheetsOf(before);
  expect(isArchive(sheets)).toBe(true);
  const { records, problems } = restoreArchive(sheets);
  expect(problems).toEqual([]);
  if (!records) throw new Error('no records');

  await db.delete({ disableAutoOpen: false });
  const planned = await planArchiveImport(records);
  expect(planned.plan.differing).toEqual([]);
  await applyArchiveImport(planned, {});
  expect(await getAllTables()).toEqual(before);
});

test('formula-like text is neutralized in the file, and still reads back as the text', async () => {
  await fillEveryTable();
  const bytes = await writeWorkbook([buildContactPlanSheet(await getContactPlanSource(ids.opportunity))]);
  const [sheet] = readSpreadsheet(bytes, 'plan.xlsx').sheets;
  const results = sheet?.rows[1]?.[8];
  expect(results).toBe(
    [
      'What is the acquisition strategy? — Answered: =HYPERLINK("http://evil") single award',
      'What is its opinion of our company’s performance? — Partly answered',
      'Express corporate commitment to this program and investment to date — Delivered',
    ].join('\n'),
  );
  const serialized = new TextDecoder().decode(bytes);
  expect(serialized).not.toContain('<f>');
  // A real date cell: the day of the meeting, a week before the plan was loaded.
  expect(sheet?.rows[1]?.[2]).toEqual({ day: examplePlanDays(todayCalendarDay()).pentagonMeeting });
});

test('into a database that has the records: matched by id, the newer wins unless the user chooses, a bad record imports nothing', async () => {
  await fillEveryTable();
  const archived = await getAllTables();
  const same = await planArchiveImport(restored(archived));
  expect(same.plan.differing).toEqual([]);
  expect(Object.values(same.plan.added).flat()).toEqual([]);

  // Here, General Jones is edited after the archive was made; Bill Kahn is older here than in the archive.
  await db.stakeholders.update(ids.generalJones, { notes: 'Edited here', updatedAt: '2099-01-01T00:00:00.000Z' });
  await db.teamMembers.update(ids.billKahn, { title: 'Old title', updatedAt: '2000-01-01T00:00:00.000Z' });
  const planned = await planArchiveImport(restored(archived));
  expect(planned.plan.differing.map((entry) => [entry.table, entry.proposed])).toEqual([
    ['stakeholders', 'local'],
    ['teamMembers', 'archive'],
  ]);
  expect(await applyArchiveImport(planned, {})).toEqual({ added: 0, replaced: 1, kept: 1 });
  expect((await db.stakeholders.get(ids.generalJones))?.notes).toBe('Edited here');
  expect((await db.teamMembers.get(ids.billKahn))?.title).toBe('VP');

  const contact = archived.contacts[0] ?? {};
  const broken = { ...archived, contacts: [{ ...contact, date: 'yesterday' }] };
  const before = await getAllTables();
  expect(restoreArchive(await archiveSheetsOf(broken))).toEqual({
    records: null,
    problems: [
      'This archive has 1 invalid record, so nothing can be imported.',
      `contacts ${String(contact.id)}: date must be a date written yyyy-MM-dd`,
    ],
  });
  expect(await getAllTables()).toEqual(before);
});

test('an archive from a newer database version, or with a contact held tomorrow, imports nothing and says why', async () => {
  await fillEveryTable();
  const before = await getAllTables();
  const newer = (await archiveSheetsOf(before)).map((sheet) =>
    sheet.name === 'Read me'
      ? {
          ...sheet,
          rows: sheet.rows.map((row) => (row[0] === 'database version' ? [row[0], currentSchemaVersion + 1] : row)),
        }
      : sheet,
  );
  expect(restoreArchive(newer)).toEqual({
    records: null,
    problems: [
      `This archive was made by a newer version of Contact Plan (database version ${String(currentSchemaVersion + 1)}; this app has ${String(currentSchemaVersion)}). Update the app (reload it while online), then try again.`,
    ],
  });

  const contact = before.contacts[0] ?? {};
  const heldTomorrow = { ...before, contacts: [{ ...contact, status: 'held', heldDate: '2026-12-04' }] };
  expect(restoreArchive(await archiveSheetsOf(heldTomorrow), { today: '2026-12-03' }).problems).toEqual([
    'This archive has 1 invalid record, so nothing can be imported.',
    `contacts ${String(contact.id)}: heldDate is 2026-12-04, after today (2026-12-03): a contact can be marked held only once it has taken place`,
  ]);
  expect(await getAllTables()).toEqual(before);
});
