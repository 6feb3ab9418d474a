/**
 * Signing in to the team server with its own users (CouchDB's `_session`): the server answers with
 * a session cookie the browser keeps and sends with every request to it (PouchDB's included). The
 * password is never stored here.
 */
export type ServerSession =
  | { kind: 'signed-in'; name: string; roles: string[] }
  | { kind: 'signed-out' }
  | { kind: 'unreachable'; reason: string };

/** The address as typed, made canonical (no trailing slash), or why it is not one. */
export const readServerUrl = (typed: string): { url: string } | { problem: string } => {
  const text = typed.trim();
  if (text === '') return { problem: 'Enter the team server’s address, such as https://couch.example.com' };
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return { problem: `${text} is not a web address (it should start with https://)` };
    if (url.username || url.password)
      return { problem: 'Leave the name and password out of the address: sign in below instead' };
    return { url: url.href.replace(/\/+$/, '') };
  } catch {
    return { problem: `${text} is not a web address (it should look like https://couch.example.com)` };
  }
};

const unreachable = (serverUrl: string, error: unknown): ServerSession => ({
  kind: 'unreachable',
  reason:
    typeof navigator !== 'undefined' && !navigator.onLine
      ? 'this computer is offline'
      : `${serverUrl} did not answer (${error instanceof Error ? error.message : String(error)}); check the address, and that the server allows this app's address (CORS)`,
});

const sessionFrom = (answer: unknown): ServerSession => {
  const context = (answer as { userCtx?: { name?: unknown; roles?: unknown } } | null)?.userCtx;
  return typeof context?.name === 'string' && context.name !== ''
    ? { kind: 'signed-in', name: context.name, roles: Array.isArray(context.roles) ? context.roles.map(String) : [] }
    : { kind: 'signed-out' };
};

/** Who the browser is signed in as on `serverUrl`. */
export const readSession = async (serverUrl: string): Promise<ServerSession> => {
  try {
    const response = await fetch(`${serverUrl}/_session`, {
      credentials: 'include',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return { kind: 'signed-out' };
    return sessionFrom(await response.json());
  } catch (error) {
    return unreachable(serverUrl, error);
  }
};

/** Signs in; a refusal says why in words (wrong name or password, server unreachable). */
export const signIn = async (serverUrl: string, name: string, password: string): Promise<ServerSession> => {
  try {
    const response = await fetch(`${serverUrl}/_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    if (response.status === 401) return { kind: 'signed-out' };
    if (!response.ok) return { kind: 'unreachable', reason: `${serverUrl} answered ${String(response.status)}` };
    const answer = (await response.json()) as { name?: unknown; roles?: unknown };
    return sessionFrom({ userCtx: answer });
  } catch (error) {
    return unreachable(serverUrl, error);
  }
};

export const signOut = async (serverUrl: string): Promise<void> => {
  try {
    await fetch(`${serverUrl}/_session`, { method: 'DELETE', credentials: 'include' });
  } catch {
    // Offline: the cookie expires by itself; this browser forgets the server either way.
  }
};
