import Dexie from 'dexie';
import { expect, test } from 'vitest';
import { db, DATABASE_NAME } from '../../src/data/db';
import { DatabaseOutdatedError } from '../../src/data/errors';
import { opportunitiesRepository } from '../../src/data/repositories/opportunities-repository';
import { currentSchemaVersion, schemaVersions } from '../../src/data/schema';
import { buildOpportunityFields } from '../support/factories';

// Two connections on one database: this tab (the app's `db`) and another tab running a newer
// version of the app, which upgrades the schema.
test('when another tab upgrades the schema, this tab lets it through, says so, and refuses writes', async () => {
  const saved = await opportunitiesRepository.createOpportunity({
    fields: buildOpportunityFields(),
    customer: { name: '' },
  });
  let toldOutdated = 0;
  db.onOutdated(() => (toldOutdated += 1));

  const newerTab = new Dexie(DATABASE_NAME);
  // Each version lists only the stores it changes; the newer tab declares them all, plus one more.
  const currentStores = Object.assign({}, ...schemaVersions.map((version) => version.stores)) as Record<
    string,
    string | null
  >;
  newerTab.version(currentSchemaVersion + 1).stores({ ...currentStores, notes: 'id' });
  await newerTab.open(); // would hang on "blocked" if this tab kept its connection open

  expect(toldOutdated).toBe(1);
  expect(db.isOutdated).toBe(true);
  await expect(
    opportunitiesRepository.createOpportunity({
      fields: buildOpportunityFields({ name: 'Written by a stale tab' }),
      customer: { name: '' },
    }),
  ).rejects.toThrow(DatabaseOutdatedError);
  await expect(
    opportunitiesRepository.editOpportunity(saved.id, {
      edit: { base: { name: saved.name }, changes: { name: 'Stale edit' } },
    }),
  ).rejects.toThrow(/updated in another tab/);

  // What was saved before is intact, and nothing old-shaped was written after.
  const rows = await newerTab.table('opportunities').toArray();
  expect(rows).toEqual([saved]);
  newerTab.close();
});
