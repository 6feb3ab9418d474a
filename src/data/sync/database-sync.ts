/**
 * Live sync of one database (a pursuit's, or the company directory) while this tab holds the sync
 * lock: the outbox is sent to the local replica when it grows, the replica is pushed to the server,
 * the server's changes are pulled live into the replica, and the replica's changes are taken into
 * the app's database in batches. Every step retries by itself with a growing pause (offline, the
 * server restarting, a laptop waking up) and carries on from where it stopped: the replica keeps
 * its checkpoints, the take keeps its sequence, the outbox keeps what is not confirmed.
 */
import type PouchDB from 'pouchdb-browser';
import type { ContactPlanDatabase } from '../db';
import { confirmPushed, newestInReplica, sendOutbox, takeChanges } from './bridge';
import { describeServerError, type ConnectionState } from './connection-state';
import { replicaName } from './replicator';

type PouchDBClass = typeof PouchDB;
type Replica = InstanceType<PouchDBClass>;

/** How many changes one take applies in one transaction: keeps each main-thread task short. */
const TAKE_BATCH = 250;
const PUSH_BATCH = 200;
const PULL_BATCH = 200;
const RETRY_FIRST_MS = 1000;
const RETRY_LONGEST_MS = 15_000;

export type DatabaseSyncStatus = {
  databaseName: string;
  connection: ConnectionState;
  /** While a pursuit is first taken in: records taken so far, of how many the server has. */
  firstPull: { taken: number; total: number } | null;
  lastSyncedAt: string | null;
};

export type DatabaseSyncOptions = {
  database: ContactPlanDatabase;
  PouchDB: PouchDBClass;
  databaseName: string;
  serverUrl: string;
  /** Where the take starts (a pursuit keeps it; the small directory is read from the start). */
  since: number | string;
  saveSince: (since: number | string) => Promise<void>;
  onStatus: (status: DatabaseSyncStatus) => void;
  /** After each batch taken (the directory reads its requests to share pursuits then). */
  afterTake?: (replica: Replica) => Promise<void>;
  deviceName?: string;
};

export class DatabaseSync {
  private readonly replica: Replica;
  private readonly remote: Replica;
  private pull: ReturnType<Replica['replicate']['from']> | null = null;
  private localChanges: { cancel: () => void } | null = null;
  private stopped = false;
  private since: number | string;
  private status: DatabaseSyncStatus;
  private readonly running = { send: false, push: false, take: false };
  private readonly again = { send: false, push: false, take: false };
  private pushRetry: ReturnType<typeof setTimeout> | null = null;
  private pushDelay = 0;

  constructor(private readonly options: DatabaseSyncOptions) {
    const { PouchDB: PouchDBConstructor, databaseName, serverUrl } = options;
    this.replica = new PouchDBConstructor(replicaName(databaseName, options.deviceName));
    // Signed in by the session cookie the browser keeps for the server (PouchDB sends credentials).
    this.remote = new PouchDBConstructor(`${serverUrl.replace(/\/$/, '')}/${databaseName}`, { skip_setup: true });
    this.since = options.since;
    this.status = { databaseName, connection: { kind: 'connecting' }, firstPull: null, lastSyncedAt: null };
  }

  /** Read after an await: `stop` or another kick may have come meanwhile. */
  private runsAgain(step: 'send' | 'push' | 'take') {
    return this.again[step] && !this.stopped;
  }

  get name() {
    return this.options.databaseName;
  }

  async start() {
    if (this.since === 0 || this.since === '0') {
      const total = await this.remote.info().then(
        (info) => info.doc_count,
        () => null,
      );
      if (total !== null && total > 0) this.report({ firstPull: { taken: 0, total } });
    }
    this.localChanges = this.replica.changes({ since: 'now', live: true }).on('change', () => {
      this.kick('take');
    }) as { cancel: () => void };
    this.startPull();
    this.kick('send');
    this.kick('take');
  }

  /** The outbox grew, or the network came back: send and push now rather than at the next retry. */
  nudge() {
    this.pushDelay = 0;
    this.kick('send');
  }

  /** After the network comes back or the laptop wakes: replication starts again at once. */
  reconnect() {
    if (this.stopped) return;
    this.pull?.cancel();
    this.startPull();
    this.nudge();
  }

  isWaitingForServer() {
    return this.status.connection.kind === 'waiting-for-server';
  }

  wentOffline() {
    this.report({ connection: { kind: 'offline' } });
  }

