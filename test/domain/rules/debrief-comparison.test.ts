import { describe, expect, test } from 'vitest';
import { buildExamplePlan, examplePlanIds as ids } from '../../../src/data/example-plan';
import type { Debrief } from '../../../src/domain/debrief';
import { compareItems, compareStages, stageChangesFor } from '../../../src/domain/rules/debrief-comparison';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
const [pentagon] = plan.contacts;
const [kahn, kemp] = plan.debriefs as [Debrief, Debrief];
if (!pentagon) throw new Error('missing contact');
const byItem = (debriefs: Debrief[]) =>
  new Map(compareItems(pentagon, debriefs).map((comparison) => [comparison.item.id as string, comparison]));

describe('compareItems', () => {
  test('agreement: the shared result is proposed and both notes are kept', () => {
    const tell = byItem([kahn, kemp]).get(ids.tellCorporateCommitment);
    expect(tell?.disagreement).toBe('none');
    expect(tell?.proposed).toEqual({
      itemId: ids.tellCorporateCommitment,
      kind: 'tell',
      result: 'delivered',
      reaction: 'Nodded; asked for the investment figures in writing.\nInterested in the investment to date.',
    });
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
});

describe('compareStages and stageChangesFor', () => {
  test('different reads of a stakeholder are flagged; an agreed stage becomes a change from the current one', () => {
    const [jones] = compareStages([ids.generalJones], [kahn, kemp]);
    expect(jones?.disagreement).toBe('different-stage');
    expect(jones?.proposed).toBeNull();
    const [agreed] = compareStages(
      [ids.generalJones],
      [kahn, { ...kemp, stageObservations: [{ stakeholderId: ids.generalJones, stage: 'likes-us' }] }],
    );
    expect(agreed?.proposed).toBe('likes-us');
    const stakeholders = new Map(plan.stakeholders.map((person) => [person.id as string, person]));
    expect(stageChangesFor([{ stakeholderId: ids.generalJones, stage: 'likes-us' }], stakeholders)).toEqual([
      { stakeholderId: ids.generalJones, from: 'knows-us', to: 'likes-us' },
    ]);
    expect(stageChangesFor([{ stakeholderId: ids.generalJones, stage: 'knows-us' }], stakeholders)).toEqual([]);
  });
});
