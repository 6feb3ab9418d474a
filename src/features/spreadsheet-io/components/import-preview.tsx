import type { ImportedContact } from '../../../domain/import/build-contacts';
import type { ContactOverride } from '../utils/import-overrides';

const PREVIEW_LIMIT = 200;

type ImportPreviewProps = {
  contacts: readonly (ImportedContact & { problems: string[] })[];
  overrides: Record<string, ContactOverride>;
  onOverride: (key: string, override: ContactOverride) => void;
  possibleDuplicates: { name: string; candidates: { id: string; name: string }[] }[];
  confirmedMatches: Record<string, string>;
  onConfirmMatch: (name: string, id: string | null) => void;
};

/** Every contact the import would create, with its problems beside it, fixable in place. */
export const ImportPreview = ({ contacts, overrides, onOverride, possibleDuplicates, confirmedMatches, onConfirmMatch }: ImportPreviewProps) => {
  const withProblems = contacts.filter((contact) => contact.problems.length > 0).length;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">Preview</h2>
      <p role="status">
        {contacts.length} contacts · {withProblems} with something to check
        {contacts.length > PREVIEW_LIMIT ? ` · showing the first ${String(PREVIEW_LIMIT)}` : ''}
      </p>
      {possibleDuplicates.length > 0 ? (
        <fieldset>
          <legend>Possibly the same person (close spelling)</legend>
          {possibleDuplicates.map(({ name, candidates }) =>
            candidates.map((candidate) => (
              <label key={`${name}-${candidate.id}`} className="checkbox-field">
                <input type="checkbox" checked={confirmedMatches[name] === candidate.id} onChange={(event) => onConfirmMatch(name, event.target.checked ? candidate.id : null)} />
                “{name}” in the file is {candidate.name}, already known
              </label>
            )),
          )}
        </fieldset>
      ) : null}
      <ol className="import-preview">
        {contacts.slice(0, PREVIEW_LIMIT).map((contact) => {
          const override = overrides[contact.key] ?? {};
          return (
            <li key={contact.key} className={contact.problems.length > 0 ? 'import-contact has-problems' : 'import-contact'} aria-label={`Contact from row ${contact.rowNumbers.join(', ')}`}>
              <p className="muted">
                Row{contact.rowNumbers.length > 1 ? 's' : ''} {contact.rowNumbers.join(', ')} · {contact.opportunityName || 'this opportunity'}
              </p>
              <div className="form-field">
                <label htmlFor={`when-${contact.key}`}>When</label>
                <input id={`when-${contact.key}`} type="text" value={contact.whenText} onChange={(event) => onOverride(contact.key, { ...override, whenText: event.target.value })} />
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
                      onClick={() => onOverride(contact.key, { ...override, sides: { ...override.sides, [index]: person.side === 'customer' ? 'ours' : 'customer' } })}
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
                      onClick={() => onOverride(contact.key, { ...override, kinds: { ...override.kinds, [index]: item.kind === 'ask' ? 'tell' : 'ask' } })}
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
                <input type="checkbox" checked={override.isSkipped ?? false} onChange={(event) => onOverride(contact.key, { ...override, isSkipped: event.target.checked })} />
                Leave this contact out
              </label>
            </li>
          );
        })}
      </ol>
    </section>
  );
};
