import { ErrorAlert } from '../../../ui/error-alert';
import { useState } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import { countLabel } from '../../../domain/count-label';
import { errorMessage } from '../../../ui/error-message';
import {
  pursuitDatabaseName,
  useSharedPursuit,
  useSharePursuit,
  useSyncProblems,
  useSyncStatus,
  useTeamServerUrl,
  useWaitingChanges,
} from '../api/use-sharing';
import { syncInWords } from '../utils/sync-words';
import { FirstPullProgress } from './first-pull-progress';

/**
 * On an opportunity's overview: "Share with the team", or how its sync stands (in words, with
 * changes waiting, the first pull's progress and the conflicts kept aside).
 */
export const SharePursuitPanel = ({ opportunity }: { opportunity: { id: string; name: string } }) => {
  const shared = useSharedPursuit(opportunity.id);
  const serverUrl = useTeamServerUrl();
  const status = useSyncStatus();
  const waiting = useWaitingChanges();
  const databaseName = pursuitDatabaseName(opportunity.id);
  const problems = useSyncProblems(databaseName);
  const share = useSharePursuit();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (shared === undefined) return null;

  if (shared) {
    const database = status.databases[databaseName];
    return (
      <section className="share-panel" aria-labelledby="share-heading">
        <h3 id="share-heading">Shared with the team</h3>
        <p>
          Through {shared.serverUrl}.{' '}
          <span role="status">{syncInWords(database?.connection ?? null, waiting[databaseName] ?? 0)}</span>
        </p>
        <FirstPullProgress status={database} name={opportunity.name} />
        {problems.length > 0 ? (
          <p>
            <Link to={hrefs.conflictsOfOpportunity(opportunity.id)}>
              {countLabel(problems.length, 'conflict or problem', 'conflicts or problems')} to review
            </Link>
          </p>
        ) : null}
      </section>
    );
  }

  const session = status.serverUrl === serverUrl ? status.session : null;
  const signedIn = serverUrl !== null && session?.kind === 'signed-in';
  return (
    <section className="share-panel" aria-labelledby="share-heading">
      <h3 id="share-heading">Only on this computer</h3>
      {signedIn ? (
        <>
          <p>Share it, and every teammate signed in to {serverUrl} can open it and work on it, offline too.</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                setMessage(null);
                share(serverUrl, opportunity, session.name)
                  .catch((error: unknown) => setMessage(errorMessage(error)))
                  .finally(() => setBusy(false));
              }}
            >
              {busy ? 'Sharing…' : 'Share with the team'}
            </button>
          </div>
          <ErrorAlert message={message} />
        </>
      ) : (
        <p>
          To share it with your team, set the team server and sign in under <Link to={hrefs.settings()}>Settings</Link>.
        </p>
      )}
    </section>
  );
};
