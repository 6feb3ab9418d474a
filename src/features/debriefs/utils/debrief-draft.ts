import type { Contact } from '../../../domain/contact';
import type { Debrief, ProposedActionItem, StageObservation } from '../../../domain/debrief';
import type { ItemResult } from '../../../domain/item-result';

/** What the debrief editor holds: a result for every planned item, in the plan's order. */
export type DebriefDraft = {
  notes: string;
  itemResults: ItemResult[];
  stageObservations: StageObservation[];
  proposedActionItems: { text: string; ownerId: string; dueDate: string }[];
};

export const draftFromDebrief = (debrief: Debrief, contact: Contact): DebriefDraft => ({
  notes: debrief.notes,
  itemResults: contact.items.map(
    (item) =>
      debrief.itemResults.find((result) => result.itemId === item.id) ??
      (item.kind === 'ask'
        ? { itemId: item.id, kind: 'ask', result: null, finding: '' }
        : { itemId: item.id, kind: 'tell', result: null, reaction: '' }),
  ),
  stageObservations: debrief.stageObservations,
  proposedActionItems: debrief.proposedActionItems.map((item) => ({
    text: item.text,
    ownerId: item.ownerId ?? '',
    dueDate: item.dueDate ?? '',
  })),
});

/** The draft as stored: empty action-item lines are left out (they are still being typed). */
export const draftToChanges = (draft: DebriefDraft) => ({
  notes: draft.notes,
  itemResults: draft.itemResults,
  stageObservations: draft.stageObservations,
  proposedActionItems: draft.proposedActionItems
    .filter((item) => item.text.trim() !== '')
    .map((item): ProposedActionItem => ({
      text: item.text.trim(),
      ownerId: item.ownerId === '' ? null : (item.ownerId as ProposedActionItem['ownerId']),
      dueDate: item.dueDate === '' ? null : item.dueDate,
    })),
});
