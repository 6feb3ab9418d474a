import type { DatabaseSyncStatus } from '../../../data/sync/database-sync';
import { formatCount } from '../../../domain/count-label';

/** The first pull of a pursuit: a bar with counts, so a large pursuit does not look stuck. */
export const FirstPullProgress = ({ status, name }: { status: DatabaseSyncStatus | undefined; name: string }) => {
  const firstPull = status?.firstPull;
  if (!firstPull) return null;
  const words = `Receiving ${name}: ${formatCount(firstPull.taken)} of ${formatCount(firstPull.total)} records`;
  return (
    <div className="first-pull">
      <label>
        {words}
        <progress max={firstPull.total} value={firstPull.taken} aria-valuetext={words} />
      </label>
    </div>
  );
};
