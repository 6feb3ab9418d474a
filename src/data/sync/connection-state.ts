/**
 * How a database's sync stands, in words a teammate can act on. PouchDB reports failures as HTTP
 * statuses (401 signed out, 403 refused with the server's reason, 404 no such database yet) or as a
 * failed request with no status (the server cannot be reached).
 */
export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'live' }
  | { kind: 'offline' }
  | { kind: 'unreachable' }
  | { kind: 'signed-out' }
  | { kind: 'refused'; reason: string }
  | { kind: 'waiting-for-server' }
  | { kind: 'error'; reason: string };

const fieldOf = (error: unknown, field: string): unknown =>
  typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[field] : undefined;

export const describeServerError = (error: unknown): ConnectionState => {
  const status = Number(fieldOf(error, 'status') ?? 0);
  const text = fieldOf(error, 'reason') ?? fieldOf(error, 'message');
  const reason = typeof text === 'string' ? text : '';
  if (typeof navigator !== 'undefined' && !navigator.onLine) return { kind: 'offline' };
  if (status === 401) return { kind: 'signed-out' };
  if (status === 403) return { kind: 'refused', reason: reason || 'the server gave no reason' };
  if (status === 404) return { kind: 'waiting-for-server' };
  if (status === 0 || Number.isNaN(status) || status >= 500 || /fetch|network/i.test(reason))
    return { kind: 'unreachable' };
  return { kind: 'error', reason: reason ? `${reason} (${String(status)})` : `the server answered ${String(status)}` };
};

/** The state in words, as the header and a pursuit's page say it. */
export const connectionInWords = (state: ConnectionState): string => {
  switch (state.kind) {
    case 'connecting':
      return 'Connecting to the team server…';
    case 'live':
      return 'Up to date';
    case 'offline':
      return 'Offline: changes are kept here and sent when the network is back';
    case 'unreachable':
      return 'Team server unreachable: changes are kept here and sent when it answers';
    case 'signed-out':
      return 'Signed out of the team server: sign in again in Settings';
    case 'refused':
      return `Refused by the team server: ${state.reason}`;
    case 'waiting-for-server':
      return 'Waiting for the team server to set up this pursuit';
    case 'error':
      return `Sync error: ${state.reason}`;
  }
};
