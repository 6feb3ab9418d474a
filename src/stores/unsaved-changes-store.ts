import { create } from 'zustand';

/**
 * Forms with changes not yet saved, by form: the update prompt and a closing tab ask before
 * throwing them away.
 */
type UnsavedChangesState = {
  /** Form key → what the user calls it ("Contact details"). */
  forms: Record<string, string>;
  setUnsaved: (key: string, label: string, hasUnsaved: boolean) => void;
};

export const useUnsavedChangesStore = create<UnsavedChangesState>()((set) => ({
  forms: {},
  setUnsaved: (key, label, hasUnsaved) => {
    set((state) => {
      if (hasUnsaved === key in state.forms) return state;
      const forms = Object.fromEntries(Object.entries(state.forms).filter(([other]) => other !== key));
      return { forms: hasUnsaved ? { ...forms, [key]: label } : forms };
    });
  },
}));
