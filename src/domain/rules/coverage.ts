import { addDays, daysBetween, type CalendarDay } from '../calendar-day';
import { checkHeldDate, isHeldByToday } from './held-date';
import { heldDayOf, type Contact } from '../contact';
import { customerLevels, type CustomerLevel } from '../customer-level';
import type { Outcome } from '../outcome';
import { relationshipStageRank, relationshipStages, type RelationshipStage, type Stakeholder } from '../stakeholder';
import type { TeamMember } from '../team-member';
import { getOpenQuestions, type OpenQuestion } from './open-questions';

/**
 * Coverage answers an executive's one question of a pursuit: are we known, liked and trusted at
 * every level of the customer, or only at the top? For each customer level: who is known, who has
 * been met (held contacts) and how recently, how far the relationships have got, and which of our
 * people did the meeting. Planned contacts count as "planned", never as met.
 */

/** The levels every pursuit must reach; "other" is shown when someone is filed there, never flagged. */
export const coveredLevels = customerLevels.filter((level) => level !== 'other');

/** Recent enough to count as covered now; older contact has lapsed. */
export const RECENT_CONTACT_DAYS = 90;

export type CoverageStatus =
  /** Someone at this level was met in the last 90 days. */
  | 'covered'
  /** Met, but not in the last 90 days. */
  | 'lapsed'
  /** Nobody met yet; a contact is planned. */
  | 'planned-only'
  /** People are known at this level, but nobody has met or planned to meet them. */
  | 'not-contacted'
  /** Nobody at this level is known at all. */
  | 'nobody-known';

export type CoverageInput = {
  stakeholders: readonly Stakeholder[];
  teamMembers: readonly TeamMember[];
  /** The contacts of the pursuits in view (cancelled ones are left out of every figure). */
  contacts: readonly Contact[];
  outcomes: readonly Outcome[];
  today: CalendarDay;
};

export type StakeholderCoverage = {
  stakeholder: Stakeholder;
  /** Held contacts with them, latest first. */
  held: Contact[];
  /** Planned (not yet held) contacts with them, soonest first. */
  planned: Contact[];
  lastMet: CalendarDay | null;
  /** Our people who have met them (held contacts). */
  metByIds: string[];
};

export type Counterpart = {
  teamMember: TeamMember;
  /** True when they have met someone at this level; false when only planned to. */
  hasMet: boolean;
  /** Their counterpart level is this level (our executives meet their executives). */
  levelMatches: boolean;
};

export type LevelCoverage = {
  level: CustomerLevel;
  status: CoverageStatus;
  stakeholders: StakeholderCoverage[];
  /** Held contacts with anyone at this level in the last 30 and 90 days (each contact once). */
  heldLast30: number;
  heldLast90: number;
  bestStage: RelationshipStage | null;
  /** The median stage of the people known at this level. */
  typicalStage: RelationshipStage | null;
  counterparts: Counterpart[];
  lastContact: CalendarDay | null;
  nextPlanned: CalendarDay | null;
  /** Asks not yet answered from contacts with this level. */
  openAsks: OpenQuestion[];
  /** Every contact behind this row (held and planned), for the detail view. */
  contacts: Contact[];
};

/**
 * Held means it happened: only a contact held on or before today counts as met. One "held" with a
 * day still to come (an old record, or one from another laptop's clock) is counted as planned.
 */
const isHeld = (today: CalendarDay) => (contact: Contact) => isHeldByToday(contact, today);
const isPlanned = (today: CalendarDay) => (contact: Contact) =>
  contact.status === 'planned' || checkHeldDate(contact, today).kind === 'held-in-future';

const medianStage = (stages: RelationshipStage[]): RelationshipStage | null => {
  if (stages.length === 0) return null;
  const ranks = stages.map(relationshipStageRank).sort((a, b) => a - b);
  // The lower middle: "typical" should not flatter the plan.
  return relationshipStages[ranks[Math.floor((ranks.length - 1) / 2)] ?? 0] ?? null;
};

const statusOf = (
  known: number,
  lastContact: CalendarDay | null,
  hasPlanned: boolean,
  today: CalendarDay,
): CoverageStatus => {
  if (lastContact !== null) return daysBetween(lastContact, today) <= RECENT_CONTACT_DAYS ? 'covered' : 'lapsed';
  if (hasPlanned) return 'planned-only';
  return known === 0 ? 'nobody-known' : 'not-contacted';
};

const latest = (days: (CalendarDay | null)[]): CalendarDay | null =>
  days.reduce<CalendarDay | null>((max, day) => (day !== null && (max === null || day > max) ? day : max), null);

