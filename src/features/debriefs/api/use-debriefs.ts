import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { actionItemsRepository } from '../../../data/repositories/action-items-repository';
import { contactsRepository } from '../../../data/repositories/contacts-repository';
import { debriefsRepository } from '../../../data/repositories/debriefs-repository';
import { outcomesRepository, type RecordOutcomeInput } from '../../../data/repositories/outcomes-repository';
import { stakeholdersRepository } from '../../../data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../data/repositories/team-members-repository';
import type { ContactFields } from '../../../domain/contact';
import type { DebriefFields } from '../../../domain/debrief';

/** Contacts of the opportunity with their debriefs and outcome: what the Debriefs tab lists. */
export const useDebriefOverview = (opportunityId: string) =>
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
export const useDebriefContext = (contactId: string) =>
  useLiveQuery(async () => {
    const contact = await contactsRepository.get(contactId);
    if (!contact) return null;
    const [debriefs, outcome, teamMembers, stakeholders, actionItems] = await Promise.all([
      debriefsRepository.listForContact(contactId),
      outcomesRepository.getForContact(contactId),
      teamMembersRepository.listForOpportunity(contact.opportunityId),
      stakeholdersRepository.listForOpportunity(contact.opportunityId),
      actionItemsRepository.listForContact(contactId),
    ]);
    return { contact, debriefs, outcome: outcome ?? null, teamMembers, stakeholders, actionItems };
  }, [contactId]);

export type DebriefContext = NonNullable<ReturnType<typeof useDebriefContext>>;

export const useMarkHeld = () =>
  useCallback(
    (contactId: string, held: Pick<ContactFields, 'heldDate' | 'heldStartTime' | 'heldEndTime'>) =>
      contactsRepository.markHeld(contactId, held),
    [],
  );

export const useMarkCancelled = () =>
  useCallback((contactId: string, reason: string) => contactsRepository.markCancelled(contactId, reason), []);

export const useStartDebrief = () =>
  useCallback((contactId: string, authorId: string) => debriefsRepository.startDraft(contactId, authorId), []);

type DraftChanges = Partial<Pick<DebriefFields, 'notes' | 'itemResults' | 'stageObservations' | 'proposedActionItems'>>;

export const useSaveDebriefDraft = () =>
  useCallback((id: string, changes: DraftChanges) => debriefsRepository.saveDraft(id, changes), []);

export const useSubmitDebrief = () =>
  useCallback((id: string, changes: DraftChanges) => debriefsRepository.submit(id, changes), []);

export const useRecordOutcome = () =>
  useCallback((input: RecordOutcomeInput) => outcomesRepository.recordOutcome(input), []);
