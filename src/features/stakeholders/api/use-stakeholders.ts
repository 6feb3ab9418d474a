import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { organizationsRepository } from '../../../data/repositories/organizations-repository';
import { getRelationshipHistory } from '../../../data/repositories/relationship-history';
import {
  stakeholdersRepository,
  type CreateStakeholderInput,
  type EditStakeholderInput,
} from '../../../data/repositories/stakeholders-repository';
import type { OpportunityId, StakeholderId } from '../../../domain/ids';
import { useUndoStore } from '../../../stores/undo-store';

export const useStakeholdersForOpportunity = (opportunityId: OpportunityId) =>
  useLiveQuery(() => stakeholdersRepository.listForOpportunity(opportunityId), [opportunityId]);

/** Stakeholders known from other pursuits, who could be added to this one. */
export const useOtherKnownStakeholders = (opportunityId: OpportunityId) =>
  useLiveQuery(async () => {
    const all = await stakeholdersRepository.listAll();
    return all
      .filter((person) => !person.opportunityIds.includes(opportunityId))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [opportunityId]);

export const useOrganizationsByName = () => useLiveQuery(() => organizationsRepository.listByName(), []);

export const useCreateStakeholder = () =>
  useCallback((input: CreateStakeholderInput) => stakeholdersRepository.createStakeholder(input), []);

export const useEditStakeholder = () =>
  useCallback((input: EditStakeholderInput) => stakeholdersRepository.editStakeholder(input), []);

export const useAddKnownStakeholder = () =>
  useCallback(
    (stakeholderId: StakeholderId, opportunityId: OpportunityId) =>
      stakeholdersRepository.assignToOpportunity(stakeholderId, opportunityId),
    [],
  );

/** Takes a stakeholder off this opportunity (they stay known for others), with Undo. */
export const useRemoveStakeholderFromOpportunity = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (stakeholderId: StakeholderId, opportunityId: OpportunityId) => {
      const removed = await stakeholdersRepository.removeFromOpportunity(stakeholderId, opportunityId);
      offerUndo(`Removed ${removed.name} from this opportunity`, () =>
        stakeholdersRepository.relinkToOpportunity(stakeholderId, opportunityId),
      );
    },
    [offerUndo],
  );
};

/** Everything known of one stakeholder's meetings; null when there is no such person (or the id is malformed). */
export const useRelationshipHistory = (stakeholderId: StakeholderId | null) =>
  useLiveQuery(
    async () => (stakeholderId === null ? null : await getRelationshipHistory(stakeholderId)),
    [stakeholderId],
  );
