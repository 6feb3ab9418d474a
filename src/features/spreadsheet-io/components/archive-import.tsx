import { useEffect, useState } from 'react';
import type { ArchiveContents, ArchiveImportPlan } from '../../../data/spreadsheet-sources';
import { countRecordsOf } from '../../../data/record-schemas';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { useApplyArchiveImport, usePlanArchiveImport } from '../api/use-import';
import { ErrorAlert } from '../../../ui/error-alert';
import { MergeChoicesTable } from '../../../ui/merge-choices-table';
import { useRecordNames } from '../../../hooks/use-record-names';
import { namesWith } from '../../../ui/record-words';
import { countLabel, formatCount } from '../../../domain/count-label';

type ArchiveImportProps = { fileName: string; contents: ArchiveContents };

/**
 * An archive coming back: what it adds, and for every record that differs, which version to keep.
 * Its records were restored (upgraded and validated) in the import worker; if any could not be,
 * the problems are listed and nothing can be imported.
 */
export const ArchiveImport = ({ fileName, contents }: ArchiveImportProps) => {
  const { records, problems } = contents;
  const localNames = useRecordNames();
  const planArchiveImport = usePlanArchiveImport();
  const applyArchiveImport = useApplyArchiveImport();
  const { error, run } = useActionRunner();
  const [planned, setPlanned] = useState<ArchiveImportPlan | null>(null);
  const [choices, setChoices] = useState<Record<string, 'local' | 'archive'>>({});
  const [result, setResult] = useState<{ added: number; replaced: number; kept: number } | null>(null);

  useEffect(() => {
    if (records) void run(async () => setPlanned(await planArchiveImport(records)));
  }, [records, planArchiveImport, run]);

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
          {countLabel(result.added, 'record')} added · {formatCount(result.replaced)} replaced by the archive’s version
          · {formatCount(result.kept)} kept as they were here.
        </p>
      ) : planned ? (
        <>
          <ul>
            {added.map(([table, rows]) => (
              <li key={table}>{countRecordsOf(table, rows.length)} to add</li>
            ))}
            <li>{countLabel(planned.plan.unchanged, 'record')} already here, identical</li>
            <li>{countLabel(planned.plan.differing.length, 'record')} here in another version</li>
          </ul>
          {planned.plan.differing.length > 0 ? (
            <MergeChoicesTable
              names={namesWith(localNames, planned.plan.added)}
              differing={planned.plan.differing}
              choices={choices}
              onChange={setChoices}
              sourceName="archive"
            />
          ) : null}
          <button
            type="button"
            className="button button-primary"
            onClick={() => void run(async () => setResult(await applyArchiveImport(planned, choices)))}
          >
            Import archive
          </button>
        </>
      ) : records ? (
        <p aria-busy="true">Comparing with what is here…</p>
      ) : null}
    </section>
  );
};
