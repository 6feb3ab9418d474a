import type { TeamMember, TeamMemberFields } from '../../domain/team-member';
import { nowTimestamp } from '../../domain/record';
import { db } from '../db';
import { RecordNotFoundError } from '../errors';
import { createOpportunityPeopleCommands } from './opportunity-people';
import { buildRecord, createOpportunityRecordRepository, validateForWrite } from './record-repository';

export type SaveTeamMemberInput = {
  opportunityId: string;
  id?: string | undefined;
  fields: Omit<TeamMemberFields, 'opportunityIds'>;
};

/** Our people; global, assigned to opportunities. */
export const teamMembersRepository = {
  ...createOpportunityRecordRepository('teamMembers', 'opportunityIds'),
  ...createOpportunityPeopleCommands('teamMembers'),

  async saveForOpportunity(input: SaveTeamMemberInput): Promise<TeamMember> {
    db.assertWritable();
    if (input.id === undefined) {
      const created = buildRecord('teamMembers', { ...input.fields, opportunityIds: [input.opportunityId as never] });
      await db.teamMembers.add(created);
      return created;
    }
    const id = input.id;
    return db.transaction('rw', db.teamMembers, async () => {
      const existing = await db.teamMembers.get(id);
      if (!existing) throw new RecordNotFoundError('team member', id);
      const updated = validateForWrite('teamMembers', {
        ...existing,
        ...input.fields,
        opportunityIds: [...new Set([...existing.opportunityIds, input.opportunityId])],
        updatedAt: nowTimestamp(),
      });
      await db.teamMembers.put(updated);
      return updated;
    });
  },
};
