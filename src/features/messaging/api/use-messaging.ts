import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { contactsRepository } from '../../../data/repositories/contacts-repository';
import { messagesRepository } from '../../../data/repositories/messages-repository';
import { outcomesRepository } from '../../../data/repositories/outcomes-repository';
import { stakeholdersRepository } from '../../../data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../data/repositories/team-members-repository';
import type { MessageId, OpportunityId } from '../../../domain/ids';
import type { MessageFields } from '../../../domain/message';
import type { RecordEdit } from '../../../domain/record-edit';
import { getMessageDeliveries } from '../../../domain/rules/message-delivery';
import { useUndoStore } from '../../../stores/undo-store';

/** The messaging plan of one opportunity, each message with where it stands. */
export const useMessagingPlan = (opportunityId: OpportunityId) =>
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

export const useCreateMessage = () =>
  useCallback((fields: MessageFields) => messagesRepository.createMessage(fields), []);

export const useEditMessage = () =>
  useCallback((id: MessageId, edit: RecordEdit<MessageFields>) => messagesRepository.editMessage(id, edit), []);

export const useDeleteMessage = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (id: MessageId) => {
      const message = await messagesRepository.removeMessage(id);
      offerUndo('Message deleted', () => messagesRepository.restoreRemovedMessage(message));
    },
    [offerUndo],
  );
};
