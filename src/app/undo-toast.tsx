import { useEffect, useState } from 'react';
import { useUndoStore } from '../stores/undo-store';

const VISIBLE_MS = 15_000;

/** "Deleted … · Undo": stays 15 s, long enough to reach by keyboard. */
export const UndoToast = () => {
  const offer = useUndoStore((state) => state.offer);
  const dismiss = useUndoStore((state) => state.dismiss);
  // Keyed by offer, so a failed Undo's message does not linger onto the next offer.
  const [failure, setFailure] = useState<{ offerId: number; message: string } | null>(null);
  const error = offer && failure?.offerId === offer.id ? failure.message : null;

  useEffect(() => {
    if (!offer) return;
    const timer = window.setTimeout(dismiss, VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [offer, dismiss]);

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
      {offer ? (
        <div className="toast">
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