  async stop() {
    this.stopped = true;
    this.pull?.cancel();
    this.localChanges?.cancel();
    if (this.pushRetry) clearTimeout(this.pushRetry);
    await Promise.allSettled([this.replica.close(), this.remote.close()]);
  }

  private report(change: Partial<DatabaseSyncStatus>) {
    this.status = { ...this.status, ...change };
    if (!this.stopped) this.options.onStatus(this.status);
  }

  /**
   * First a one-shot replication that catches up (PouchDB's live mode reads a large database in
   * many small long-polls), then a live one that follows the server.
   */
  private startPull() {
    const catchUp = this.replica.replicate.from(this.remote, { batch_size: PULL_BATCH });
    this.pull = catchUp;
    catchUp.then(
      () => {
        if (this.pull === catchUp && !this.stopped) this.startLivePull();
      },
      (error: unknown) => {
        if (this.pull !== catchUp || this.stopped) return;
        this.report({ connection: describeServerError(error) });
        this.startLivePull(); // it retries by itself, with its back-off
      },
    );
  }

  private startLivePull() {
    const pull = this.replica.replicate.from(this.remote, {
      live: true,
      retry: true,
      batch_size: PULL_BATCH,
      back_off_function: (delay) => (delay === 0 ? RETRY_FIRST_MS : Math.min(delay * 2, RETRY_LONGEST_MS)),
    });
    void pull
      .on('paused', (error) => {
        if (error) this.report({ connection: describeServerError(error) });
        else {
          if (!this.running.push && this.status.connection.kind !== 'error' && navigator.onLine)
            this.report({ connection: { kind: 'live' }, lastSyncedAt: new Date().toISOString() });
          this.kick('take'); // caught up: the take catches up too, and ends a first pull
        }
      })
      .on('active', () => {
        if (this.status.connection.kind !== 'live') this.report({ connection: { kind: 'connecting' } });
      })
      .on('denied', (error) => {
        this.report({ connection: describeServerError(error) });
      })
      .on('error', (error) => {
        this.report({ connection: describeServerError(error) });
      });
    // A live replication's promise settles only when it is cancelled or fails for good.
    pull.catch(() => undefined);
    this.pull = pull;
  }

  /** Runs one of the three loops; a kick while it runs makes it run once more afterwards. */
  private kick(step: 'send' | 'push' | 'take') {
    if (this.stopped) return;
    if (this.running[step]) {
      this.again[step] = true;
      return;
    }
    this.running[step] = true;
    void (async () => {
      try {
        do {
          this.again[step] = false;
          await this[step]();
        } while (this.runsAgain(step));
      } finally {
        this.running[step] = false;
      }
    })();
  }

  private async send() {
    try {
      const sent = await sendOutbox(this.options.database, this.name, this.replica);
      if (sent > 0 || (await newestInReplica(this.options.database, this.name)) > 0) this.kick('push');
    } catch (error) {
      this.report({ connection: { kind: 'error', reason: `Could not prepare changes to send: ${String(error)}` } });
    }
  }

  private async push() {
    if (this.pushRetry) clearTimeout(this.pushRetry);
    this.pushRetry = null;
    const upTo = await newestInReplica(this.options.database, this.name);
    if (upTo === 0) return;
    try {
      await this.replica.replicate.to(this.remote, { batch_size: PUSH_BATCH });
      await confirmPushed(this.options.database, this.name, upTo);
      this.pushDelay = 0;
      this.report({ connection: { kind: 'live' }, lastSyncedAt: new Date().toISOString() });
    } catch (error) {
      this.report({ connection: describeServerError(error) });
      this.pushDelay = this.pushDelay === 0 ? RETRY_FIRST_MS : Math.min(this.pushDelay * 2, RETRY_LONGEST_MS);
      if (!this.stopped)
        this.pushRetry = setTimeout(() => {
          this.kick('push');
        }, this.pushDelay);
    }
  }

  private async take() {
    for (;;) {
      if (this.stopped) return;
      const report = await takeChanges(this.options.database, this.name, this.replica, this.since, TAKE_BATCH);
      if (report.lastSeq === this.since) break;
      this.since = report.lastSeq;
      await this.options.saveSince(report.lastSeq);
      await this.options.afterTake?.(this.replica);
      const { firstPull } = this.status;
      if (firstPull) {
        const taken = firstPull.taken + report.applied + report.problems;
        this.report({ firstPull: { taken, total: Math.max(taken, firstPull.total) } });
      }
    }
    // The take caught up with the replica: a first pull is over once the pull has caught up too.
    if (this.status.firstPull && this.status.connection.kind === 'live') this.report({ firstPull: null });
  }
}
