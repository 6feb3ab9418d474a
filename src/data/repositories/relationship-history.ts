import type { Contact } from '../../domain/contact';
import type { Opportunity } from '../../domain/opportunity';
import type { Outcome } from '../../domain/outcome';
import type { Stakeholder } from '../../domain/stakeholder';
import type { TeamMember } from '../../domain/team-member';
import { db } from '../db';
import { validateAllOnRead, validateOnRead } from './record-repository';

export type RelationshipHistory = {
  stakeholder: Stakeholder;
  /** Every contact with them, in any pursuit, with its outcome when there is one. */
  entries: { contact: Contact; outcome: Outcome | undefined; opportunity: Opportunity | undefined }[];
  teamMembers: TeamMember[];
};

/** What whoever manages this customer next needs: every meeting with this person, what was asked, told and learned. */
export const getRelationshipHistory = async (stakeholderId: string): Promise<RelationshipHistory | null> => {
  const stakeholder = validateOnRead('stakeholders', await db.stakeholders.get(stakeholderId));
  if (!stakeholder) return null;
  const contacts = validateAllOnRead(
    'contacts',
    await db.contacts.where('stakeholderIds').equals(stakeholderId).toArray(),
  );
  const contactIds = contacts.map((contact) => contact.id);
  const [outcomes, opportunities, teamMembers] = await Promise.all([
    db.outcomes.where('contactId').anyOf(contactIds).toArray(),
    db.opportunities.bulkGet([...new Set(contacts.map((contact) => contact.opportunityId))]),
    db.teamMembers.bulkGet([...new Set(contacts.flatMap((contact) => contact.attendeeIds))]),
  ]);
  const dayOf = (contact: Contact) => contact.heldDate ?? contact.date ?? '9999-12-31';
  return {
    stakeholder,
    entries: contacts
      .toSorted((a, b) => dayOf(a).localeCompare(dayOf(b)))
      .map((contact) => ({
        contact,
        outcome: outcomes.find((outcome) => outcome.contactId === contact.id),
        opportunity: opportunities.find((opportunity) => opportunity?.id === contact.opportunityId),
      })),
    teamMembers: teamMembers.flatMap((person) => (person ? [person] : [])),
  };
};
