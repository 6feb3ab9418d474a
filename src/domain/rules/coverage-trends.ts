import type { CalendarDay } from '../calendar-day';
import { heldDayOf, type Contact } from '../contact';
import type { CustomerLevel } from '../customer-level';
import type { Outcome } from '../outcome';
import { relationshipStageRank, type RelationshipStage, type Stakeholder } from '../stakeholder';
import { coveredLevels } from './coverage';

/**
 * The figures behind the coverage charts: relationship stage by level month by month, and contacts
 * planned against held per month. Months are `yyyy-MM`.
 */

/** The longest stretch a chart shows; older months are left out. */
export const MAX_TREND_MONTHS = 24;

const monthOf = (day: CalendarDay): string => day.slice(0, 7);

const addMonths = (month: string, count: number): string => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (number - 1) + count;
  return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
};

const monthsFrom = (first: string, last: string): string[] => {
  const months: string[] = [];
  for (let month = first; month <= last && months.length < MAX_TREND_MONTHS; month = addMonths(month, 1))
    months.push(month);
  return months;
};

/**
 * Which months to show: from the first dated contact to this month (or to the last contact, when
 * the plan's contacts are all over two years old, so an old plan still shows its own history), at
 * most 24 months, the latest kept. With no dated contact: the last 12 months.
 */
export const trendMonths = (contacts: readonly Contact[], today: CalendarDay): string[] => {
  const days = contacts
    .flatMap((contact) => [contact.date, contact.heldDate])
    .filter((day): day is CalendarDay => day !== null)
    .sort();
  const thisMonth = monthOf(today);
  const [first, last] = [days[0], days.at(-1)];
  if (first === undefined || last === undefined) return monthsFrom(addMonths(thisMonth, -11), thisMonth);
  const lastMonth = monthOf(last);
  const isRecent = lastMonth >= addMonths(thisMonth, -(MAX_TREND_MONTHS - 1));
  const end = isRecent ? (lastMonth > thisMonth ? lastMonth : thisMonth) : lastMonth;
  const earliest = addMonths(end, -(MAX_TREND_MONTHS - 1));
  const start = monthOf(first) > earliest ? monthOf(first) : earliest;
  return monthsFrom(start, end);
};

export type ContactsPerMonth = { month: string; planned: number; held: number };

/** Per month: contacts planned for it (held or not, cancelled ones left out) and contacts held in it. */
export const getContactsPerMonth = (contacts: readonly Contact[], months: readonly string[]): ContactsPerMonth[] =>
  months.map((month) => ({
    month,
    planned: contacts.filter(
      (contact) => contact.status !== 'cancelled' && contact.date !== null && monthOf(contact.date) === month,
    ).length,
    held: contacts.filter((contact) => {
      const day = contact.status === 'held' ? heldDayOf(contact) : null;
      return day !== null && monthOf(day) === month;
    }).length,
  }));

/** Per month, per level: the best stage reached by anyone at that level by the month's end (null: nobody known). */
export type StageByLevelMonth = { month: string } & Partial<Record<CustomerLevel, number | null>>;

/**
 * A stakeholder's stage at the end of a month, from the stage changes recorded in outcomes: the
 * last change by then, else the stage before the first later change, else their stage today.
 */
const stageAt = (
  current: RelationshipStage,
  changes: { day: CalendarDay; from: RelationshipStage; to: RelationshipStage }[],
  monthEnd: string,
): RelationshipStage => {
  let stage: RelationshipStage | null = null;
  for (const change of changes) {
    if (monthOf(change.day) <= monthEnd) stage = change.to;
    else return stage ?? change.from;
  }
  return stage ?? current;
};

export const getStageByLevel = (
  stakeholders: readonly Stakeholder[],
  contacts: readonly Contact[],
  outcomes: readonly Outcome[],
  months: readonly string[],
): StageByLevelMonth[] => {
  const dayOfContact = new Map(contacts.map((contact) => [contact.id as string, heldDayOf(contact)]));
  const changesOf = new Map<string, { day: CalendarDay; from: RelationshipStage; to: RelationshipStage }[]>();
  for (const outcome of outcomes) {
    const day = dayOfContact.get(outcome.contactId);
    if (!day) continue;
    for (const change of outcome.stageChanges)
      changesOf.set(change.stakeholderId, [
        ...(changesOf.get(change.stakeholderId) ?? []),
        { day, from: change.from, to: change.to },
      ]);
  }
  for (const changes of changesOf.values()) changes.sort((a, b) => a.day.localeCompare(b.day));

  return months.map((month) => {
    const point: StageByLevelMonth = { month };
    for (const level of coveredLevels) {
      const people = stakeholders.filter((person) => person.customerLevel === level);
      point[level] =
        people.length === 0
          ? null
          : Math.max(
              ...people.map((person) =>
                relationshipStageRank(stageAt(person.relationshipStage, changesOf.get(person.id) ?? [], month)),
              ),
            );
    }
    return point;
  });
};
