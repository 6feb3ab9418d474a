import { useEffect, useState, useSyncExternalStore } from 'react';
import { db } from '../data/db';
import { getReadProblems, subscribeToReadProblems } from '../data/read-problems';
import { recordLabels, type TableName } from '../data/record-schemas';
import { useUnsavedChangesStore } from '../stores/unsaved-changes-store';
import { countLabel, nounFor } from '../domain/count-label';

/** How long the notice shows before a tab with nothing unsaved reloads itself. */
const RELOAD_AFTER_MS = 2500;

/**
 * Two things about the database the user must know: another tab upgraded it (this tab can no
 * longer save, and reloads by itself unless a form has unsaved changes), and stored records that could not be read (hidden, not lost).
 */
export const DatabaseBanners = () => {
  const [isOutdated, setIsOutdated] = useState(db.isOutdated);
  useEffect(() => db.onOutdated(() => setIsOutdated(true)), []);
  const readProblems = useSyncExternalStore(subscribeToReadProblems, getReadProblems);
  const unsavedForms = Object.values(useUnsavedChangesStore((state) => state.forms));
  const hasUnsaved = unsavedForms.length > 0;

  // Autosaved text (debriefs) is already kept in this browser and comes back after the reload; an
  // explicit form with unsaved changes is left for the user to copy or finish first.
  useEffect(() => {
    if (!isOutdated || hasUnsaved) return undefined;
    const timer = window.setTimeout(() => window.location.reload(), RELOAD_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [isOutdated, hasUnsaved]);

  return (
    <>
      {isOutdated ? (
        <div className="banner banner-danger" role="alert">
          <p>
            <strong>Contact Plan was updated in another tab.</strong> This tab can no longer save.{' '}
            {hasUnsaved
              ? `${unsavedForms.map((label) => `“${label}”`).join(', ')} ${unsavedForms.length === 1 ? 'has' : 'have'} changes that could not be saved: copy what you need, then reload. Everything already saved is kept.`
              : 'Reloading to the new version; everything already saved is kept.'}
          </p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload now
          </button>
        </div>
      ) : null}
      {readProblems.length > 0 ? (
        <div className="banner banner-warning" role="status">
          <p>
            <strong>{countLabel(readProblems.length, 'saved record')} could not be read</strong> and{' '}
            {nounFor(readProblems.length, 'is', 'are')} left out of these screens (nothing was deleted).
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
