import PouchDB from 'pouchdb-browser';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ContactPlanDatabase } from '../../../src/data/db';
import { buildExamplePlan, examplePlanIds } from '../../../src/data/example-plan';
import type { RecordOf, TableName } from '../../../src/data/record-schemas';
import { replicaName, syncPursuitOnce } from '../../../src/data/sync/replicator';
import { pursuitDatabaseName, pursuitsOf } from '../../../src/data/sync/documents';
import { readConflicts, resolveConflict } from '../../../src/data/sync/sync-queries';
import { startTeamServer, type TestTeamServer } from '../../support/team-server';

const ids = examplePlanIds;
const name = pursuitDatabaseName(ids.opportunity);
const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
let server: TestTeamServer;

beforeAll(async () => {
  server = await startTeamServer();
  const created = await fetch(`${server.url}/${name}`, {
    method: 'PUT',
    headers: {
      authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`,
    },
  });
  expect(created.status).toBe(201);
}, 60_000);
afterAll(async () => {
  await server.stop();
});

/** A teammate's laptop: the app's database, sharing the example pursuit, and its local replica. */
const laptop = async (label: string) => {
  const database = new ContactPlanDatabase(`laptop-${label}`);
  await database.transaction('rw', database.sharedPursuits, async () => {
    await database.sharedPursuits.put({
      opportunityId: ids.opportunity,
      serverUrl: server.url,
      databaseName: name,
      sharedAt: new Date().toISOString(),
    });
  });
  const credentials = { username: server.admin.name, password: server.admin.password };
  /** One round, as the replicator runs it: send the outbox, replicate both ways, take what came. */
  const syncRound = async () => {
    const pursuit = await database.sharedPursuits.get(ids.opportunity);
    if (!pursuit) throw new Error('not shared');
    return syncPursuitOnce(database, pursuit, credentials, `laptop-${label}`);
  };
  const replica = () => new PouchDB(replicaName(name, `laptop-${label}`));
  return { database, replica, syncRound };
};

const pursuitRecords = () =>
  (Object.entries(plan) as [TableName, RecordOf<TableName>[]][]).flatMap(([table, records]) =>
    records
      .filter((record) => pursuitsOf(table, record).includes(ids.opportunity))
      .map((record) => ({ table, record })),
  );

const tablesOf = async (database: ContactPlanDatabase) =>
  Object.fromEntries(
    await Promise.all(
      (
        ['opportunities', 'contacts', 'stakeholders', 'teamMembers', 'debriefs', 'actionItems', 'messages'] as const
      ).map(async (table) => [table, await database.tableOf(table).orderBy('id').toArray()] as const),
    ),
  );

const editLocation = (database: ContactPlanDatabase, location: string) =>
  database.transaction('rw', database.contacts, async () => {
    const contact = await database.contacts.get(ids.pentagonMeeting);
    if (!contact) throw new Error('no contact');
    await database.contacts.put({ ...contact, location, updatedAt: new Date().toISOString() });
  });

test('two laptops through a real team server: a pursuit arrives whole, edits made apart converge and the losing one is kept', async () => {
  const a = await laptop('a');
  const b = await laptop('b');

  // A writes the pursuit (as loading the example does); its outbox holds every record.
  await a.database.transaction('rw', a.database.tables, async () => {
    for (const { table, record } of pursuitRecords()) await a.database.tableOf(table).put(record as never);
  });
  expect(await a.database.syncOutbox.count()).toBe(pursuitRecords().length);
  await a.syncRound();
  expect(await a.database.syncOutbox.count()).toBe(0);

  // B takes it in, through the one door, and queues nothing back (no echo).
  const taken = await b.syncRound();
  expect(taken).toMatchObject({ applied: pursuitRecords().length, problems: 0, conflicts: 0 });
  expect(await tablesOf(b.database)).toEqual(await tablesOf(a.database));
  expect(await b.database.syncOutbox.count()).toBe(0);
  // A's own records coming back are skipped, not rewritten.
  expect((await a.syncRound()).applied).toBe(0);

  // Both change Where apart; after a round each, and one more for A, both hold the same winner.
  await editLocation(a.database, 'Pentagon, room 3E');
  await editLocation(b.database, 'Fort Belvoir');
  await a.syncRound();
  await b.syncRound();
  await a.syncRound();
  await b.syncRound();
  const locationOn = async (database: ContactPlanDatabase) =>
    (await database.contacts.get(ids.pentagonMeeting))?.location;
  expect(await locationOn(a.database)).toBe(await locationOn(b.database));
  expect(['Pentagon, room 3E', 'Fort Belvoir']).toContain(await locationOn(a.database));
  // The losing version is kept on the server and named as a conflict on the laptop that took it.
  const onServer = await b.replica().get(`contacts:${ids.pentagonMeeting}`, { conflicts: true });
  expect(onServer._conflicts).toHaveLength(1);
  // Both laptops list it, the one whose version won and the one whose version lost.
  for (const database of [a.database, b.database]) {
    const conflicts = (await database.syncProblems.toArray()).filter((problem) => problem.kind === 'conflict');
    expect(conflicts.map((problem) => problem.documentId)).toEqual([`contacts:${ids.pentagonMeeting}`]);
  }

  // Each laptop knows which version was its own; choosing on A ends the losing version everywhere.
  const [onA] = await readConflicts(a.database);
  const [onB] = await readConflicts(b.database);
  expect([onA?.yours, onB?.yours].sort()).toEqual(['kept', 'set-aside']);
  const locationOf = (record: unknown) => (record as { location?: string } | null | undefined)?.location;
  expect(new Set([locationOf(onA?.kept), locationOf(onA?.setAside)])).toEqual(
    new Set(['Pentagon, room 3E', 'Fort Belvoir']),
  );
  if (!onA) throw new Error('no conflict on A');
  await resolveConflict(a.database, onA.problem, { ...(onA.kept as object), location: 'Pentagon, room 3E' });
  expect(await readConflicts(a.database)).toEqual([]);
  await a.syncRound();
  await b.syncRound();
  expect(await readConflicts(b.database)).toEqual([]);
  expect(await locationOn(b.database)).toBe('Pentagon, room 3E');
  expect((await b.replica().get(`contacts:${ids.pentagonMeeting}`, { conflicts: true }))._conflicts).toBeUndefined();

  // A record from a newer app, written straight to the server, is kept aside on B: not in its grid.
  const newerId = '00000000-0000-4000-8000-00000000abcd';
  const written = await fetch(`${server.url}/${name}/contacts:${newerId}`, {
    method: 'PUT',
    headers: {
      authorization: `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ table: 'contacts', schemaVersion: 99, record: { id: newerId, priority: 'high' } }),
  });
  expect(written.status).toBe(201);
  const report = await b.syncRound();
  expect(report.problems).toBe(1);
  expect(await b.database.contacts.get(newerId)).toBeUndefined();
  const [problem] = (await b.database.syncProblems.toArray()).filter((entry) => entry.kind === 'newer');
  expect(problem?.reasons[0]).toMatch(/newer version of Contact Plan \(database version 99/);

  for (const { database, replica } of [a, b]) {
    await replica().destroy();
    database.close();
  }
}, 60_000);

