import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { DEFAULT_DECONFLICTION_WINDOW_DAYS } from '../domain/rules/deconfliction';

/** Preferences of this browser (not plan data, so not in the database or its backups). */
type SettingsState = {
  /** Two contacts of one stakeholder by different people this many days apart (or fewer) are flagged. */
  deconflictionWindowDays: number;
  setDeconflictionWindowDays: (days: number) => void;
  /** Who of ours is using this browser, for writing debriefs ("Writing as"). */
  currentTeamMemberId: string | null;
  setCurrentTeamMemberId: (id: string | null) => void;
  /** The team server this browser shares pursuits through (null: none, no network calls). */
  teamServerUrl: string | null;
  setTeamServerUrl: (url: string | null) => void;
};

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      deconflictionWindowDays: DEFAULT_DECONFLICTION_WINDOW_DAYS,
      setDeconflictionWindowDays: (days) => {
        set({ deconflictionWindowDays: Math.min(365, Math.max(0, Math.round(days))) });
      },
      currentTeamMemberId: null,
      setCurrentTeamMemberId: (id) => {
        set({ currentTeamMemberId: id });
      },
      teamServerUrl: null,
      setTeamServerUrl: (url) => {
        set({ teamServerUrl: url });
      },
    }),
    { name: 'contact-plan-settings' },
  ),
);
