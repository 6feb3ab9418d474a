/**
 * Runs sync in one tab of this browser (the Web Locks API elects it; when it closes, the next tab
 * takes over) and lets every tab show how it stands: the running tab reports its status over a
 * BroadcastChannel, the others listen, and a tab that changes the server or signs in asks the
 * running one to start again.
 */
import { db } from '../db';
import { SyncEngine, type SyncStatus } from './sync-engine';

/** What the app gives the runner: where to show the status, and the server set in Settings. */
export type SyncRunnerHost = {
  showStatus: (status: SyncStatus) => void;
  currentStatus: () => SyncStatus;
  /** Reads the server address as saved (another tab may have changed it). */
  readServerUrl: () => Promise<string | null>;
};

const LOCK = 'contact-plan-sync';
type SyncMessage = { type: 'status'; status: SyncStatus } | { type: 'ask' } | { type: 'restart' };

let channel: BroadcastChannel | null = null;
let engine: SyncEngine | null = null;
let running = false;
let restarting: Promise<void> = Promise.resolve();
let host: SyncRunnerHost | null = null;

const publish = (status: SyncStatus) => {
  host?.showStatus(status);
  channel?.postMessage({ type: 'status', status } satisfies SyncMessage);
};

const restartHere = () => {
  restarting = restarting.then(async () => {
    await engine?.stop();
    const serverUrl = (await host?.readServerUrl()) ?? null;
    engine = new SyncEngine({ database: db, serverUrl, onStatus: publish });
    await engine.start();
  });
  return restarting;
};

/** Starts the runner once per tab. */
export const startSyncRunner = (runnerHost: SyncRunnerHost) => {
  if (channel) return;
  host = runnerHost;
  channel = new BroadcastChannel(LOCK);
  channel.onmessage = (event: MessageEvent<SyncMessage>) => {
    const message = event.data;
    if (message.type === 'status' && !running) host?.showStatus(message.status);
    else if (message.type === 'ask' && running && host) publish(host.currentStatus());
    else if (message.type === 'restart' && running) void restartHere();
  };
  // Without Web Locks (an old browser) every tab would sync on its own: none does, rather than race.
  if (!('locks' in navigator)) return;
  void navigator.locks.request(LOCK, async () => {
    running = true;
    await restartHere();
    // Held for the life of the tab.
    await new Promise(() => undefined);
  });
  channel.postMessage({ type: 'ask' } satisfies SyncMessage);
};

/** After the server changed or a sign-in: sync starts again, in whichever tab runs it. */
export const restartSync = async () => {
  if (running) await restartHere();
  else channel?.postMessage({ type: 'restart' } satisfies SyncMessage);
};
