import { describe, expect, test } from 'vitest';
import { readBackupContents } from '../../../src/data/backup/backup-contents';
import { planBackupMerge, replaceWithBackup } from '../../../src/data/backup/backup';
import { loadExamplePlan } from '../../../src/data/example-plan';
import { currentSchemaVersion } from '../../../src/data/schema';
import { applyArchiveImport, getAllTables } from '../../../src/data/spreadsheet-sources';
import { buildBackupFile } from '../../../src/domain/backup/backup-file';

type Loose = Record<string, unknown>;
const meta = { appVersion: '0.1.0', schemaVersion: currentSchemaVersion, createdAt: '2026-11-24T09:00:00.000Z' };
const backupText = (tables: Record<string, readonly unknown[]>) => JSON.stringify(buildBackupFile(tables, meta));
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('reading a backup: envelope, then every record through the restore step', () => {
  test('gives back every record exactly', async () => {
    await loadExamplePlan();
    const tables = await getAllTables();
    const contents = readBackupContents(backupText(tables));
    expect(contents.tables).toEqual(tables);
    expect(contents.meta.schemaVersion).toBe(currentSchemaVersion);
  });

  test('an invalid record, a repeated id or a contact held tomorrow is refused, naming table, id and field', async () => {
    await loadExamplePlan();
    const tables = copy(await getAllTables()) as Record<string, Loose[]>;
    const [first, second] = tables.contacts as [Loose, Loose];
    second.date = '23/07/2014';
    expect(() => readBackupContents(backupText(tables))).toThrow(
      `This backup has 1 invalid record, so nothing was restored: contacts ${String(second.id)}: date must be a date written yyyy-MM-dd`,
    );

    const twice = copy(await getAllTables()) as Record<string, Loose[]>;
    const person = twice.stakeholders?.[0] as Loose;
    twice.stakeholders?.push(person);
    expect(() => readBackupContents(backupText(twice))).toThrow(
      `This backup has 1 invalid record, so nothing was restored: stakeholders ${String(person.id)}: id appears more than once in this table`,
    );

    const held = copy(await getAllTables()) as Record<string, Loose[]>;
    Object.assign(held.contacts?.[0] ?? {}, { status: 'held', heldDate: '2026-12-04' });
    expect(() => readBackupContents(backupText(held), { today: '2026-12-03' })).toThrow(
      `contacts ${String(first.id)}: heldDate is 2026-12-04, after today (2026-12-03)`,
    );
  });

  test('replacing or merging with a backup that has a refused record writes nothing', async () => {
    await loadExamplePlan();
    const before = await getAllTables();
    const tables = copy(before) as Record<string, Loose[]>;
    Object.assign(tables.messages?.[0] ?? {}, { text: '' });
    const text = backupText(tables);

    await expect(async () => replaceWithBackup(readBackupContents(text))).rejects.toThrow(
      /nothing was restored: messages .*: text is required/,
    );
    await expect(async () => applyArchiveImport(await planBackupMerge(readBackupContents(text)), {})).rejects.toThrow(
      /nothing was restored/,
    );
    expect(await getAllTables()).toEqual(before);
  });
});
