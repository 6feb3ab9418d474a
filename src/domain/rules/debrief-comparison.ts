import type { Contact, ContactItem } from '../contact';
import type { Debrief } from '../debrief';
import type { DebriefId, StakeholderId, TeamMemberId } from '../ids';
import type { ItemResult } from '../item-result';
import type { StageChange } from '../outcome';
import type { RelationshipStage, Stakeholder } from '../stakeholder';

/**
 * Two of ours attend so that two independent accounts can be compared: where they differ is where
 * memory or interpretation failed, and the team must agree before it is recorded. Only submitted
 * debriefs are accounts; an attendee whose debrief is not submitted is waited for, never counted as
 * agreeing.
 */
export type ItemDisagreement =
  /** Every attendee's account is in, with the same result and nothing learned that differs. */
  | 'none'
  /** The accounts that are in agree, but an attendee's account is not in yet: not agreement. */
  | 'awaiting'
  | 'different-result'
  /** The same result, but what was learned (or the reaction) was written differently. */
  | 'different-notes'
  /** Some accounts recorded a result for it, others did not. */
  | 'only-some-noticed'
  | 'nobody-recorded';

export type StageDisagreement = 'none' | 'awaiting' | 'different-stage' | 'only-some-noticed' | 'nobody-recorded';

/** One submitted debrief's account of an item (undefined result = not filled in). */
export type ItemAccount = { debriefId: DebriefId; authorId: TeamMemberId; result: ItemResult | undefined };

export type ItemComparison = {
  item: ContactItem;
  /** Each submitted debrief's account, in the contact's attendee order. */
  accounts: ItemAccount[];
  /** Attendees whose debrief is not submitted (not started, or still a draft). */
  waitingFor: TeamMemberId[];
  disagreement: ItemDisagreement;
  /** The result to propose when merging: the agreed one (else none), with every distinct note kept. */
  proposed: ItemResult;
};

export type StageComparison = {
  stakeholderId: StakeholderId;
  observations: { authorId: TeamMemberId; stage: RelationshipStage | null }[];
  waitingFor: TeamMemberId[];
  disagreement: StageDisagreement;
  proposed: RelationshipStage | null;
};

type Attended = Pick<Contact, 'attendeeIds'>;

/**
 * The submitted debriefs in the order the contact lists its attendees (the order they were stored
 * in means nothing); a debrief by someone no longer listed comes last.
 */
export const submittedAccounts = (contact: Attended, debriefs: readonly Debrief[]): Debrief[] => {
  const order = (authorId: TeamMemberId) => {
    const index = contact.attendeeIds.indexOf(authorId);
    return index === -1 ? contact.attendeeIds.length : index;
  };
  return debriefs
    .filter((debrief) => debrief.status === 'submitted')
    .toSorted((a, b) => order(a.authorId) - order(b.authorId));
};

/** Attendees of the contact with no submitted debrief: the accounts still to come. */
export const attendeesWaitedFor = (contact: Attended, debriefs: readonly Debrief[]): TeamMemberId[] =>
  contact.attendeeIds.filter(
    (attendeeId) => !debriefs.some((debrief) => debrief.authorId === attendeeId && debrief.status === 'submitted'),
  );

/** Points the team must settle before recording (an item only one account recorded included). */
export const isPointToSettle = (disagreement: ItemDisagreement | StageDisagreement): boolean =>
  disagreement === 'different-result' ||
  disagreement === 'different-notes' ||
  disagreement === 'only-some-noticed' ||
  disagreement === 'different-stage';

/** Stage comparisons need an explicit choice only when the accounts name different stages. */
export const isStageToSettle = (disagreement: StageDisagreement): boolean => disagreement === 'different-stage';

const emptyResult = (item: ContactItem): ItemResult =>
  item.kind === 'ask'
    ? { itemId: item.id, kind: 'ask', result: null, finding: '' }
    : { itemId: item.id, kind: 'tell', result: null, reaction: '' };

/** What was learned (ask) or how they reacted (tell). */
export const noteOf = (result: ItemResult): string => (result.kind === 'ask' ? result.finding : result.reaction);

