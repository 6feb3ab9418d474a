import { describe, expect, test } from 'vitest';
import { buildExamplePlan, examplePlanIds as ids } from '../../../src/data/example-plan';
import type { Debrief } from '../../../src/domain/debrief';
import { compareItems } from '../../../src/domain/rules/debrief-comparison';
import {
  describeOutcomeProblem,
  outcomeProblems,
  recordedWithoutFor,
  type OutcomeProposal,
} from '../../../src/domain/rules/outcome-readiness';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
const [pentagon] = plan.contacts;
const [kahn, kemp] = plan.debriefs as [Debrief, Debrief];
if (!pentagon) throw new Error('missing contact');
const kempDraft: Debrief = { ...kemp, status: 'draft', submittedAt: null };
const names = {
  teamMember: (id: string) => plan.teamMembers.find((person) => person.id === id)?.name ?? '?',
  stakeholder: (id: string) => plan.stakeholders.find((person) => person.id === id)?.name ?? '?',
  item: (id: string) => pentagon.items.find((item) => item.id === id)?.text ?? '?',
};
/** Bill Kahn's account taken for every item, as "take his version" does. */
const kahnsVersion = (recordedWithout: OutcomeProposal['recordedWithout']): OutcomeProposal => ({
  itemResults: kahn.itemResults,
  stages: [{ stakeholderId: ids.generalJones, stage: 'likes-us' }],
  recordedWithout,
  mergedFromDebriefIds: [kahn.id],
});

describe('outcomeProblems', () => {
  test('a missing account must be waited for or excused with a reason', () => {
    const debriefs = [kahn, kempDraft];
    expect(outcomeProblems(pentagon, debriefs, kahnsVersion([]))).toEqual([
      { kind: 'debrief-missing', teamMemberIds: [ids.sueKemp] },
    ]);
    expect(
      outcomeProblems(pentagon, debriefs, kahnsVersion([{ teamMemberId: ids.sueKemp, reason: ' ' }])).map((problem) =>
        describeOutcomeProblem(problem, names),
      ),
    ).toEqual(['Say why the outcome is recorded without Sue Kemp.']);
    expect(
      outcomeProblems(pentagon, debriefs, kahnsVersion([{ teamMemberId: ids.sueKemp, reason: 'On leave' }])),
    ).toEqual([]);
    expect(describeOutcomeProblem({ kind: 'debrief-missing', teamMemberIds: [ids.billKahn, ids.sueKemp] }, names)).toBe(
      'Bill Kahn and Sue Kemp have not submitted their debriefs yet. Wait for them, or record the outcome without them and say why.',
    );
  });

  test('the proposal as compared, unsettled, is refused for each point the accounts differ on', () => {
    const proposed = compareItems(pentagon, [kahn, kemp]).map((comparison) => comparison.proposed);
    const problems = outcomeProblems(pentagon, [kahn, kemp], {
      itemResults: proposed,
      stages: [{ stakeholderId: ids.generalJones, stage: null }],
      recordedWithout: [],
      mergedFromDebriefIds: [kahn.id, kemp.id],
    });
    // Different notes under one result propose that result: the repository accepts it (the form asks to settle it).
    expect(problems).toEqual([
      { kind: 'item-undecided', itemIds: [ids.askAcquisitionStrategy, ids.askOpinionOfPerformance] },
      { kind: 'stage-undecided', stakeholderIds: [ids.generalJones] },
    ]);
  });

  test('an item nobody recorded may stay without a result', () => {
    const blank = (debrief: Debrief): Debrief => ({ ...debrief, itemResults: [] });
    expect(
      outcomeProblems(pentagon, [blank(kahn), blank(kemp)], {
        itemResults: [],
        stages: [{ stakeholderId: ids.generalJones, stage: 'likes-us' }],
        recordedWithout: [],
        mergedFromDebriefIds: [kahn.id, kemp.id],
      }),
    ).toEqual([]);
  });
});

test('recordedWithoutFor keeps one entry per attendee still missing, reasons trimmed', () => {
  expect(
    recordedWithoutFor(
      pentagon,
      [kahn, kempDraft],
      [
        { teamMemberId: ids.sueKemp, reason: ' On leave ' },
        { teamMemberId: ids.sueKemp, reason: 'Twice' },
        { teamMemberId: ids.billKahn, reason: 'He submitted' },
        { teamMemberId: ids.janeDoe, reason: 'Not an attendee' },
      ],
    ),
  ).toEqual([{ teamMemberId: ids.sueKemp, reason: 'On leave' }]);
});
