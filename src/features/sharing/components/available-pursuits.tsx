import { ErrorAlert } from '../../../ui/error-alert';
import { useState } from 'react';
import { errorMessage } from '../../../ui/error-message';
import {
  pursuitDatabaseName,
  useJoinPursuit,
  useOpportunitiesHere,
  useSharedPursuitIds,
  useSyncStatus,
  useTeamServerUrl,
} from '../api/use-sharing';
import { FirstPullProgress } from './first-pull-progress';

const dateOf = (iso: string) => (iso ? new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' }) : '');

/** "Shared pursuits available to you": pursuits teammates shared that this browser does not have yet. */
export const AvailablePursuits = () => {
  const status = useSyncStatus();
  const serverUrl = useTeamServerUrl();
  const joined = useSharedPursuitIds();
  const here = useOpportunitiesHere(status.available.map((pursuit) => pursuit.opportunityId));
  const join = useJoinPursuit();
  const [message, setMessage] = useState<string | null>(null);
  const listed = status.available.filter((pursuit) => !here.has(pursuit.opportunityId));
  if (!serverUrl || listed.length === 0) return null;
  return (
    <section aria-labelledby="available-heading" className="available-pursuits">
      <h2 id="available-heading">Shared pursuits available to you</h2>
      <ErrorAlert message={message} />
      <ul className="plain-list">
        {listed.map((pursuit) => {
          const opening = joined.has(pursuit.opportunityId);
          const database = status.databases[pursuitDatabaseName(pursuit.opportunityId)];
          return (
            <li key={pursuit.opportunityId}>
              <strong>{pursuit.name}</strong>
              {pursuit.sharedBy ? ` · shared by ${pursuit.sharedBy}` : ''}
              {pursuit.sharedAt ? ` on ${dateOf(pursuit.sharedAt)}` : ''}{' '}
              {!pursuit.provisioned ? (
                <span>· being set up on the team server…</span>
              ) : opening ? (
                database?.firstPull ? (
                  <FirstPullProgress status={database} name={pursuit.name} />
                ) : (
                  <span role="status">· opening…</span>
                )
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Open ${pursuit.name}`}
                  onClick={() => {
                    setMessage(null);
                    join(serverUrl, pursuit.opportunityId).catch((error: unknown) => setMessage(errorMessage(error)));
                  }}
                >
                  Open
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
