import { describe, expect, test } from 'vitest';
import { buildExamplePlan } from '../../../src/data/example-plan';
import { currentSchemaVersion, tableNamesAt } from '../../../src/data/schema';
import { BACKUP_FORMAT_VERSION, buildBackupFile, readBackupFile } from '../../../src/domain/backup/backup-file';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
const tables = { ...plan, outcomes: [] } as unknown as Record<string, unknown[]>;
const meta = { appVersion: '0.1.0', schemaVersion: currentSchemaVersion, createdAt: '2026-11-24T09:00:00.000Z' };
type Tables = { contacts: Record<string, unknown>[]; stakeholders: Record<string, unknown>[] } & Record<
  string,
  Record<string, unknown>[]
>;
const file = () =>
  JSON.parse(JSON.stringify(buildBackupFile(tables, meta))) as Record<string, unknown> & {
    tables: Tables;
    counts: Record<string, number>;
  };
const read = (value: unknown) =>
  readBackupFile(typeof value === 'string' ? value : JSON.stringify(value), tableNamesAt, currentSchemaVersion);

// The envelope only: the records are restored (upgraded, validated) by data/restore.ts, tested in
// test/data/backup/backup-contents.test.ts.
describe('reading a backup’s envelope', () => {
  test('gives back every table as written, with what the file says about itself', () => {
    const contents = read(file());
    expect(contents.tables).toEqual(JSON.parse(JSON.stringify(tables)));
    expect(contents.meta).toEqual({ ...meta, formatVersion: BACKUP_FORMAT_VERSION });
  });

  test('a backup from an older database version is read with the tables that version had', () => {
    const contents = read({ ...file(), schemaVersion: 1 });
    expect(contents.meta.schemaVersion).toBe(1);
    expect(Object.keys(contents.tables).sort()).toEqual(tableNamesAt(1).sort());
  });

  test.each([
    ['not JSON', '{"format": "contact-plan-backup", "tables": {', 'not valid JSON'],
    ['another kind of file', { hello: 'world' }, 'has no “contact-plan-backup” marker'],
    [
      'a newer format',
      { ...file(), formatVersion: BACKUP_FORMAT_VERSION + 1 },
      'made by a newer version of Contact Plan (backup format',
    ],
    [
      'a newer database',
      { ...file(), schemaVersion: currentSchemaVersion + 1 },
      'made by a newer version of Contact Plan (database version',
    ],
    ['a missing table', { ...file(), tables: { ...file().tables, contacts: undefined } }, 'has no “contacts” table'],
    [
      'an unknown table',
      { ...file(), tables: { ...file().tables, notes: [] } },
      'tables this app does not know (notes)',
    ],
    [
      'a cut-short table',
      { ...file(), counts: { ...file().counts, contacts: 3 } },
      'says it holds 3 records in “contacts” but has 2',
    ],
    ['a backup without counts', { ...file(), counts: undefined }, 'does not say how many records each table holds'],
    ['counts that are a list', { ...file(), counts: [2, 3] }, 'does not say how many records each table holds'],
    [
      'a table without its count',
      { ...file(), counts: { ...file().counts, contacts: undefined } },
      'does not give a valid record count for “contacts”',
    ],
    [
      'a count written as text',
      { ...file(), counts: { ...file().counts, contacts: '2' } },
      'does not give a valid record count for “contacts”',
    ],
    [
      'a negative count',
      { ...file(), counts: { ...file().counts, contacts: -1 } },
      'does not give a valid record count for “contacts”',
    ],
    [
      'a fractional count',
      { ...file(), counts: { ...file().counts, contacts: 2.5 } },
      'does not give a valid record count for “contacts”',
    ],
  ])('%s is refused with the reason', (_, value, reason) => {
    expect(() => read(value)).toThrow(reason);
  });
});
