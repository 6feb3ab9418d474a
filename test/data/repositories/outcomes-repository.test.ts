import { expect, test } from 'vitest';
import { db } from '../../../src/data/db';
import { RuleViolationError } from '../../../src/data/errors';
import { examplePlanIds as ids, loadExamplePlan } from '../../../src/data/example-plan';
import { debriefsRepository } from '../../../src/data/repositories/debriefs-repository';
import { outcomesRepository, type RecordOutcomeInput } from '../../../src/data/repositories/outcomes-repository';

/**
 * The outcome is the team's: the repository refuses it (writing nothing) while an attendee's
 * debrief is missing without a stated reason, or a point the debriefs differ on is undecided.
 * The example's meeting: Bill Kahn and Sue Kemp both submitted, and they disagree on the
 * acquisition strategy and our performance, wrote different reactions to the commitment message,
 * and read General Jones differently (likes us / knows us).
 */
const decided: RecordOutcomeInput = {
  contactId: ids.pentagonMeeting,
  itemResults: [
    { itemId: ids.askAcquisitionStrategy, kind: 'ask', result: 'answered', finding: 'Single award' },
    { itemId: ids.askOpinionOfPerformance, kind: 'ask', result: 'partly', finding: 'Late delivery remembered' },
    { itemId: ids.tellCorporateCommitment, kind: 'tell', result: 'delivered', reaction: 'Wants the figures' },
  ],
  summary: 'Single award; repair the late-delivery story.',
  nextSteps: '',
  stages: [{ stakeholderId: ids.generalJones, stage: 'likes-us' }],
  mergedFromDebriefIds: [ids.kahnDebrief, ids.kempDebrief],
  recordedWithout: [],
  newActionItems: [{ text: 'Send the KPI white paper', ownerId: ids.sueKemp, dueDate: null }],
};

/** Everything a refused recording could have touched. */
const snapshot = async () => ({
  outcomes: await db.outcomes.toArray(),
  stakeholders: await db.stakeholders.toArray(),
  actionItems: await db.actionItems.toArray(),
  debriefs: await db.debriefs.toArray(),
});

const refusal = async (input: RecordOutcomeInput) => {
  const before = await snapshot();
  const error: unknown = await outcomesRepository.recordOutcome(input).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RuleViolationError);
  expect(await snapshot()).toEqual(before);
  return error as RuleViolationError;
};

test('an attendee’s debrief missing, with no “record without”, is refused naming them; nothing is written', async () => {
  await loadExamplePlan();
  // Sue Kemp reopens her debrief to change it: her account is no longer in.
  await debriefsRepository.reopen(ids.kempDebrief);
  const error = await refusal({ ...decided, mergedFromDebriefIds: [ids.kahnDebrief] });
  expect(error.rule).toBe('outcome-needs-every-debrief');
  expect(error.message).toBe(
    'Sue Kemp has not submitted a debrief yet. Wait for it, or record the outcome without Sue Kemp and say why. Nothing was saved.',
  );
});

