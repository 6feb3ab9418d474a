import { useLiveQuery } from 'dexie-react-hooks';
import { getOpenQuestions } from '../../../domain/rules/open-questions';
import { opportunitiesRepository } from '../../../data/repositories/opportunities-repository';
import { contactsRepository } from '../../../data/repositories/contacts-repository';
import { organizationsRepository } from '../../../data/repositories/organizations-repository';
import { outcomesRepository } from '../../../data/repositories/outcomes-repository';
import { stakeholdersRepository } from '../../../data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../data/repositories/team-members-repository';
import type { OpportunityId } from '../../../domain/ids';
import { personLabel } from '../../../domain/person-label';

/** All opportunities, most recently changed first; undefined while loading. */
export const useOpportunities = () => useLiveQuery(() => opportunitiesRepository.listNewestFirst(), []);

/** One opportunity: undefined while loading, null when it does not exist. */
export const useOpportunity = (opportunityId: OpportunityId | null) =>
  useLiveQuery(
    async () => (opportunityId === null ? null : ((await opportunitiesRepository.get(opportunityId)) ?? null)),
    [opportunityId],
  );

export const useOpportunitySummary = (opportunityId: OpportunityId) =>
  useLiveQuery(() => opportunitiesRepository.getSummary(opportunityId), [opportunityId]);

export const useOrganizations = () => useLiveQuery(() => organizationsRepository.listByName(), []);

/** The opportunity's contacts by date, with the names of who meets whom. */
export const useContactDigest = (opportunityId: OpportunityId) =>
  useLiveQuery(async () => {
    const [contacts, stakeholders, teamMembers] = await Promise.all([
      contactsRepository.listForOpportunity(opportunityId),
      stakeholdersRepository.listForOpportunity(opportunityId),
      teamMembersRepository.listForOpportunity(opportunityId),
    ]);
    const nameOf = (people: readonly { id: string; name: string; title: string }[], id: string) =>
      personLabel(people.find((candidate) => candidate.id === id));
    return contacts
      .toSorted((a, b) =>
        `${a.date ?? '9999'}${a.startTime ?? ''}`.localeCompare(`${b.date ?? '9999'}${b.startTime ?? ''}`),
      )
      .map((contact) => ({
        contact,
        customerNames: contact.stakeholderIds.map((id) => nameOf(stakeholders, id)),
        attendeeNames: contact.attendeeIds.map((id) => nameOf(teamMembers, id)),
      }));
  }, [opportunityId]);

/** Asks not yet answered and tells not yet delivered, with the contact each belongs to. */
export const useOpenQuestions = (opportunityId: OpportunityId) =>
  useLiveQuery(async () => {
    const [contacts, outcomes, stakeholders] = await Promise.all([
      contactsRepository.listForOpportunity(opportunityId),
      outcomesRepository.listForOpportunity(opportunityId),
      stakeholdersRepository.listForOpportunity(opportunityId),
    ]);
    const contactsById = new Map(contacts.map((contact) => [contact.id as string, contact]));
    return getOpenQuestions(contacts, outcomes).map((question) => {
      const contact = contactsById.get(question.contactId);
      return {
        ...question,
        contactDate: contact?.date ?? null,
        customerNames: (contact?.stakeholderIds ?? []).map(
          (id) => stakeholders.find((person) => person.id === id)?.name ?? 'someone',
        ),
      };
    });
  }, [opportunityId]);
