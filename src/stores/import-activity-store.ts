import { create } from 'zustand';

/**
 * An import being written, and one that was dropped before it finished. A reload, a closed tab or
 * leaving the import page stops the import worker, and the database then keeps nothing of it; the
 * user must be told so afterwards, not find half a plan (there is none) or think it was saved.
 * The mark lives in this tab's sessionStorage, which a reload keeps.
 */
const WRITING_KEY = 'contact-plan:import-being-written';

const readMark = (): string | null => {
  try {
    return sessionStorage.getItem(WRITING_KEY);
  } catch {
    return null;
  }
};
const writeMark = (fileName: string | null) => {
  try {
    if (fileName === null) sessionStorage.removeItem(WRITING_KEY);
    else sessionStorage.setItem(WRITING_KEY, fileName);
  } catch {
    // Storage refused (a private mode): the notice after a reload is then simply not shown.
  }
};

type ImportActivityState = {
  /** The file whose import is being written now, in this tab. */
  writing: string | null;
  /** The file whose import was stopped before it finished (nothing of it was saved). */
  dropped: string | null;
  startWriting: (fileName: string) => void;
  finishWriting: () => void;
  dropWriting: () => void;
  dismissDropped: () => void;
};

const droppedBeforeThisLoad = readMark();
writeMark(null);

export const useImportActivityStore = create<ImportActivityState>()((set, get) => ({
  writing: null,
  dropped: droppedBeforeThisLoad,
  startWriting: (fileName) => {
    writeMark(fileName);
    set({ writing: fileName, dropped: null });
  },
  finishWriting: () => {
    writeMark(null);
    set({ writing: null });
  },
  dropWriting: () => {
    writeMark(null);
    set({ writing: null, dropped: get().writing });
  },
  dismissDropped: () => {
    set({ dropped: null });
  },
}));
