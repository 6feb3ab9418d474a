import type { OpportunityId, TeamMemberId } from '../../domain/ids';
import type { RecordEdit } from '../../domain/record-edit';
import type { TeamMember, TeamMemberFields } from '../../domain/team-member';
import { createOpportunityPeopleCommands, withOpportunity } from './opportunity-people';
import {
  applyEdit,
  buildRecord,
  peopleOfOpportunity,
  readAll,
  readOne,
  typedTable,
  validateAllOnRead,
  validateForWrite,
  writeTransaction,
} from './record-access';

const peopleCommands = createOpportunityPeopleCommands('teamMembers');

/** What the team-member form edits. */
export type TeamMemberEditableFields = Omit<TeamMemberFields, 'opportunityIds'>;

/** Our people; global, assigned to opportunities. */
export const teamMembersRepository = {
  // Linking people to pursuits, shared with the other kind of person; named here one by one.
  assignToOpportunity: peopleCommands.assignToOpportunity,
  removeFromOpportunity: peopleCommands.removeFromOpportunity,
  relinkToOpportunity: peopleCommands.relinkToOpportunity,

  async get(id: TeamMemberId): Promise<TeamMember | undefined> {
    return readOne('teamMembers', id);
  },

  async listAll(): Promise<TeamMember[]> {
    return readAll('teamMembers');
  },

  async listForOpportunity(opportunityId: OpportunityId): Promise<TeamMember[]> {
    return validateAllOnRead('teamMembers', await peopleOfOpportunity('teamMembers', opportunityId).toArray());
  },

  async createTeamMember(opportunityId: OpportunityId, fields: TeamMemberEditableFields): Promise<TeamMember> {
    return writeTransaction('the team member', ['teamMembers'], async () => {
      const created = buildRecord('teamMembers', { ...fields, opportunityIds: [opportunityId] });
      await typedTable('teamMembers').add(created);
      return created;
    });
  },

  /** Saves what the user changed, merged with changes saved meanwhile elsewhere (a conflict is refused). */
  async editTeamMember(
    id: TeamMemberId,
    opportunityId: OpportunityId,
    edit: RecordEdit<TeamMemberEditableFields>,
  ): Promise<TeamMember> {
    return writeTransaction('your change to the team member', ['teamMembers'], async () => {
      const { record, isChanged } = await applyEdit('teamMembers', id, edit);
      const linked = withOpportunity(record, opportunityId);
      if (!isChanged && linked === record) return record;
      const saved = validateForWrite('teamMembers', linked);
      await typedTable('teamMembers').put(saved);
      return saved;
    });
  },
};
