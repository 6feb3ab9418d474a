import { create } from 'zustand';

/**
 * The one pending Undo offer ("Opportunity deleted · Undo"). A new offer replaces the previous
 * one, as in mail clients; the shell shows it and hides it after a while.
 */
export type UndoOffer = {
  id: number;
  message: string;
  undo: () => Promise<void>;
};

type UndoState = {
  offer: UndoOffer | null;
  offerUndo: (message: string, undo: () => Promise<void>) => void;
  dismiss: () => void;
};

let nextOfferId = 1;

export const useUndoStore = create<UndoState>()((set) => ({
  offer: null,
  offerUndo: (message, undo) => {
    set({ offer: { id: nextOfferId++, message, undo } });
  },
  dismiss: () => {
    set({ offer: null });
  },
}));
