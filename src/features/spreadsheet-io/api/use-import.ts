import { useCallback, useEffect, useRef } from 'react';
import type { ImportReceipt } from '../../../data/import-contacts';
import { undoImport } from '../../../data/undo-import';
import { startImportSession, type ImportSession } from '../../../data/import-session/import-session';
import type { RestoredTables } from '../../../data/restore';
import { applyArchiveImport, planArchiveImport, type ArchiveImportPlan } from '../../../data/spreadsheet-sources';
import { useUndoStore } from '../../../stores/undo-store';
import { countLabel } from '../../../domain/count-label';

/**
 * The import worker for the file being imported. One is started when the import screen opens (so
 * SheetJS is loaded while the user picks a file); each new file gets a fresh one and the used one
 * is ended, which frees its memory. Leaving the screen ends it.
 */
export const useImportSessions = () => {
  const current = useRef<{ session: ImportSession; isUsed: boolean } | null>(null);
  useEffect(() => {
    current.current = { session: startImportSession(), isUsed: false };
    return () => {
      current.current?.session.end();
      current.current = null;
    };
  }, []);

  /** A worker for a new file: the warm one if it is unused, else a fresh one. */
  const forNewFile = useCallback((): ImportSession => {
    if (current.current && !current.current.isUsed) {
      current.current.isUsed = true;
      return current.current.session;
    }
    current.current?.session.end();
    current.current = { session: startImportSession(), isUsed: true };
    return current.current.session;
  }, []);

  /** Ends the file's worker (after its import, or when it is put aside). */
  const endFile = useCallback(() => {
    if (current.current?.isUsed) {
      current.current.session.end();
      current.current = null;
    }
  }, []);

  return { forNewFile, endFile };
};

/** Offers Undo of an import in the shell, as other deletions and changes do. */
export const useOfferImportUndo = () => {
  const offerUndo = useUndoStore((state) => state.offerUndo);
  return useCallback(
    (receipt: ImportReceipt) =>
      offerUndo(`Imported ${countLabel(receipt.created.contacts.length, 'contact')}`, async () => {
        await undoImport(receipt);
      }),
    [offerUndo],
  );
};

export const useUndoImport = () => useCallback((receipt: ImportReceipt) => undoImport(receipt), []);

export const usePlanArchiveImport = () => useCallback((records: RestoredTables) => planArchiveImport(records), []);

export const useApplyArchiveImport = () =>
  useCallback(
    (planned: ArchiveImportPlan, choices: Record<string, 'local' | 'archive'>) => applyArchiveImport(planned, choices),
    [],
  );
