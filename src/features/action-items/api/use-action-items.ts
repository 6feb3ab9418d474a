import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import {
  actionItemsRepository,
  type ActionItemEditableFields,
} from '../../../data/repositories/action-items-repository';
import { contactsRepository } from '../../../data/repositories/contacts-repository';
import { opportunitiesRepository } from '../../../data/repositories/opportunities-repository';
import { outcomesRepository } from '../../../data/repositories/outcomes-repository';
import { stakeholdersRepository } from '../../../data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../data/repositories/team-members-repository';
import type { ActionItem, ActionItemFields, ActionItemStatus } from '../../../domain/action-item';
import { todayCalendarDay } from '../../../domain/calendar-day';
import type { ActionItemId, OpportunityId } from '../../../domain/ids';
import type { RecordEdit } from '../../../domain/record-edit';
import { getFollowUps } from '../../../domain/rules/follow-up';
import { useUndoStore } from '../../../stores/undo-store';

export const useActionItemsOfOpportunity = (opportunityId: OpportunityId) =>
  useLiveQuery(async () => {
    const [actionItems, teamMembers, contacts, stakeholders] = await Promise.all([
      actionItemsRepository.listForOpportunity(opportunityId),
      teamMembersRepository.listForOpportunity(opportunityId),
      contactsRepository.listForOpportunity(opportunityId),
      stakeholdersRepository.listForOpportunity(opportunityId),
    ]);
    return { actionItems, teamMembers, contacts, stakeholders };
  }, [opportunityId]);

/** Across every pursuit: overdue and due-soon action items, and held meetings still without an outcome. */
export const useFollowUps = () =>
  useLiveQuery(async () => {
    const [actionItems, contacts, outcomes, teamMembers, opportunities, stakeholders] = await Promise.all([
      actionItemsRepository.listOpen(),
      contactsRepository.listAll(),
      outcomesRepository.listAll(),
      teamMembersRepository.listAll(),
      opportunitiesRepository.listAll(),
      stakeholdersRepository.listAll(),
    ]);
    return {
      followUps: getFollowUps(actionItems, contacts, outcomes, todayCalendarDay()),
      /** Every open item, listed or not: where an edited item went (due later, say) is known. */
      openActionItems: actionItems,
      contacts,
      teamMembers,
      opportunities,
      stakeholders,
    };
  }, []);

export const useCreateActionItem = () =>
  useCallback((fields: ActionItemFields) => actionItemsRepository.createActionItem(fields), []);

/** Edits the text, owner or due date; a conflict with a change saved meanwhile comes back as an EditConflictError. */
export const useEditActionItem = () =>
  useCallback(
    (id: ActionItemId, edit: RecordEdit<ActionItemEditableFields>) => actionItemsRepository.editActionItem(id, edit),
    [],
  );

/**
 * Deletes an action item and offers Undo, which puts back the same item as it was when deleted
 * (its edits included); `onRestored` lets the screen bring focus back to it.
 */
export const useDeleteActionItem = (onRestored?: (item: ActionItem) => void) => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (id: ActionItemId) => {
      const removed = await actionItemsRepository.removeActionItem(id);
      offerUndo('Action item deleted', async () => {
        await actionItemsRepository.restoreRemovedActionItem(removed);
        onRestored?.(removed);
      });
    },
    [offerUndo, onRestored],
  );
};

/** Marks an item done (or another status); done offers Undo, and `onUndone` hears when it is used. */
export const useSetActionItemStatus = (onUndone?: (id: ActionItemId) => void) => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (id: ActionItemId, status: ActionItemStatus) => {
      const previous = await actionItemsRepository.setStatus(id, status);
      if (status === 'done')
        offerUndo('Action item marked done', async () => {
          await actionItemsRepository.setStatus(id, previous);
          onUndone?.(id);
        });
    },
    [offerUndo, onUndone],
  );
};
