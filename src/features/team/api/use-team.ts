import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { teamMembersRepository, type SaveTeamMemberInput } from '../../../data/repositories/team-members-repository';
import { useUndoStore } from '../../../stores/undo-store';

export const useTeamForOpportunity = (opportunityId: string) =>
  useLiveQuery(
    async () =>
      (await teamMembersRepository.listForOpportunity(opportunityId)).sort((a, b) => a.name.localeCompare(b.name)),
    [opportunityId],
  );

/** Our people already known from other pursuits, who could be assigned to this one. */
export const useOtherTeamMembers = (opportunityId: string) =>
  useLiveQuery(async () => {
    const all = await teamMembersRepository.list();
    return all
      .filter((person) => !person.opportunityIds.includes(opportunityId as never))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [opportunityId]);

export const useSaveTeamMember = () =>
  useCallback((input: SaveTeamMemberInput) => teamMembersRepository.saveForOpportunity(input), []);

export const useAssignTeamMember = () =>
  useCallback(
    (teamMemberId: string, opportunityId: string) =>
      teamMembersRepository.assignToOpportunity(teamMemberId, opportunityId),
    [],
  );

export const useUnassignTeamMember = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (teamMemberId: string, opportunityId: string) => {
      const removed = await teamMembersRepository.removeFromOpportunity(teamMemberId, opportunityId);
      offerUndo(`Took ${removed.name} off this opportunity`, () =>
        teamMembersRepository.relinkToOpportunity(teamMemberId, opportunityId),
      );
    },
    [offerUndo],
  );
};
