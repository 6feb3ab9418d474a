import { useCallback, useState } from 'react';
import { EditConflictError } from '../data/errors';
import { resolveConflicts, type FieldConflict, type RecordEdit } from '../domain/record-edit';

type Send<Fields, Saved> = (edit: RecordEdit<Fields>) => Promise<Saved>;

type PendingConflict<Fields, Saved> = {
  edit: RecordEdit<Fields>;
  conflicts: readonly FieldConflict<Fields>[];
  send: Send<Fields, Saved>;
};

/**
 * Saves an edit; when someone else changed the same fields meanwhile, keeps the edit and the
 * conflicting values so the form can show both and save again with the user's choices. Any
 * other error is thrown to the caller as before.
 */
export const useConflictAwareSave = <Fields extends object, Saved>() => {
  const [pending, setPending] = useState<PendingConflict<Fields, Saved> | null>(null);

  /** Resolves to the saved record, or to null when a conflict now waits for the user's choice. */
  const save = useCallback(async (edit: RecordEdit<Fields>, send: Send<Fields, Saved>): Promise<Saved | null> => {
    try {
      const saved = await send(edit);
      setPending(null);
      return saved;
    } catch (error) {
      if (!(error instanceof EditConflictError)) throw error;
      setPending({ edit, conflicts: error.conflicts, send });
      return null;
    }
  }, []);

  /** Saves again with the choices made; may meet a new conflict if someone saved again meanwhile. */
  const resolve = useCallback(
    (keepMine: ReadonlySet<string>): Promise<Saved | null> =>
      pending ? save(resolveConflicts(pending.edit, pending.conflicts, keepMine), pending.send) : Promise.resolve(null),
    [save, pending],
  );

  const dismiss = useCallback(() => setPending(null), []);

  return { save, conflicts: pending?.conflicts ?? null, resolve, dismiss };
};
