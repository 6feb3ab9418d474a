import { expect, test } from 'vitest';
import { db } from '../../src/data/db';
import { buildExamplePlan, examplePlanIds, loadExamplePlan } from '../../src/data/example-plan';
import { opportunitiesRepository } from '../../src/data/repositories/opportunities-repository';
import { recordSchemas, tableNames } from '../../src/data/record-schemas';

test('every record of the example plan is valid', () => {
  const plan = buildExamplePlan();
  for (const name of tableNames) {
    for (const record of (plan as Partial<Record<string, unknown[]>>)[name] ?? []) {
      expect(recordSchemas[name].safeParse(record).error).toBeUndefined();
    }
  }
});

test('the example plan holds the two meetings of the seed contact plan', async () => {
  await loadExamplePlan();
  const contacts = (await db.contacts.toArray()).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const names = async (ids: string[], table: 'stakeholders' | 'teamMembers') =>
    (await db.tableOf(table).bulkGet(ids)).map((person) => person?.name);

  expect(contacts).toHaveLength(2);
  const [pentagon, lab] = contacts;
  expect(pentagon).toMatchObject({
    date: '2014-07-23',
    startTime: '15:30',
    endTime: '16:30',
    location: 'Pentagon, Room A410',
    method: 'Slides',
    status: 'held',
  });
  expect(await names(pentagon?.stakeholderIds ?? [], 'stakeholders')).toEqual(['General Jones']);
  expect(await names(pentagon?.attendeeIds ?? [], 'teamMembers')).toEqual(['Bill Kahn', 'Sue Kemp']);
  expect(pentagon?.items.map((item) => item.kind)).toEqual(['ask', 'ask', 'tell']);
  expect(pentagon?.objective).toContain('Find out if we need to do any customer relations damage control');

  expect(lab).toMatchObject({
    date: '2014-07-24',
    startTime: '15:30',
    endTime: '16:30',
    location: 'Our Company, Lab #14',
    method: 'Product demonstration',
  });
  expect(await names(lab?.stakeholderIds ?? [], 'stakeholders')).toEqual(['Ms. Smith', 'Rob Hopp']);
  expect(await names(lab?.attendeeIds ?? [], 'teamMembers')).toEqual(['Jane Doe', 'Rick Yen']);
  expect(lab?.items.map((item) => item.text)).toEqual([
    'What are the expected KPIs?',
    'Run our solution by them for feedback',
  ]);

  expect(await db.debriefs.where('contactId').equals(examplePlanIds.pentagonMeeting).count()).toBe(2);
  expect(await db.actionItems.count()).toBe(2);
  expect(await db.messages.count()).toBe(2);
});

test('loading it twice changes nothing the second time', async () => {
  expect((await loadExamplePlan()).status).toBe('created');
  const counts = await Promise.all(tableNames.map((name) => db.tableOf(name).count()));
  expect((await loadExamplePlan()).status).toBe('already-loaded');
  expect(await Promise.all(tableNames.map((name) => db.tableOf(name).count()))).toEqual(counts);
});

test('after the example opportunity is deleted, loading again relinks its people instead of copying them', async () => {
  const { opportunityId } = await loadExamplePlan();
  await db.stakeholders.update(examplePlanIds.generalJones, { notes: 'Edited by the user' });
  await opportunitiesRepository.removeWithEverything(opportunityId);

  expect((await loadExamplePlan()).status).toBe('created');
  expect(await db.stakeholders.count()).toBe(4);
  const jones = await db.stakeholders.get(examplePlanIds.generalJones);
  expect(jones?.notes).toBe('Edited by the user');
  expect(jones?.opportunityIds).toEqual([opportunityId]);
});
