import Dexie, { type Table } from 'dexie';
import { outboxMiddleware } from './sync/outbox-middleware';
import type { OutboxEntry, SharedPursuit, SyncProblem, SyncRevision } from './sync/sync-tables';
import { DatabaseOutdatedError } from './errors';
import type { RecordOf, TableName } from './record-schemas';
import { schemaVersions, type LooseRecord, type SchemaVersion } from './schema';

export const DATABASE_NAME = 'contact-plan';

type Tables = { [Name in TableName]: Table<RecordOf<Name>, string> };

/**
 * The one local database. Declares every schema version (see schema.ts) and reacts when another
 * tab opens a newer version: a tab running old code must not keep writing old-shaped records, so
 * it closes its connection, refuses writes and tells the app (which saves and reloads).
 */
export class ContactPlanDatabase extends Dexie {
  declare opportunities: Tables['opportunities'];
  declare organizations: Tables['organizations'];
  declare stakeholders: Tables['stakeholders'];
  declare teamMembers: Tables['teamMembers'];
  declare contacts: Tables['contacts'];
  declare debriefs: Tables['debriefs'];
  declare outcomes: Tables['outcomes'];
  declare actionItems: Tables['actionItems'];
  declare messages: Tables['messages'];
  // The sync bridge's tables, kept in this browser only (data/sync/sync-tables.ts).
  declare sharedPursuits: Table<SharedPursuit, string>;
  declare syncOutbox: Table<OutboxEntry, number>;
  declare syncRevisions: Table<SyncRevision, [string, string]>;
  declare syncProblems: Table<SyncProblem, [string, string]>;

  #isOutdated = false;
  readonly #outdatedListeners = new Set<() => void>();

  /** `versions` is for tests that try a version to come; the app always uses schema.ts's. */
  constructor(name: string = DATABASE_NAME, versions: readonly SchemaVersion[] = schemaVersions) {
    super(name);
    for (const { version, stores, localStores, upgradeRecords } of versions) {
      const declared = this.version(version).stores({ ...stores, ...localStores });
      // The same record upgrades that backups and archives go through (restore.ts), run on every
      // stored record of each table that changes. Only Dexie work happens inside the transaction.
      if (typeof upgradeRecords === 'object')
        declared.upgrade(async (transaction) => {
          for (const [table, upgrade] of Object.entries(upgradeRecords))
            await transaction
              .table(table)
              .toCollection()
              .modify((record: LooseRecord, ref: { value: LooseRecord }) => {
                ref.value = upgrade(record);
              });
        });
    }
    this.use(outboxMiddleware);
    // Every read-write transaction can hold the outbox entries of what it changes: the sync
    // tables join its scope (the outbox middleware writes there, in the same transaction).
    const transaction = this.transaction.bind(this);
    const localTables = versions.some((declared) => declared.localStores?.syncOutbox)
      ? ['sharedPursuits', 'syncOutbox', 'syncRevisions', 'syncProblems']
      : [];
    this.transaction = ((mode: string, ...rest: unknown[]) => {
      const scope = rest.at(-1);
      const tables = rest.slice(0, -1).flat();
      const withSync = mode.startsWith('rw') && localTables.length > 0 ? tables.concat(localTables) : tables;
      return Reflect.apply(transaction, this, [mode, withSync, scope]) as unknown;
    }) as typeof this.transaction;
    this.on('versionchange', () => {
      this.#isOutdated = true;
      // Closing lets the other tab's upgrade go ahead; Dexie's default would close too, but
      // could reopen on the next query and write records in the old shape.
      this.close({ disableAutoOpen: true });
      for (const listener of this.#outdatedListeners) listener();
      return false;
    });
  }

  get isOutdated(): boolean {
    return this.#isOutdated;
  }

  /** Called once when another tab upgrades or deletes the database. Returns an unsubscribe. */
  onOutdated(listener: () => void): () => void {
    this.#outdatedListeners.add(listener);
    return () => this.#outdatedListeners.delete(listener);
  }

  /** Throws a clear error instead of writing through a connection that another tab made stale. */
  assertWritable(): void {
    if (this.#isOutdated) throw new DatabaseOutdatedError();
  }

  /** The typed table of that name (Dexie's own `table()` is untyped). */
  tableOf<Name extends TableName>(name: Name): Tables[Name] {
    return this[name] as Tables[Name];
  }
}

export const db = new ContactPlanDatabase();
