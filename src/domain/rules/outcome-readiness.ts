import type { Contact } from '../contact';
import type { Debrief } from '../debrief';
import type { ContactItemId, DebriefId, StakeholderId, TeamMemberId } from '../ids';
import type { ItemResult } from '../item-result';
import type { RecordedWithout } from '../outcome';
import type { RelationshipStage } from '../stakeholder';
import { joinLabels } from '../field-labels';
import { attendeesWaitedFor, compareItems, compareStages, isStageToSettle } from './debrief-comparison';

/**
 * The outcome is the team's, not one person's. It is recorded when every attendee's debrief is
 * submitted, or when the team says in words why it goes ahead without someone's; and every point
 * the accounts do not agree on has been decided. The form and the repository ask the same
 * question here, so what the form lets through the repository accepts, and a stale or modified
 * client is refused all the same.
 */
export type OutcomeProblem =
  /** Attendees with no submitted debrief, and no "record without" for them. */
  | { kind: 'debrief-missing'; teamMemberIds: TeamMemberId[] }
  /** "Record without" chosen, but no reason given. */
  | { kind: 'reason-missing'; teamMemberIds: TeamMemberId[] }
  /** Debriefs submitted after the merge began: their accounts were not compared. */
  | { kind: 'debrief-not-compared'; teamMemberIds: TeamMemberId[] }
  /** Items some account recorded (or the accounts differ on) with no agreed result. */
  | { kind: 'item-undecided'; itemIds: ContactItemId[] }
  /** Stakeholders the accounts put at different stages, with no stage chosen. */
  | { kind: 'stage-undecided'; stakeholderIds: StakeholderId[] };

export type OutcomeProposal = {
  itemResults: readonly ItemResult[];
  /** The agreed stage per stakeholder met; null = not chosen (allowed only where the accounts agree). */
  stages: readonly { stakeholderId: StakeholderId; stage: RelationshipStage | null }[];
  recordedWithout: readonly { teamMemberId: TeamMemberId; reason: string }[];
  /** The debriefs the merge was made from; one submitted since then was not compared. */
  mergedFromDebriefIds: readonly DebriefId[];
};

/** The "record without" entries that count: attendees still missing a submitted debrief, reasons trimmed. */
export const recordedWithoutFor = (
  contact: Pick<Contact, 'attendeeIds'>,
  debriefs: readonly Debrief[],
  entries: OutcomeProposal['recordedWithout'],
): RecordedWithout[] => {
  const waiting = new Set<string>(attendeesWaitedFor(contact, debriefs));
  const seen = new Set<string>();
  return entries.flatMap((entry) => {
    if (!waiting.has(entry.teamMemberId) || seen.has(entry.teamMemberId)) return [];
    seen.add(entry.teamMemberId);
    return [{ teamMemberId: entry.teamMemberId, reason: entry.reason.trim() }];
  });
};

/** Every reason the proposed outcome cannot be recorded yet; empty when it can. */
export const outcomeProblems = (
  contact: Pick<Contact, 'items' | 'attendeeIds' | 'stakeholderIds'>,
  debriefs: readonly Debrief[],
  proposal: OutcomeProposal,
): OutcomeProblem[] => {
  const problems: OutcomeProblem[] = [];
  const items = compareItems(contact, debriefs);
  const stages = compareStages(contact, debriefs);
  const waitingFor = attendeesWaitedFor(contact, debriefs);
  const without = recordedWithoutFor(contact, debriefs, proposal.recordedWithout);

  const notExcused = waitingFor.filter((id) => !without.some((entry) => entry.teamMemberId === id));
  if (notExcused.length > 0) problems.push({ kind: 'debrief-missing', teamMemberIds: notExcused });
  const noReason = without.filter((entry) => entry.reason === '').map((entry) => entry.teamMemberId);
  if (noReason.length > 0) problems.push({ kind: 'reason-missing', teamMemberIds: noReason });

  const notCompared = debriefs
    .filter((debrief) => debrief.status === 'submitted' && !proposal.mergedFromDebriefIds.includes(debrief.id))
    .map((debrief) => debrief.authorId);
  if (notCompared.length > 0) problems.push({ kind: 'debrief-not-compared', teamMemberIds: notCompared });

  const undecidedItems = items
    .filter((comparison) => comparison.accounts.some((account) => account.result))
    .filter((comparison) => {
      const agreed = proposal.itemResults.find((result) => result.itemId === comparison.item.id);
      return !agreed || agreed.kind !== comparison.item.kind || agreed.result === null;
    })
    .map((comparison) => comparison.item.id);
  if (undecidedItems.length > 0) problems.push({ kind: 'item-undecided', itemIds: undecidedItems });

  const undecidedStages = stages
    .filter((comparison) => isStageToSettle(comparison.disagreement))
    .filter(
      (comparison) => !proposal.stages.some((entry) => entry.stakeholderId === comparison.stakeholderId && entry.stage),
    )
    .map((comparison) => comparison.stakeholderId);
  if (undecidedStages.length > 0) problems.push({ kind: 'stage-undecided', stakeholderIds: undecidedStages });
  return problems;
};

export type OutcomeNames = {
  teamMember: (id: TeamMemberId) => string;
  stakeholder: (id: StakeholderId) => string;
  item: (id: ContactItemId) => string;
};

const quoted = (texts: readonly string[]) => joinLabels(texts.map((text) => `“${text}”`));

/** The problem in words, naming who and what (the names come from the caller's records). */
export const describeOutcomeProblem = (problem: OutcomeProblem, names: OutcomeNames): string => {
  switch (problem.kind) {
    case 'debrief-missing': {
      const who = joinLabels(problem.teamMemberIds.map(names.teamMember));
      return problem.teamMemberIds.length === 1
        ? `${who} has not submitted a debrief yet. Wait for it, or record the outcome without ${who} and say why.`
        : `${who} have not submitted their debriefs yet. Wait for them, or record the outcome without them and say why.`;
    }
    case 'reason-missing':
      return `Say why the outcome is recorded without ${joinLabels(problem.teamMemberIds.map(names.teamMember))}.`;
    case 'debrief-not-compared': {
      const who = joinLabels(problem.teamMemberIds.map(names.teamMember));
      return `${who} submitted a debrief after this merge began: compare it before recording the outcome.`;
    }
    case 'item-undecided':
      return `Decide the agreed result of ${quoted(problem.itemIds.map(names.item))}: take one attendee’s version or write the agreed one.`;
    case 'stage-undecided':
      return `Choose the relationship stage of ${joinLabels(problem.stakeholderIds.map(names.stakeholder))}: the debriefs name different stages.`;
  }
};

/** Which product rule a problem breaks (the repository's refusal names it). */
export const outcomeProblemRule = (problem: OutcomeProblem) =>
  problem.kind === 'item-undecided' || problem.kind === 'stage-undecided'
    ? ('outcome-undecided-points' as const)
    : ('outcome-needs-every-debrief' as const);
