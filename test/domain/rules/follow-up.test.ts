import { expect, test } from 'vitest';
import { buildExamplePlan, examplePlanDays, examplePlanIds as ids } from '../../../src/data/example-plan';
import { addDays } from '../../../src/domain/calendar-day';
import type { ActionItem } from '../../../src/domain/action-item';
import type { Outcome } from '../../../src/domain/outcome';
import { getFollowUps } from '../../../src/domain/rules/follow-up';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
const heldOn = examplePlanDays('2026-11-23').pentagonMeeting;
const item = (id: string, dueDate: string | null, status: ActionItem['status'] = 'open'): ActionItem =>
  ({ ...plan.actionItems[0], id, dueDate, status }) as ActionItem;

test('overdue first (oldest first), then due in the next 7 days; done and undated items are left out', () => {
  const followUps = getFollowUps(
    [
      item('soon', '2014-07-30'),
      item('late', '2014-07-20'),
      item('later', '2014-07-25'),
      item('today', '2014-07-26'),
      item('edge', '2014-08-02'),
      item('far', '2014-08-03'),
      item('done', '2014-07-01', 'done'),
      item('undated', null),
    ],
    [],
    [],
    '2014-07-26',
  );
  expect(followUps.overdue.map((entry) => entry.id)).toEqual(['late', 'later']);
  expect(followUps.dueSoon.map((entry) => entry.id)).toEqual(['today', 'soon', 'edge']);
});

test('a held contact with no outcome is a follow-up from 2 days after it was held', () => {
  const contacts = plan.contacts; // the Pentagon meeting was held a week before the plan was loaded
  expect(heldOn).toBe('2026-11-16');
  expect(getFollowUps([], contacts, [], addDays(heldOn, 1)).heldWithoutOutcome).toEqual([]);
  expect(
    getFollowUps([], contacts, [], addDays(heldOn, 2)).heldWithoutOutcome.map((entry) => [
      entry.contact.id,
      entry.daysSinceHeld,
    ]),
  ).toEqual([[ids.pentagonMeeting, 2]]);
  const outcome = { contactId: ids.pentagonMeeting } as Outcome;
  expect(getFollowUps([], contacts, [outcome], addDays(heldOn, 7)).heldWithoutOutcome).toEqual([]);
});

test('the example plan as loaded: its meeting of a week ago awaits its outcome; one action item is overdue, one due soon', () => {
  const followUps = getFollowUps(plan.actionItems, plan.contacts, [], '2026-11-23');
  expect(followUps.heldWithoutOutcome.map((entry) => [entry.contact.id, entry.daysSinceHeld])).toEqual([
    [ids.pentagonMeeting, 7],
  ]);
  expect(followUps.overdue.map((entry) => entry.id)).toEqual([ids.thankYouAction]);
  expect(followUps.dueSoon.map((entry) => entry.id)).toEqual([ids.strategyBriefingAction]);
});
