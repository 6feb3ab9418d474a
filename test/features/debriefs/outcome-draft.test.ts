import { describe, expect, test } from 'vitest';
import { buildExamplePlan, examplePlanIds as ids } from '../../../src/data/example-plan';
import type { Debrief } from '../../../src/domain/debrief';
import type { Outcome } from '../../../src/domain/outcome';
import { compareItems, compareStages } from '../../../src/domain/rules/debrief-comparison';
import {
  agreedResultOf,
  initialActionLines,
  initialItemDrafts,
  initialStageChoices,
  takeVersion,
  writeAgreed,
} from '../../../src/features/debriefs/utils/outcome-draft';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
const [pentagon] = plan.contacts;
const [kahn, kemp] = plan.debriefs as [Debrief, Debrief];
if (!pentagon) throw new Error('missing contact');
const items = compareItems(pentagon, [kahn, kemp]);
const stages = compareStages(pentagon, [kahn, kemp]);
const strategy = items.find((comparison) => comparison.item.id === ids.askAcquisitionStrategy);
if (!strategy) throw new Error('missing item');
const outcome: Outcome = {
  id: '5b0d6a43-93c4-4f7a-9d0e-2f0c4c1a8e11' as Outcome['id'],
  contactId: pentagon.id,
  opportunityId: pentagon.opportunityId,
  itemResults: items.map(({ proposed }) =>
    proposed.kind === 'ask' ? { ...proposed, result: 'answered' } : { ...proposed, result: 'delivered' },
  ),
  summary: '',
  stageChanges: [],
  nextSteps: '',
  mergedFromDebriefIds: [kahn.id, kemp.id],
  recordedWithout: [],
  createdAt: '2026-11-23T12:00:00.000Z',
  updatedAt: '2026-11-23T12:00:00.000Z',
};

describe('the merge form starts', () => {
  test('with every point the accounts differ on undecided, sent with no agreed result', () => {
    const drafts = initialItemDrafts(items, null, [kahn, kemp]);
    expect(Object.values(drafts).map((draft) => draft.decision.kind)).toEqual(['undecided', 'undecided', 'undecided']);
    const first = drafts[ids.askAcquisitionStrategy];
    if (!first) throw new Error('missing draft');
    expect(agreedResultOf(first).result).toBeNull();
    expect(initialStageChoices(stages, plan.stakeholders, null, [kahn, kemp])).toEqual({ [ids.generalJones]: '' });
  });

  test('amending, with the decisions of the outcome while it was merged from the same debriefs; afresh otherwise', () => {
    const kept = initialItemDrafts(items, outcome, [kahn, kemp]);
    expect(Object.values(kept).map((draft) => draft.decision.kind)).toEqual(['kept', 'kept', 'kept']);
    const withoutSue = { ...outcome, mergedFromDebriefIds: [kahn.id] };
    expect(Object.values(initialItemDrafts(items, withoutSue, [kahn, kemp])).map((d) => d.decision.kind)).toEqual([
      'undecided',
      'undecided',
      'undecided',
    ]);
    expect(initialStageChoices(stages, plan.stakeholders, outcome, [kahn, kemp])).toEqual({
      [ids.generalJones]: 'knows-us',
    });
  });

  test('taking a version copies that account; writing starts from the proposal', () => {
    expect(takeVersion(strategy, ids.sueKemp)).toEqual({
      decision: { kind: 'version', authorId: ids.sueKemp },
      result: kemp.itemResults[0],
    });
    expect(writeAgreed(strategy)).toEqual({ decision: { kind: 'written' }, result: strategy.proposed });
  });

  test('with the debriefs’ proposed action items once each, none the contact already has', () => {
    const bill: Debrief = {
      ...kahn,
      proposedActionItems: [
        { text: 'Send thank-you letter', ownerId: null, dueDate: null },
        { text: 'Get the acquisition strategy briefing from the PEO staff.', ownerId: null, dueDate: null },
      ],
    };
    const sue: Debrief = {
      ...kemp,
      proposedActionItems: [{ text: 'send the thank you letter', ownerId: ids.sueKemp, dueDate: '2026-12-01' }],
    };
    expect(initialActionLines([bill, sue], plan.actionItems)).toEqual([
      { text: 'Send thank-you letter', ownerId: ids.sueKemp, dueDate: '2026-12-01' },
    ]);
  });
});
