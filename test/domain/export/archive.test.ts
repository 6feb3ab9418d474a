import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { buildExamplePlan } from '../../../src/data/example-plan';
import { recordSchemas } from '../../../src/data/record-schemas';
import {
  ARCHIVE_FORMAT_VERSION,
  archiveSheetName,
  buildArchiveSheets,
  COLUMNS_SHEET,
  decodeArchive,
  README_SHEET,
} from '../../../src/domain/export/archive';
import { encodingOfField } from '../../../src/domain/export/archive-columns';
import format1Columns from '../../../src/domain/export/archive-format-1-columns.json';
import type { ExportSheet } from '../../../src/domain/export/cells';
import type { SheetCell } from '../../../src/domain/import/cells';
import { outcomeSchema } from '../../../src/domain/outcome';
import { buildFormat1ArchiveSheets } from '../../support/archive-format-1';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z') as unknown as Record<string, Record<string, unknown>[]>;
const tables = { ...plan, outcomes: [] };
const asWritten = JSON.parse(JSON.stringify(tables)) as unknown;
const meta = { schemaVersion: 3, appVersion: 'test', exportedAt: '2026-11-23T12:00:00.000Z' };

// In memory, without the .xlsx writer and reader (test/data/archive-round-trip.test.ts does both).
const asRead = (sheets: ExportSheet[]) =>
  sheets.map((sheet): { name: string; rows: SheetCell[][] } => ({ name: sheet.name, rows: sheet.rows }));
const sheetsWith = (sheets: ExportSheet[], name: string, change: (rows: SheetCell[][]) => SheetCell[][]) =>
  asRead(sheets).map((sheet) => (sheet.name === name ? { ...sheet, rows: change(sheet.rows) } : sheet));
const problemsOf = (sheets: { name: string; rows: SheetCell[][] }[]) => {
  const decoded = decodeArchive(sheets);
  return decoded.ok ? [] : decoded.problems;
};

describe('how each column is written, read from its schema', () => {
  test.each([
    ['text', z.string(), 'text'],
    ['an id that may be absent', z.uuid().nullable(), 'text or empty'],
    ['a choice', z.enum(['planned', 'held']), 'text'],
    ['a calendar day', z.iso.date().nullable(), 'date or empty'],
    ['a number', z.number(), 'number'],
    ['a flag', z.boolean(), 'yes/no'],
    ['a list', z.array(z.string()), 'JSON'],
    ['a group of fields that may be absent', z.object({ a: z.string() }).nullable(), 'JSON or empty'],
    // An empty cell could not tell '' from no value: JSON can.
    ['text that may be empty or absent', z.string().nullable(), 'JSON or empty'],
  ])('%s: %s', (_, field, encoding) => {
    expect(encodingOfField(field)).toBe(encoding);
  });

  test('format 1 archives are read by the columns versions 1–3 had: today’s, less what version 4 added', () => {
    // The file stays as it is (it describes what format-1 archives hold); later versions' fields
    // are taken off today's schemas here, so the columns of versions 1–3 are still checked.
    const version3 = { ...recordSchemas, outcomes: outcomeSchema.omit({ recordedWithout: true }) };
    const today = buildArchiveSheets(tables, version3, meta).find((sheet) => sheet.name === COLUMNS_SHEET);
    const described: Record<string, Record<string, unknown>> = {};
    for (const [table, column, writtenAs] of (today?.rows.slice(1) ?? []) as string[][])
      if (table && column) described[table] = { ...described[table], [column]: writtenAs };
    expect(described).toEqual(format1Columns);
  });
});

