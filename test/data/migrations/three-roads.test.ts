import Dexie from 'dexie';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { readBackupContents } from '../../../src/data/backup/backup-contents';
import { ContactPlanDatabase } from '../../../src/data/db';
import { recordSchemas, type TableName } from '../../../src/data/record-schemas';
import {
  describeRestoreProblem,
  restoreTables,
  type RestoreProblem,
  type RestoreOptions,
} from '../../../src/data/restore';
import { schemaVersions, tableNamesAt, type SchemaVersion } from '../../../src/data/schema';
import { restoreArchive } from '../../../src/data/spreadsheet-sources';
import { buildBackupFile } from '../../../src/domain/backup/backup-file';
import { contactSchema } from '../../../src/domain/contact';
import { outcomeSchema } from '../../../src/domain/outcome';
import { buildArchiveSheets } from '../../../src/domain/export/archive';
import type { ExportSheet } from '../../../src/domain/export/cells';
import { readSpreadsheet } from '../../../src/lib/xlsx';
import { writeWorkbook } from '../../../src/lib/xlsx-writer';
import { buildFormat1ArchiveSheets } from '../../support/archive-format-1';

/**
 * Records reach this app by three roads: the database upgrade (data written by an older version in
 * this browser), a backup and an archive. For every past version's fixture, all three must give the
 * same records, and a record schema changed without an upgrade must fail on every road.
 */
type VersionFixture = {
  version: number;
  stores: Record<string, string | null>;
  tables: Record<string, Record<string, unknown>[]>;
};
type Tables = Record<string, unknown[]>;
type Setup = Required<Pick<RestoreOptions, 'schemas' | 'versions'>>;
type RoadResult = { records: Tables } | { problems: RestoreProblem[] | string[] };

const fixtures = Object.values(
  import.meta.glob<VersionFixture>('./fixtures/v*.json', { eager: true, import: 'default' }),
).sort((a, b) => a.version - b.version);

const currentOf = (setup: Setup) => setup.versions.at(-1)?.version ?? 1;

/**
 * The record schemas each version wrote with: versions 1–3 had today's shapes but outcomes had no
 * recordedWithout (added in 4). Archives of a version are written with its own schemas.
 */
const schemasAt = (version: number) =>
  version < 4 ? { ...recordSchemas, outcomes: outcomeSchema.omit({ recordedWithout: true }) } : recordSchemas;

/**
 * A fixture's records as they must be today. The upgrades are written out here by hand, not taken
 * from schema.ts, so an upgrade that does the wrong thing fails.
 */
const asToday = (fixture: VersionFixture): Tables => ({
  ...fixture.tables,
  outcomes: (fixture.tables.outcomes ?? []).map((outcome) =>
    fixture.version < 4 ? { ...outcome, recordedWithout: [] } : outcome,
  ),
});
const byId = (tables: Tables): Tables =>
  Object.fromEntries(
    Object.entries(tables).map(([name, records]) => [
      name,
      [...(records as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id)),
    ]),
  );
const inWords = (problem: RestoreProblem | string) =>
  typeof problem === 'string' ? problem : describeRestoreProblem(problem);
const caught = (road: () => Tables): RoadResult => {
  try {
    return { records: byId(road()) };
  } catch (error) {
    return { problems: [error instanceof Error ? error.message : String(error)] };
  }
};