// Notes count as the same when they differ only in spacing or capitals.
const noteKey = (note: string) => note.trim().replace(/\s+/g, ' ').toLowerCase();

/** The distinct notes of the accounts, first written first: merging keeps what each one noticed. */
const distinctNotes = (results: readonly ItemResult[]): string[] => {
  const byKey = new Map<string, string>();
  for (const note of results.map(noteOf))
    if (noteKey(note) !== '' && !byKey.has(noteKey(note))) byKey.set(noteKey(note), note.trim());
  return [...byKey.values()];
};

export const compareItems = (
  contact: Pick<Contact, 'items' | 'attendeeIds'>,
  debriefs: readonly Debrief[],
): ItemComparison[] => {
  const submitted = submittedAccounts(contact, debriefs);
  const waitingFor = attendeesWaitedFor(contact, debriefs);
  return contact.items.map((item) => {
    const accounts = submitted.map((debrief) => {
      const result = debrief.itemResults.find((candidate) => candidate.itemId === item.id);
      return {
        debriefId: debrief.id,
        authorId: debrief.authorId,
        result: result?.result === null || result?.kind !== item.kind ? undefined : result,
      };
    });
    const recorded = accounts.flatMap((account) => (account.result ? [account.result] : []));
    const distinctResults = new Set(recorded.map((result) => result.result));
    const notes = distinctNotes(recorded);
    // A blank note contradicts nothing; two different notes under one result are a point to settle.
    const disagreement: ItemDisagreement =
      recorded.length === 0
        ? 'nobody-recorded'
        : distinctResults.size > 1
          ? 'different-result'
          : recorded.length < accounts.length
            ? 'only-some-noticed'
            : notes.length > 1
              ? 'different-notes'
              : waitingFor.length > 0
                ? 'awaiting'
                : 'none';
    const base = emptyResult(item);
    const agreed = distinctResults.size === 1 ? ([...distinctResults][0] ?? null) : null;
    const note = notes.join('\n');
    const proposed: ItemResult =
      base.kind === 'ask'
        ? { ...base, result: agreed as typeof base.result, finding: note }
        : { ...base, result: agreed as typeof base.result, reaction: note };
    return { item, accounts, waitingFor, disagreement, proposed };
  });
};

export const compareStages = (
  contact: Pick<Contact, 'stakeholderIds' | 'attendeeIds'>,
  debriefs: readonly Debrief[],
): StageComparison[] => {
  const submitted = submittedAccounts(contact, debriefs);
  const waitingFor = attendeesWaitedFor(contact, debriefs);
  return contact.stakeholderIds.map((stakeholderId) => {
    const observations = submitted.map((debrief) => ({
      authorId: debrief.authorId,
      stage:
        debrief.stageObservations.find((observation) => observation.stakeholderId === stakeholderId)?.stage ?? null,
    }));
    const seen = observations.flatMap((observation) => (observation.stage ? [observation.stage] : []));
    const distinct = new Set(seen);
    const disagreement: StageDisagreement =
      seen.length === 0
        ? 'nobody-recorded'
        : distinct.size > 1
          ? 'different-stage'
          : seen.length < observations.length
            ? 'only-some-noticed'
            : waitingFor.length > 0
              ? 'awaiting'
              : 'none';
    return {
      stakeholderId,
      observations,
      waitingFor,
      disagreement,
      proposed: distinct.size === 1 ? ([...distinct][0] ?? null) : null,
    };
  });
};

/** Stage changes to apply for the chosen stages (a stakeholder whose stage does not move has none). */
export const stageChangesFor = (
  chosen: readonly { stakeholderId: StakeholderId; stage: RelationshipStage | null }[],
  stakeholders: ReadonlyMap<string, Pick<Stakeholder, 'relationshipStage'>>,
): StageChange[] =>
  chosen.flatMap(({ stakeholderId, stage }) => {
    const current = stakeholders.get(stakeholderId)?.relationshipStage;
    return stage && current && stage !== current ? [{ stakeholderId, from: current, to: stage }] : [];
  });
