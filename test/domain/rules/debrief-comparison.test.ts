import { describe, expect, test } from 'vitest';
import { buildExamplePlan, examplePlanIds as ids } from '../../../src/data/example-plan';
import type { Debrief } from '../../../src/domain/debrief';
import {
  attendeesWaitedFor,
  compareItems,
  compareStages,
  isPointToSettle,
  stageChangesFor,
} from '../../../src/domain/rules/debrief-comparison';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
const [pentagon] = plan.contacts;
const [kahn, kemp] = plan.debriefs as [Debrief, Debrief];
if (!pentagon) throw new Error('missing contact');
const byItem = (debriefs: Debrief[]) =>
  new Map(compareItems(pentagon, debriefs).map((comparison) => [comparison.item.id as string, comparison]));
const asDraft = (debrief: Debrief): Debrief => ({ ...debrief, status: 'draft', submittedAt: null });
/** Kemp's account with the commitment message told, and the reaction written as Kahn wrote it. */
const kempAgreeingOnCommitment: Debrief = {
  ...kemp,
  itemResults: kemp.itemResults.map((result) =>
    result.kind === 'tell'
      ? { ...result, reaction: '  nodded; ASKED for the investment figures in writing. ' }
      : result,
  ),
};

describe('compareItems', () => {
  test('agreement: the same result and the same note (spacing and capitals aside), every account in', () => {
    const tell = byItem([kahn, kempAgreeingOnCommitment]).get(ids.tellCorporateCommitment);
    expect(tell?.disagreement).toBe('none');
    expect(tell?.waitingFor).toEqual([]);
    expect(tell?.proposed).toEqual({
      itemId: ids.tellCorporateCommitment,
      kind: 'tell',
      result: 'delivered',
      reaction: 'Nodded; asked for the investment figures in writing.',
    });
  });

  test('the same result with different notes is a point to settle, both notes kept in the proposal', () => {
    const tell = byItem([kahn, kemp]).get(ids.tellCorporateCommitment);
    expect(tell?.disagreement).toBe('different-notes');
    expect(isPointToSettle('different-notes')).toBe(true);
    expect(tell?.accounts.map((account) => account.result)).toEqual([
      expect.objectContaining({ reaction: 'Nodded; asked for the investment figures in writing.' }),
      expect.objectContaining({ reaction: 'Interested in the investment to date.' }),
    ]);
    expect(tell?.proposed).toMatchObject({
      result: 'delivered',
      reaction: 'Nodded; asked for the investment figures in writing.\nInterested in the investment to date.',
    });
  });

  test('a blank note contradicts nothing: the one note written is proposed, and they agree', () => {
    const kempBlank: Debrief = {
      ...kemp,
      itemResults: kemp.itemResults.map((result) => (result.kind === 'tell' ? { ...result, reaction: ' ' } : result)),
    };
    const tell = byItem([kahn, kempBlank]).get(ids.tellCorporateCommitment);
    expect(tell?.disagreement).toBe('none');
    expect(tell?.proposed).toMatchObject({ reaction: 'Nodded; asked for the investment figures in writing.' });
  });

  test('disagreement: different results are flagged and nothing is proposed', () => {
    const strategy = byItem([kahn, kemp]).get(ids.askAcquisitionStrategy);
    expect(strategy?.disagreement).toBe('different-result');
    expect(strategy?.accounts.map((account) => account.result?.result)).toEqual(['answered', 'partly']);
    expect(strategy?.proposed.result).toBeNull();
  });

  test('an item only one debrief recorded is flagged, and that account is proposed', () => {
    const onlyKahn: Debrief = {
      ...kemp,
      itemResults: kemp.itemResults.filter((result) => result.itemId !== ids.askOpinionOfPerformance),
    };
    const opinion = byItem([kahn, onlyKahn]).get(ids.askOpinionOfPerformance);
    expect(opinion?.disagreement).toBe('only-some-noticed');
    expect(opinion?.proposed).toMatchObject({
      result: 'partly',
      finding: 'Satisfied overall, but remembers our late delivery on the last contract.',
    });
  });

  test('an item nobody recorded is flagged as such', () => {
    const blank = (debrief: Debrief): Debrief => ({ ...debrief, itemResults: [] });
    expect(byItem([blank(kahn), blank(kemp)]).get(ids.askAcquisitionStrategy)?.disagreement).toBe('nobody-recorded');
  });

  test('an attendee who has not submitted is waited for, never counted as agreeing', () => {
    // Sue Kemp's account is a draft: she has not submitted, so nothing she wrote counts.
    for (const debriefs of [[kahn], [kahn, asDraft(kempAgreeingOnCommitment)]]) {
      const tell = byItem(debriefs).get(ids.tellCorporateCommitment);
      expect(tell?.accounts.map((account) => account.authorId)).toEqual([ids.billKahn]);
      expect(tell?.waitingFor).toEqual([ids.sueKemp]);
      expect(tell?.disagreement).toBe('awaiting');
      expect(isPointToSettle('awaiting')).toBe(false);
      expect(tell?.proposed).toMatchObject({ result: 'delivered' });
    }
    expect(attendeesWaitedFor(pentagon, [asDraft(kahn), kemp])).toEqual([ids.billKahn]);
    expect(attendeesWaitedFor(pentagon, [])).toEqual([ids.billKahn, ids.sueKemp]);
    expect(compareItems(pentagon, []).map((comparison) => comparison.disagreement)).toEqual([
      'nobody-recorded',
      'nobody-recorded',
      'nobody-recorded',
    ]);
  });

  test('accounts follow the contact’s attendee order, not the order the debriefs were stored in', () => {
    const strategy = byItem([kemp, kahn]).get(ids.askAcquisitionStrategy);
    expect(strategy?.accounts.map((account) => account.authorId)).toEqual([ids.billKahn, ids.sueKemp]);
  });
});

describe('compareStages and stageChangesFor', () => {
  test('different reads of a stakeholder are flagged; an agreed stage becomes a change from the current one', () => {
    const [jones] = compareStages(pentagon, [kahn, kemp]);
    expect(jones?.disagreement).toBe('different-stage');
    expect(jones?.proposed).toBeNull();
    const [agreed] = compareStages(pentagon, [
      kahn,
      { ...kemp, stageObservations: [{ stakeholderId: ids.generalJones, stage: 'likes-us' }] },
    ]);
    expect(agreed?.disagreement).toBe('none');
    expect(agreed?.proposed).toBe('likes-us');
    const stakeholders = new Map(plan.stakeholders.map((person) => [person.id as string, person]));
    expect(stageChangesFor([{ stakeholderId: ids.generalJones, stage: 'likes-us' }], stakeholders)).toEqual([
      { stakeholderId: ids.generalJones, from: 'knows-us', to: 'likes-us' },
    ]);
    expect(stageChangesFor([{ stakeholderId: ids.generalJones, stage: 'knows-us' }], stakeholders)).toEqual([]);
  });

  test('with one account in, its stage is proposed but the other attendee is waited for', () => {
    const [jones] = compareStages(pentagon, [kahn, asDraft(kemp)]);
    expect(jones).toMatchObject({ disagreement: 'awaiting', waitingFor: [ids.sueKemp], proposed: 'likes-us' });
  });
});
