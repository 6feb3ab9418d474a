import { useEffect, useState } from 'react';
import type { ArchiveImportPlan } from '../../../data/spreadsheet-sources';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { useApplyArchiveImport, usePlanArchiveImport } from '../api/use-import';
import { ErrorAlert } from '../../../ui/error-alert';

type ArchiveImportProps = { fileName: string; records: Record<string, unknown[]>; problems: string[] };

/** An archive coming back: what it adds, and for every record that differs, which version to keep. */
export const ArchiveImport = ({ fileName, records, problems }: ArchiveImportProps) => {
  const planArchiveImport = usePlanArchiveImport();
  const applyArchiveImport = useApplyArchiveImport();
  const { error, run } = useActionRunner();
  const [planned, setPlanned] = useState<ArchiveImportPlan | null>(null);
  const [choices, setChoices] = useState<Record<string, 'local' | 'archive'>>({});
  const [result, setResult] = useState<{ added: number; replaced: number; kept: number } | null>(null);

  useEffect(() => {
    if (problems.length === 0) void run(async () => setPlanned(await planArchiveImport(records)));
  }, [records, problems, planArchiveImport, run]);

  const added = planned ? Object.entries(planned.plan.added).filter(([, rows]) => rows.length > 0) : [];

  return (
    <section aria-labelledby="archive-heading" className="notice">
      <h2 id="archive-heading">{result ? 'Archive imported' : `${fileName} is a Contact Plan archive`}</h2>
      {problems.map((problem) => (
        <p key={problem} className="field-error">
          {problem}
        </p>
      ))}
      <ErrorAlert message={error} />
      {result ? (
        <p role="status">
          {result.added} records added · {result.replaced} replaced by the archive’s version · {result.kept} kept as they were here.
        </p>
      ) : planned ? (
        <>
          <ul>
            {added.map(([table, rows]) => (
              <li key={table}>
                {rows.length} {table} to add
              </li>
            ))}
            <li>{planned.plan.unchanged} records already here, identical</li>
            <li>{planned.plan.differing.length} records here in another version</li>
          </ul>
          {planned.plan.differing.length > 0 ? (
            <div className="table-wrap">
              <table className="data-table" aria-label="Records in two versions">
                <thead>
                  <tr>
                    <th scope="col">Record</th>
                    <th scope="col">Saved here</th>
                    <th scope="col">Saved in the archive</th>
                    <th scope="col">Keep</th>
                  </tr>
                </thead>
                <tbody>
                  {planned.plan.differing.map((entry) => {
                    const key = `${entry.table}:${entry.id}`;
                    return (
                      <tr key={key} className={entry.isConflict ? 'disagree' : undefined}>
                        <th scope="row">
                          {entry.table}: {entry.label}
                          {entry.isConflict ? <span className="badge badge-warning"> Conflict: saved at the same moment</span> : null}
                        </th>
                        <td>{entry.localUpdatedAt}</td>
                        <td>{entry.archiveUpdatedAt}</td>
                        <td>
                          <select aria-label={`Keep which version of ${entry.label}`} value={choices[key] ?? entry.proposed} onChange={(event) => setChoices({ ...choices, [key]: event.target.value as 'local' | 'archive' })}>
                            <option value="local">This browser’s{entry.proposed === 'local' ? ' (newer)' : ''}</option>
                            <option value="archive">The archive’s{entry.proposed === 'archive' ? ' (newer)' : ''}</option>
                          </select>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
          <button type="button" className="button button-primary" onClick={() => void run(async () => setResult(await applyArchiveImport(planned, choices)))}>
            Import archive
          </button>
        </>
      ) : problems.length === 0 ? (
        <p aria-busy="true">Comparing with what is here…</p>
      ) : null}
    </section>
  );
};
