import { useLiveQuery } from 'dexie-react-hooks';
import { actionItemsRepository } from '../../../data/repositories/action-items-repository';
import { contactsRepository } from '../../../data/repositories/contacts-repository';
import { opportunitiesRepository } from '../../../data/repositories/opportunities-repository';
import { outcomesRepository } from '../../../data/repositories/outcomes-repository';
import { stakeholdersRepository } from '../../../data/repositories/stakeholders-repository';
import { teamMembersRepository } from '../../../data/repositories/team-members-repository';
import type { ActionItem } from '../../../domain/action-item';
import { todayCalendarDay, type CalendarDay } from '../../../domain/calendar-day';
import type { Contact } from '../../../domain/contact';
import type { OpportunityId } from '../../../domain/ids';
import { isClosedStage, type Opportunity } from '../../../domain/opportunity';
import type { Outcome } from '../../../domain/outcome';
import { getCoverage, type LevelCoverage } from '../../../domain/rules/coverage';
import { getCoverageFlags, type CoverageFlag } from '../../../domain/rules/coverage-flags';
import type { Stakeholder } from '../../../domain/stakeholder';
import type { TeamMember } from '../../../domain/team-member';

/** One pursuit's coverage, with what its detail views, charts and brief need. */
export type OpportunityCoverage = {
  opportunity: Opportunity;
  rows: LevelCoverage[];
  flags: CoverageFlag[];
  stakeholders: Stakeholder[];
  contacts: Contact[];
  outcomes: Outcome[];
  actionItems: ActionItem[];
};

export type CoverageData = {
  today: CalendarDay;
  teamMembers: TeamMember[];
  opportunities: OpportunityCoverage[];
};

type Everything = {
  stakeholders: Stakeholder[];
  teamMembers: TeamMember[];
  contacts: Contact[];
  outcomes: Outcome[];
  actionItems: ActionItem[];
};

const groupBy = <Item>(items: readonly Item[], keysOf: (item: Item) => readonly string[]): Map<string, Item[]> => {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    for (const key of keysOf(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
};

/** Each opportunity's coverage; records are grouped by opportunity once, so many pursuits stay fast. */
const coverageOfEach = (
  opportunities: readonly Opportunity[],
  all: Everything,
  today: CalendarDay,
): OpportunityCoverage[] => {
  const stakeholdersOf = groupBy(all.stakeholders, (person) => person.opportunityIds);
  const contactsOf = groupBy(all.contacts, (contact) => [contact.opportunityId]);
  const outcomesOf = groupBy(all.outcomes, (outcome) => [outcome.opportunityId]);
  const actionItemsOf = groupBy(all.actionItems, (item) => [item.opportunityId]);
  return opportunities.map((opportunity) => {
    const stakeholders = stakeholdersOf.get(opportunity.id) ?? [];
    const contacts = contactsOf.get(opportunity.id) ?? [];
    const outcomes = outcomesOf.get(opportunity.id) ?? [];
    const rows = getCoverage({ stakeholders, teamMembers: all.teamMembers, contacts, outcomes, today });
    return {
      opportunity,
      rows,
      flags: getCoverageFlags(rows, contacts, today, opportunity),
      stakeholders,
      contacts,
      outcomes,
      actionItems: actionItemsOf.get(opportunity.id) ?? [],
    };
  });
};

/** One opportunity's coverage, live: it follows every change to its contacts, outcomes and people. */
export const useOpportunityCoverage = (opportunityId: OpportunityId) =>
  useLiveQuery(async (): Promise<CoverageData | null> => {
    const today = todayCalendarDay();
    const [opportunity, stakeholders, teamMembers, contacts, outcomes, actionItems] = await Promise.all([
      opportunitiesRepository.get(opportunityId),
      stakeholdersRepository.listForOpportunity(opportunityId),
      teamMembersRepository.listAll(),
      contactsRepository.listForOpportunity(opportunityId),
      outcomesRepository.listForOpportunity(opportunityId),
      actionItemsRepository.listForOpportunity(opportunityId),
    ]);
    if (!opportunity) return null;
    return {
      today,
      teamMembers,
      opportunities: coverageOfEach(
        [opportunity],
        { stakeholders, teamMembers, contacts, outcomes, actionItems },
        today,
      ),
    };
  }, [opportunityId]);

/** Every pursuit still open (won, lost and no-bid ones are left out), live. */
export const usePortfolioCoverage = () =>
  useLiveQuery(async (): Promise<CoverageData> => {
    const today = todayCalendarDay();
    const [opportunities, stakeholders, teamMembers, contacts, outcomes, actionItems] = await Promise.all([
      opportunitiesRepository.listAll(),
      stakeholdersRepository.listAll(),
      teamMembersRepository.listAll(),
      contactsRepository.listAll(),
      outcomesRepository.listAll(),
      actionItemsRepository.listAll(),
    ]);
    const open = opportunities
      .filter((opportunity) => !isClosedStage(opportunity.stage))
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      today,
      teamMembers,
      opportunities: coverageOfEach(open, { stakeholders, teamMembers, contacts, outcomes, actionItems }, today),
    };
  }, []);

/**
 * Coverage across pursuits, level by level: the people and contacts of every open pursuit taken
 * together (someone in two pursuits counts once).
 */
export const combinedRows = (data: CoverageData): LevelCoverage[] =>
  getCoverage({
    stakeholders: stakeholdersInView(data),
    teamMembers: data.teamMembers,
    contacts: data.opportunities.flatMap((entry) => entry.contacts),
    outcomes: data.opportunities.flatMap((entry) => entry.outcomes),
    today: data.today,
  });

/** The stakeholders of every pursuit in view, each once (people take part in several). */
export const stakeholdersInView = (data: CoverageData): Stakeholder[] => [
  ...new Map(
    data.opportunities.flatMap((entry) => entry.stakeholders.map((person) => [person.id, person] as const)),
  ).values(),
];

/** More pursuits than this are not drawn side by side: the page would be unreadable and slow. */
export const MAX_OPPORTUNITIES_SHOWN = 50;

/** The pursuits to show first: those with the most flags, then by name. */
export const mostFlaggedFirst = (opportunities: readonly OpportunityCoverage[]): OpportunityCoverage[] =>
  opportunities
    .toSorted((a, b) => b.flags.length - a.flags.length || a.opportunity.name.localeCompare(b.opportunity.name))
    .slice(0, MAX_OPPORTUNITIES_SHOWN);
