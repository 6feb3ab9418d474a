import type { ActionItem } from '../../../domain/action-item';

/**
 * The order a team works through its action items: open ones first, soonest due first (so the
 * overdue lead), those with no due date after them; done ones last. Same day: by text.
 */
export const sortActionItems = <Item extends Pick<ActionItem, 'status' | 'dueDate' | 'text'>>(
  items: readonly Item[],
): Item[] =>
  items.toSorted(
    (a, b) =>
      Number(a.status === 'done') - Number(b.status === 'done') ||
      (a.dueDate ?? '9999-99-99').localeCompare(b.dueDate ?? '9999-99-99') ||
      a.text.localeCompare(b.text),
  );
