import type { DifferingRecord } from '../domain/export/archive-merge';

type MergeChoicesTableProps = {
  differing: readonly DifferingRecord[];
  choices: Record<string, 'local' | 'archive'>;
  onChange: (choices: Record<string, 'local' | 'archive'>) => void;
  /** What the incoming file is called: "archive" or "backup". */
  sourceName: string;
};

/** Every record held here in another version than the incoming file's: which one to keep (the newer is proposed). */
export const MergeChoicesTable = ({ differing, choices, onChange, sourceName }: MergeChoicesTableProps) => (
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
          return (
            <tr key={key} className={entry.isConflict ? 'disagree' : undefined}>
              <th scope="row">
                {entry.table}: {entry.label}
                {entry.isConflict ? (
                  <span className="badge badge-warning"> Conflict: saved at the same moment</span>
                ) : null}
              </th>
              <td>{entry.localUpdatedAt}</td>
              <td>{entry.archiveUpdatedAt}</td>
              <td>
                <select
                  aria-label={`Keep which version of ${entry.label}`}
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
