import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { contactsRepository } from '../../../data/repositories/contacts-repository';
import { messagesRepository } from '../../../data/repositories/messages-repository';
import { outcomesRepository } from '../../../data/repositories/outcomes-repository';
import { stakeholdersRepository } from '../../../data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../data/repositories/team-members-repository';
import type { MessageFields } from '../../../domain/message';
import { getMessageDeliveries } from '../../../domain/rules/message-delivery';
import { useUndoStore } from '../../../stores/undo-store';

/** The messaging plan of one opportunity, each message with where it stands. */
export const useMessagingPlan = (opportunityId: string) =>
  useLiveQuery(async () => {
    const [messages, contacts, outcomes, stakeholders, teamMembers] = await Promise.all([
      messagesRepository.listForOpportunity(opportunityId),
      contactsRepository.listForOpportunity(opportunityId),
      outcomesRepository.listForOpportunity(opportunityId),
      stakeholdersRepository.listForOpportunity(opportunityId),
      teamMembersRepository.listForOpportunity(opportunityId),
    ]);
    return {
      deliveries: getMessageDeliveries(messages, contacts, outcomes, stakeholders),
      contacts,
      stakeholders,
      teamMembers,
    };
  }, [opportunityId]);

export const useSaveMessage = () =>
  useCallback(
    (id: string | undefined, fields: MessageFields) =>
      id ? messagesRepository.update(id, fields) : messagesRepository.create(fields),
    [],
  );

export const useDeleteMessage = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (id: string) => {
      const message = await messagesRepository.get(id);
      if (!message) return;
      await messagesRepository.remove(id);
      offerUndo('Message deleted', () => messagesRepository.restore(message));
    },
    [offerUndo],
  );
};
