import type { ActionItem } from '../../../domain/action-item';
import type { Debrief } from '../../../domain/debrief';
import type { TeamMemberId } from '../../../domain/ids';
import type { ItemResult } from '../../../domain/item-result';
import type { Outcome } from '../../../domain/outcome';
import {
  isPointToSettle,
  isStageToSettle,
  type ItemComparison,
  type StageComparison,
} from '../../../domain/rules/debrief-comparison';
import { isSameActionItem, offerActionItemsOnce } from '../../../domain/rules/similar-action-items';
import type { RelationshipStage, Stakeholder } from '../../../domain/stakeholder';

/**
 * The merge form's starting point and its pure steps. How each item came to its agreed result:
 * agreed by the accounts, kept from the outcome being amended, one attendee's version taken, or
 * written by the team — or not decided yet, which a point the accounts differ on starts as.
 */
export type ItemDecision =
  | { kind: 'agreed' }
  | { kind: 'kept' }
  | { kind: 'undecided' }
  | { kind: 'version'; authorId: TeamMemberId }
  | { kind: 'written' };

export type ItemDraft = { decision: ItemDecision; result: ItemResult };

/** An amended outcome's decisions stand while it was merged from exactly the debriefs submitted now. */
export const isMergedFrom = (outcome: Outcome | null, submitted: readonly Debrief[]): outcome is Outcome =>
  outcome !== null &&
  outcome.mergedFromDebriefIds.length === submitted.length &&
  submitted.every((debrief) => outcome.mergedFromDebriefIds.includes(debrief.id));

export const initialItemDrafts = (
  items: readonly ItemComparison[],
  outcome: Outcome | null,
  submitted: readonly Debrief[],
): Record<string, ItemDraft> => {
  const isSameMerge = isMergedFrom(outcome, submitted);
  return Object.fromEntries(
    items.map((comparison): [string, ItemDraft] => {
      const recorded = outcome?.itemResults.find(
        (result) => result.itemId === comparison.item.id && result.kind === comparison.item.kind,
      );
      if (recorded && isSameMerge && (recorded.result !== null || !isPointToSettle(comparison.disagreement)))
        return [comparison.item.id, { decision: { kind: 'kept' }, result: recorded }];
      if (isPointToSettle(comparison.disagreement))
        return [comparison.item.id, { decision: { kind: 'undecided' }, result: comparison.proposed }];
      return [comparison.item.id, { decision: { kind: 'agreed' }, result: recorded ?? comparison.proposed }];
    }),
  );
};

/** Taking an attendee's version: their result and note, as they submitted them. */
export const takeVersion = (comparison: ItemComparison, authorId: TeamMemberId): ItemDraft | null => {
  const account = comparison.accounts.find((candidate) => candidate.authorId === authorId)?.result;
  return account ? { decision: { kind: 'version', authorId }, result: { ...account } } : null;
};

/** Writing the agreed result: starting from the proposal (the common result if any, every note kept). */
export const writeAgreed = (comparison: ItemComparison): ItemDraft => ({
  decision: { kind: 'written' },
  result: comparison.proposed,
});

/** What the form sends for an item: an undecided one has no agreed result yet. */
export const agreedResultOf = (draft: ItemDraft): ItemResult =>
  draft.decision.kind === 'undecided' ? { ...draft.result, result: null } : draft.result;

/**
 * The stage to start from: an explicit choice still to make ('') where the accounts name different
 * stages; else the stage they agree on, or the stakeholder's current one (no change).
 */
export const initialStageChoices = (
  stages: readonly StageComparison[],
  stakeholders: readonly Pick<Stakeholder, 'id' | 'relationshipStage'>[],
  outcome: Outcome | null,
  submitted: readonly Debrief[],
): Record<string, RelationshipStage | ''> => {
  const isSameMerge = isMergedFrom(outcome, submitted);
  return Object.fromEntries(
    stages.map((comparison) => {
      const current = stakeholders.find((person) => person.id === comparison.stakeholderId)?.relationshipStage;
      if (isStageToSettle(comparison.disagreement) && !isSameMerge) return [comparison.stakeholderId, ''];
      return [comparison.stakeholderId, (isSameMerge ? current : (comparison.proposed ?? current)) ?? ''];
    }),
  );
};

export type ActionLine = { text: string; ownerId: string; dueDate: string };

/** The debriefs' proposals, once each, leaving out those the contact already has (rules/similar-action-items.ts). */
export const initialActionLines = (
  submitted: readonly Debrief[],
  existing: readonly Pick<ActionItem, 'text'>[],
): ActionLine[] =>
  offerActionItemsOnce(
    submitted.flatMap((debrief) => debrief.proposedActionItems),
    existing,
  ).map((item) => ({ text: item.text, ownerId: item.ownerId ?? '', dueDate: item.dueDate ?? '' }));

/** The action item a line would repeat (of the contact, or an earlier line): it is not created twice. */
export const repeatedActionItem = (
  lines: readonly ActionLine[],
  index: number,
  existing: readonly Pick<ActionItem, 'text'>[],
): string | null => {
  const text = lines[index]?.text ?? '';
  const earlier = [...existing.map((item) => item.text), ...lines.slice(0, index).map((line) => line.text)];
  return earlier.find((other) => isSameActionItem(text, other)) ?? null;
};
