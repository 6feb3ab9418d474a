import { addDays, daysBetween, type CalendarDay } from '../calendar-day';
import type { ActionItem } from '../action-item';
import { heldDayOf, type Contact } from '../contact';
import type { Outcome } from '../outcome';

/** Action items due this many days ahead are listed as due soon. */
export const DUE_SOON_DAYS = 7;
/** A held contact with no outcome this many days later is a follow-up: memories fade fast. */
export const OUTCOME_OVERDUE_AFTER_DAYS = 2;

export type FollowUps = {
  overdue: ActionItem[];
  dueSoon: ActionItem[];
  /** Held contacts whose outcome is still missing, oldest first, with how many days it has been. */
  heldWithoutOutcome: { contact: Contact; daysSinceHeld: number }[];
};

/**
 * What needs doing now, across pursuits: open action items past due (oldest first), those due in
 * the next 7 days, and meetings held 2 or more days ago with no outcome recorded.
 */
export const getFollowUps = (
  actionItems: readonly ActionItem[],
  contacts: readonly Contact[],
  outcomes: readonly Outcome[],
  today: CalendarDay,
): FollowUps => {
  const open = actionItems.filter((item) => item.status !== 'done' && item.dueDate !== null);
  const byDue = (a: ActionItem, b: ActionItem) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '');
  const soonLimit = addDays(today, DUE_SOON_DAYS);
  const withOutcome = new Set(outcomes.map((outcome) => outcome.contactId as string));
  return {
    overdue: open.filter((item) => (item.dueDate ?? '') < today).sort(byDue),
    dueSoon: open.filter((item) => (item.dueDate ?? '') >= today && (item.dueDate ?? '') <= soonLimit).sort(byDue),
    heldWithoutOutcome: contacts
      .flatMap((contact) => {
        const heldOn = heldDayOf(contact);
        if (contact.status !== 'held' || heldOn === null || withOutcome.has(contact.id)) return [];
        const daysSinceHeld = daysBetween(heldOn, today);
        return daysSinceHeld >= OUTCOME_OVERDUE_AFTER_DAYS ? [{ contact, daysSinceHeld }] : [];
      })
      .sort((a, b) => b.daysSinceHeld - a.daysSinceHeld),
  };
};
