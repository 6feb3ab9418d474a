import { expect, test } from 'vitest';
import { db } from '../../../src/data/db';
import { examplePlanIds as ids, loadExamplePlan } from '../../../src/data/example-plan';
import { contactsRepository } from '../../../src/data/repositories/contacts-repository';
import { debriefsRepository } from '../../../src/data/repositories/debriefs-repository';
import { outcomesRepository } from '../../../src/data/repositories/outcomes-repository';
import { addDays, todayCalendarDay } from '../../../src/domain/calendar-day';

test('only an attendee of a held contact may start a debrief, and only one each', async () => {
  await loadExamplePlan();
  await expect(debriefsRepository.startDraft(ids.pentagonMeeting, ids.janeDoe)).rejects.toThrow(
    'Jane Doe did not attend this contact, so cannot debrief it.',
  );
  await expect(debriefsRepository.startDraft(ids.labDemo, ids.janeDoe)).rejects.toThrow(
    'Mark the contact held before writing debriefs.',
  );
  const existing = await debriefsRepository.startDraft(ids.pentagonMeeting, ids.billKahn);
  expect(existing.id).toBe(ids.kahnDebrief);
  // The lab demo, planned for next week, was brought forward and held today.
  await contactsRepository.markHeld(ids.labDemo, {
    heldDate: todayCalendarDay(),
    heldStartTime: '15:45',
    heldEndTime: '16:40',
  });
  const started = await debriefsRepository.startDraft(ids.labDemo, ids.janeDoe);
  expect(started).toMatchObject({ status: 'draft', authorId: ids.janeDoe, itemResults: [] });
});

test('a submitted debrief stays as written', async () => {
  await loadExamplePlan();
  // The example's debriefs are submitted: neither saving nor submitting again changes them.
  const asLoaded = await db.debriefs.get(ids.kahnDebrief);
  expect(asLoaded?.status).toBe('submitted');
  await expect(debriefsRepository.saveDraft(ids.kahnDebrief, { notes: 'Changed afterwards' })).rejects.toThrow(
    'stays as written',
  );
  await debriefsRepository.submit(ids.kahnDebrief, { notes: 'Changed on a second submit' });
  expect(await db.debriefs.get(ids.kahnDebrief)).toEqual(asLoaded);

  // A new debrief: written as a draft, submitted, then fixed as it was submitted.
  await contactsRepository.markHeld(ids.labDemo, {
    heldDate: todayCalendarDay(),
    heldStartTime: null,
    heldEndTime: null,
  });
  const draft = await debriefsRepository.startDraft(ids.labDemo, ids.rickYen);
  await debriefsRepository.saveDraft(draft.id, { notes: 'First notes' });
  const submitted = await debriefsRepository.submit(draft.id, { notes: 'Final notes' });
  expect(submitted).toMatchObject({ status: 'submitted', notes: 'Final notes' });
  await expect(debriefsRepository.saveDraft(draft.id, { notes: 'Changed afterwards' })).rejects.toThrow(
    'stays as written',
  );
  expect((await db.debriefs.get(draft.id))?.notes).toBe('Final notes');
});

test('recording an outcome moves stages and creates action items in one go; amending keeps the debriefs', async () => {
  await loadExamplePlan();
  const debriefsBefore = await db.debriefs.toArray();
  const input = {
    contactId: ids.pentagonMeeting,
    itemResults: [
      {
        itemId: ids.askAcquisitionStrategy,
        kind: 'ask' as const,
        result: 'answered' as const,
        finding: 'Single award',
      },
      { itemId: ids.askOpinionOfPerformance, kind: 'ask' as const, result: 'partly' as const, finding: '' },
      { itemId: ids.tellCorporateCommitment, kind: 'tell' as const, result: 'delivered' as const, reaction: '' },
    ],
    summary: 'Good meeting',
    nextSteps: 'Follow up',
    stages: [{ stakeholderId: ids.generalJones, stage: 'likes-us' as const }],
    mergedFromDebriefIds: [ids.kahnDebrief, ids.kempDebrief],
    recordedWithout: [],
    newActionItems: [
      { text: 'Send the white paper', ownerId: ids.sueKemp, dueDate: addDays(todayCalendarDay(), 5) },
      { text: '  ', ownerId: null, dueDate: null },
    ],
  };
  const outcome = await outcomesRepository.recordOutcome(input);
  expect(outcome.stageChanges).toEqual([{ stakeholderId: ids.generalJones, from: 'knows-us', to: 'likes-us' }]);
  expect(outcome.recordedWithout).toEqual([]);
  expect((await db.stakeholders.get(ids.generalJones))?.relationshipStage).toBe('likes-us');
  expect(
    (await db.actionItems.toArray()).filter((item) => item.outcomeId === outcome.id).map((item) => item.text),
  ).toEqual(['Send the white paper']);

  // Amended: General Jones is where the first recording put him (likes us), so no new change.
  const amended = await outcomesRepository.recordOutcome({
    ...input,
    summary: 'Amended',
    stages: [{ stakeholderId: ids.generalJones, stage: 'likes-us' }],
    newActionItems: [],
  });
  expect(amended.id).toBe(outcome.id);
  expect(amended.summary).toBe('Amended');
  expect(amended.stageChanges).toEqual(outcome.stageChanges);
  expect(await db.outcomes.count()).toBe(1);
  expect(await db.debriefs.toArray()).toEqual(debriefsBefore);
});
