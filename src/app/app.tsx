import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { startSyncRunner } from '../data/sync/sync-runner';
import { useSettingsStore } from '../stores/settings-store';
import { useSyncStatusStore } from '../stores/sync-status-store';
import { router } from './router';

/** Sync runs in one tab; every tab shows its status (data/sync/sync-runner.ts). */
const startSync = () =>
  startSyncRunner({
    showStatus: (status) => useSyncStatusStore.getState().setStatus(status),
    currentStatus: () => useSyncStatusStore.getState().status,
    readServerUrl: async () => {
      await useSettingsStore.persist.rehydrate(); // another tab may have changed it
      return useSettingsStore.getState().teamServerUrl;
    },
  });

/** The composition root: the router, whose layout route is the shell; sync beside it. */
export const App = () => {
  useEffect(startSync, []);
  return <RouterProvider router={router} />;
};
