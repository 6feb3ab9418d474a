import { create } from 'zustand';
import { idleSyncStatus, type SyncStatus } from '../data/sync/sync-engine';

/**
 * How sync stands, as the tab that runs it reports (every tab shows the same words: the others
 * hear it over a BroadcastChannel). Waiting changes and conflicts are read from the database.
 */
type SyncStatusState = { status: SyncStatus; setStatus: (status: SyncStatus) => void };

export const useSyncStatusStore = create<SyncStatusState>()((set) => ({
  status: idleSyncStatus,
  setStatus: (status) => {
    set({ status });
  },
}));
