import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../ui/error-message';

export type AutosaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

type StoredBackup<Value> = { savedAt: number; value: Value };

/** A copy kept in localStorage until the database has it: survives a reload or a closed tab mid-save. */
export const readAutosaveBackup = <Value>(backupKey: string): StoredBackup<Value> | null => {
  try {
    const raw = localStorage.getItem(backupKey);
    return raw ? (JSON.parse(raw) as StoredBackup<Value>) : null;
  } catch {
    return null;
  }
};

/**
 * Saves `value` a moment after it stops changing, and at once when the page is hidden or the
 * component goes away. Every change is also written synchronously to localStorage under
 * `backupKey` and removed once the database has it, so nothing typed is lost to a reload.
 */
export const useAutosave = <Value>(
  value: Value,
  save: (value: Value) => Promise<unknown>,
  backupKey: string,
  delayMs = 400,
): AutosaveState => {
  const [state, setState] = useState<AutosaveState>({ kind: 'idle' });
  const saveRef = useRef(save);
  const pending = useRef<{ value: Value } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const lastSerialized = useRef(JSON.stringify(value));
  /** Bumped on every change, so a save that finishes after newer typing keeps the backup. */
  const version = useRef(0);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    const savingVersion = version.current;
    setState({ kind: 'saving' });
    try {
      await saveRef.current(next.value);
      if (version.current === savingVersion) localStorage.removeItem(backupKey);
      setState({ kind: 'saved', at: new Date() });
    } catch (error) {
      setState({ kind: 'error', message: errorMessage(error) });
    }
  }, [backupKey]);

  useEffect(() => {
    const serialized = JSON.stringify(value);
    if (serialized === lastSerialized.current) return;
    lastSerialized.current = serialized;
    version.current += 1;
    pending.current = { value };
    try {
      localStorage.setItem(backupKey, JSON.stringify({ savedAt: Date.now(), value } satisfies StoredBackup<Value>));
    } catch {
      // A full localStorage only loses the extra safety net; the database save below still runs.
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), delayMs);
  }, [value, backupKey, delayMs, flush]);

  useEffect(() => {
    const handleVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const handlePageHide = () => void flush();
    document.addEventListener('visibilitychange', handleVisibility);
    window.addEventListener('pagehide', handlePageHide);
    return () => {
      document.removeEventListener('visibilitychange', handleVisibility);
      window.removeEventListener('pagehide', handlePageHide);
      void flush();
    };
  }, [flush]);

  return state;
};
