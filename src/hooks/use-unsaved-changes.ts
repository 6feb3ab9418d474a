import { useEffect, useId } from 'react';
import { useUnsavedChangesStore } from '../stores/unsaved-changes-store';

/**
 * Reports a form's unsaved changes while it has them, so an update never reloads over them, and
 * the browser asks before a reload or a closed tab throws them away.
 */
export const useUnsavedChanges = (hasUnsaved: boolean, label: string) => {
  const key = useId();
  const setUnsaved = useUnsavedChangesStore((state) => state.setUnsaved);

  useEffect(() => {
    setUnsaved(key, label, hasUnsaved);
    return () => setUnsaved(key, label, false);
  }, [key, label, hasUnsaved, setUnsaved]);

  useEffect(() => {
    if (!hasUnsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsaved]);
};
