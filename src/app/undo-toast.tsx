import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useUndoStore } from '../stores/undo-store';

const VISIBLE_MS = 15_000;

/**
 * "Deleted … · Undo": shown on the page the offer belongs to, for 15 s — long enough to reach by
 * keyboard, and the clock stops while focus or the pointer is on it. Leaving the page ends the offer.
 */
export const UndoToast = () => {
  const offer = useUndoStore((state) => state.offer);
  const dismiss = useUndoStore((state) => state.dismiss);
  const { pathname } = useLocation();
  // Keyed by offer, so a failed Undo's message does not linger onto the next offer.
  const [failure, setFailure] = useState<{ offerId: number; message: string } | null>(null);
  const [isHeld, setIsHeld] = useState(false);
  const timeLeft = useRef<{ offerId: number; ms: number } | null>(null);
  const isOnItsPage = offer !== null && offer.pathname === pathname;
  const error = offer && failure?.offerId === offer.id ? failure.message : null;

  // Moving to another page ends the offer. Only a move does: an offer raised for the page an action
  // is about to land on (a deleted opportunity's Undo, on the list) waits, unseen, for that move.
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    const current = useUndoStore.getState().offer;
    if (current && current.pathname !== pathname) dismiss();
  }, [pathname, dismiss]);

  useEffect(() => {
    if (!offer || !isOnItsPage || isHeld) return;
    if (timeLeft.current?.offerId !== offer.id) timeLeft.current = { offerId: offer.id, ms: VISIBLE_MS };
    const started = Date.now();
    const left = timeLeft.current;
    const timer = window.setTimeout(dismiss, left.ms);
    return () => {
      window.clearTimeout(timer);
      left.ms = Math.max(0, left.ms - (Date.now() - started));
    };
  }, [offer, isOnItsPage, isHeld, dismiss]);

  const handleUndo = async () => {
    if (!offer) return;
    try {
      await offer.undo();
      dismiss();
    } catch (caught) {
      setFailure({ offerId: offer.id, message: caught instanceof Error ? caught.message : 'Undo failed.' });
    }
  };

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {offer && isOnItsPage ? (
        <div
          className="toast"
          onFocus={() => setIsHeld(true)}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget)) setIsHeld(false);
          }}
          onPointerEnter={() => setIsHeld(true)}
          onPointerLeave={() => setIsHeld(false)}
        >
          <span>{offer.message}</span>
          <button type="button" className="button button-primary" onClick={() => void handleUndo()}>
            Undo
          </button>
          <button type="button" className="button" onClick={dismiss} aria-label="Dismiss">
            ×
          </button>
          {error ? <span role="alert">{error}</span> : null}
        </div>
      ) : null}
    </div>
  );
};