/** The database: written at the fixture's version, opened by the app (the migration harness's way). */
const byDatabase = async (fixture: VersionFixture, setup: Setup): Promise<RoadResult> => {
  const name = `roads-v${String(fixture.version)}-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.transaction('rw', Object.keys(fixture.tables), async () => {
    for (const [table, records] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(records);
  });
  old.close();
  const database = new ContactPlanDatabase(name, setup.versions);
  await database.open();
  const stored: Tables = {};
  for (const table of tableNamesAt(currentOf(setup), setup.versions))
    stored[table] = await database.table(table).toArray();
  database.close();
  await Dexie.delete(name);
  // What is stored must be valid now, as the repositories check on every read.
  const checked = restoreTables(stored, currentOf(setup), setup);
  return checked.status === 'refused' ? { problems: checked.problems } : { records: byId(stored) };
};

const byBackup = (fixture: VersionFixture, setup: Setup): RoadResult =>
  caught(() => {
    const meta = { appVersion: 'past', schemaVersion: fixture.version, createdAt: '2026-01-01T00:00:00.000Z' };
    return readBackupContents(JSON.stringify(buildBackupFile(fixture.tables, meta)), setup).tables;
  });

/** An archive as real .xlsx bytes, written with the record schemas of the fixture's version. */
const byArchive = async (
  fixture: VersionFixture,
  setup: Setup,
  write: typeof buildArchiveSheets | typeof buildFormat1ArchiveSheets,
): Promise<RoadResult> => {
  const meta = { schemaVersion: fixture.version, appVersion: 'past', exportedAt: '2026-01-01T00:00:00.000Z' };
  const sheets: ExportSheet[] = write(fixture.tables, schemasAt(fixture.version), meta);
  const read = readSpreadsheet(await writeWorkbook(sheets), 'archive.xlsx').sheets;
  const { records, problems } = restoreArchive(read, setup);
  return records ? { records: byId(records) } : { problems };
};

/** Only versions 1–3 wrote archives of format 1; later versions write format 2. */
const lastFormat1Version = 3;

const everyRoad = async (fixture: VersionFixture, setup: Setup) => ({
  database: await byDatabase(fixture, setup),
  backup: byBackup(fixture, setup),
  ...(fixture.version <= lastFormat1Version
    ? { 'archive, format 1 (as versions 1–3 wrote it)': await byArchive(fixture, setup, buildFormat1ArchiveSheets) }
    : {}),
  'archive, format 2 (as this app writes it)': await byArchive(fixture, setup, buildArchiveSheets),
});

const today: Setup = { schemas: recordSchemas, versions: schemaVersions };
const nextVersion = (upgradeRecords: SchemaVersion['upgradeRecords']): SchemaVersion[] => [
  ...schemaVersions,
  { version: currentOf(today) + 1, description: 'contacts have a priority', stores: {}, upgradeRecords },
];
/** Today's schemas with one field added to contacts, as a developer might. */
const withPriority: Setup['schemas'] = {
  ...recordSchemas,
  contacts: contactSchema.extend({ priority: z.enum(['normal', 'high']) }),
} satisfies Record<TableName, z.ZodType>;

describe.each(fixtures)('data written at schema version $version', (fixture) => {
  test('the database, a backup and an archive (both formats) give the same records', async () => {
    const roads = await everyRoad(fixture, today);
    expect(roads.database).toEqual({ records: byId(asToday(fixture)) });
    for (const [road, result] of Object.entries(roads)) expect(result, road).toEqual(roads.database);
  });

  test.each([
    ['without a new version', { schemas: withPriority, versions: schemaVersions }],
    [
      'in a new version that says its records are unchanged',
      { schemas: withPriority, versions: nextVersion('records unchanged') },
    ],
  ])('a field added to contacts %s fails on every road, naming table, id and field', async (_, setup) => {
    const roads = await everyRoad(fixture, setup);
    const contactIds = (fixture.tables.contacts ?? []).map((contact) => String(contact.id));
    expect(roads.database).toEqual({
      problems: contactIds.map((id) => ({ table: 'contacts', id, field: 'priority', reason: 'is missing' })),
    });
    for (const [road, result] of Object.entries(roads)) {
      const said = 'problems' in result ? result.problems.map(inWords).join('\n') : 'restored';
      for (const id of contactIds) expect(said, road).toContain(`contacts ${id}: priority is missing`);
    }
  });

  test('the same field added with its upgrade restores on every road, to the same records', async () => {
    const setup = {
      schemas: withPriority,
      versions: nextVersion({ contacts: (contact) => ({ ...contact, priority: 'normal' }) }),
    };
    const roads = await everyRoad(fixture, setup);
    const upgraded = byId({
      ...asToday(fixture),
      contacts: (fixture.tables.contacts ?? []).map((contact) => ({ ...contact, priority: 'normal' })),
    });
    expect(roads.database).toEqual({ records: upgraded });
    for (const [road, result] of Object.entries(roads)) expect(result, road).toEqual(roads.database);
  });
});
