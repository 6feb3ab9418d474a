import { daysBetween, type CalendarDay } from '../calendar-day';
import { heldDayOf, type Contact } from '../contact';
import { quietPeriodStartOf, type OpportunityFields } from '../opportunity';
import type { Stakeholder } from '../stakeholder';

/**
 * Where an opportunity stands against its quiet period. Once the customer's cone of silence drops
 * (FAR 15.201), only the contracting officer may be contacted, so the capture manager needs to see
 * how many days of open contact are left.
 */
export type QuietPeriodCountdown =
  | { kind: 'no-date' }
  | { kind: 'upcoming'; start: CalendarDay; daysLeft: number }
  | { kind: 'starts-today'; start: CalendarDay }
  | { kind: 'started'; start: CalendarDay; daysAgo: number };

export const getQuietPeriodCountdown = (
  opportunity: Pick<OpportunityFields, 'quietPeriodStart' | 'draftRfpDate' | 'finalRfpDate'>,
  today: CalendarDay,
): QuietPeriodCountdown => {
  const start = quietPeriodStartOf(opportunity);
  if (start === null) return { kind: 'no-date' };
  const daysLeft = daysBetween(today, start);
  if (daysLeft > 0) return { kind: 'upcoming', start, daysLeft };
  if (daysLeft === 0) return { kind: 'starts-today', start };
  return { kind: 'started', start, daysAgo: -daysLeft };
};

export type ContactQuietPeriodCheck =
  /** Nothing to judge: the pursuit has no quiet-period date, or the contact no date, or it is cancelled. */
  | { kind: 'not-judged'; why: 'no-quiet-period-date' | 'undated' | 'cancelled' }
  | { kind: 'before-quiet-period'; start: CalendarDay }
  /** Inside, but nobody on the customer side is chosen yet: nothing to flag, but only a CO may be added. */
  | { kind: 'inside-no-customer-yet'; start: CalendarDay }
  /** Inside, and everyone met is a contracting officer: allowed (FAR 15.201), never flagged. */
  | { kind: 'contracting-officer-only'; start: CalendarDay; contractingOfficerIds: string[] }
  | {
      kind: 'inside-quiet-period';
      start: CalendarDay;
      /** The people met who are not contracting officers: the reason it is flagged. */
      nonContractingOfficerIds: string[];
      /** Saving is refused until the user gives a reason. */
      hasReason: boolean;
    };

/**
 * From the quiet-period start (that day included) only a contracting officer may be contacted
 * (FAR 15.201). A contact with anyone else then is flagged, and needs a stated reason to be saved;
 * one with the contracting officer alone is inside the quiet period and allowed, which the screens
 * say in so many words (a capture manager must not read it as "outside the quiet period").
 * Undated and cancelled contacts are not judged.
 */
export const checkContactQuietPeriod = (
  contact: Pick<Contact, 'date' | 'heldDate' | 'status' | 'quietPeriodReason'> & { stakeholderIds: readonly string[] },
  opportunity: Pick<OpportunityFields, 'quietPeriodStart' | 'draftRfpDate' | 'finalRfpDate'>,
  stakeholders: ReadonlyMap<string, Pick<Stakeholder, 'isContractingOfficer'>>,
): ContactQuietPeriodCheck => {
  const start = quietPeriodStartOf(opportunity);
  if (start === null) return { kind: 'not-judged', why: 'no-quiet-period-date' };
  if (contact.status === 'cancelled') return { kind: 'not-judged', why: 'cancelled' };
  // A meeting is judged by the day it took place once held (planned before, held after the start counts).
  const day = heldDayOf(contact);
  if (day === null) return { kind: 'not-judged', why: 'undated' };
  if (day < start) return { kind: 'before-quiet-period', start };
  if (contact.stakeholderIds.length === 0) return { kind: 'inside-no-customer-yet', start };
  const nonContractingOfficerIds = contact.stakeholderIds.filter(
    (id) => stakeholders.get(id)?.isContractingOfficer !== true,
  );
  if (nonContractingOfficerIds.length === 0)
    return { kind: 'contracting-officer-only', start, contractingOfficerIds: [...new Set(contact.stakeholderIds)] };
  return {
    kind: 'inside-quiet-period',
    start,
    nonContractingOfficerIds,
    hasReason: contact.quietPeriodReason.trim() !== '',
  };
};
