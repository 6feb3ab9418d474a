import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import {
  countAllRecords,
  planBackupMerge,
  readBackup,
  replaceWithBackup,
  takeBackup,
} from '../../../data/backup/backup';
import type { BackupContents } from '../../../data/backup/backup-contents';
import { getBackupStatus, subscribeToBackupStatus, type BackupStatus } from '../../../data/backup/backup-status';
import { applyArchiveImport, type ArchiveImportPlan } from '../../../data/spreadsheet-sources';
import { todayCalendarDay } from '../../../domain/calendar-day';
import { downloadFile } from '../../../lib/download';

/** Back up everything: the file is built off the page and downloaded. */
export const useTakeBackup = () =>
  useCallback(async (signal?: AbortSignal) => {
    const { bytes, counts } = await takeBackup(__APP_VERSION__, signal);
    downloadFile(bytes, `contact-plan-backup-${todayCalendarDay()}.json`, 'application/json');
    return counts;
  }, []);

export const useReadBackup = () => useCallback((file: File, signal?: AbortSignal) => readBackup(file, signal), []);
export const useCountAllRecords = () => useCallback(() => countAllRecords(), []);
export const useReplaceWithBackup = () => useCallback((backup: BackupContents) => replaceWithBackup(backup), []);
export const usePlanBackupMerge = () => useCallback((backup: BackupContents) => planBackupMerge(backup), []);
export const useApplyBackupMerge = () =>
  useCallback(
    (planned: ArchiveImportPlan, choices: Record<string, 'local' | 'archive'>) => applyArchiveImport(planned, choices),
    [],
  );

let cachedStatus: BackupStatus = getBackupStatus();
const readStatus = () => {
  const next = getBackupStatus();
  if (
    next.lastBackupAt !== cachedStatus.lastBackupAt ||
    next.firstChangeSinceBackupAt !== cachedStatus.firstChangeSinceBackupAt
  )
    cachedStatus = next;
  return cachedStatus;
};

/** When the last backup was taken and since when data has changed without one; updates live. */
export const useBackupStatus = (): BackupStatus => useSyncExternalStore(subscribeToBackupStatus, readStatus);

export type StorageState = {
  usage: number;
  quota: number;
  /** null: this browser does not say. */
  isPersisted: boolean | null;
};

const measureStorage = async (): Promise<StorageState | 'unavailable'> => {
  try {
    const storage = navigator.storage as Partial<StorageManager> | undefined;
    if (!storage?.estimate) return 'unavailable';
    const [{ usage = 0, quota = 0 }, isPersisted] = await Promise.all([
      storage.estimate(),
      storage.persisted ? storage.persisted() : Promise.resolve(null),
    ]);
    return { usage, quota, isPersisted };
  } catch {
    return 'unavailable';
  }
};

/** The browser's figures for this site's storage; `refresh` re-reads them. */
export const useStorageState = () => {
  const [state, setState] = useState<StorageState | 'loading' | 'unavailable'>('loading');
  const refresh = useCallback(async () => setState(await measureStorage()), []);
  useEffect(() => {
    let isCurrent = true;
    void measureStorage().then((measured) => {
      if (isCurrent) setState(measured);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return { state, refresh };
};

/** Asks the browser to keep this site's data even when the disk runs low (it may say no). */
export const requestPersistentStorage = async (): Promise<boolean> => {
  const storage = navigator.storage as Partial<StorageManager> | undefined;
  return storage?.persist ? storage.persist() : false;
};
