import { useEffect, useRef, type RefObject } from 'react';
import { useLocation, useMatches } from 'react-router';

/** How long a new page may take to show its heading (its data loads from IndexedDB first). */
const WAIT_FOR_HEADING_MS = 2_000;

const isInDialog = (element: Element) => element.closest('dialog, [role="dialog"], [aria-modal="true"]') !== null;

/**
 * The heading a screen-reader or keyboard user should land on: the page's h1 — or, when only the
 * section of a layout that stays (an opportunity's tabs) changed, the section's heading, the first
 * h2 after that h1. Headings inside dialogs never count.
 */
const findHeading = (main: HTMLElement, isSectionChange: boolean): HTMLElement | null => {
  const headings = [...main.querySelectorAll<HTMLElement>('h1, h2')].filter((heading) => !isInDialog(heading));
  const h1 = headings.find((heading) => heading.tagName === 'H1') ?? null;
  if (!isSectionChange || h1 === null) return h1;
  return (
    headings.find(
      (heading) =>
        heading.tagName === 'H2' && (h1.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    ) ?? null
  );
};

/** True when a layout route (not the shell, not the page itself) matched before and still matches the same path. */
const keepsLayout = (before: string, after: string): boolean => {
  const afterLayouts = new Set(after.split('\n'));
  return before.split('\n').some((layout) => layout !== '' && afterLayouts.has(layout));
};

/**
 * After the user moves to another page, focus goes to the new page's heading (made focusable with
 * tabIndex -1), so a screen reader announces where they are and Tab continues from the top of the
 * page — not from the link they left on. It does not move on the first load, when only the query
 * string changes (filters), while a dialog holds focus, or when the page or the user has already
 * put focus somewhere else.
 */
export const usePageHeadingFocus = (mainRef: RefObject<HTMLElement | null>) => {
  const { pathname } = useLocation();
  // The layouts between the shell and the page (an opportunity's), as "route id path" lines.
  const layouts = useMatches()
    .slice(1, -1)
    .map((match) => `${match.id} ${match.pathname}`)
    .join('\n');
  const previous = useRef<{ pathname: string; layouts: string } | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = { pathname, layouts };
    const main = mainRef.current;
    if (before === null || before.pathname === pathname || main === null) return;
    const focusedAtMove = document.activeElement;
    if (focusedAtMove !== null && isInDialog(focusedAtMove)) return;
    const isSectionChange = keepsLayout(before.layouts, layouts);

    // Focus may move only if nobody else moved it since the navigation.
    const isFocusUntouched = () => {
      const active = document.activeElement;
      return (
        active === null ||
        active === focusedAtMove ||
        active === document.body ||
        active === main ||
        !active.isConnected
      );
    };
    const focus = (heading: HTMLElement) => {
      if (!isFocusUntouched() || document.querySelector('dialog[open]') !== null) return;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
    };

    const found = findHeading(main, isSectionChange);
    if (found) {
      focus(found);
      return;
    }
    // Not there yet (the page is loading): watch for it, then give up and settle for the h1.
    const observer = new MutationObserver(() => {
      const heading = findHeading(main, isSectionChange);
      if (heading) {
        stop();
        focus(heading);
      }
    });
    const timer = window.setTimeout(() => {
      stop();
      const h1 = findHeading(main, false);
      if (h1) focus(h1);
    }, WAIT_FOR_HEADING_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [pathname, layouts, mainRef]);
};
