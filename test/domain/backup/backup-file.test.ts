import { describe, expect, test } from 'vitest';
import { buildExamplePlan } from '../../../src/data/example-plan';
import { recordSchemas } from '../../../src/data/record-schemas';
import { currentSchemaVersion } from '../../../src/data/schema';
import { BACKUP_FORMAT_VERSION, buildBackupFile, readBackupFile } from '../../../src/domain/backup/backup-file';
import v1 from '../../data/migrations/fixtures/v1.json';

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
  readBackupFile(typeof value === 'string' ? value : JSON.stringify(value), recordSchemas, currentSchemaVersion);

describe('reading a backup', () => {
  test('gives back every record exactly, with what the file says about itself', () => {
    const contents = read(file());
    expect(contents.tables).toEqual(JSON.parse(JSON.stringify(tables)));
    expect(contents.meta).toEqual({ ...meta, formatVersion: BACKUP_FORMAT_VERSION });
  });

  test('a backup from database version 1 (an older app) is upgraded and restores', () => {
    const old = { ...file(), schemaVersion: 1, tables: v1.tables, counts: undefined };
    const contents = read(old);
    expect(
      Object.fromEntries(Object.entries(contents.tables).map(([name, records]) => [name, records.length])),
    ).toEqual(Object.fromEntries(Object.entries(v1.tables).map(([name, records]) => [name, records.length])));
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
  ])('%s is refused with the reason', (_, value, reason) => {
    expect(() => read(value)).toThrow(reason);
  });

  test('an invalid record or a repeated id is refused, naming the record', () => {
    const broken = file();
    (broken.tables.contacts[1] as Record<string, unknown>).date = '23/07/2014';
    expect(() => read(broken)).toThrow(/1 invalid record, so nothing was restored: contacts #2: date/);
    const twice = file();
    twice.tables.stakeholders.push(twice.tables.stakeholders[0] as Record<string, unknown>);
    twice.counts.stakeholders = twice.tables.stakeholders.length;
    expect(() => read(twice)).toThrow(/stakeholders #5: the id .* appears twice/);
  });
});
