import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { actionItemsRepository } from '../../../data/repositories/action-items-repository';
import { contactsRepository } from '../../../data/repositories/contacts-repository';
import { debriefsRepository, type DebriefDraftChanges } from '../../../data/repositories/debriefs-repository';
import { outcomesRepository, type RecordOutcomeInput } from '../../../data/repositories/outcomes-repository';
import { stakeholdersRepository } from '../../../data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../data/repositories/team-members-repository';
import type { ContactFields } from '../../../domain/contact';
import type { ContactId, DebriefId, OpportunityId, TeamMemberId } from '../../../domain/ids';

/** Contacts of the opportunity with their debriefs and outcome: what the Debriefs tab lists. */
export const useDebriefOverview = (opportunityId: OpportunityId) =>
  useLiveQuery(async () => {
    const [contacts, debriefs, outcomes, teamMembers, stakeholders] = await Promise.all([
      contactsRepository.listForOpportunity(opportunityId),
      debriefsRepository.listForOpportunity(opportunityId),
      outcomesRepository.listForOpportunity(opportunityId),
      teamMembersRepository.listForOpportunity(opportunityId),
      stakeholdersRepository.listForOpportunity(opportunityId),
    ]);
    return { contacts, debriefs, outcomes, teamMembers, stakeholders };
  }, [opportunityId]);

/** One contact with everything its debriefs and outcome need. undefined while loading; null if it does not exist. */
export const useDebriefContext = (contactId: ContactId | null) =>
  useLiveQuery(async () => {
    const contact = contactId === null ? undefined : await contactsRepository.get(contactId);
    if (!contact) return null;
    const [debriefs, outcome, teamMembers, stakeholders, actionItems] = await Promise.all([
      debriefsRepository.listForContact(contact.id),
      outcomesRepository.getForContact(contact.id),
      teamMembersRepository.listForOpportunity(contact.opportunityId),
      stakeholdersRepository.listForOpportunity(contact.opportunityId),
      actionItemsRepository.listForContact(contact.id),
    ]);
    return { contact, debriefs, outcome: outcome ?? null, teamMembers, stakeholders, actionItems };
  }, [contactId]);

export type DebriefContext = NonNullable<ReturnType<typeof useDebriefContext>>;

export const useMarkHeld = () =>
  useCallback(
    (contactId: ContactId, held: Pick<ContactFields, 'heldDate' | 'heldStartTime' | 'heldEndTime'>) =>
      contactsRepository.markHeld(contactId, held),
    [],
  );

export const useMarkCancelled = () =>
  useCallback((contactId: ContactId, reason: string) => contactsRepository.markCancelled(contactId, reason), []);

export const useStartDebrief = () =>
  useCallback((contactId: ContactId, authorId: TeamMemberId) => debriefsRepository.startDraft(contactId, authorId), []);

export const useSaveDebriefDraft = () =>
  useCallback((id: DebriefId, changes: DebriefDraftChanges) => debriefsRepository.saveDraft(id, changes), []);

export const useSubmitDebrief = () =>
  useCallback((id: DebriefId, changes: DebriefDraftChanges) => debriefsRepository.submit(id, changes), []);

export const useReopenDebrief = () => useCallback((id: DebriefId) => debriefsRepository.reopen(id), []);

export const useRecordOutcome = () =>
  useCallback((input: RecordOutcomeInput) => outcomesRepository.recordOutcome(input), []);
