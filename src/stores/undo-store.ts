import { create } from 'zustand';

/**
 * The one pending Undo offer ("Opportunity deleted · Undo"). A new offer replaces the previous
 * one, as in mail clients; the shell shows it and hides it after a while. An offer belongs to the
 * page it was raised on (its pathname): it is never shown over another screen, where "Undo" would
 * act on something the user can no longer see.
 */
export type UndoOffer = {
  id: number;
  message: string;
  undo: () => Promise<void>;
  /** The page the offer belongs to: where it was raised, or where the action that raised it lands. */
  pathname: string;
};

type UndoState = {
  offer: UndoOffer | null;
  /**
   * Offers Undo on the current page; `pathname` names another page when the action moves there
   * (deleting an opportunity lands on the list, where its Undo belongs).
   */
  offerUndo: (message: string, undo: () => Promise<void>, options?: { pathname?: string }) => void;
  dismiss: () => void;
};

let nextOfferId = 1;

export const useUndoStore = create<UndoState>()((set) => ({
  offer: null,
  offerUndo: (message, undo, options) => {
    set({ offer: { id: nextOfferId++, message, undo, pathname: options?.pathname ?? window.location.pathname } });
  },
  dismiss: () => {
    set({ offer: null });
  },
}));
