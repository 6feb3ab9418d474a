import { ErrorAlert } from '../../../ui/error-alert';
import { useId, useState } from 'react';
import type { ConflictView } from '../../../data/sync/sync-queries';
import { describeValue } from '../../../ui/describe-value';
import { errorMessage } from '../../../ui/error-message';
import { differingFields, recordLabel } from '../../../ui/record-words';
import { useResolveConflict } from '../api/use-sharing';

/**
 * One conflict: the two versions field by field, in words, with a choice per field (the kept one
 * proposed), "Keep yours", "Keep theirs" or the combination chosen. Saving replicates the choice and
 * clears the conflict on every laptop.
 */
export const ConflictCard = ({ view, names }: { view: ConflictView; names: ReadonlyMap<string, string> }) => {
  const resolve = useResolveConflict();
  const headingId = useId();
  const kept = (view.kept ?? {}) as Record<string, unknown>;
  const setAside = (view.setAside ?? {}) as Record<string, unknown>;
  const differing = differingFields(view.table, kept, setAside);
  const fields = differing.map(({ field }) => field);
  const [takeSetAside, setTakeSetAside] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const keptName = view.yours === 'kept' ? 'Yours' : view.yours === 'set-aside' ? 'Theirs' : 'Kept by the server';
  const setAsideName = view.yours === 'set-aside' ? 'Yours' : view.yours === 'kept' ? 'Theirs' : 'Set aside';
  const describe = (value: unknown) => describeValue(value, { names }) || '(empty)';
  const label = recordLabel(view.table, view.kept ?? view.setAside ?? {}, names);

  const save = (chosenSetAside: ReadonlySet<string>) => {
    // A field the set-aside version lacks (an optional one left empty) is left out when chosen.
    const chosen = Object.fromEntries(
      [...new Set([...Object.keys(kept), ...Object.keys(setAside)])].flatMap((field) =>
        chosenSetAside.has(field)
          ? field in setAside
            ? [[field, setAside[field]]]
            : []
          : field in kept
            ? [[field, kept[field]]]
            : [],
      ),
    );
    setBusy(true);
    setMessage(null);
    resolve(view.problem, chosen)
      .catch((error: unknown) => setMessage(errorMessage(error)))
      .finally(() => setBusy(false));
  };

  return (
    <article className="conflict-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      {view.setAside === null ? (
        <p>The other version cannot be read by this version of Contact Plan; the kept one is shown everywhere.</p>
      ) : fields.length === 0 ? (
        <p>Both versions say the same; saving clears the conflict.</p>
      ) : (
        <table className="data-table" aria-label={`Two versions of ${label}`}>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">{keptName}</th>
              <th scope="col">{setAsideName}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map(({ field, label: name }) => {
              const group = `${headingId}-${field}`;
              return (
                <tr key={field}>
                  <th scope="row">{name}</th>
                  <td>
                    <label className="conflict-option">
                      <input
                        type="radio"
                        name={group}
                        checked={!takeSetAside.has(field)}
                        onChange={() => {
                          const next = new Set(takeSetAside);
                          next.delete(field);
                          setTakeSetAside(next);
                        }}
                      />
                      <span className="pre-wrap">{describe(kept[field])}</span>
                    </label>
                  </td>
                  <td>
                    <label className="conflict-option">
                      <input
                        type="radio"
                        name={group}
                        checked={takeSetAside.has(field)}
                        onChange={() => setTakeSetAside(new Set([...takeSetAside, field]))}
                      />
                      <span className="pre-wrap">{describe(setAside[field])}</span>
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <ErrorAlert message={message} />
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => save(new Set())}>
          {view.yours === 'unknown' ? 'Keep the kept version' : `Keep ${keptName.toLowerCase()}`}
        </button>
        {view.setAside !== null && fields.length > 0 ? (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => save(new Set(fields))}>
              {view.yours === 'unknown' ? 'Keep the set-aside version' : `Keep ${setAsideName.toLowerCase()}`}
            </button>
            <button type="button" className="button button-primary" disabled={busy} onClick={() => save(takeSetAside)}>
              Save the values chosen
            </button>
          </>
        ) : null}
      </div>
    </article>
  );
};
