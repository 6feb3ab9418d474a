import {
  askResultLabels,
  askResults,
  tellResultLabels,
  tellResults,
  type ItemResult,
} from '../../../domain/item-result';
import { isPointToSettle, type ItemComparison } from '../../../domain/rules/debrief-comparison';
import { ChoiceOptions } from '../../../ui/choice-options';
import { takeVersion, writeAgreed, type ItemDraft } from '../utils/outcome-draft';
import { agreementText, resultText } from '../utils/result-text';

type OutcomeItemFieldsProps = {
  comparison: ItemComparison;
  draft: ItemDraft;
  authorName: (id: string) => string;
  onChange: (draft: ItemDraft) => void;
};

/**
 * One ask or tell in the merge. Where the accounts differ, each version is shown with a button to
 * take it, and one to write the agreed result; the result fields appear once one is chosen.
 */
export const OutcomeItemFields = ({ comparison, draft, authorName, onChange }: OutcomeItemFieldsProps) => {
  const { item } = comparison;
  const { decision, result } = draft;
  const isToSettle = isPointToSettle(comparison.disagreement);
  const recorded = comparison.accounts.filter((account) => account.result);
  const setResult = (changes: Partial<ItemResult>) =>
    onChange({ decision, result: { ...result, ...changes } as ItemResult });
  const noteLabel = item.kind === 'ask' ? 'What we learned' : 'Their reaction';

  return (
    <fieldset className={decision.kind === 'undecided' ? 'outcome-item undecided' : 'outcome-item'}>
      <legend>
        {item.kind === 'ask' ? 'Ask' : 'Tell'}: {item.text}
      </legend>
      {isToSettle ? (
        <>
          <p className="decision-note">
            <strong>
              {agreementText(
                comparison.disagreement,
                recorded.map((account) => authorName(account.authorId)),
                [],
              )}
            </strong>
            {decision.kind === 'undecided' ? ' — not decided yet: take a version or write the agreed result.' : null}
          </p>
          <ul className="plain-list versions">
            {comparison.accounts.map((account) => (
              <li key={account.debriefId}>
                <span className="version-author">{authorName(account.authorId)}:</span>{' '}
                <span className="pre-wrap">{resultText(account.result)}</span>
              </li>
            ))}
          </ul>
          <div className="button-row decision-buttons">
            {recorded.map((account) => (
              <button
                key={account.debriefId}
                type="button"
                className="button"
                aria-pressed={decision.kind === 'version' && decision.authorId === account.authorId}
                onClick={() => {
                  const taken = takeVersion(comparison, account.authorId);
                  if (taken) onChange(taken);
                }}
              >
                Take {authorName(account.authorId)}’s version
              </button>
            ))}
            <button
              type="button"
              className="button"
              aria-pressed={decision.kind === 'written'}
              onClick={() => onChange(writeAgreed(comparison))}
            >
              Write the agreed result
            </button>
          </div>
        </>
      ) : null}
      {decision.kind === 'undecided' ? null : (
        <div className="form-columns">
          <div className="form-field">
            <label htmlFor={`agreed-${item.id}`}>Agreed result</label>
            <select
              id={`agreed-${item.id}`}
              value={result.result ?? ''}
              onChange={(event) =>
                setResult({ result: event.target.value === '' ? null : event.target.value } as Partial<ItemResult>)
              }
            >
              <option value="">{recorded.length > 0 ? 'Not agreed yet' : 'Not recorded'}</option>
              {result.kind === 'ask' ? (
                <ChoiceOptions values={askResults} labels={askResultLabels} />
              ) : (
                <ChoiceOptions values={tellResults} labels={tellResultLabels} />
              )}
            </select>
          </div>
          <div className="form-field">
            <label htmlFor={`agreed-note-${item.id}`}>{noteLabel}</label>
            <textarea
              id={`agreed-note-${item.id}`}
              rows={2}
              value={result.kind === 'ask' ? result.finding : result.reaction}
              onChange={(event) =>
                setResult(result.kind === 'ask' ? { finding: event.target.value } : { reaction: event.target.value })
              }
            />
          </div>
        </div>
      )}
    </fieldset>
  );
};
