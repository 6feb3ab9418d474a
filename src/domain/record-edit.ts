/**
 * An edit of one record, as a user makes it: the fields they changed, and what those fields held
 * when they started editing. Saving sends only this, never the whole record, so a save can tell a
 * change made meanwhile by someone else (another tab today, another laptop once plans are shared)
 * from the user's own: changes to other fields are merged; the same field changed both ways is a
 * conflict the user decides, in words. Nothing is silently overwritten (a "lost update").
 */
export type RecordEdit<Fields> = {
  /** What each changed field held when the edit began: the version the edit is based on. */
  base: Partial<Fields>;
  /** The new values, for the changed fields only. */
  changes: Partial<Fields>;
};

/** One field changed both here and elsewhere since the edit began. */
export type FieldConflict<Fields> = {
  field: keyof Fields & string;
  /** What it held when the edit began. */
  base: unknown;
  /** What this user wants it to be. */
  mine: unknown;
  /** What it holds now, saved by someone else meanwhile. */
  theirs: unknown;
};

export type EditMerge<Record> =
  | { kind: 'unchanged'; record: Record }
  | { kind: 'merged'; record: Record }
  | { kind: 'conflict'; conflicts: FieldConflict<Record>[] };

/** Structural equality of stored values (strings, numbers, nulls, arrays and plain objects). */
export const sameValue = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const aEntries = Object.entries(a).filter(([, value]) => value !== undefined);
  const bEntries = Object.entries(b).filter(([, value]) => value !== undefined);
  return (
    aEntries.length === bEntries.length &&
    aEntries.every(([key, value]) => sameValue(value, (b as Record<string, unknown>)[key]))
  );
};

/** The edit that turns `original` into `next`: only the fields whose values differ. */
export const editBetween = <Fields extends object>(original: Fields, next: Partial<Fields>): RecordEdit<Fields> => {
  const base: Partial<Fields> = {};
  const changes: Partial<Fields> = {};
  for (const key of Object.keys(next) as (keyof Fields)[]) {
    if (next[key] === undefined || sameValue(original[key], next[key])) continue;
    base[key] = original[key];
    changes[key] = next[key];
  }
  return { base, changes };
};

export const isEmptyEdit = (edit: RecordEdit<unknown>): boolean => Object.keys(edit.changes).length === 0;

/**
 * Applies an edit to the record as it is now. A field is a conflict only when it changed since the
 * edit began (now ≠ base) to something other than what this user wants (now ≠ mine).
 */
export const mergeEdit = <Record extends object>(current: Record, edit: RecordEdit<Record>): EditMerge<Record> => {
  const conflicts: FieldConflict<Record>[] = [];
  let record = current;
  let changed = false;
  for (const field of Object.keys(edit.changes) as (keyof Record & string)[]) {
    const mine = edit.changes[field];
    const theirs = current[field];
    if (sameValue(theirs, mine)) continue;
    if (field in edit.base && !sameValue(theirs, edit.base[field])) {
      conflicts.push({ field, base: edit.base[field], mine, theirs });
      continue;
    }
    record = { ...record, [field]: mine };
    changed = true;
  }
  if (conflicts.length > 0) return { kind: 'conflict', conflicts };
  return changed ? { kind: 'merged', record } : { kind: 'unchanged', record: current };
};

/**
 * The edit to send again once the user has chosen, field by field, between their value and the
 * one saved meanwhile: based on what is there now, with the chosen values.
 */
export const resolveConflicts = <Fields extends object>(
  edit: RecordEdit<Fields>,
  conflicts: readonly FieldConflict<Fields>[],
  keepMine: ReadonlySet<string>,
): RecordEdit<Fields> => {
  const keepTheirs = new Set<string>(conflicts.filter((c) => !keepMine.has(c.field)).map((c) => c.field));
  const without = (values: Partial<Fields>) =>
    Object.fromEntries(Object.entries(values).filter(([field]) => !keepTheirs.has(field))) as Partial<Fields>;
  const base = without(edit.base);
  for (const conflict of conflicts) {
    if (keepMine.has(conflict.field)) base[conflict.field] = conflict.theirs as Fields[keyof Fields & string];
  }
  return { base, changes: without(edit.changes) };
};