/** Per stakeholder, from their (non-cancelled) contacts: held and planned ones, when last met, and by whom. */
export const getStakeholderCoverage = (
  stakeholder: Stakeholder,
  theirs: readonly Contact[],
  today: CalendarDay,
): StakeholderCoverage => {
  const held = theirs.filter(isHeld(today)).sort((a, b) => (heldDayOf(b) ?? '').localeCompare(heldDayOf(a) ?? ''));
  const planned = theirs
    .filter(isPlanned(today))
    .sort((a, b) => (heldDayOf(a) ?? '9999').localeCompare(heldDayOf(b) ?? '9999'));
  return {
    stakeholder,
    held,
    planned,
    lastMet: held[0] ? heldDayOf(held[0]) : null,
    metByIds: [...new Set(held.flatMap((contact) => contact.attendeeIds))],
  };
};

/**
 * The coverage table: one row per customer level (the six that must be reached, plus "other" when
 * anyone is filed there), computed from the stakeholders and contacts in view.
 */
export const getCoverage = ({
  stakeholders,
  teamMembers,
  contacts,
  outcomes,
  today,
}: CoverageInput): LevelCoverage[] => {
  const live = contacts.filter((contact) => contact.status !== 'cancelled');
  const teamById = new Map(teamMembers.map((person) => [person.id as string, person]));
  const openAsks = getOpenQuestions(live, outcomes).filter((question) => question.kind === 'ask');
  const levels = stakeholders.some((person) => person.customerLevel === 'other') ? customerLevels : coveredLevels;
  // Contacts by stakeholder, once: thousands of people and contacts must not be compared pairwise.
  const contactsOf = new Map<string, Contact[]>();
  for (const contact of live) {
    for (const id of new Set(contact.stakeholderIds)) {
      const theirs = contactsOf.get(id);
      if (theirs) theirs.push(contact);
      else contactsOf.set(id, [contact]);
    }
  }

  return levels.map((level): LevelCoverage => {
    const people = stakeholders
      .filter((person) => person.customerLevel === level)
      .map((person) => getStakeholderCoverage(person, contactsOf.get(person.id) ?? [], today));
    const levelContacts = [...new Set(people.flatMap((person) => contactsOf.get(person.stakeholder.id) ?? []))];
    const held = levelContacts.filter(isHeld(today));
    const planned = levelContacts.filter(isPlanned(today));
    // Held contacts always have a day on or before today (isHeld).
    const heldWithin = (days: number) =>
      held.filter((contact) => daysBetween(heldDayOf(contact) ?? today, today) <= days).length;
    const lastContact = latest(held.map(heldDayOf));
    const upcoming = planned
      .map(heldDayOf)
      .filter((day): day is CalendarDay => day !== null && day >= today)
      .sort();

    const metIds = new Set(held.flatMap((contact) => contact.attendeeIds));
    const counterparts = [...new Set(levelContacts.flatMap((contact) => contact.attendeeIds))]
      .flatMap((id) => {
        const teamMember = teamById.get(id);
        return teamMember
          ? [{ teamMember, hasMet: metIds.has(id), levelMatches: teamMember.counterpartLevel === level }]
          : [];
      })
      .sort((a, b) => Number(b.hasMet) - Number(a.hasMet) || a.teamMember.name.localeCompare(b.teamMember.name));
    const contactIds = new Set<string>(levelContacts.map((contact) => contact.id));

    return {
      level,
      status: statusOf(people.length, lastContact, planned.length > 0, today),
      stakeholders: people.sort((a, b) => a.stakeholder.name.localeCompare(b.stakeholder.name)),
      heldLast30: heldWithin(30),
      heldLast90: heldWithin(RECENT_CONTACT_DAYS),
      bestStage:
        people.length === 0
          ? null
          : (relationshipStages[
              people.reduce(
                (best, person) => Math.max(best, relationshipStageRank(person.stakeholder.relationshipStage)),
                0,
              )
            ] ?? null),
      typicalStage: medianStage(people.map((person) => person.stakeholder.relationshipStage)),
      counterparts,
      lastContact,
      nextPlanned: upcoming[0] ?? null,
      openAsks: openAsks.filter((question) => contactIds.has(question.contactId)),
      contacts: levelContacts.sort((a, b) => (heldDayOf(b) ?? '').localeCompare(heldDayOf(a) ?? '')),
    };
  });
};

/** Is the level reached at all (someone met, however long ago)? */
export const isLevelMet = (row: Pick<LevelCoverage, 'status'>): boolean =>
  row.status === 'covered' || row.status === 'lapsed';

/** The window of the next two weeks, for the executive brief. */
export const nextTwoWeeks = (today: CalendarDay): { from: CalendarDay; to: CalendarDay } => ({
  from: today,
  to: addDays(today, 13),
});
