import { useCallback } from 'react';
import { loadExamplePlan } from '../../../data/example-plan';
import {
  opportunitiesRepository,
  type CreateOpportunityInput,
  type EditOpportunityInput,
} from '../../../data/repositories/opportunities-repository';
import type { OpportunityId } from '../../../domain/ids';
import { useUndoStore } from '../../../stores/undo-store';
import { hrefs } from '../../../config/routes';

export const useCreateOpportunity = () =>
  useCallback((input: CreateOpportunityInput) => opportunitiesRepository.createOpportunity(input), []);

export const useEditOpportunity = () =>
  useCallback(
    (opportunityId: OpportunityId, input: EditOpportunityInput) =>
      opportunitiesRepository.editOpportunity(opportunityId, input),
    [],
  );

/** Deletes an opportunity with everything under it and offers Undo, which puts it all back. */
export const useDeleteOpportunity = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (opportunityId: OpportunityId) => {
      const removed = await opportunitiesRepository.removeWithEverything(opportunityId);
      // The Overview it was on is gone: the offer belongs to the list the user lands on.
      offerUndo(`Deleted “${removed.opportunity.name}”`, () => opportunitiesRepository.restoreRemoved(removed), {
        pathname: hrefs.opportunities(),
      });
      return removed;
    },
    [offerUndo],
  );
};

export const useLoadExamplePlan = () => useCallback(() => loadExamplePlan(), []);
