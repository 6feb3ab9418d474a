import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { contactsRepository } from '../../../data/repositories/contacts-repository';
import { messagesRepository } from '../../../data/repositories/messages-repository';
import { stakeholdersRepository } from '../../../data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../data/repositories/team-members-repository';
import type { ContactFields } from '../../../domain/contact';
import type { ContactId, OpportunityId } from '../../../domain/ids';
import type { RecordEdit } from '../../../domain/record-edit';
import { useUndoStore } from '../../../stores/undo-store';

/** Everything the contact plan of one opportunity shows, read live; undefined while loading. */
export const useContactPlanData = (opportunityId: OpportunityId) =>
  useLiveQuery(async () => {
    const [contacts, stakeholders, teamMembers, messages] = await Promise.all([
      contactsRepository.listForOpportunity(opportunityId),
      stakeholdersRepository.listForOpportunity(opportunityId),
      teamMembersRepository.listForOpportunity(opportunityId),
      messagesRepository.listForOpportunity(opportunityId),
    ]);
    return { contacts, stakeholders, teamMembers, messages };
  }, [opportunityId]);

export type ContactPlanData = NonNullable<ReturnType<typeof useContactPlanData>>;

/** Saves the fields the user changed, from the grid or the panel; a conflict comes back as an EditConflictError. */
export const useEditContact = () =>
  useCallback((id: ContactId, edit: RecordEdit<ContactFields>) => contactsRepository.editContact(id, edit), []);

export const useAddContact = () =>
  useCallback((opportunityId: OpportunityId) => contactsRepository.addBlankContact(opportunityId), []);

export const useDuplicateContact = () => useCallback((id: ContactId) => contactsRepository.duplicateContact(id), []);

/** Deletes a contact (with its debriefs and outcome) and offers Undo. */
export const useDeleteContact = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (id: ContactId) => {
      const removed = await contactsRepository.removeContact(id);
      offerUndo('Contact deleted', () => contactsRepository.restoreRemovedContact(removed));
    },
    [offerUndo],
  );
};

/** Removes a contact that was added and never filled in (no Undo: nothing was lost). */
export const useDiscardBlankContact = () => useCallback((id: ContactId) => contactsRepository.discardIfBlank(id), []);
