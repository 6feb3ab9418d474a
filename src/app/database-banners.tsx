import { useEffect, useState, useSyncExternalStore } from 'react';
import { db } from '../data/db';
import { getReadProblems, subscribeToReadProblems } from '../data/read-problems';
import { recordLabels, type TableName } from '../data/record-schemas';

/**
 * Two things about the database the user must know: another tab upgraded it (this tab can no
 * longer save and must reload), and stored records that could not be read (hidden, not lost).
 */
export const DatabaseBanners = () => {
  const [isOutdated, setIsOutdated] = useState(db.isOutdated);
  useEffect(() => db.onOutdated(() => setIsOutdated(true)), []);
  const readProblems = useSyncExternalStore(subscribeToReadProblems, getReadProblems);

  return (
    <>
      {isOutdated ? (
        <div className="banner banner-danger" role="alert">
          <p>
            <strong>Contact Plan was updated in another tab.</strong> This tab can no longer save. Reload it to keep working;
            everything already saved is kept.
          </p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload now
          </button>
        </div>
      ) : null}
      {readProblems.length > 0 ? (
        <div className="banner banner-warning" role="status">
          <p>
            <strong>
              {readProblems.length === 1 ? '1 saved record could not be read' : `${String(readProblems.length)} saved records could not be read`}
            </strong>{' '}
            and {readProblems.length === 1 ? 'is' : 'are'} left out of these screens (nothing was deleted).
          </p>
          <details>
            <summary>Show which</summary>
            <ul>
              {readProblems.map((problem) => (
                <li key={`${problem.table}:${problem.id}`}>
                  {recordLabels[problem.table as TableName]} {problem.id}: {problem.problems.join('; ')}
                </li>
              ))}
            </ul>
          </details>
        </div>
      ) : null}
    </>
  );
};
