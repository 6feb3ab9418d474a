import { todayCalendarDay, type CalendarDay } from '../calendar-day';
import { isHeldByToday } from './held-date';
import { heldDayOf, type Contact } from '../contact';
import type { CustomerLevel } from '../customer-level';
import type { Outcome } from '../outcome';
import { relationshipStageRank, type RelationshipStage, type Stakeholder } from '../stakeholder';
import { coveredLevels } from './coverage';

/**
 * The figures behind the coverage charts: relationship stage by level month by month, and contacts
 * planned against held per month. Months are `yyyy-MM`. The stage chart is history: it never shows
 * a month still to come, and a line starts when its first stakeholder is on record. The contacts
 * chart does show the months ahead that have contacts planned in them.
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

type StageChange = { day: CalendarDay; from: RelationshipStage; to: RelationshipStage };

/** Stage changes per stakeholder, oldest first, dated by the day their contact took place. */
const stageChangesByStakeholder = (
  contacts: readonly Contact[],
  outcomes: readonly Outcome[],
): Map<string, StageChange[]> => {
  const dayOfContact = new Map(contacts.map((contact) => [contact.id as string, heldDayOf(contact)]));
  const changesOf = new Map<string, StageChange[]>();
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
  return changesOf;
};

/**
 * The first day a stakeholder's stage is on record: the earliest of the day they were added to the
 * plan (createdAt, in the user's time zone), their first dated contact, and their first recorded
 * stage change. createdAt alone would be too late for history brought in later (an import creates
 * today the people of meetings held last year); the first contact alone would be too late for
 * people added, with their stage, before anyone met them. Before that day there is no stage to
 * draw, so their line does not start earlier.
 */
export const stakeholderOnRecordSince = (
  stakeholder: Pick<Stakeholder, 'createdAt'>,
  firstContactDay: CalendarDay | undefined,
  changes: readonly { day: CalendarDay }[] = [],
): CalendarDay =>
  [firstContactDay, changes[0]?.day].reduce<CalendarDay>(
    (first, day) => (day !== undefined && day < first ? day : first),
    todayCalendarDay(new Date(stakeholder.createdAt)),
  );

/** Each stakeholder's first dated contact (planned or held), in one pass over the contacts. */
const firstContactDays = (contacts: readonly Contact[]): Map<string, CalendarDay> => {
  const first = new Map<string, CalendarDay>();
  for (const contact of contacts) {
    for (const day of [contact.date, contact.heldDate]) {
      if (day === null) continue;
      for (const id of contact.stakeholderIds) {
        const known = first.get(id);
        if (known === undefined || day < known) first.set(id, day);
      }
    }
  }
  return first;
};

/** The month each stakeholder's line starts, by id. */
const onRecordMonths = (
  stakeholders: readonly Stakeholder[],
  contacts: readonly Contact[],
  changesOf: ReadonlyMap<string, StageChange[]>,
): Map<string, string> => {
  const firstContact = firstContactDays(contacts);
  return new Map(
    stakeholders.map((person) => [
      person.id as string,
      monthOf(stakeholderOnRecordSince(person, firstContact.get(person.id), changesOf.get(person.id))),
    ]),
  );
};

/**
 * The months of the stage chart: those of the contacts chart up to this month (never a month to
 * come), from the month the first stakeholder is on record. Always at least this month.
 */
export const stageTrendMonths = (
  stakeholders: readonly Stakeholder[],
  contacts: readonly Contact[],
  outcomes: readonly Outcome[],
  today: CalendarDay,
): string[] => {
  const thisMonth = monthOf(today);
  const past = trendMonths(contacts, today).filter((month) => month <= thisMonth);
  if (past.length === 0) return [thisMonth];
  const starts = [...onRecordMonths(stakeholders, contacts, stageChangesByStakeholder(contacts, outcomes)).values()];
  if (starts.length === 0) return past;
  const earliest = starts.reduce((min, month) => (month < min ? month : min));
  const fromFirstLine = past.filter((month) => month >= earliest);
  return fromFirstLine.length > 0 ? fromFirstLine : [thisMonth];
};

export type ContactsPerMonth = { month: string; planned: number; held: number };

/**
 * Per month: contacts planned for it (held or not, cancelled ones left out) and contacts held in it
 * (only those held on or before today: held means it happened).
 */
export const getContactsPerMonth = (
  contacts: readonly Contact[],
  months: readonly string[],
  today: CalendarDay,
): ContactsPerMonth[] =>
  months.map((month) => ({
    month,
    planned: contacts.filter(
      (contact) => contact.status !== 'cancelled' && contact.date !== null && monthOf(contact.date) === month,
    ).length,
    held: contacts.filter((contact) => {
      const day = isHeldByToday(contact, today) ? heldDayOf(contact) : null;
      return day !== null && monthOf(day) === month;
    }).length,
  }));

/**
 * Per month, per level: the best stage reached by the month's end by anyone at that level already on
 * record (null: nobody on record yet at that level, so the line has not started).
 */
export type StageByLevelMonth = { month: string } & Partial<Record<CustomerLevel, number | null>>;

/**
 * A stakeholder's stage at the end of a month, from the stage changes recorded in outcomes: the
 * last change by then, else the stage before the first later change, else their stage today.
 */
const stageAt = (current: RelationshipStage, changes: readonly StageChange[], monthEnd: string): RelationshipStage => {
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
  const changesOf = stageChangesByStakeholder(contacts, outcomes);
  const since = onRecordMonths(stakeholders, contacts, changesOf);
  const people = stakeholders.map((person) => ({
    person,
    changes: changesOf.get(person.id) ?? [],
    since: since.get(person.id) ?? '',
  }));

  return months.map((month) => {
    const point: StageByLevelMonth = { month };
    for (const level of coveredLevels) {
      const onRecord = people.filter(({ person, since }) => person.customerLevel === level && since <= month);
      point[level] =
        onRecord.length === 0
          ? null
          : onRecord.reduce(
              (best, { person, changes }) =>
                Math.max(best, relationshipStageRank(stageAt(person.relationshipStage, changes, month))),
              0,
            );
    }
    return point;
  });
};
