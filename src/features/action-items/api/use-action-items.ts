import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { actionItemsRepository } from '../../../data/repositories/action-items-repository';
import { contactsRepository } from '../../../data/repositories/contacts-repository';
import { opportunitiesRepository } from '../../../data/repositories/opportunities-repository';
import { outcomesRepository } from '../../../data/repositories/outcomes-repository';
import { stakeholdersRepository } from '../../../data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../data/repositories/team-members-repository';
import type { ActionItemFields, ActionItemStatus } from '../../../domain/action-item';
import { todayCalendarDay } from '../../../domain/calendar-day';
import { getFollowUps } from '../../../domain/rules/follow-up';
import { useUndoStore } from '../../../stores/undo-store';

export const useActionItemsOfOpportunity = (opportunityId: string) =>
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
      contactsRepository.list(),
      outcomesRepository.list(),
      teamMembersRepository.list(),
      opportunitiesRepository.list(),
      stakeholdersRepository.list(),
    ]);
    return {
      followUps: getFollowUps(actionItems, contacts, outcomes, todayCalendarDay()),
      teamMembers,
      opportunities,
      stakeholders,
    };
  }, []);

export const useCreateActionItem = () =>
  useCallback((fields: ActionItemFields) => actionItemsRepository.create(fields), []);

/** Marks an item done (or another status); done offers Undo. */
export const useSetActionItemStatus = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (id: string, status: ActionItemStatus) => {
      const previous = await actionItemsRepository.setStatus(id, status);
      if (status === 'done')
        offerUndo('Action item marked done', async () => {
          await actionItemsRepository.setStatus(id, previous);
        });
    },
    [offerUndo],
  );
};
