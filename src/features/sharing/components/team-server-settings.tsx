import { ErrorAlert } from '../../../ui/error-alert';
import { useId, useState } from 'react';
import { useSignIn, useSignOut, useSyncStatus, useTeamServerUrl } from '../api/use-sharing';

/**
 * Settings › Team server: the server this browser shares pursuits through, and signing in with
 * the server's own users. Until a server is set, the app makes no network calls at all.
 */
export const TeamServerSettings = () => {
  const savedUrl = useTeamServerUrl();
  const status = useSyncStatus();
  const signIn = useSignIn();
  const signOut = useSignOut();
  const [url, setUrl] = useState(savedUrl ?? '');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const session = status.serverUrl === savedUrl ? status.session : null;

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await signIn(url, name, password);
      if ('problem' in result) setMessage(result.problem);
      else if (result.kind === 'signed-out') setMessage('The server did not accept that name and password.');
      else if (result.kind === 'unreachable') setMessage(`Could not sign in: ${result.reason}.`);
      else setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="team-server-heading">
      <h2 id="team-server-heading">Team server</h2>
      <p className="field-hint">
        Share pursuits with your team through a CouchDB server (your company’s, or the local one <code>npm start</code>{' '}
        runs). Each teammate works offline on their own laptop; changes meet on the server.
      </p>
      {savedUrl && session === null ? (
        <p role="status">Checking the team server at {savedUrl}…</p>
      ) : savedUrl && session?.kind === 'signed-in' ? (
        <div className="button-row">
          <p role="status">
            Signed in to {savedUrl} as <strong>{session.name}</strong>.
          </p>
          <button type="button" className="button" onClick={() => void signOut(savedUrl)}>
            Sign out
          </button>
        </div>
      ) : (
        <form
          className="form"
          style={{ maxWidth: '28rem' }}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {savedUrl && session?.kind === 'signed-out' ? (
            <p role="status">Signed out of {savedUrl}. Sign in to sync your shared pursuits.</p>
          ) : null}
          <div className="form-field">
            <label htmlFor="team-server-url">Server address</label>
            <input
              id="team-server-url"
              type="url"
              value={url}
              placeholder="https://couch.example.com"
              aria-describedby={hintId}
              onChange={(event) => setUrl(event.target.value)}
            />
            <p id={hintId} className="field-hint">
              The local team server (<code>npm start</code>) is at{' '}
              {`${window.location.protocol}//${window.location.hostname}:5984`}: use the same host name as this page’s,
              or the sign-in cookie is not sent.
            </p>
          </div>
          <div className="form-field">
            <label htmlFor="team-server-name">User name</label>
            <input
              id="team-server-name"
              autoComplete="username"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className="form-field">
            <label htmlFor="team-server-password">Password</label>
            <input
              id="team-server-password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <ErrorAlert message={message} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy || name === '' || password === ''}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
};