describe('reading an archive back', () => {
  test('the Read me says the format and database versions; the Columns sheet how each column is written', () => {
    const sheets = buildArchiveSheets(tables, recordSchemas, meta);
    const readme = sheets.find((sheet) => sheet.name === README_SHEET);
    expect(readme?.rows.slice(1, 3)).toEqual([
      ['format version', ARCHIVE_FORMAT_VERSION],
      ['database version', 3],
    ]);
    const columns = sheets.find((sheet) => sheet.name === COLUMNS_SHEET);
    expect(columns?.rows[0]).toEqual(['table', 'column', 'written as']);
    expect(columns?.rows).toContainEqual(['stakeholders', 'isContractingOfficer', 'yes/no']);
    const people = sheets.find((sheet) => sheet.name === archiveSheetName('stakeholders'));
    expect(people?.rows[1]?.[people.rows[0]?.indexOf('isContractingOfficer') ?? -1]).toBe('no');
  });

  test('records come back as written, at the database version the archive states', () => {
    expect(decodeArchive(asRead(buildArchiveSheets(tables, recordSchemas, meta)))).toEqual({
      ok: true,
      formatVersion: 2,
      schemaVersion: 3,
      records: asWritten,
    });
  });

  test('a format-1 archive (versions 1–3, no Columns sheet) comes back as written', () => {
    expect(decodeArchive(asRead(buildFormat1ArchiveSheets(tables, recordSchemas, meta)))).toEqual({
      ok: true,
      formatVersion: 1,
      schemaVersion: 3,
      records: asWritten,
    });
  });

  test('decoded by the archive’s own columns, not today’s schemas: a field since renamed is kept for its upgrade', () => {
    const renamed = buildArchiveSheets(
      { messages: [{ id: 'm1', audience: ['executive'], planned: '2014-10-01', urgent: true, weight: 2 }] },
      {
        messages: {
          shape: {
            id: z.string(),
            audience: z.array(z.string()),
            planned: z.iso.date(),
            urgent: z.boolean(),
            weight: z.number(),
          },
        },
      },
      { ...meta, schemaVersion: 2 },
    );
    expect(decodeArchive(asRead(renamed))).toMatchObject({
      ok: true,
      schemaVersion: 2,
      records: { messages: [{ id: 'm1', audience: ['executive'], planned: '2014-10-01', urgent: true, weight: 2 }] },
    });
  });

  test('a column nobody described is kept loosely; text in a JSON column is kept for the restore step to name', () => {
    const sheets = sheetsWith(buildArchiveSheets(tables, recordSchemas, meta), archiveSheetName('contacts'), (rows) =>
      rows.map((row, index) => [
        ...row.map((cell, column) => (index > 0 && column === 1 ? 'Jones' : cell)),
        index === 0 ? 'extra' : 'kept',
      ]),
    );
    const decoded = decodeArchive(sheets);
    expect(decoded.ok && decoded.records.contacts?.[0]).toMatchObject({ stakeholderIds: 'Jones', extra: 'kept' });
  });

  test.each([
    [
      'a newer archive format',
      (rows: SheetCell[][]) => rows.map((row) => (row[0] === 'format version' ? [row[0], 3] : row)),
      'This archive was made by a newer version of Contact Plan (archive format 3). Update the app (reload it while online), then import it again.',
    ],
    [
      'no database version',
      (rows: SheetCell[][]) => rows.filter((row) => row[0] !== 'database version'),
      'This archive does not say which database version its records come from; it cannot be read safely.',
    ],
    [
      'no format version',
      (rows: SheetCell[][]) => rows.filter((row) => row[0] !== 'format version'),
      'This archive does not say its format version; it cannot be read safely.',
    ],
  ])('%s is refused with the reason', (_, change, reason) => {
    expect(problemsOf(sheetsWith(buildArchiveSheets(tables, recordSchemas, meta), README_SHEET, change))).toEqual([
      reason,
    ]);
  });

  test('a Columns sheet missing or unreadable, or a table sheet missing, is refused', () => {
    const sheets = buildArchiveSheets(tables, recordSchemas, meta);
    expect(problemsOf(asRead(sheets).filter((sheet) => sheet.name !== COLUMNS_SHEET))).toEqual([
      'This archive has no “Columns” sheet saying how its columns are written; it cannot be read safely.',
    ]);
    expect(problemsOf(sheetsWith(sheets, COLUMNS_SHEET, (rows) => [...rows, ['contacts', 'mood', 'colour']]))).toEqual([
      'The sheet “Columns” says contacts mood is written as “colour”, which this app cannot read.',
    ]);
    expect(problemsOf(asRead(sheets).filter((sheet) => sheet.name !== archiveSheetName('debriefs')))).toEqual([
      'The sheet “table debriefs” is missing.',
    ]);
  });
});
