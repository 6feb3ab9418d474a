import type { z } from 'zod';
import { cellText, type SheetCell } from '../import/cells';
import {
  decodeCell,
  describeArchiveColumns,
  encodeCell,
  isColumnEncoding,
  type ArchiveColumns,
} from './archive-columns';
import format1Columns from './archive-format-1-columns.json';
import type { ExportCell, ExportSheet } from './cells';

/**
 * The archive: every record, one sheet per table, readable in Excel and importable back. Its
 * "Read me" sheet says which app and database version wrote it; its "Columns" sheet how each
 * column is written, so an old archive decodes faithfully and then goes through the same upgrades
 * as a backup (data/restore.ts).
 *
 * Format 1 (database versions 1–3) had no "Columns" sheet: its columns are the ones frozen in
 * archive-format-1-columns.json, which is what those versions' schemas said.
 */
export const ARCHIVE_FORMAT_VERSION = 2;
export const ARCHIVE_MARKER = 'Contact Plan archive';
export const README_SHEET = 'Read me';
export const COLUMNS_SHEET = 'Columns';

type Sheet = { name: string; rows: SheetCell[][] };
type RecordSchemas = Record<string, { shape: Record<string, z.ZodType> }>;

/** The sheet that names each table in the archive. */
export const archiveSheetName = (table: string) => `table ${table}`;

/** One sheet per record type, one row per record, one column per field, and how each is written. */
export const buildArchiveSheets = (
  tables: Record<string, readonly Record<string, unknown>[]>,
  schemas: RecordSchemas,
  meta: { schemaVersion: number; appVersion: string; exportedAt: string },
): ExportSheet[] => {
  const columns = describeArchiveColumns(schemas);
  const readme: ExportSheet = {
    name: README_SHEET,
    rows: [
      [ARCHIVE_MARKER],
      ['format version', ARCHIVE_FORMAT_VERSION],
      ['database version', meta.schemaVersion],
      ['app version', meta.appVersion],
      ['exported at', meta.exportedAt],
      [
        'One sheet per record type (“table …”), one row per record, with ids and links. Lists are written as JSON, dates as dates, flags as yes or no; the sheet “Columns” says how each column is written. Import it back with Import spreadsheet.',
      ],
      ...Object.entries(tables).map(([table, records]): ExportCell[] => [table, records.length]),
    ],
    columnWidths: [30, 40],
  };
  const tableSheets = Object.entries(tables).map(([table, records]): ExportSheet => {
    const encodings = Object.entries(columns[table] ?? {});
    return {
      name: archiveSheetName(table),
      rows: [
        encodings.map(([key]) => key),
        ...records.map((record) => encodings.map(([key, encoding]) => encodeCell(record[key], encoding))),
      ],
      columnWidths: encodings.map(() => 24),
    };
  });
  const columnsSheet: ExportSheet = {
    name: COLUMNS_SHEET,
    rows: [
      ['table', 'column', 'written as'],
      ...Object.keys(tables).flatMap((table) =>
        Object.entries(columns[table] ?? {}).map(([column, encoding]): ExportCell[] => [table, column, encoding]),
      ),
    ],
    columnWidths: [20, 24, 20],
  };
  return [readme, ...tableSheets, columnsSheet];
};

export const isArchive = (sheets: readonly Sheet[]) =>
  sheets.some((sheet) => sheet.name === README_SHEET && cellText(sheet.rows[0]?.[0]) === ARCHIVE_MARKER);

/** A version the Read me sheet states ("database version" | 3), or null when it does not. */
const readmeNumber = (sheets: readonly Sheet[], label: string): number | null => {
  const row = sheets.find((sheet) => sheet.name === README_SHEET)?.rows.find((cells) => cellText(cells[0]) === label);
  const value = Number(cellText(row?.[1]));
  return row && Number.isInteger(value) && value >= 1 ? value : null;
};

const columnsOfSheet = (sheet: Sheet): { columns: ArchiveColumns; problems: string[] } => {
  const columns: ArchiveColumns = {};
  const problems: string[] = [];
  for (const [table, column, writtenAs] of sheet.rows.slice(1).map((row) => row.map(cellText))) {
    if (!table || !column) continue;
    if (writtenAs === undefined || !isColumnEncoding(writtenAs)) {
      problems.push(
        `The sheet “${COLUMNS_SHEET}” says ${table} ${column} is written as “${writtenAs ?? ''}”, which this app cannot read.`,
      );
      continue;
    }
    columns[table] = { ...columns[table], [column]: writtenAs };
  }
  return { columns, problems };
};

export type DecodedArchive =
  | { ok: true; formatVersion: number; schemaVersion: number; records: Record<string, Record<string, unknown>[]> }
  | { ok: false; problems: string[] };

/**
 * Reads an archive's records back as they were written, by the archive's own description of its
 * columns (not by today's schemas), with the database version they were written at. The records
 * are not validated here: the restore step upgrades and validates them.
 */
export const decodeArchive = (sheets: readonly Sheet[]): DecodedArchive => {
  const formatVersion = readmeNumber(sheets, 'format version');
  const schemaVersion = readmeNumber(sheets, 'database version');
  if (formatVersion === null)
    return { ok: false, problems: ['This archive does not say its format version; it cannot be read safely.'] };
  if (formatVersion > ARCHIVE_FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        `This archive was made by a newer version of Contact Plan (archive format ${String(formatVersion)}). Update the app (reload it while online), then import it again.`,
      ],
    };
  if (schemaVersion === null)
    return {
      ok: false,
      problems: ['This archive does not say which database version its records come from; it cannot be read safely.'],
    };

  let columns = format1Columns as ArchiveColumns;
  if (formatVersion >= 2) {
    const sheet = sheets.find((candidate) => candidate.name === COLUMNS_SHEET);
    if (!sheet)
      return {
        ok: false,
        problems: [
          `This archive has no “${COLUMNS_SHEET}” sheet saying how its columns are written; it cannot be read safely.`,
        ],
      };
    const described = columnsOfSheet(sheet);
    if (described.problems.length > 0) return { ok: false, problems: described.problems };
    columns = described.columns;
  }

  const records: Record<string, Record<string, unknown>[]> = {};
  const problems: string[] = [];
  for (const [table, encodings] of Object.entries(columns)) {
    const sheet = sheets.find((candidate) => candidate.name === archiveSheetName(table));
    if (!sheet) {
      problems.push(`The sheet “${archiveSheetName(table)}” is missing.`);
      continue;
    }
    const [header = [], ...rows] = sheet.rows;
    const keys = header.map(cellText);
    records[table] = rows
      .filter((row) => row.some((cell) => cellText(cell) !== ''))
      .map((row) => {
        const record: Record<string, unknown> = {};
        keys.forEach((key, column) => {
          if (key === '') return;
          const value = decodeCell(row[column], encodings[key]);
          if (value !== undefined) record[key] = value;
        });
        return record;
      });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, formatVersion, schemaVersion, records };
};
