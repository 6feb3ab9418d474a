import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { ContactPlanDatabase } from '../../../src/data/db';
import { describeIssues } from '../../../src/data/errors';
import { recordSchemas, tableNames } from '../../../src/data/record-schemas';
import { currentSchemaVersion } from '../../../src/data/schema';

/**
 * The migration harness. For every schema version there is a fixture of data exactly as that
 * version wrote it. Each is written to a fresh database at its own version, opened with today's
 * code (which runs the upgrades), and every record must satisfy today's schemas. Changing a record
 * schema without an upgrade — adding a required field, removing or renaming one — fails here
 * (and on the backup and archive roads: three-roads.test.ts). Adding schema version N+1 means:
 * append it (with its upgradeRecords) in src/data/schema.ts and add fixtures/vN+1.json once it
 * has shipped.
 */
type VersionFixture = {
  version: number;
  stores: Record<string, string | null>;
  tables: Record<string, Record<string, unknown>[]>;
};

const fixtures = Object.values(
  import.meta.glob<VersionFixture>('./fixtures/v*.json', { eager: true, import: 'default' }),
).sort((a, b) => a.version - b.version);

test('there is a fixture for every schema version up to the current one', () => {
  expect(fixtures.map((fixture) => fixture.version)).toEqual(
    Array.from({ length: currentSchemaVersion }, (_, index) => index + 1),
  );
});

describe.each(fixtures)('data written at schema version $version', (fixture) => {
  test('holds at least one record of every kind, so every schema is exercised', () => {
    for (const name of tableNames) expect(fixture.tables[name]?.length ?? 0, name).toBeGreaterThan(0);
  });

  test('opens with the current code and every record is valid', async () => {
    const databaseName = `migration-v${String(fixture.version)}-${crypto.randomUUID()}`;
    const old = new Dexie(databaseName);
    old.version(fixture.version).stores(fixture.stores);
    await old.transaction('rw', Object.keys(fixture.tables), async () => {
      for (const [name, records] of Object.entries(fixture.tables)) await old.table(name).bulkAdd(records);
    });
    old.close();

    const current = new ContactPlanDatabase(databaseName);
    await current.open();
    expect(current.verno).toBe(currentSchemaVersion);

    const problems: string[] = [];
    for (const name of tableNames) {
      const records: unknown[] = await current.tableOf(name).toArray();
      expect(records.length, `${name} kept every record`).toBe(fixture.tables[name]?.length ?? 0);
      for (const record of records) {
        const result = recordSchemas[name].safeParse(record);
        if (!result.success) problems.push(`${name}: ${describeIssues(result.error.issues).join('; ')}`);
      }
    }
    current.close();
    await Dexie.delete(databaseName);
    expect(problems).toEqual([]);
  });
});