test('“record without” needs a reason; with one the outcome is saved and keeps who and why', async () => {
  await loadExamplePlan();
  await debriefsRepository.reopen(ids.kempDebrief);
  const withoutSue = { ...decided, mergedFromDebriefIds: [ids.kahnDebrief] };
  const noReason = await refusal({ ...withoutSue, recordedWithout: [{ teamMemberId: ids.sueKemp, reason: '   ' }] });
  expect(noReason.rule).toBe('outcome-needs-every-debrief');
  expect(noReason.message).toBe('Say why the outcome is recorded without Sue Kemp. Nothing was saved.');

  const outcome = await outcomesRepository.recordOutcome({
    ...withoutSue,
    recordedWithout: [
      { teamMemberId: ids.sueKemp, reason: '  On leave for two weeks; her notes are in the summary. ' },
      // Bill Kahn submitted: an entry for him means nothing and is not kept.
      { teamMemberId: ids.billKahn, reason: 'Not needed' },
    ],
  });
  expect(outcome.recordedWithout).toEqual([
    { teamMemberId: ids.sueKemp, reason: 'On leave for two weeks; her notes are in the summary.' },
  ]);
  expect(outcome.mergedFromDebriefIds).toEqual([ids.kahnDebrief]);
  expect((await db.outcomes.get(outcome.id))?.recordedWithout).toEqual(outcome.recordedWithout);

  // Once Sue Kemp submits again, an amended outcome merges her account and is no longer "without" her.
  await debriefsRepository.submit(ids.kempDebrief);
  const amended = await outcomesRepository.recordOutcome({
    ...decided,
    recordedWithout: [{ teamMemberId: ids.sueKemp, reason: 'On leave' }],
  });
  expect(amended.recordedWithout).toEqual([]);
  expect(amended.mergedFromDebriefIds).toEqual([ids.kahnDebrief, ids.kempDebrief]);
});

test('a point the debriefs differ on, left undecided, is refused naming it; so is a stage they read differently', async () => {
  await loadExamplePlan();
  const [strategy, opinion, commitment] = decided.itemResults;
  if (!strategy || !opinion || !commitment) throw new Error('missing results');
  const undecided = await refusal({
    ...decided,
    itemResults: [{ ...strategy, result: null }, opinion],
    stages: [{ stakeholderId: ids.generalJones, stage: null }],
  });
  expect(undecided.rule).toBe('outcome-undecided-points');
  expect(undecided.message).toBe(
    'Decide the agreed result of “What is the acquisition strategy?” and “Express corporate commitment to this program and investment to date”: take one attendee’s version or write the agreed one. Choose the relationship stage of General Jones: the debriefs name different stages. Nothing was saved.',
  );

  // The stage alone: a disagreement needs a stage chosen, even the one he is at now.
  const stage = await refusal({ ...decided, stages: [] });
  expect(stage.rule).toBe('outcome-undecided-points');
  expect(stage.message).toContain('Choose the relationship stage of General Jones');
  const kept = await outcomesRepository.recordOutcome({
    ...decided,
    stages: [{ stakeholderId: ids.generalJones, stage: 'knows-us' }],
  });
  expect(kept.stageChanges).toEqual([]);
});

test('a debrief submitted after the merge began is refused until it is compared', async () => {
  await loadExamplePlan();
  const error = await refusal({ ...decided, mergedFromDebriefIds: [ids.kahnDebrief] });
  expect(error.message).toBe(
    'Sue Kemp submitted a debrief after this merge began: compare it before recording the outcome. Nothing was saved.',
  );
});

test('near-identical action items are created once, and not again when the contact has them or on amend', async () => {
  await loadExamplePlan();
  const outcome = await outcomesRepository.recordOutcome({
    ...decided,
    newActionItems: [
      { text: 'Send thank-you letter', ownerId: null, dueDate: null },
      { text: 'send thank you letter.', ownerId: ids.billKahn, dueDate: '2030-01-10' },
      { text: 'Send the thank-you letter', ownerId: ids.sueKemp, dueDate: null },
      // The example already has this one for the meeting, in other words.
      { text: 'get the acquisition-strategy briefing from the PEO staff!', ownerId: null, dueDate: null },
    ],
  });
  const created = (await db.actionItems.toArray()).filter((item) => item.outcomeId === outcome.id);
  expect(created.map(({ text, ownerId, dueDate }) => ({ text, ownerId, dueDate }))).toEqual([
    { text: 'Send thank-you letter', ownerId: ids.billKahn, dueDate: '2030-01-10' },
  ]);

  await outcomesRepository.recordOutcome({
    ...decided,
    newActionItems: [{ text: 'Send the thank you letter', ownerId: null, dueDate: null }],
  });
  expect(await db.actionItems.where('contactId').equals(ids.pentagonMeeting).count()).toBe(3);
});
