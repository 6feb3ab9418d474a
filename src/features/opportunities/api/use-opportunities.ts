import { useLiveQuery } from 'dexie-react-hooks';
import { opportunitiesRepository } from '../../../data/repositories/opportunities-repository';
import { organizationsRepository } from '../../../data/repositories/organizations-repository';

/** All opportunities, most recently changed first; undefined while loading. */
export const useOpportunities = () => useLiveQuery(() => opportunitiesRepository.listNewestFirst(), []);

/** One opportunity: undefined while loading, null when it does not exist. */
export const useOpportunity = (opportunityId: string) =>
  useLiveQuery(async () => (await opportunitiesRepository.get(opportunityId)) ?? null, [opportunityId]);

export const useOpportunitySummary = (opportunityId: string) =>
  useLiveQuery(() => opportunitiesRepository.getSummary(opportunityId), [opportunityId]);

export const useOrganizations = () => useLiveQuery(() => organizationsRepository.listByName(), []);
