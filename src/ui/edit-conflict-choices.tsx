import { useEffect, useId, useRef, useState } from 'react';
import { fieldLabel } from '../domain/field-labels';
import type { FieldConflict } from '../domain/record-edit';
import { errorMessage } from './error-message';

type EditConflictChoicesProps<Fields extends object> = {
  /** What was edited, for the heading: "this contact". */
  what: string;
  /** The table of the record, for the fields' names in words. */
  table: string;
  conflicts: readonly FieldConflict<Fields>[];
  /** A field's value in words (names for ids, labels for choices, dates as dates). */
  describe: (field: string, value: unknown) => string;
  /** Where the form calls a field something else than the stored name's label. */
  labelOf?: (field: string) => string;
  /** Saves again with, for each field, the value chosen (the fields where yours is kept). */
  onResolve: (keepMine: ReadonlySet<string>) => Promise<unknown>;
  /** A failure of that save, in words (leave out when onResolve handles its own failures). */
  onError?: (message: string) => void;
  onCancel: () => void;
  /** What giving up is called: "Keep editing" in a form (the text stays), else what is lost. */
  cancelLabel?: string;
};

/**
 * Shown when a save finds that someone else changed the same fields since the user began: both
 * values side by side, and a choice per field. Yours is proposed; nothing is lost until the user
 * chooses and saves again.
 */
export const EditConflictChoices = <Fields extends object>({
  what,
  table,
  conflicts: fieldConflicts,
  describe,
  labelOf = (field) => fieldLabel(table, field),
  onResolve,
  onError,
  onCancel,
  cancelLabel = 'Keep editing',
}: EditConflictChoicesProps<Fields>) => {
  const conflicts = fieldConflicts.map((conflict) => ({
    field: conflict.field,
    label: labelOf(conflict.field),
    mine: describe(conflict.field, conflict.mine),
    theirs: describe(conflict.field, conflict.theirs),
  }));
  const headingId = useId();
  // Shown where the save was pressed may be off screen (a long form): bring it into view and to the
  // keyboard, since nothing is saved until the user chooses.
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus();
  }, []);
  const [keepMine, setKeepMine] = useState<ReadonlySet<string>>(() => new Set(conflicts.map((c) => c.field)));
  const choose = (field: string, isMine: boolean) => {
    const next = new Set(keepMine);
    if (isMine) next.add(field);
    else next.delete(field);
    setKeepMine(next);
  };
  return (
    <section className="notice notice-warning conflict-choices" role="alert" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        Changed elsewhere while you were editing {what}
      </h3>
      <p>
        Someone else saved a different value for {conflicts.length === 1 ? 'this field' : 'these fields'} after you
        opened it. Nothing of yours is saved yet: choose which value to keep, then save again. Their other changes are
        kept.
      </p>
      {conflicts.map((conflict) => (
        <fieldset key={conflict.field}>
          <legend>{conflict.label.charAt(0).toUpperCase() + conflict.label.slice(1)}</legend>
          <label className="conflict-option">
            <input
              type="radio"
              name={`${headingId}-${conflict.field}`}
              checked={keepMine.has(conflict.field)}
              onChange={() => choose(conflict.field, true)}
            />
            <span>
              Keep yours: <strong className="pre-wrap">{conflict.mine || '(empty)'}</strong>
            </span>
          </label>
          <label className="conflict-option">
            <input
              type="radio"
              name={`${headingId}-${conflict.field}`}
              checked={!keepMine.has(conflict.field)}
              onChange={() => choose(conflict.field, false)}
            />
            <span>
              Keep the one saved meanwhile: <strong className="pre-wrap">{conflict.theirs || '(empty)'}</strong>
            </span>
          </label>
        </fieldset>
      ))}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => void onResolve(keepMine).catch((error: unknown) => onError?.(errorMessage(error)))}
        >
          Save with these choices
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </section>
  );
};
