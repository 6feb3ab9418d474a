import type { DifferingRecord } from '../domain/export/archive-merge';
import { describeValue } from './describe-value';
import { describeMoment, differingFields, recordLabel } from './record-words';

type MergeChoicesTableProps = {
  differing: readonly DifferingRecord[];
  choices: Record<string, 'local' | 'archive'>;
  onChange: (choices: Record<string, 'local' | 'archive'>) => void;
  /** What the incoming file is called: "archive" or "backup". */
  sourceName: string;
  /** Names by id, so people, organizations and messages are shown by name. */
  names: ReadonlyMap<string, string>;
};

/** One version's differing fields, in words. */
const Version = ({
  entry,
  side,
  names,
}: {
  entry: DifferingRecord;
  side: 'local' | 'archive';
  names: ReadonlyMap<string, string>;
}) => {
  const record = entry[side] as Record<string, unknown>;
  const fields = differingFields(entry.table, entry.local, entry.archive);
  return (
    <>
      <span className="field-hint">
        Saved {describeMoment(side === 'local' ? entry.localUpdatedAt : entry.archiveUpdatedAt)}
      </span>
      <dl className="version-fields">
        {fields.map(({ field, label }) => (
          <div key={field}>
            <dt>{label}</dt>
            <dd className="pre-wrap">{describeValue(record[field], { names }) || '(empty)'}</dd>
          </div>
        ))}
      </dl>
    </>
  );
};

/**
 * Every record held here in another version than the incoming file's: what differs, field by
 * field in words, and which version to keep (the newer is proposed).
 */
export const MergeChoicesTable = ({ differing, choices, onChange, sourceName, names }: MergeChoicesTableProps) => (
  <div className="table-wrap">
    <table className="data-table" aria-label="Records in two versions">
      <thead>
        <tr>
          <th scope="col">Record</th>
          <th scope="col">Saved here</th>
          <th scope="col">Saved in the {sourceName}</th>
          <th scope="col">Keep</th>
        </tr>
      </thead>
      <tbody>
        {differing.map((entry) => {
          const key = `${entry.table}:${entry.id}`;
          const label = recordLabel(entry.table, entry.local, names);
          return (
            <tr key={key} className={entry.isConflict ? 'disagree' : undefined}>
              <th scope="row">
                {label}
                {entry.isConflict ? (
                  <span className="badge badge-warning"> Conflict: saved at the same moment</span>
                ) : null}
              </th>
              <td>
                <Version entry={entry} side="local" names={names} />
              </td>
              <td>
                <Version entry={entry} side="archive" names={names} />
              </td>
              <td>
                <select
                  aria-label={`Keep which version of ${label}`}
                  value={choices[key] ?? entry.proposed}
                  onChange={(event) => onChange({ ...choices, [key]: event.target.value as 'local' | 'archive' })}
                >
                  <option value="local">This browser’s{entry.proposed === 'local' ? ' (newer)' : ''}</option>
                  <option value="archive">
                    The {sourceName}’s{entry.proposed === 'archive' ? ' (newer)' : ''}
                  </option>
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  </div>
);
