import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { useUnsavedChanges } from '../../../hooks/use-unsaved-changes';
import { useImportActivityStore } from '../../../stores/import-activity-store';
import { ConfirmDialog } from '../../../ui/confirm-dialog';

/**
 * While an import is being written, nothing drops it silently: leaving the page in the app asks
 * first, a reload or a closed tab is questioned by the browser, "Update now" names it, and if it is
 * dropped anyway the app says so afterwards (the database keeps nothing of it).
 */
export const ImportWritingGuard = ({ fileName }: { fileName: string | null }) => {
  const startWriting = useImportActivityStore((state) => state.startWriting);
  const finishWriting = useImportActivityStore((state) => state.finishWriting);
  const dropWriting = useImportActivityStore((state) => state.dropWriting);
  const writing = useRef<string | null>(null);
  useUnsavedChanges(fileName !== null, `The import of ${fileName ?? 'a file'}, still being written`);
  const blocker = useBlocker(fileName !== null);

  useEffect(() => {
    if (fileName !== null) startWriting(fileName);
    else if (writing.current !== null) finishWriting();
    writing.current = fileName;
  }, [fileName, startWriting, finishWriting]);
  // Leaving the page ends the import's worker: what it was writing is rolled back.
  useEffect(
    () => () => {
      if (writing.current !== null) dropWriting();
    },
    [dropWriting],
  );

  return (
    <ConfirmDialog
      isOpen={blocker.state === 'blocked'}
      title="Leave while the import is written?"
      confirmLabel="Leave and stop the import"
      isDestructive
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>
        The import of {fileName ?? 'this file'} is still being written. If you leave this page now it stops, and nothing
        of it is saved. Stay until it is done, or leave and import the file again later.
      </p>
    </ConfirmDialog>
  );
};
