import type { z } from 'zod';
import { isCalendarDay } from '../../src/domain/calendar-day';
import type { ExportCell, ExportSheet } from '../../src/domain/export/cells';

/**
 * The archive writer of format 1, exactly as the app shipped it for database versions 1–3 (before
 * archives described their columns). Kept here to write old archives in tests: users have them.
 */
const encode = (key: string, value: unknown): ExportCell => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return isCalendarDay(value) && /date|Start$|Date$/i.test(key) ? { day: value } : value;
  if (typeof value === 'number') return value;
  return JSON.stringify(value);
};

export const buildFormat1ArchiveSheets = (
  tables: Record<string, readonly Record<string, unknown>[]>,
  schemas: Record<string, { shape: Record<string, z.ZodType> }>,
  meta: { schemaVersion: number; appVersion: string; exportedAt: string },
): ExportSheet[] => {
  const readme: ExportSheet = {
    name: 'Read me',
    rows: [
      ['Contact Plan archive'],
      ['format version', 1],
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
      name: `table ${table}`,
      rows: [keys, ...records.map((record) => keys.map((key) => encode(key, record[key])))],
      columnWidths: keys.map(() => 24),
    };
  });
  return [readme, ...tableSheets];
};