test('a person shared by two pursuits: each pursuit database says only whether they are in its pursuit', async () => {
  const a = await laptop('people-a');
  const b = await laptop('people-b');
  const otherPursuit = '00000000-0000-4000-8000-0000000000aa';
  const [person] = plan.stakeholders;
  if (!person) throw new Error('the example has stakeholders');
  await a.database.transaction('rw', a.database.tables, async () => {
    for (const { table, record } of pursuitRecords()) await a.database.tableOf(table).put(record as never);
  });
  await a.syncRound();
  // B also has this person in a pursuit A knows nothing of.
  await b.database.stakeholders.put({ ...person, opportunityIds: [otherPursuit] } as never);
  await b.syncRound();
  expect((await b.database.stakeholders.get(person.id))?.opportunityIds.sort()).toEqual(
    [ids.opportunity, otherPursuit].sort(),
  );
  // A takes the person out of the shared pursuit: B loses that pursuit, keeps its own.
  await a.database.transaction('rw', a.database.tables, async () => {
    await a.database.stakeholders.put({ ...person, opportunityIds: [], updatedAt: new Date().toISOString() });
  });
  await a.syncRound();
  await b.syncRound();
  expect((await b.database.stakeholders.get(person.id))?.opportunityIds).toEqual([otherPursuit]);
  for (const { database, replica } of [a, b]) {
    await replica().destroy();
    database.close();
  }
}, 60_000);
