import { expect, test } from 'vitest';
import { buildExamplePlan, examplePlanIds as ids } from '../../../src/data/example-plan';
import type { Outcome } from '../../../src/domain/outcome';
import { getOpenQuestions } from '../../../src/domain/rules/open-questions';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
const outcome = (itemResults: Outcome['itemResults']): Outcome =>
  ({
    id: crypto.randomUUID(),
    contactId: ids.pentagonMeeting,
    opportunityId: ids.opportunity,
    itemResults,
    summary: '',
    stageChanges: [],
    nextSteps: '',
    mergedFromDebriefIds: [],
    createdAt: '',
    updatedAt: '',
  }) as unknown as Outcome;

test('with no outcome yet, every ask and tell of the plan is open', () => {
  const open = getOpenQuestions(plan.contacts, []);
  expect(open.map((question) => [question.kind, question.state])).toEqual([
    ['ask', 'not-yet-recorded'],
    ['ask', 'not-yet-recorded'],
    ['tell', 'not-yet-recorded'],
    ['ask', 'not-yet-recorded'],
    ['ask', 'not-yet-recorded'],
  ]);
});

test('an answered ask and a delivered tell leave; a partly answered ask stays, marked', () => {
  const open = getOpenQuestions(plan.contacts, [
    outcome([
      { itemId: ids.askAcquisitionStrategy, kind: 'ask', result: 'answered', finding: 'Single award' },
      { itemId: ids.askOpinionOfPerformance, kind: 'ask', result: 'partly', finding: 'Mixed' },
      { itemId: ids.tellCorporateCommitment, kind: 'tell', result: 'delivered', reaction: 'Nodded' },
    ]),
  ]);
  expect(open.find((question) => question.itemId === ids.askAcquisitionStrategy)).toBeUndefined();
  expect(open.find((question) => question.itemId === ids.tellCorporateCommitment)).toBeUndefined();
  expect(open.find((question) => question.itemId === ids.askOpinionOfPerformance)?.state).toBe('partly-answered');
  expect(open).toHaveLength(3);
});

test('a tell not delivered stays open; items of cancelled contacts are left out', () => {
  const [pentagon, lab] = plan.contacts;
  if (!pentagon || !lab) throw new Error('the example plan has two contacts');
  const open = getOpenQuestions(
    [pentagon, { ...lab, status: 'cancelled' }],
    [outcome([{ itemId: ids.tellCorporateCommitment, kind: 'tell', result: 'not-delivered', reaction: '' }])],
  );
  expect(open.map((question) => question.state)).toEqual(['not-yet-recorded', 'not-yet-recorded', 'not-delivered']);
});
