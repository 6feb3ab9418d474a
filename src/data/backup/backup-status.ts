import Dexie from 'dexie';

/**
 * When the last backup was taken, and since when data has changed without one, kept in this
 * browser's localStorage (next to the database, and cleared with it). Changes are noticed through
 * Dexie's storage-mutated event, which also reports writes from other tabs and workers.
 */
const LAST_BACKUP_KEY = 'contact-plan:last-backup-at';
const FIRST_UNSAVED_CHANGE_KEY = 'contact-plan:first-change-since-backup-at';

const read = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const write = (key: string, value: string | null) => {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private modes may refuse storage: the reminder is then simply not shown.
  }
};

export type BackupStatus = { lastBackupAt: string | null; firstChangeSinceBackupAt: string | null };

export const getBackupStatus = (): BackupStatus => ({
  lastBackupAt: read(LAST_BACKUP_KEY),
  firstChangeSinceBackupAt: read(FIRST_UNSAVED_CHANGE_KEY),
});

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

export const recordBackupTaken = (at: string) => {
  write(LAST_BACKUP_KEY, at);
  write(FIRST_UNSAVED_CHANGE_KEY, null);
  notify();
};

const recordChange = () => {
  if (read(FIRST_UNSAVED_CHANGE_KEY) !== null) return;
  write(FIRST_UNSAVED_CHANGE_KEY, new Date().toISOString());
  notify();
};

let isWatching = false;
/** Starts noticing changes (once per page); returns an unsubscribe for the listener given. */
export const subscribeToBackupStatus = (listener: () => void): (() => void) => {
  if (!isWatching) {
    isWatching = true;
    Dexie.on('storagemutated', recordChange);
    window.addEventListener('storage', (event) => {
      if (event.key === LAST_BACKUP_KEY || event.key === FIRST_UNSAVED_CHANGE_KEY) notify();
    });
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
};
