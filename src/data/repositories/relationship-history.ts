import { heldDayOf, type Contact } from '../../domain/contact';
import type { StakeholderId } from '../../domain/ids';
import type { Opportunity } from '../../domain/opportunity';
import type { Outcome } from '../../domain/outcome';
import type { Stakeholder } from '../../domain/stakeholder';
import type { TeamMember } from '../../domain/team-member';
import { readMany, readOne, typedTable, validateAllOnRead } from './record-access';

export type RelationshipHistory = {
  stakeholder: Stakeholder;
  /** Every contact with them, in any pursuit, with its outcome when there is one. */
  entries: { contact: Contact; outcome: Outcome | undefined; opportunity: Opportunity | undefined }[];
  teamMembers: TeamMember[];
};

/** What whoever manages this customer next needs: every meeting with this person, what was asked, told and learned. */
export const getRelationshipHistory = async (stakeholderId: StakeholderId): Promise<RelationshipHistory | null> => {
  const stakeholder = await readOne('stakeholders', stakeholderId);
  if (!stakeholder) return null;
  const contacts = validateAllOnRead(
    'contacts',
    await typedTable('contacts').where('stakeholderIds').equals(stakeholderId).toArray(),
  );
  const contactIds = contacts.map((contact) => contact.id);
  const [outcomes, opportunities, teamMembers] = await Promise.all([
    typedTable('outcomes').where('contactId').anyOf(contactIds).toArray(),
    readMany(
      'opportunities',
      contacts.map((contact) => contact.opportunityId),
    ),
    readMany(
      'teamMembers',
      contacts.flatMap((contact) => contact.attendeeIds),
    ),
  ]);
  const validOutcomes = validateAllOnRead('outcomes', outcomes);
  return {
    stakeholder,
    entries: contacts
      .toSorted((a, b) => (heldDayOf(a) ?? '9999-12-31').localeCompare(heldDayOf(b) ?? '9999-12-31'))
      .map((contact) => ({
        contact,
        outcome: validOutcomes.find((outcome) => outcome.contactId === contact.id),
        opportunity: opportunities.find((opportunity) => opportunity.id === contact.opportunityId),
      })),
    teamMembers,
  };
};
