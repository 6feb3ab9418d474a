import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

type FocusRequest =
  /** After a save (at this version or later) or an Undo: the item itself. */
  | { kind: 'item'; itemId: string; version: string | null }
  /** After a delete, or Mark done where done items are not listed: the row that takes its place. */
  | { kind: 'after-leaving'; itemId: string; nextId: string | null };

type ItemFocusOptions = {
  /** Holds the rows; each row's focus target carries `data-focus-item="<id>"`. */
  containerRef: RefObject<HTMLElement | null>;
  /** Where focus goes when the row to focus is not shown (the list's status line, which says why). */
  fallbackRef: RefObject<HTMLElement | null>;
  /** Every item the screen has read, shown or not; undefined while loading. */
  items: readonly { id: string; updatedAt: string }[] | undefined;
  /** The ids of the rows shown now (under the filter). */
  shownIds: ReadonlySet<string>;
};

/**
 * Moves focus once the screen shows the result of an action on a row: the live data arrives a
 * render or two after the write, and the element to focus may only exist then. After a save or an
 * Undo, focus goes to the item's Edit button; after a delete, to the next row's (or, at the end,
 * the one before); when that row is not shown under the filter, to the list's status line.
 * Keyboard and screen-reader users so stay where they were working, never on the page's body.
 */
export const useItemFocus = ({ containerRef, fallbackRef, items, shownIds }: ItemFocusOptions) => {
  const request = useRef<FocusRequest | null>(null);
  // A request must cause a render of its own: the data it waits for may already be here.
  const [, setRequestCount] = useState(0);

  useEffect(() => {
    const pending = request.current;
    if (pending === null || items === undefined) return;
    const item = items.find((candidate) => candidate.id === pending.itemId);
    let targetId: string | null;
    if (pending.kind === 'item') {
      if (item === undefined || (pending.version !== null && item.updatedAt < pending.version)) return;
      targetId = shownIds.has(item.id) ? item.id : null;
    } else {
      if (item !== undefined && shownIds.has(item.id)) return;
      targetId = pending.nextId !== null && shownIds.has(pending.nextId) ? pending.nextId : null;
    }
    request.current = null;
    const target =
      targetId === null
        ? fallbackRef.current
        : containerRef.current?.querySelector<HTMLElement>(`[data-focus-item="${CSS.escape(targetId)}"]`);
    (target ?? fallbackRef.current)?.focus();
  });

  const ask = useCallback((next: FocusRequest) => {
    request.current = next;
    setRequestCount((count) => count + 1);
  }, []);

  /** After saving: the item, once the list shows this version of it. */
  const focusItem = useCallback(
    (itemId: string, version: string | null = null) => ask({ kind: 'item', itemId, version }),
    [ask],
  );

  /** Before an action that takes a row out of the list: its neighbour afterwards. */
  const focusAfterLeaving = useCallback(
    (itemId: string, shownOrder: readonly string[]) => {
      const index = shownOrder.indexOf(itemId);
      const nextId = shownOrder[index + 1] ?? (index > 0 ? shownOrder[index - 1] : undefined) ?? null;
      ask({ kind: 'after-leaving', itemId, nextId });
    },
    [ask],
  );

  return { focusItem, focusAfterLeaving };
};
