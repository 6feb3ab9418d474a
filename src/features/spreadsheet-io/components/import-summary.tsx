import { useState } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import type { ImportReceipt } from '../../../data/import-contacts';
import type { ImportUndoReport } from '../../../data/undo-import';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { ErrorAlert } from '../../../ui/error-alert';
import { useUndoImport } from '../api/use-import';
import { countLabel, formatCount } from '../../../domain/count-label';

/** Beyond this many, the list of what Undo kept is summed up. */
const SHOWN_KEPT = 20;

type ImportSummaryProps = { receipt: ImportReceipt; leftOut: number; onAnotherFile: () => void };

/** What an import created and matched, with Undo (which takes back only what the import did). */
export const ImportSummary = ({ receipt, leftOut, onAnotherFile }: ImportSummaryProps) => {
  const undoImport = useUndoImport();
  const { error, run } = useActionRunner();
  const [undone, setUndone] = useState<ImportUndoReport | null>(null);
  const isUndone = undone !== null;
  const [isUndoing, setIsUndoing] = useState(false);
  return (
    <section aria-labelledby="import-summary-heading" className="notice">
      <h2 id="import-summary-heading">{isUndone ? 'Import undone' : 'Imported'}</h2>
      <ErrorAlert message={error} />
      {isUndone ? (
        <>
          <p>
            {undone.kept.length === 0
              ? 'Everything the import added was removed, and the people it linked are as they were.'
              : 'What the import added was removed, except what was changed since: those changes are kept.'}
          </p>
          {undone.kept.length > 0 ? (
            <>
              <h3>Kept, because of changes made since the import</h3>
              <ul aria-label="Kept after Undo">
                {undone.kept.slice(0, SHOWN_KEPT).map((entry, index) => (
                  <li key={`${entry.kind}-${String(index)}`}>
                    {entry.kind} {entry.name}: {entry.why}
                  </li>
                ))}
                {undone.kept.length > SHOWN_KEPT ? (
                  <li>… and {formatCount(undone.kept.length - SHOWN_KEPT)} more</li>
                ) : null}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <ul>
          <li>{countLabel(receipt.created.contacts.length, 'contact')} created</li>
          <li>
            {countLabel(receipt.created.stakeholders.length, 'stakeholder')} created,{' '}
            {formatCount(receipt.matched.stakeholders)} matched to known ones
          </li>
          <li>
            {countLabel(receipt.created.teamMembers.length, 'team member')} created,{' '}
            {formatCount(receipt.matched.teamMembers)} matched
          </li>
          <li>
            {countLabel(receipt.created.organizations.length, 'organization')} created,{' '}
            {formatCount(receipt.matched.organizations)} matched
          </li>
          <li>
            {countLabel(receipt.created.opportunities.length, 'opportunity', 'opportunities')} created,{' '}
            {formatCount(receipt.matched.opportunities)} matched
          </li>
          <li>{countLabel(leftOut, 'contact')} left out</li>
        </ul>
      )}
      <div className="button-row">
        {isUndone
          ? null
          : receipt.opportunityIds.slice(0, 5).map((id, index) => (
              <Link key={id} className="button" to={hrefs.contactPlan(id)}>
                Open contact plan{receipt.opportunityIds.length > 1 ? ` ${String(index + 1)}` : ''}
              </Link>
            ))}
        {isUndone ? null : (
          <button
            type="button"
            className="button"
            disabled={isUndoing}
            aria-busy={isUndoing}
            onClick={() => {
              setIsUndoing(true);
              void run(async () => {
                setUndone(await undoImport(receipt));
              }).finally(() => setIsUndoing(false));
            }}
          >
            {isUndoing ? 'Undoing…' : 'Undo import'}
          </button>
        )}
        <button type="button" className="button" onClick={onAnotherFile}>
          Import another file
        </button>
      </div>
    </section>
  );
};
