import type { OpportunityId } from '../../domain/ids';
import { nowTimestamp } from '../../domain/record';
import type { Stakeholder } from '../../domain/stakeholder';
import type { TeamMember } from '../../domain/team-member';
import { RuleViolationError } from '../errors';
import { readExisting, typedTable, validateForWrite, writeTransaction } from './record-access';
import { countLabel } from '../../domain/count-label';

/** People are global records linked to opportunities; stakeholders and team members share these commands. */
type PeopleTable = 'stakeholders' | 'teamMembers';
type PersonOf<Table extends PeopleTable> = Table extends 'stakeholders' ? Stakeholder : TeamMember;

/** The contact field that names people of this kind. */
const contactField: Record<PeopleTable, 'stakeholderIds' | 'attendeeIds'> = {
  stakeholders: 'stakeholderIds',
  teamMembers: 'attendeeIds',
};

/** The person with the opportunity added to theirs (unchanged when already linked). */
export const withOpportunity = <Person extends Stakeholder | TeamMember>(
  person: Person,
  opportunityId: OpportunityId,
) =>
  person.opportunityIds.includes(opportunityId)
    ? person
    : { ...person, opportunityIds: [...person.opportunityIds, opportunityId], updatedAt: nowTimestamp() };

export const createOpportunityPeopleCommands = <Table extends PeopleTable>(table: Table) => {
  const people = () => typedTable(table);
  const label = table === 'stakeholders' ? 'stakeholder' : 'team member';
  /** Links someone already known (from another pursuit) to this opportunity. */
  const assignToOpportunity = async (personId: PersonOf<Table>['id'], opportunityId: OpportunityId): Promise<void> => {
    await writeTransaction(`the ${label}`, [table], async () => {
      const person = await readExisting(table, personId);
      const linked = withOpportunity(person, opportunityId);
      if (linked !== person) await people().put(validateForWrite(table, linked));
    });
  };

  /**
   * Unlinks a person from this opportunity (the record stays, for other pursuits). Refused while
   * a contact of this opportunity still names them. Returns the record as it was, for Undo.
   */
  const removeFromOpportunity = async (personId: PersonOf<Table>['id'], opportunityId: OpportunityId) =>
    writeTransaction(`the ${label}`, [table, 'contacts'], async () => {
      const person = await readExisting(table, personId);
      const inContacts = await typedTable('contacts')
        .where('opportunityId')
        .equals(opportunityId)
        .filter((contact) => (contact[contactField[table]] as readonly string[]).includes(personId))
        .count();
      if (inContacts > 0) {
        throw new RuleViolationError(
          'person-in-use',
          `${person.name} is in ${countLabel(inContacts, 'contact')} of this plan. Take them out of ${inContacts === 1 ? 'it' : 'those'} first.`,
        );
      }
      await people().put(
        validateForWrite(table, {
          ...person,
          opportunityIds: person.opportunityIds.filter((id) => id !== opportunityId),
          updatedAt: nowTimestamp(),
        }),
      );
      return person;
    });

  return {
    assignToOpportunity,
    removeFromOpportunity,
    /** Undo of removeFromOpportunity: only the link is put back; edits made since are kept. */
    relinkToOpportunity: assignToOpportunity,
  };
};
