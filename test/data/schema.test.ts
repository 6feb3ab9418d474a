import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { ContactPlanDatabase } from '../../src/data/db';
import { currentSchemaVersion, schemaVersions, type SchemaVersion } from '../../src/data/schema';

test('versions are numbered 1, 2, 3… with the newest last', () => {
  expect(schemaVersions.map((version) => version.version)).toEqual(
    Array.from({ length: currentSchemaVersion }, (_, index) => index + 1),
  );
});

test('every version after the first declares how its records upgrade from the version before', () => {
  const [first, ...later] = schemaVersions;
  expect(first?.upgradeRecords).toBe('first version');
  for (const { version, upgradeRecords } of later) {
    const declared =
      upgradeRecords === 'records unchanged' ||
      (typeof upgradeRecords === 'object' &&
        Object.keys(upgradeRecords).length > 0 &&
        Object.values(upgradeRecords).every((upgrade) => typeof upgrade === 'function'));
    expect(declared, `version ${String(version)} declares its record upgrade`).toBe(true);
  }
});

test('opening the database runs the record upgrades of a newer version on every stored record', async () => {
  const name = `schema-${crypto.randomUUID()}`;
  const stored = [
    { id: 'a', name: 'Ms. Smith' },
    { id: 'b', name: 'Rob Hopp' },
  ];
  const old = new Dexie(name);
  old.version(1).stores({ people: 'id' });
  await old.table('people').bulkAdd(stored);
  old.close();

  const versions: SchemaVersion[] = [
    { version: 1, description: 'people', stores: { people: 'id' }, upgradeRecords: 'first version' },
    { version: 2, description: 'an index', stores: { people: 'id, name' }, upgradeRecords: 'records unchanged' },
    {
      version: 3,
      description: 'name split',
      stores: {},
      upgradeRecords: { people: ({ name, ...rest }) => ({ ...rest, fullName: name, title: '' }) },
    },
  ];
  const database = new ContactPlanDatabase(name, versions);
  await database.open();
  expect(await database.table('people').toArray()).toEqual([
    { id: 'a', fullName: 'Ms. Smith', title: '' },
    { id: 'b', fullName: 'Rob Hopp', title: '' },
  ]);
  database.close();
  await Dexie.delete(name);
});
