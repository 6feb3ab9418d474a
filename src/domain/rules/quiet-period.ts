import { daysBetween, type CalendarDay } from '../calendar-day';
import { quietPeriodStartOf, type OpportunityFields } from '../opportunity';

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
