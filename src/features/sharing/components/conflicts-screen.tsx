import { useRecordNames } from '../../../hooks/use-record-names';
import { useConflicts, useSyncProblems } from '../api/use-sharing';
import { ConflictCard } from './conflict-card';

const problemWords = {
  newer: 'Written by a newer version of Contact Plan: kept aside, untouched, until this app is updated.',
  invalid: 'Not a record this app can take: kept aside, and the rest syncs on.',
} as const;

/**
 * Conflicts (two laptops changed the same record apart) and problems (documents this app cannot
 * take) of one pursuit or of all: nothing from the server is lost or half-applied, it waits here.
 */
export const ConflictsScreen = ({ databaseName }: { databaseName?: string }) => {
  const conflicts = useConflicts(databaseName);
  const problems = useSyncProblems(databaseName).filter((problem) => problem.kind !== 'conflict');
  const names = useRecordNames();
  if (conflicts === undefined) return <p aria-busy="true">Loading…</p>;
  if (conflicts.length === 0 && problems.length === 0)
    return <p>No conflicts and no problems: every change from the team server was taken in.</p>;
  return (
    <>
      {conflicts.length > 0 ? (
        <section aria-labelledby="conflicts-heading">
          <h2 id="conflicts-heading">Changed on two laptops</h2>
          <p className="field-hint">
            The same record was changed apart. Every laptop shows the kept version; choose what to keep, field by field.
            Your choice reaches every teammate and clears the conflict for all.
          </p>
          {conflicts.map((view) => (
            <ConflictCard key={view.problem.documentId} view={view} names={names} />
          ))}
        </section>
      ) : null}
      {problems.length > 0 ? (
        <section aria-labelledby="problems-heading">
          <h2 id="problems-heading">Kept aside</h2>
          <ul className="plain-list">
            {problems.map((problem) => (
              <li key={`${problem.databaseName}/${problem.documentId}`} className="notice notice-warning">
                <p>
                  <strong>{problemWords[problem.kind === 'newer' ? 'newer' : 'invalid']}</strong>
                </p>
                <ul>
                  {problem.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
};
