import { expect, test } from 'vitest';
import { db } from '../../src/data/db';
import { examplePlanDays, examplePlanIds as ids, loadExamplePlan } from '../../src/data/example-plan';
import { todayCalendarDay } from '../../src/domain/calendar-day';
import { recordSchemas } from '../../src/data/record-schemas';
import { outcomesRepository } from '../../src/data/repositories/outcomes-repository';
import { currentSchemaVersion } from '../../src/data/schema';
import {
  applyArchiveImport,
  getAllTables,
  getContactPlanSource,
  planArchiveImport,
} from '../../src/data/spreadsheet-sources';
import { buildArchiveSheets, decodeArchive, isArchive } from '../../src/domain/export/archive';
import { buildContactPlanSheet } from '../../src/domain/export/contact-plan-sheet';
import { readSpreadsheet } from '../../src/lib/xlsx';
import { writeWorkbook } from '../../src/lib/xlsx-writer';

const fillEveryTable = async () => {
  await loadExamplePlan();
  await outcomesRepository.recordOutcome({
    contactId: ids.pentagonMeeting,
    itemResults: [
      {
        itemId: ids.askAcquisitionStrategy,
        kind: 'ask',
        result: 'answered',
        finding: '=HYPERLINK("http://evil") single award',
      },
    ],
    summary: '+1 for our team\nsecond line, with "quotes"',
    nextSteps: '',
    stages: [{ stakeholderId: ids.generalJones, stage: 'likes-us' }],
    mergedFromDebriefIds: [ids.kahnDebrief],
    newActionItems: [],
  });
};

test('the archive re-imports into an empty database to the same data, every table deep-equal', async () => {
  await fillEveryTable();
  const before = await getAllTables();
  const bytes = await writeWorkbook(
    buildArchiveSheets(before, recordSchemas, {
      schemaVersion: currentSchemaVersion,
      appVersion: 'test',
      exportedAt: '2026-11-23T12:00:00.000Z',
    }),
  );

  const { sheets } = readSpreadsheet(bytes, 'archive.xlsx');
  expect(isArchive(sheets)).toBe(true);
  const { records, problems } = decodeArchive(sheets, recordSchemas);
  expect(problems).toEqual([]);

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
  expect(results).toBe('What is the acquisition strategy? — Answered: =HYPERLINK("http://evil") single award');
  const serialized = new TextDecoder().decode(bytes);
  expect(serialized).not.toContain('<f>');
  // A real date cell: the day of the meeting, a week before the plan was loaded.
  expect(sheet?.rows[1]?.[2]).toEqual({ day: examplePlanDays(todayCalendarDay()).pentagonMeeting });
});

test('into a database that has the records: matched by id, the newer wins unless the user chooses, a bad record imports nothing', async () => {
  await fillEveryTable();
  const archived = await getAllTables();
  const same = await planArchiveImport(archived);
  expect(same.plan.differing).toEqual([]);
  expect(Object.values(same.plan.added).flat()).toEqual([]);

  // Here, General Jones is edited after the archive was made; Bill Kahn is older here than in the archive.
  await db.stakeholders.update(ids.generalJones, { notes: 'Edited here', updatedAt: '2099-01-01T00:00:00.000Z' });
  await db.teamMembers.update(ids.billKahn, { title: 'Old title', updatedAt: '2000-01-01T00:00:00.000Z' });
  const planned = await planArchiveImport(archived);
  expect(planned.plan.differing.map((entry) => [entry.table, entry.proposed])).toEqual([
    ['stakeholders', 'local'],
    ['teamMembers', 'archive'],
  ]);
  expect(await applyArchiveImport(planned, {})).toEqual({ added: 0, replaced: 1, kept: 1 });
  expect((await db.stakeholders.get(ids.generalJones))?.notes).toBe('Edited here');
  expect((await db.teamMembers.get(ids.billKahn))?.title).toBe('VP');

  const broken = { ...archived, contacts: [{ ...archived.contacts[0], date: 'yesterday' }] };
  const counts = await Promise.all(Object.keys(archived).map((name) => db.table(name).count()));
  await expect(planArchiveImport(broken)).rejects.toThrow(/contacts row 2: date/);
  expect(await Promise.all(Object.keys(archived).map((name) => db.table(name).count()))).toEqual(counts);
});
