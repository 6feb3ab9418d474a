import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { blankContactFields, contactsRepository } from '../../../data/repositories/contacts-repository';
import { messagesRepository } from '../../../data/repositories/messages-repository';
import { stakeholdersRepository } from '../../../data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../data/repositories/team-members-repository';
import type { ContactFields } from '../../../domain/contact';
import { useUndoStore } from '../../../stores/undo-store';

/** Everything the contact plan of one opportunity shows, read live; undefined while loading. */
export const useContactPlanData = (opportunityId: string) =>
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

export const useSaveContact = () =>
  useCallback((input: { id?: string | undefined; fields: ContactFields }) => contactsRepository.saveContact(input), []);

export const useUpdateContact = () =>
  useCallback((id: string, changes: Partial<ContactFields>) => contactsRepository.updateContact(id, changes), []);

export const useAddContact = () =>
  useCallback(
    (opportunityId: string) => contactsRepository.saveContact({ fields: blankContactFields(opportunityId) }),
    [],
  );

export const useDuplicateContact = () => useCallback((id: string) => contactsRepository.duplicateContact(id), []);

/** Deletes a contact (with its debriefs and outcome) and offers Undo. */
export const useDeleteContact = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (id: string) => {
      const removed = await contactsRepository.removeContact(id);
      offerUndo('Contact deleted', () => contactsRepository.restoreRemovedContact(removed));
    },
    [offerUndo],
  );
};

/** Removes a contact that was added and never filled in (no Undo: nothing was lost). */
export const useDiscardBlankContact = () =>
  useCallback(async (id: string) => {
    const contact = await contactsRepository.get(id);
    const isBlank =
      contact !== undefined &&
      contact.stakeholderIds.length === 0 &&
      contact.attendeeIds.length === 0 &&
      contact.items.length === 0 &&
      contact.date === null &&
      contact.location === '' &&
      contact.objective === '' &&
      contact.method === '';
    if (isBlank) await contactsRepository.removeContact(id);
  }, []);
