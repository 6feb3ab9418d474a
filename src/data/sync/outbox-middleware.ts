/**
 * Every write to a record of a shared pursuit leaves an outbox entry in the same transaction, on
 * whatever path it came (a form, the grid, an import, Undo, a restore): a Dexie middleware below
 * every command, so no command can forget it. Unshared pursuits cost one read of the (small)
 * sharedPursuits table per write, and nothing else.
 *
 * Every read-write transaction includes the sync tables (db.ts adds them), so the entry can be
 * written where the change is.
 */
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { tableNames, type TableName } from '../record-schemas';
import { documentIdOf, pursuitDatabaseName, pursuitsOf } from './documents';
import { DIRECTORY_DATABASE, type OutboxEntry, type SharedPursuit } from './sync-tables';

const recordTables = new Set<string>(tableNames);

/** Transactions applying what came from the server: their writes are not queued back to it. */
const incomingTransactions = new WeakSet<object>();
export const markIncoming = (idbTransaction: object): void => {
  incomingTransactions.add(idbTransaction);
};
// Dexie's DBCoreRangeType.Any (a const enum, which isolated modules cannot import): every key.
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the enum's value, see above
const everyKey: DBCoreKeyRange = { type: 3, lower: undefined, upper: undefined };

/** The keys (ids) a request touches, and the records it writes (none for a deletion). */
const touchedKeys = async (table: DBCoreTable, request: DBCoreMutateRequest): Promise<string[]> => {
  if (request.type === 'add' || request.type === 'put')
    return request.values.map((value) => String((value as { id: unknown }).id));
  if (request.type === 'delete') return request.keys.map(String);
  const keys = await table.query({
    trans: request.trans,
    values: false,
    query: { index: table.schema.primaryKey, range: request.range },
  });
  return keys.result.map(String);
};

const hasStore = (trans: DBCoreTransaction, name: string): boolean => {
  const stores = (trans as unknown as Partial<IDBTransaction>).objectStoreNames;
  return stores === undefined || stores.contains(name);
};

const entriesFor = async (
  tableName: TableName,
  table: DBCoreTable,
  request: DBCoreMutateRequest,
  shared: ReadonlyMap<string, SharedPursuit>,
): Promise<OutboxEntry[]> => {
  const keys = await touchedKeys(table, request);
  // A deletion, and a change that may take a record out of a pursuit (a person unlinked): the
  // record as it was says which pursuits must hear of it, the new one which must hear of it now.
  const before = await table.getMany({ trans: request.trans, keys });
  const after = request.type === 'add' || request.type === 'put' ? request.values : [];
  const queuedAt = new Date().toISOString();
  const entries: OutboxEntry[] = [];
  const note = (databaseName: string, id: string) =>
    entries.push({ databaseName, documentId: documentIdOf(tableName, id), queuedAt });
  keys.forEach((id, index) => {
    if (tableName === 'organizations') {
      note(DIRECTORY_DATABASE, id);
      return;
    }
    const pursuits = new Set<string>();
    for (const record of [before[index], after[index]])
      if (record) for (const pursuit of pursuitsOf(tableName, record as never)) pursuits.add(pursuit);
    for (const pursuit of pursuits) if (shared.has(pursuit)) note(pursuitDatabaseName(pursuit), id);
  });
  return entries;
};

export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sync-outbox',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!recordTables.has(name)) return table;
      return {
        ...table,
        mutate: async (request) => {
          // A write outside any transaction of the app (test set-up, Dexie's own bookkeeping) has no
          // room for outbox entries; the app's commands all run in one (writeTransaction, import,
          // restore), which db.ts widens to the sync tables.
          if (!hasStore(request.trans, 'sharedPursuits') || !hasStore(request.trans, 'syncOutbox'))
            return table.mutate(request);
          if (incomingTransactions.has(request.trans)) return table.mutate(request);
          const pursuits = down.table('sharedPursuits');
          const sharedRows = await pursuits.query({
            trans: request.trans,
            values: true,
            query: { index: pursuits.schema.primaryKey, range: everyKey },
          });
          const shared = new Map(
            (sharedRows.result as SharedPursuit[]).map((pursuit) => [pursuit.opportunityId, pursuit]),
          );
          if (shared.size === 0) return table.mutate(request);
          const entries = await entriesFor(name as TableName, table, request, shared);
          const response = await table.mutate(request);
          if (entries.length > 0)
            await down.table('syncOutbox').mutate({ trans: request.trans, type: 'add', values: entries });
          return response;
        },
      };
    },
  }),
};
