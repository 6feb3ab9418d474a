/**
 * The sync of every shared pursuit (and the company directory) in the one tab that holds the sync
 * lock: starts a live `DatabaseSync` per shared pursuit as pursuits are shared or opened, nudges them
 * when the outbox grows, reconnects when the network comes back, and reports one status. PouchDB is
 * loaded only when there is something to sync: with no server and no shared pursuit, nothing is
 * downloaded and no request is made.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { ContactPlanDatabase } from '../db';
import { DatabaseSync, type DatabaseSyncStatus } from './database-sync';
import { pursuitDatabaseName } from './documents';
import { loadPouchDB } from './replicator';
import { readSession, type ServerSession } from './server-session';
import { readAvailablePursuits } from './share';
import { DIRECTORY_DATABASE, type AvailablePursuit, type SharedPursuit } from './sync-tables';

export type SyncStatus = {
  /** The team server set in Settings, and who this browser is signed in as there. */
  serverUrl: string | null;
  session: ServerSession | null;
  /** Per database name (`opp-<id>`, and the directory). */
  databases: Record<string, DatabaseSyncStatus>;
  /** Pursuits teammates shared through the server (from the directory). */
  available: AvailablePursuit[];
};

export const idleSyncStatus: SyncStatus = { serverUrl: null, session: null, databases: {}, available: [] };

export type SyncEngineOptions = {
  database: ContactPlanDatabase;
  serverUrl: string | null;
  onStatus: (status: SyncStatus) => void;
  /** Names the local replicas (tests run two "laptops" in one browser). */
  deviceName?: string;
};

export class SyncEngine {
  private readonly syncs = new Map<string, DatabaseSync>();
  private readonly subscriptions: Subscription[] = [];
  private status: SyncStatus;
  private stopped = false;
  private readonly onOnline = () => {
    for (const sync of this.syncs.values()) sync.reconnect();
  };
  /** The browser knows before any request fails: say so at once. */
  private readonly onOffline = () => {
    for (const sync of this.syncs.values()) sync.wentOffline();
  };

  constructor(private readonly options: SyncEngineOptions) {
    this.status = { ...idleSyncStatus, serverUrl: options.serverUrl };
  }

  async start() {
    const { database, serverUrl } = this.options;
    const pursuits = await database.sharedPursuits.toArray();
    if (!serverUrl && pursuits.length === 0) {
      // Nothing shared, no server: watch for a first share, and stay off the network until then.
      this.watchSharedPursuits();
      this.report({});
      return;
    }
    if (serverUrl) {
      const session = await readSession(serverUrl);
      this.report({ session });
      if (session.kind === 'signed-out') {
        this.watchSharedPursuits();
        return;
      }
      await this.startDatabase(DIRECTORY_DATABASE, serverUrl, 0, () => Promise.resolve(), true);
    }
    this.watchSharedPursuits();
    this.subscriptions.push(
      // The newest entry's number is part of the result: a second change to a record already
      // waiting changes no database's list of records, and must still be sent.
      liveQuery(async () => ({
        keys: (await database.syncOutbox.orderBy('[databaseName+documentId]').uniqueKeys()) as unknown as [
          string,
          string,
        ][],
        newest: await database.syncOutbox.orderBy(':id').lastKey(),
      })).subscribe({
        next: ({ keys }) => {
          const names = new Set(keys.map(([name]) => name));
          for (const name of names) this.syncs.get(name)?.nudge();
        },
      }),
    );
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
  }

  async stop() {
    this.stopped = true;
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    await Promise.all([...this.syncs.values()].map((sync) => sync.stop()));
    this.syncs.clear();
  }

  /** Read after an await: `stop` may have run meanwhile. */
  private isStopped() {
    return this.stopped;
  }

  private report(change: Partial<SyncStatus>) {
    this.status = { ...this.status, ...change };
    if (!this.stopped) this.options.onStatus(this.status);
  }

  private watchSharedPursuits() {
    this.subscriptions.push(
      liveQuery(() => this.options.database.sharedPursuits.toArray()).subscribe({
        next: (pursuits) => {
          void this.follow(pursuits);
        },
      }),
    );
  }

  /** Starts the sync of every pursuit newly shared or opened. */
  private async follow(pursuits: readonly SharedPursuit[]) {
    if (this.status.session?.kind === 'signed-out') {
      const databases = Object.fromEntries(
        pursuits.map((pursuit) => [
          pursuit.databaseName,
          {
            databaseName: pursuit.databaseName,
            connection: { kind: 'signed-out' as const },
            firstPull: null,
            lastSyncedAt: null,
          },
        ]),
      );
      this.report({ databases });
      return;
    }
    for (const pursuit of pursuits) {
      if (this.syncs.has(pursuit.databaseName)) continue;
      const { database } = this.options;
      await this.startDatabase(pursuit.databaseName, pursuit.serverUrl, pursuit.lastSeq ?? 0, async (since) => {
        await database.transaction('rw', database.sharedPursuits, async () => {
          const current = await database.sharedPursuits.get(pursuit.opportunityId);
          if (current) await database.sharedPursuits.put({ ...current, lastSeq: since });
        });
      });
    }
  }

  private async startDatabase(
    databaseName: string,
    serverUrl: string,
    since: number | string,
    saveSince: (since: number | string) => Promise<void>,
    isDirectory = false,
  ) {
    if (this.stopped || this.syncs.has(databaseName)) return;
    const PouchDB = await loadPouchDB();
    if (this.isStopped() || this.syncs.has(databaseName)) return;
    const sync = new DatabaseSync({
      database: this.options.database,
      PouchDB,
      databaseName,
      serverUrl,
      since,
      saveSince,
      deviceName: this.options.deviceName,
      onStatus: (status) => {
        this.report({ databases: { ...this.status.databases, [databaseName]: status } });
      },
      ...(isDirectory
        ? {
            afterTake: async (replica) => {
              const available = await readAvailablePursuits(replica);
              this.report({ available });
              // A pursuit just set up by the server: start at once rather than at the next retry.
              for (const pursuit of available) {
                const waiting = this.syncs.get(pursuitDatabaseName(pursuit.opportunityId));
                if (pursuit.provisioned && waiting?.isWaitingForServer()) waiting.reconnect();
              }
            },
          }
        : {}),
    });
    this.syncs.set(databaseName, sync);
    await sync.start();
  }
}
