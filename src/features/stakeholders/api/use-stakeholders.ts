import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { organizationsRepository } from '../../../data/repositories/organizations-repository';
import { stakeholdersRepository, type SaveStakeholderInput } from '../../../data/repositories/stakeholders-repository';
import { getRelationshipHistory } from '../../../data/repositories/relationship-history';
import { useUndoStore } from '../../../stores/undo-store';

export const useStakeholdersForOpportunity = (opportunityId: string) =>
  useLiveQuery(() => stakeholdersRepository.listForOpportunity(opportunityId), [opportunityId]);

/** Stakeholders known from other pursuits, who could be added to this one. */
export const useOtherKnownStakeholders = (opportunityId: string) =>
  useLiveQuery(async () => {
    const all = await stakeholdersRepository.list();
    return all
      .filter((person) => !person.opportunityIds.includes(opportunityId as never))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [opportunityId]);

export const useOrganizationsByName = () => useLiveQuery(() => organizationsRepository.listByName(), []);

export const useSaveStakeholder = () =>
  useCallback((input: SaveStakeholderInput) => stakeholdersRepository.saveForOpportunity(input), []);

export const useAddKnownStakeholder = () =>
  useCallback(
    (stakeholderId: string, opportunityId: string) =>
      stakeholdersRepository.assignToOpportunity(stakeholderId, opportunityId),
    [],
  );

/** Takes a stakeholder off this opportunity (they stay known for others), with Undo. */
export const useRemoveStakeholderFromOpportunity = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (stakeholderId: string, opportunityId: string) => {
      const removed = await stakeholdersRepository.removeFromOpportunity(stakeholderId, opportunityId);
      offerUndo(`Removed ${removed.name} from this opportunity`, () =>
        stakeholdersRepository.relinkToOpportunity(stakeholderId, opportunityId),
      );
    },
    [offerUndo],
  );
};

export const useRelationshipHistory = (stakeholderId: string) =>
  useLiveQuery(async () => (await getRelationshipHistory(stakeholderId)) ?? null, [stakeholderId]);
