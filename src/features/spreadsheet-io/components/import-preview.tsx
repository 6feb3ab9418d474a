import { useState } from 'react';
import type { PreviewFilter, PreviewPage, PreviewSummary } from '../../../domain/import/import-preview';
import type { ContactOverride } from '../../../domain/import/overrides';
import { countLabel, formatCount } from '../../../domain/count-label';

/**
 * The When text, kept here while typing: the import worker answers each change a moment later,
 * and a field waiting on that answer would drop keystrokes.
 */
const WhenInput = ({ id, text, onText }: { id: string; text: string; onText: (text: string) => void }) => {
  const [typed, setTyped] = useState(text);
  const [shown, setShown] = useState(text);
  const [isEditing, setIsEditing] = useState(false);
  // A re-read of the sheet (another column mapped to When) replaces the text, unless it is being typed.
  if (text !== shown) {
    setShown(text);
    if (!isEditing) setTyped(text);
  }
  return (
    <input
      id={id}
      onFocus={() => setIsEditing(true)}
      onBlur={() => setIsEditing(false)}
      type="text"
      value={typed}
      onChange={(event) => {
        setTyped(event.target.value);
        onText(event.target.value);
      }}
    />
  );
};

/** Contacts shown per page of the preview; the rest stay in the import worker until asked for. */
export const PREVIEW_PAGE_SIZE = 25;

type ImportPreviewProps = {
  summary: PreviewSummary;
  page: PreviewPage;
  isUpdating: boolean;
  onPage: (filter: PreviewFilter, offset: number) => void;
  onOverride: (key: string, override: ContactOverride) => void;
  confirmedMatches: Record<string, string>;
  onConfirmMatch: (name: string, id: string | null) => void;
};

/** Every contact the import would create, a page at a time, with its problems beside it, fixable in place. */
export const ImportPreview = ({
  summary,
  page,
  isUpdating,
  onPage,
  onOverride,
  confirmedMatches,
  onConfirmMatch,
}: ImportPreviewProps) => {
  const last = Math.min(page.offset + page.contacts.length, page.matching);
  const pager = (position: 'top' | 'bottom') => (
    <nav className="pager" aria-label={`Preview pages (${position})`}>
      <button
        type="button"
        className="button button-small"
        disabled={page.offset === 0 || isUpdating}
        onClick={() => onPage(page.filter, Math.max(0, page.offset - PREVIEW_PAGE_SIZE))}
      >
        Previous page
      </button>
      <span>
        {page.matching === 0
          ? 'None to show'
          : `${formatCount(page.offset + 1)}–${formatCount(last)} of ${formatCount(page.matching)}`}
      </span>
      <button
        type="button"
        className="button button-small"
        disabled={last >= page.matching || isUpdating}
        onClick={() => onPage(page.filter, page.offset + PREVIEW_PAGE_SIZE)}
      >
        Next page
      </button>
    </nav>
  );
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <p role="status">
        {countLabel(summary.total, 'contact')} · {formatCount(summary.withProblems)} with something to check
        {summary.skipped > 0 ? ` · ${formatCount(summary.skipped)} left out` : ''}
        {isUpdating ? ' · updating…' : ''}
      </p>
      {summary.possibleDuplicates.length > 0 ? (
        <fieldset>
          <legend>Possibly the same person (close spelling)</legend>
          {summary.possibleDuplicates.map(({ name, candidates }) =>
            candidates.map((candidate) => (
              <label key={`${name}-${candidate.id}`} className="checkbox-field">
                <input
                  type="checkbox"
                  checked={confirmedMatches[name] === candidate.id}
                  onChange={(event) => onConfirmMatch(name, event.target.checked ? candidate.id : null)}
                />
                “{name}” in the file is {candidate.name}, already known
              </label>
            )),
          )}
        </fieldset>
      ) : null}
      <div className="form-field">
        <label htmlFor="preview-filter">Show</label>
        <select
          id="preview-filter"
          value={page.filter}
          onChange={(event) => onPage(event.target.value as PreviewFilter, 0)}
        >
          <option value="all">All contacts</option>
          <option value="problems">Only contacts with something to check</option>
        </select>
      </div>
      {pager('top')}
      <ol className="import-preview" start={page.offset + 1} aria-busy={isUpdating}>
        {page.contacts.map((contact) => {
          const override = contact.override;
          return (
            <li
              key={contact.key}
              className={contact.problems.length > 0 ? 'import-contact has-problems' : 'import-contact'}
              aria-label={`Contact from row ${contact.rowNumbers.join(', ')}`}
            >
              <p className="muted">
                Row{contact.rowNumbers.length > 1 ? 's' : ''} {contact.rowNumbers.join(', ')} ·{' '}
                {contact.opportunityName || 'this opportunity'}
              </p>
              <div className="form-field">
                <label htmlFor={`when-${contact.key}`}>When</label>
                <WhenInput
                  id={`when-${contact.key}`}
                  text={contact.whenText}
                  onText={(whenText) => onOverride(contact.key, { ...override, whenText })}
                />
                <span className="field-hint">
                  Read as: {contact.when.date ?? 'no date'}
                  {contact.when.startTime ? ` ${contact.when.startTime}` : ''}
                  {contact.when.endTime ? `–${contact.when.endTime}` : ''}
                </span>
              </div>
              <ul className="plain-list">
                {contact.people.map((person, index) => (
                  <li key={`${person.name}-${String(index)}`}>
                    <strong>{person.side === 'customer' ? 'Customer' : 'Ours'}:</strong> {person.name}
                    {person.title ? ` — ${person.title}` : ''}{' '}
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`${person.name} is ${person.side === 'customer' ? 'one of ours' : 'a customer person'}`}
                      onClick={() =>
                        onOverride(contact.key, {
                          ...override,
                          sides: { ...override.sides, [index]: person.side === 'customer' ? 'ours' : 'customer' },
                        })
                      }
                    >
                      {person.side === 'customer' ? 'Make ours' : 'Make customer'}
                    </button>
                  </li>
                ))}
                {contact.items.map((item, index) => (
                  <li key={`item-${String(index)}`}>
                    <strong>{item.kind === 'ask' ? 'Ask' : 'Tell'}:</strong> {item.text}{' '}
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={`Make “${item.text}” ${item.kind === 'ask' ? 'a tell' : 'an ask'}`}
                      onClick={() =>
                        onOverride(contact.key, {
                          ...override,
                          kinds: { ...override.kinds, [index]: item.kind === 'ask' ? 'tell' : 'ask' },
                        })
                      }
                    >
                      {item.kind === 'ask' ? 'Make tell' : 'Make ask'}
                    </button>
                  </li>
                ))}
                {contact.location ? <li>Where: {contact.location}</li> : null}
                {contact.objective ? <li className="pre-wrap">Why: {contact.objective}</li> : null}
                {contact.method ? <li>How: {contact.method}</li> : null}
              </ul>
              {contact.problems.length > 0 ? (
                <ul className="import-problems">
                  {contact.problems.map((problem) => (
                    <li key={problem}>
                      <span className="badge badge-warning">Check</span> {problem}
                    </li>
                  ))}
                </ul>
              ) : null}
              <label className="checkbox-field">
                <input
                  type="checkbox"
                  checked={override.isSkipped ?? false}
                  onChange={(event) => onOverride(contact.key, { ...override, isSkipped: event.target.checked })}
                />
                Leave this contact out
              </label>
            </li>
          );
        })}
      </ol>
      {pager('bottom')}
    </section>
  );
};
