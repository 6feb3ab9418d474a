import PouchDB from 'pouchdb-browser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildExamplePlan } from '../../../src/data/example-plan';
import type { RecordOf, TableName } from '../../../src/data/record-schemas';
import { currentSchemaVersion } from '../../../src/data/schema';
import {
  documentIdOf,
  fromDocument,
  parseDocumentId,
  pursuitDatabaseName,
  pursuitsOf,
  toDocument,
  type RecordDocument,
} from '../../../src/data/sync/documents';
import { startTeamServer, type TestTeamServer } from '../../support/team-server';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
const today = '2026-12-03';
const [contact] = plan.contacts;
if (!contact) throw new Error('the example has no contact');
const [opportunity] = plan.opportunities;
if (!opportunity) throw new Error('the example has no opportunity');

/** Every record of the example plan as documents, with the pursuit databases each belongs in. */
const exampleDocuments = () =>
  (Object.entries(plan) as [TableName, RecordOf<TableName>[]][]).flatMap(([table, records]) =>
    records.map((record) => ({ document: toDocument(table, record), pursuits: pursuitsOf(table, record) })),
  );

describe('a record as a document, and back through the one door', () => {
  test('ids name their table; pursuit databases are named for the opportunity', () => {
    expect(documentIdOf('contacts', contact.id)).toBe(`contacts:${contact.id}`);
    expect(parseDocumentId(`contacts:${contact.id}`)).toEqual({ table: 'contacts', id: contact.id });
    expect(parseDocumentId(`notes:${contact.id}`)).toBeNull();
    expect(parseDocumentId('contacts:')).toBeNull();
    expect(pursuitDatabaseName(opportunity.id)).toBe(`opp-${opportunity.id}`);
  });

  test('every record of the example comes back as it went', () => {
    for (const { document } of exampleDocuments()) {
      const back = fromDocument(JSON.parse(JSON.stringify(document)), { today });
      expect(back).toEqual({ kind: 'record', table: document.table, record: document.record });
    }
  });

  test('people belong in each of their pursuits; organizations in none (the directory holds them)', () => {
    const pursuits = exampleDocuments().map(({ document, pursuits }) => [document.table, pursuits] as const);
    for (const [table, of] of pursuits) {
      if (table === 'organizations') expect(of).toEqual([]);
      else expect(of).toEqual([opportunity.id]);
    }
  });

  const document = (): RecordDocument => JSON.parse(JSON.stringify(toDocument('contacts', contact))) as RecordDocument;
  test.each([
    [
      'an unknown field',
      (doc: RecordDocument) => ({ ...doc, record: { ...doc.record, priority: 'high' } }),
      'priority',
    ],
    ['a wrong type', (doc: RecordDocument) => ({ ...doc, record: { ...doc.record, date: 23 } }), 'date'],
    ['no version', (doc: RecordDocument) => ({ ...doc, schemaVersion: undefined }), 'schemaVersion'],
    ['a table its id denies', (doc: RecordDocument) => ({ ...doc, table: 'messages' }), ''],
    [
      'a record of another id',
      (doc: RecordDocument) => ({ ...doc, record: { ...doc.record, id: opportunity.id } }),
      'id',
    ],
    ['an id naming no table', (doc: RecordDocument) => ({ ...doc, _id: `notes:${contact.id}` }), ''],
  ])('a document with %s is a problem named by field, not a record', (_, change, field) => {
    const back = fromDocument(change(document()), { today });
    expect(back.kind).toBe('problem');
    if (back.kind === 'problem') expect(back.problems.map((problem) => problem.field)).toContain(field);
  });

  test('a document from a newer app is kept aside, untouched', () => {
    const newer = { ...document(), schemaVersion: currentSchemaVersion + 1 };
    const back = fromDocument(newer, { today });
    expect(back).toMatchObject({ kind: 'newer', version: currentSchemaVersion + 1, raw: newer });
  });

  test('a deletion names its record', () => {
    expect(fromDocument({ _id: `contacts:${contact.id}`, _rev: '2-x', _deleted: true })).toEqual({
      kind: 'deleted',
      table: 'contacts',
      id: contact.id,
    });
  });
});

describe('through a real team server (pouchdb-server)', () => {
  let server: TestTeamServer;
  beforeAll(async () => {
    server = await startTeamServer();
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  test('a pursuit replicated from one device to the server and on to another arrives whole', async () => {
    const name = pursuitDatabaseName(opportunity.id);
    const auth = { username: server.admin.name, password: server.admin.password };
    const remote = new PouchDB(`${server.url}/${name}`, { auth });
    const laptopA = new PouchDB(`a-${name}`);
    const laptopB = new PouchDB(`b-${name}`);
    try {
      const documents = exampleDocuments()
        .filter(({ pursuits }) => pursuits.includes(opportunity.id))
        .map(({ document }) => document);
      await laptopA.bulkDocs(documents);
      await laptopA.replicate.to(remote);
      await laptopB.replicate.from(remote);
      const { rows } = await laptopB.allDocs({ include_docs: true });
      const arrived = rows.map((row) => fromDocument(row.doc, { today }));
      expect(arrived.every((back) => back.kind === 'record')).toBe(true);
      expect(arrived.map((back) => (back.kind === 'record' ? back.record : null)).sort(byId)).toEqual(
        documents.map((doc) => doc.record).sort(byId),
      );
    } finally {
      await laptopA.destroy();
      await laptopB.destroy();
      await remote.close();
    }
  }, 60_000);
});

const byId = (a: { id?: unknown } | null, b: { id?: unknown } | null) => String(a?.id).localeCompare(String(b?.id));
