import type { Contact, ContactItem } from '../contact';
import type { Debrief } from '../debrief';
import type { StakeholderId } from '../ids';
import type { ItemResult } from '../item-result';
import type { StageChange } from '../outcome';
import type { RelationshipStage, Stakeholder } from '../stakeholder';

/**
 * Two of ours attend so that two independent accounts can be compared: where they differ is where
 * memory or interpretation failed, and the team must agree before it is recorded.
 */
export type ItemDisagreement = 'none' | 'different-result' | 'only-some-noticed' | 'nobody-recorded';

export type ItemComparison = {
  item: ContactItem;
  /** Each submitted debrief's account of the item (undefined result = not filled in). */
  accounts: { debriefId: string; authorId: string; result: ItemResult | undefined }[];
  disagreement: ItemDisagreement;
  /** The result to propose when merging: the agreed one, else none. */
  proposed: ItemResult;
};

export type StageComparison = {
  stakeholderId: StakeholderId;
  observations: { authorId: string; stage: RelationshipStage | null }[];
  disagreement: 'none' | 'different-stage' | 'only-some-noticed' | 'nobody-recorded';
  proposed: RelationshipStage | null;
};

const emptyResult = (item: ContactItem): ItemResult =>
  item.kind === 'ask'
    ? { itemId: item.id, kind: 'ask', result: null, finding: '' }
    : { itemId: item.id, kind: 'tell', result: null, reaction: '' };

const noteOf = (result: ItemResult) => (result.kind === 'ask' ? result.finding : result.reaction);

/** Joins the distinct notes of the accounts, so merging keeps what each one noticed. */
const joinNotes = (results: readonly ItemResult[]) =>
  [...new Set(results.map(noteOf).filter((note) => note.trim() !== ''))].join('\n');

export const compareItems = (contact: Pick<Contact, 'items'>, debriefs: readonly Debrief[]): ItemComparison[] =>
  contact.items.map((item) => {
    const accounts = debriefs.map((debrief) => {
      const result = debrief.itemResults.find((candidate) => candidate.itemId === item.id);
      return {
        debriefId: debrief.id,
        authorId: debrief.authorId,
        result: result?.result === null ? undefined : result,
      };
    });
    const recorded = accounts.flatMap((account) => (account.result ? [account.result] : []));
    const distinctResults = new Set(recorded.map((result) => result.result));
    const disagreement: ItemDisagreement =
      recorded.length === 0
        ? 'nobody-recorded'
        : distinctResults.size > 1
          ? 'different-result'
          : recorded.length < accounts.length
            ? 'only-some-noticed'
            : 'none';
    const base = emptyResult(item);
    const agreed = distinctResults.size === 1 ? ([...distinctResults][0] ?? null) : null;
    const proposed: ItemResult =
      base.kind === 'ask'
        ? { ...base, result: agreed as typeof base.result, finding: joinNotes(recorded) }
        : { ...base, result: agreed as typeof base.result, reaction: joinNotes(recorded) };
    return { item, accounts, disagreement, proposed };
  });

export const compareStages = (
  stakeholderIds: readonly StakeholderId[],
  debriefs: readonly Debrief[],
): StageComparison[] =>
  stakeholderIds.map((stakeholderId) => {
    const observations = debriefs.map((debrief) => ({
      authorId: debrief.authorId,
      stage:
        debrief.stageObservations.find((observation) => observation.stakeholderId === stakeholderId)?.stage ?? null,
    }));
    const seen = observations.flatMap((observation) => (observation.stage ? [observation.stage] : []));
    const distinct = new Set(seen);
    return {
      stakeholderId,
      observations,
      disagreement:
        seen.length === 0
          ? 'nobody-recorded'
          : distinct.size > 1
            ? 'different-stage'
            : seen.length < observations.length
              ? 'only-some-noticed'
              : 'none',
      proposed: distinct.size === 1 ? ([...distinct][0] ?? null) : null,
    };
  });

/** Stage changes to apply for the chosen stages (a stakeholder whose stage does not move has none). */
export const stageChangesFor = (
  chosen: readonly { stakeholderId: StakeholderId; stage: RelationshipStage | null }[],
  stakeholders: ReadonlyMap<string, Pick<Stakeholder, 'relationshipStage'>>,
): StageChange[] =>
  chosen.flatMap(({ stakeholderId, stage }) => {
    const current = stakeholders.get(stakeholderId)?.relationshipStage;
    return stage && current && stage !== current ? [{ stakeholderId, from: current, to: stage }] : [];
  });
