import { expect, test } from 'vitest';
import { buildExamplePlan, examplePlanIds as ids } from '../../../src/data/example-plan';
import type { Debrief } from '../../../src/domain/debrief';
import { debriefsVisibleTo } from '../../../src/domain/rules/debrief-visibility';

// The example's two debriefs, submitted; each test says which are still drafts.
const [kahnSubmitted, kempSubmitted] = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23').debriefs as [
  Debrief,
  Debrief,
];
const draft = (debrief: Debrief): Debrief => ({ ...debrief, status: 'draft', submittedAt: null });
const kahn = draft(kahnSubmitted);
const kemp = draft(kempSubmitted);
const submitted = (debrief: Debrief): Debrief => ({
  ...debrief,
  status: 'submitted',
  submittedAt: '2026-11-17T14:30:00.000Z',
});

test('the example’s debriefs are both submitted', () => {
  expect([kahnSubmitted.status, kempSubmitted.status]).toEqual(['submitted', 'submitted']);
  expect(authors(debriefsVisibleTo(ids.billKahn, [kahnSubmitted, kempSubmitted], attendees))).toEqual([
    ids.billKahn,
    ids.sueKemp,
  ]);
});
const attendees = [ids.billKahn, ids.sueKemp];
const authors = (debriefs: Debrief[]) => debriefs.map((debrief) => debrief.authorId);

test('before submitting, an attendee sees only their own debrief — not the other’s draft, nor their submitted one', () => {
  expect(authors(debriefsVisibleTo(ids.billKahn, [kahn, kemp], attendees))).toEqual([ids.billKahn]);
  expect(authors(debriefsVisibleTo(ids.billKahn, [kahn, submitted(kemp)], attendees))).toEqual([ids.billKahn]);
});

test('after submitting, an attendee sees the other’s submitted debrief, never their draft', () => {
  expect(authors(debriefsVisibleTo(ids.billKahn, [submitted(kahn), kemp], attendees))).toEqual([ids.billKahn]);
  expect(authors(debriefsVisibleTo(ids.billKahn, [submitted(kahn), submitted(kemp)], attendees))).toEqual([
    ids.billKahn,
    ids.sueKemp,
  ]);
});

test('someone who did not attend sees the submitted debriefs only', () => {
  expect(authors(debriefsVisibleTo(ids.janeDoe, [submitted(kahn), kemp], attendees))).toEqual([ids.billKahn]);
});
