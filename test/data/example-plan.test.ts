import { expect, test } from 'vitest';
import { db } from '../../src/data/db';
import { buildExamplePlan, examplePlanIds, loadExamplePlan } from '../../src/data/example-plan';
import { addDays, daysBetween, todayCalendarDay } from '../../src/domain/calendar-day';
import { quietPeriodStartOf } from '../../src/domain/opportunity';
import { getQuietPeriodCountdown } from '../../src/domain/rules/quiet-period';
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

test('the example plan holds the two meetings of the seed contact plan, dated from today', async () => {
  await loadExamplePlan();
  const today = todayCalendarDay();
  const contacts = (await db.contacts.toArray()).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const names = async (ids: string[], table: 'stakeholders' | 'teamMembers') =>
    (await db.tableOf(table).bulkGet(ids)).map((person) => person?.name);

  expect(contacts).toHaveLength(2);
  const [pentagon, lab] = contacts;
  expect(pentagon).toMatchObject({
    date: addDays(today, -7),
    heldDate: addDays(today, -7),
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
    date: addDays(today, 7),
    status: 'planned',
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

  // Both attendees have written and submitted their own debrief: the two can be compared and merged.
  const debriefs = await db.debriefs.where('contactId').equals(examplePlanIds.pentagonMeeting).toArray();
  expect(debriefs.map((debrief) => [debrief.authorId, debrief.status]).sort()).toEqual(
    [
      [examplePlanIds.billKahn, 'submitted'],
      [examplePlanIds.sueKemp, 'submitted'],
    ].sort(),
  );
  expect(await db.outcomes.count()).toBe(0);
  expect(await db.actionItems.count()).toBe(2);
  expect(await db.messages.count()).toBe(2);
});

test('a live plan: met last week, meeting next week, the quiet period about three months away, one action overdue', () => {
  const today = '2026-11-23';
  const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', today);
  const [opportunity] = plan.opportunities;
  if (!opportunity) throw new Error('no opportunity');
  const [pentagon, lab] = plan.contacts;
  expect(daysBetween(today, pentagon?.heldDate ?? '')).toBe(-7);
  expect(daysBetween(today, lab?.date ?? '')).toBe(7);
  expect(getQuietPeriodCountdown(opportunity, today)).toEqual({
    kind: 'upcoming',
    start: '2027-02-22',
    daysLeft: 91,
  });
  expect(quietPeriodStartOf(opportunity)).toBe(opportunity.draftRfpDate);
  // The key dates come in their order, after the meetings.
  const keyDates = [
    opportunity.draftRfpDate,
    opportunity.finalRfpDate,
    opportunity.proposalDueDate,
    opportunity.awardDate,
  ];
  expect(keyDates).toEqual([...keyDates].sort());
  expect((lab?.date ?? '') < (opportunity.draftRfpDate ?? '')).toBe(true);
  expect(opportunity.solicitationNumber).toBe('EXAMPLE-27-R-0001');
  // One action item overdue, the other due in a few days; each the one its debrief proposed.
  expect(plan.actionItems.map((item) => daysBetween(today, item.dueDate ?? ''))).toEqual([-5, 3]);
  expect(plan.debriefs.flatMap((debrief) => debrief.proposedActionItems.map((item) => item.dueDate))).toEqual(
    plan.actionItems.map((item) => item.dueDate),
  );
  // Each debrief was submitted after the meeting, and before the plan was loaded.
  for (const debrief of plan.debriefs) {
    expect(debrief.status).toBe('submitted');
    expect(debrief.submittedAt).not.toBeNull();
    expect(Date.parse(debrief.submittedAt ?? '')).toBeGreaterThan(Date.parse(`${pentagon?.heldDate ?? ''}T16:30:00`));
    expect(Date.parse(debrief.submittedAt ?? '')).toBeLessThanOrEqual(Date.parse('2026-11-23T12:00:00.000Z'));
    expect(Date.parse(debrief.createdAt)).toBeLessThanOrEqual(Date.parse(debrief.submittedAt ?? ''));
  }
  expect(plan.messages.map((message) => message.plannedDate)).toEqual([pentagon?.date, lab?.date]);
});

test('today is the user’s own calendar day at the moment it is loaded', () => {
  const now = '2026-11-23T23:30:00.000Z';
  const plan = buildExamplePlan(now);
  expect(plan.contacts[0]?.date).toBe(addDays(todayCalendarDay(new Date(now)), -7));
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
