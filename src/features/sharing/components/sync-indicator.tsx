import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import { countLabel } from '../../../domain/count-label';
import { useSharedPursuitIds, useSyncProblems, useSyncStatus, useWaitingChanges } from '../api/use-sharing';
import { isTrouble, syncInWords, worstConnection } from '../utils/sync-words';

/**
 * The header's sync words: up to date, changes waiting, offline, signed out, refused and why; and
 * the count of conflicts and problems kept aside, linking to them. Nothing when nothing is shared.
 */
export const SyncIndicator = () => {
  const status = useSyncStatus();
  const shared = useSharedPursuitIds();
  const waiting = useWaitingChanges();
  const problems = useSyncProblems();
  if (shared.size === 0 && !status.serverUrl) return null;
  const connection = worstConnection(Object.values(status.databases));
  const waitingCount = Object.values(waiting).reduce((sum, count) => sum + count, 0);
  const words =
    status.session?.kind === 'signed-out'
      ? 'Signed out of the team server: sign in again in Settings'
      : syncInWords(connection, waitingCount);
  return (
    <div className="sync-indicator">
      <span role="status" className={isTrouble(connection) ? 'sync-words sync-trouble' : 'sync-words'}>
        {words}
      </span>
      {problems.length > 0 ? (
        <Link to={hrefs.conflicts()} className="badge badge-warning">
          {countLabel(problems.length, 'conflict or problem', 'conflicts or problems')}
        </Link>
      ) : null}
    </div>
  );
};
