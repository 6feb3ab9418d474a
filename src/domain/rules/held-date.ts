import type { CalendarDay } from '../calendar-day';
import { heldDayOf, type Contact } from '../contact';

/**
 * Held means it happened: a meeting can be recorded as held (and debriefed) only once its day has
 * come, in the user's own time zone. A contact "held" next month would paint a customer level as
 * covered with nobody met, so every path that writes or counts a held contact asks this rule.
 */
export type HeldDateCheck =
  | { kind: 'not-held' }
  | { kind: 'held'; day: CalendarDay }
  | { kind: 'held-without-day' }
  | { kind: 'held-in-future'; day: CalendarDay };

export const checkHeldDate = (
  contact: Pick<Contact, 'status' | 'heldDate' | 'date'>,
  today: CalendarDay,
): HeldDateCheck => {
  if (contact.status !== 'held') return { kind: 'not-held' };
  const day = heldDayOf(contact);
  if (day === null) return { kind: 'held-without-day' };
  return day > today ? { kind: 'held-in-future', day } : { kind: 'held', day };
};

/** True for a contact that took place on or before today: the only kind coverage counts as met. */
export const isHeldByToday = (contact: Pick<Contact, 'status' | 'heldDate' | 'date'>, today: CalendarDay): boolean =>
  checkHeldDate(contact, today).kind === 'held';

/** The refusal, in words, for a contact marked held with a day still to come; null when it may be saved. */
export const heldDateProblem = (
  contact: Pick<Contact, 'status' | 'heldDate' | 'date'>,
  today: CalendarDay,
  /** How days are written in the message (the screens write "Dec 3, 2026"). */
  formatDay: (day: CalendarDay) => string = (day) => day,
): string | null => {
  const check = checkHeldDate(contact, today);
  if (check.kind === 'held-without-day') return 'A held contact needs the day it took place.';
  if (check.kind === 'held-in-future')
    return `This contact is dated ${formatDay(check.day)}, after today (${formatDay(today)}): it can be marked held once it has taken place.`;
  return null;
};
