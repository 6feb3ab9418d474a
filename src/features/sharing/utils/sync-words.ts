import { connectionInWords, type ConnectionState } from '../../../data/sync/connection-state';
import type { DatabaseSyncStatus } from '../../../data/sync/database-sync';
import { countLabel } from '../../../domain/count-label';

/** The worst of several states: what the user must know first. */
const precedence: ConnectionState['kind'][] = [
  'signed-out',
  'refused',
  'error',
  'offline',
  'unreachable',
  'waiting-for-server',
  'connecting',
  'live',
];

export const worstConnection = (statuses: readonly DatabaseSyncStatus[]): ConnectionState | null =>
  statuses
    .map((status) => status.connection)
    .sort((a, b) => precedence.indexOf(a.kind) - precedence.indexOf(b.kind))[0] ?? null;

/** "Up to date", "3 changes waiting · Offline: …", in words. */
export const syncInWords = (connection: ConnectionState | null, waiting: number): string => {
  const waitingWords = waiting > 0 ? `${countLabel(waiting, 'change')} waiting to be sent` : '';
  if (!connection) return [connectionInWords({ kind: 'connecting' }), waitingWords].filter(Boolean).join(' · ');
  if (connection.kind === 'live') return waitingWords || connectionInWords(connection);
  return [connectionInWords(connection), waitingWords].filter(Boolean).join(' · ');
};

export const isTrouble = (connection: ConnectionState | null) =>
  connection !== null && !['live', 'connecting', 'waiting-for-server'].includes(connection.kind);
