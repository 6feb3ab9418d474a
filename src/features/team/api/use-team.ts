import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import {
  teamMembersRepository,
  type TeamMemberEditableFields,
} from '../../../data/repositories/team-members-repository';
import type { OpportunityId, TeamMemberId } from '../../../domain/ids';
import type { RecordEdit } from '../../../domain/record-edit';
import { useUndoStore } from '../../../stores/undo-store';

export const useTeamForOpportunity = (opportunityId: OpportunityId) =>
  useLiveQuery(
    async () =>
      (await teamMembersRepository.listForOpportunity(opportunityId)).sort((a, b) => a.name.localeCompare(b.name)),
    [opportunityId],
  );

/** Our people already known from other pursuits, who could be assigned to this one. */
export const useOtherTeamMembers = (opportunityId: OpportunityId) =>
  useLiveQuery(async () => {
    const all = await teamMembersRepository.listAll();
    return all
      .filter((person) => !person.opportunityIds.includes(opportunityId))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [opportunityId]);

export const useCreateTeamMember = () =>
  useCallback(
    (opportunityId: OpportunityId, fields: TeamMemberEditableFields) =>
      teamMembersRepository.createTeamMember(opportunityId, fields),
    [],
  );

export const useEditTeamMember = () =>
  useCallback(
    (id: TeamMemberId, opportunityId: OpportunityId, edit: RecordEdit<TeamMemberEditableFields>) =>
      teamMembersRepository.editTeamMember(id, opportunityId, edit),
    [],
  );

export const useAssignTeamMember = () =>
  useCallback(
    (teamMemberId: TeamMemberId, opportunityId: OpportunityId) =>
      teamMembersRepository.assignToOpportunity(teamMemberId, opportunityId),
    [],
  );

export const useUnassignTeamMember = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (teamMemberId: TeamMemberId, opportunityId: OpportunityId) => {
      const removed = await teamMembersRepository.removeFromOpportunity(teamMemberId, opportunityId);
      offerUndo(`Took ${removed.name} off this opportunity`, () =>
        teamMembersRepository.relinkToOpportunity(teamMemberId, opportunityId),
      );
    },
    [offerUndo],
  );
};
