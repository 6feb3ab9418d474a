import { useCallback } from 'react';
import { loadExamplePlan } from '../../../data/example-plan';
import {
  opportunitiesRepository,
  type SaveOpportunityInput,
} from '../../../data/repositories/opportunities-repository';
import { useUndoStore } from '../../../stores/undo-store';
import { hrefs } from '../../../config/routes';

export const useCreateOpportunity = () =>
  useCallback((input: SaveOpportunityInput) => opportunitiesRepository.createWithCustomer(input), []);

export const useUpdateOpportunity = () =>
  useCallback(
    (opportunityId: string, input: SaveOpportunityInput) =>
      opportunitiesRepository.updateWithCustomer(opportunityId, input),
    [],
  );

/** Deletes an opportunity with everything under it and offers Undo, which puts it all back. */
export const useDeleteOpportunity = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    async (opportunityId: string) => {
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
