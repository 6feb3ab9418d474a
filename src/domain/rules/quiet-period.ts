import { daysBetween, type CalendarDay } from '../calendar-day';
import type { Contact } from '../contact';
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
  | { kind: 'ok' }
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
 * (FAR 15.201). A contact with anyone else then is flagged, and needs a stated reason to be saved.
 * Undated and cancelled contacts are not judged.
 */
export const checkContactQuietPeriod = (
  contact: Pick<Contact, 'date' | 'status' | 'quietPeriodReason'> & { stakeholderIds: readonly string[] },
  opportunity: Pick<OpportunityFields, 'quietPeriodStart' | 'draftRfpDate' | 'finalRfpDate'>,
  stakeholders: ReadonlyMap<string, Pick<Stakeholder, 'isContractingOfficer'>>,
): ContactQuietPeriodCheck => {
  const start = quietPeriodStartOf(opportunity);
  if (start === null || contact.date === null || contact.status === 'cancelled') return { kind: 'ok' };
  if (contact.date < start) return { kind: 'ok' };
  const nonContractingOfficerIds = contact.stakeholderIds.filter(
    (id) => stakeholders.get(id)?.isContractingOfficer !== true,
  );
  if (nonContractingOfficerIds.length === 0) return { kind: 'ok' };
  return {
    kind: 'inside-quiet-period',
    start,
    nonContractingOfficerIds,
    hasReason: contact.quietPeriodReason.trim() !== '',
  };
};
