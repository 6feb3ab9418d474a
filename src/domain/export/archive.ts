import type { z } from 'zod';
import { isCalendarDay } from '../calendar-day';
import { cellText, type SheetCell } from '../import/cells';
import { unneutralizeText, type ExportCell, type ExportSheet } from './cells';

/** The archive's own format version (bump it when its layout changes). */
export const ARCHIVE_FORMAT_VERSION = 1;
export const ARCHIVE_MARKER = 'Contact Plan archive';
export const README_SHEET = 'Read me';

type RecordSchemas = Record<string, { shape: Record<string, z.ZodType> }>;

/** The sheet that names each table in the archive. */
export const archiveSheetName = (table: string) => `table ${table}`;

const encode = (key: string, value: unknown): ExportCell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return isCalendarDay(value) && /date|Start$|Date$/i.test(key) ? { day: value } : value;
  if (typeof value === 'number') return value;
  return JSON.stringify(value);
};

/** One sheet per record type, one row per record, one column per field (lists and objects as JSON). */
export const buildArchiveSheets = (
  tables: Record<string, readonly Record<string, unknown>[]>,
  schemas: RecordSchemas,
  meta: { schemaVersion: number; appVersion: string; exportedAt: string },
): ExportSheet[] => {
  const readme: ExportSheet = {
    name: README_SHEET,
    rows: [
      [ARCHIVE_MARKER],
      ['format version', ARCHIVE_FORMAT_VERSION],
      ['database version', meta.schemaVersion],
      ['app version', meta.appVersion],
      ['exported at', meta.exportedAt],
      [
        'One sheet per record type (“table …”), with ids and links; lists are written as JSON. Import it back with Import spreadsheet.',
      ],
      ...Object.entries(tables).map(([table, records]): ExportCell[] => [table, records.length]),
    ],
    columnWidths: [30, 40],
  };
  const tableSheets = Object.entries(tables).map(([table, records]): ExportSheet => {
    const keys = Object.keys(schemas[table]?.shape ?? {});
    return {
      name: archiveSheetName(table),
      rows: [keys, ...records.map((record) => keys.map((key) => encode(key, record[key])))],
      columnWidths: keys.map(() => 24),
    };
  });
  return [readme, ...tableSheets];
};

export const isArchive = (sheets: readonly { name: string; rows: SheetCell[][] }[]) =>
  sheets.some((sheet) => sheet.name === README_SHEET && cellText(sheet.rows[0]?.[0]) === ARCHIVE_MARKER);

/**
 * Reads an archive back into records, decoding each field by what its schema accepts: an empty
 * cell is null where null is allowed and '' where it is not; JSON for lists, objects and flags.
 */
export const decodeArchive = (
  sheets: readonly { name: string; rows: SheetCell[][] }[],
  schemas: RecordSchemas,
): { records: Record<string, unknown[]>; problems: string[] } => {
  const records: Record<string, unknown[]> = {};
  const problems: string[] = [];
  for (const [table, schema] of Object.entries(schemas)) {
    const sheet = sheets.find((candidate) => candidate.name === archiveSheetName(table));
    if (!sheet) {
      problems.push(`The sheet “${archiveSheetName(table)}” is missing.`);
      continue;
    }
    const [header = [], ...rows] = sheet.rows;
    const keys = header.map(cellText);
    records[table] = rows
      .filter((row) => row.some((cell) => cellText(cell) !== ''))
      .map((row, rowIndex) => {
        const record: Record<string, unknown> = {};
        keys.forEach((key, column) => {
          const field = schema.shape[key];
          if (!field) return;
          const cell = row[column];
          const text =
            cell !== null && typeof cell === 'object'
              ? cellText(cell)
              : cell === null || cell === undefined
                ? ''
                : unneutralizeText(String(cell));
          if (text === '') record[key] = field.safeParse(null).success ? null : '';
          else if (field.safeParse(text).success) record[key] = text;
          else {
            try {
              record[key] = JSON.parse(text) as unknown;
            } catch {
              problems.push(`${archiveSheetName(table)} row ${String(rowIndex + 2)}: ${key} cannot be read.`);
            }
          }
        });
        return record;
      });
  }
  return { records, problems };
};
