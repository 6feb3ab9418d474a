import { z } from 'zod';
import { isCalendarDay } from '../calendar-day';
import { cellText, type SheetCell } from '../import/cells';
import { unneutralizeText, type ExportCell } from './cells';

/**
 * How each column of an archive is written, so it can be read back exactly as it was, whatever
 * today's schemas say: an archive from an older version may have a field that a later version
 * renamed or removed, and its upgrade must still see the value. The archive carries this
 * description (its "Columns" sheet), derived from the schemas when it was written.
 *
 * "or empty": an empty cell is no value (null). Without it, an empty text cell is empty text, and
 * an empty cell of any other kind leaves the field out (the restore step then says it is missing).
 */
export const columnKinds = ['text', 'date', 'number', 'yes/no', 'JSON'] as const;
export type ColumnKind = (typeof columnKinds)[number];
export type ColumnEncoding = ColumnKind | `${ColumnKind} or empty`;

/** Table → column → how it is written, columns in the order of the sheet. */
export type ArchiveColumns = Record<string, Record<string, ColumnEncoding>>;

const kindOf = (encoding: ColumnEncoding) => encoding.replace(/ or empty$/, '') as ColumnKind;
const allowsEmpty = (encoding: ColumnEncoding) => encoding.endsWith(' or empty');

export const isColumnEncoding = (text: string): text is ColumnEncoding =>
  (columnKinds as readonly string[]).includes(text.replace(/ or empty$/, ''));

type JsonSchemaPart = { type?: unknown; format?: unknown; anyOf?: JsonSchemaPart[] };

const kindOfJsonSchema = ({ type, format }: JsonSchemaPart): ColumnKind => {
  if (type === 'string') return format === 'date' ? 'date' : 'text';
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'boolean') return 'yes/no';
  return 'JSON';
};

/** How one field is written, read from its schema (zod's JSON Schema of what it accepts). */
export const encodingOfField = (field: z.ZodType): ColumnEncoding => {
  const orEmpty = field.safeParse(null).success;
  let kind: ColumnKind = 'JSON';
  try {
    const schema = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as JsonSchemaPart;
    const kinds = new Set((schema.anyOf ?? [schema]).filter((part) => part.type !== 'null').map(kindOfJsonSchema));
    if (kinds.size === 1) kind = [...kinds][0] ?? 'JSON';
  } catch {
    // A field JSON Schema cannot describe is written as JSON, which keeps any value.
  }
  // Empty text and no value both allowed: an empty cell could not tell them apart, JSON can.
  if (kind === 'text' && orEmpty && field.safeParse('').success) return 'JSON or empty';
  return orEmpty ? `${kind} or empty` : kind;
};

/** The columns of every table, from the record schemas of the version that writes the archive. */
export const describeArchiveColumns = (schemas: Record<string, { shape: Record<string, z.ZodType> }>): ArchiveColumns =>
  Object.fromEntries(
    Object.entries(schemas).map(([table, schema]) => [
      table,
      Object.fromEntries(Object.entries(schema.shape).map(([column, field]) => [column, encodingOfField(field)])),
    ]),
  );

export const encodeCell = (value: unknown, encoding: ColumnEncoding): ExportCell => {
  if (value === null || value === undefined) return null;
  switch (kindOf(encoding)) {
    case 'text':
      return typeof value === 'string' ? value : JSON.stringify(value);
    case 'date':
      return isCalendarDay(value) ? { day: value } : JSON.stringify(value);
    case 'number':
      return typeof value === 'number' ? value : JSON.stringify(value);
    case 'yes/no':
      return value === true ? 'yes' : value === false ? 'no' : JSON.stringify(value);
    case 'JSON':
      return JSON.stringify(value);
  }
};

// Text as written: our own neutralizing apostrophe removed; not trimmed (spaces are data too).
const textOf = (cell: SheetCell): string =>
  typeof cell === 'object' && cell !== null ? cellText(cell) : unneutralizeText(String(cell));

/** A cell of a column nobody described (an archive edited by hand): kept loosely for the upgrades. */
const looseValue = (cell: SheetCell): unknown =>
  typeof cell === 'number' || typeof cell === 'boolean' ? cell : textOf(cell);

/**
 * A cell back into the value it was written from; `undefined` leaves the field out. A cell that is
 * not what its column says (text in a JSON column) is kept as it is, and the restore step names it.
 */
export const decodeCell = (cell: SheetCell | undefined, encoding: ColumnEncoding | undefined): unknown => {
  if (cell === null || cell === undefined || cell === '') {
    if (!encoding) return undefined;
    if (allowsEmpty(encoding)) return null;
    return kindOf(encoding) === 'text' ? '' : undefined;
  }
  if (!encoding) return looseValue(cell);
  const text = textOf(cell);
  switch (kindOf(encoding)) {
    case 'text':
    case 'date':
      return text;
    case 'number':
      return typeof cell === 'number'
        ? cell
        : text.trim() !== '' && Number.isFinite(Number(text))
          ? Number(text)
          : text;
    case 'yes/no':
      if (typeof cell === 'boolean') return cell;
      return /^(yes|true)$/i.test(text.trim()) ? true : /^(no|false)$/i.test(text.trim()) ? false : text;
    case 'JSON':
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
  }
};
