import { useState } from 'react';
import {
  askResultLabels,
  askResults,
  tellResultLabels,
  tellResults,
  type ItemResult,
} from '../../../domain/item-result';
import type { Debrief } from '../../../domain/debrief';
import type { ItemComparison, StageComparison } from '../../../domain/rules/debrief-comparison';
import { relationshipStageLabels, relationshipStages, type RelationshipStage } from '../../../domain/stakeholder';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { ChoiceOptions } from '../../../ui/choice-options';
import { useRecordOutcome, type DebriefContext } from '../api/use-debriefs';
import { ErrorAlert } from '../../../ui/error-alert';
import { parseTeamMemberId } from '../../../domain/ids';
import { sortByName } from '../../../domain/sort-by-name';

type OutcomeFormProps = {
  context: DebriefContext;
  submitted: readonly Debrief[];
  items: readonly ItemComparison[];
  stages: readonly StageComparison[];
  onRecorded: () => void;
};

type ActionLine = { text: string; ownerId: string; dueDate: string };

/** Merging: the agreed result and finding per item, a summary, stage changes, next steps, action items. */
export const OutcomeForm = ({ context, submitted, items, stages, onRecorded }: OutcomeFormProps) => {
  const { contact, outcome, stakeholders, teamMembers } = context;
  const recordOutcome = useRecordOutcome();
  const { error, run } = useActionRunner();
  const [results, setResults] = useState<ItemResult[]>(() =>
    items.map(
      (comparison) =>
        outcome?.itemResults.find((result) => result.itemId === comparison.item.id) ?? comparison.proposed,
    ),
  );
  const [summary, setSummary] = useState(outcome?.summary ?? '');
  const [nextSteps, setNextSteps] = useState(outcome?.nextSteps ?? '');
  const [chosenStages, setChosenStages] = useState<Record<string, RelationshipStage | ''>>(() =>
    Object.fromEntries(
      stages.map((comparison) => [
        comparison.stakeholderId,
        comparison.proposed ??
          stakeholders.find((person) => person.id === comparison.stakeholderId)?.relationshipStage ??
          '',
      ]),
    ),
  );
  // Proposals from the debriefs, once each, leaving out those already action items of this contact
  // (amending an outcome must not create them twice).
  const [actionLines, setActionLines] = useState<ActionLine[]>(() => {
    const existing = new Set(context.actionItems.map((item) => item.text.trim().toLowerCase()));
    const proposals = submitted
      .flatMap((debrief) => debrief.proposedActionItems)
      .filter((item) => !existing.has(item.text.trim().toLowerCase()));
    return [
      ...new Map(
        proposals.map((item) => [
          item.text.trim().toLowerCase(),
          { text: item.text, ownerId: item.ownerId ?? '', dueDate: item.dueDate ?? '' },
        ]),
      ).values(),
    ];
  });

  const setResult = (index: number, changes: Partial<ItemResult>) =>
    setResults((current) =>
      current.map((result, position) => (position === index ? ({ ...result, ...changes } as ItemResult) : result)),
    );
  const setLine = (index: number, changes: Partial<ActionLine>) =>
    setActionLines((current) => current.map((line, position) => (position === index ? { ...line, ...changes } : line)));

  return (
    <form
      className="form"
      aria-label="Merge into the outcome"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          await recordOutcome({
            contactId: contact.id,
            itemResults: results,
            summary,
            nextSteps,
            stages: stages.map(({ stakeholderId }) => {
              const stage = chosenStages[stakeholderId] ?? '';
              return { stakeholderId, stage: stage === '' ? null : stage };
            }),
            mergedFromDebriefIds: submitted.map((debrief) => debrief.id),
            recordedWithout: [],
            newActionItems: actionLines.map((line) => ({
              text: line.text,
              ownerId: parseTeamMemberId(line.ownerId),
              dueDate: line.dueDate || null,
            })),
          });
          onRecorded();
        });
      }}
    >
      <h3>Agreed results</h3>
      {results.map((result, index) => {
        const text = contact.items.find((item) => item.id === result.itemId)?.text ?? '';
        return (
          <fieldset key={result.itemId}>
            <legend>
              {result.kind === 'ask' ? 'Ask' : 'Tell'}: {text}
            </legend>
            <div className="form-columns">
              <div className="form-field">
                <label htmlFor={`agreed-${result.itemId}`}>Agreed result</label>
                <select
                  id={`agreed-${result.itemId}`}
                  value={result.result ?? ''}
                  onChange={(event) =>
                    setResult(index, {
                      result: event.target.value === '' ? null : event.target.value,
                    } as Partial<ItemResult>)
                  }
                >
                  <option value="">Not agreed yet</option>
                  {result.kind === 'ask' ? (
                    <ChoiceOptions values={askResults} labels={askResultLabels} />
                  ) : (
                    <ChoiceOptions values={tellResults} labels={tellResultLabels} />
                  )}
                </select>
              </div>
              <div className="form-field">
                <label htmlFor={`agreed-note-${result.itemId}`}>
                  {result.kind === 'ask' ? 'What we learned' : 'Their reaction'}
                </label>
                <textarea
                  id={`agreed-note-${result.itemId}`}
                  rows={2}
                  value={result.kind === 'ask' ? result.finding : result.reaction}
                  onChange={(event) =>
                    setResult(
                      index,
                      result.kind === 'ask' ? { finding: event.target.value } : { reaction: event.target.value },
                    )
                  }
                />
              </div>
            </div>
          </fieldset>
        );
      })}

      <fieldset>
        <legend>Relationship stages</legend>
        {stages.map((comparison) => {
          const person = stakeholders.find((candidate) => candidate.id === comparison.stakeholderId);
          return (
            <div key={comparison.stakeholderId} className="form-field">
              <label htmlFor={`agreed-stage-${comparison.stakeholderId}`}>
                {person?.name ?? 'Someone'}{' '}
                <span className="muted">
                  (now: {person ? relationshipStageLabels[person.relationshipStage] : 'unknown'})
                </span>
              </label>
              <select
                id={`agreed-stage-${comparison.stakeholderId}`}
                value={chosenStages[comparison.stakeholderId] ?? ''}
                onChange={(event) =>
                  setChosenStages({
                    ...chosenStages,
                    [comparison.stakeholderId]: event.target.value as RelationshipStage | '',
                  })
                }
              >
                <option value="">No change</option>
                <ChoiceOptions values={relationshipStages} labels={relationshipStageLabels} />
              </select>
            </div>
          );
        })}
      </fieldset>

      <div className="form-field">
        <label htmlFor="outcome-summary">Summary</label>
        <textarea id="outcome-summary" rows={3} value={summary} onChange={(event) => setSummary(event.target.value)} />
      </div>
      <div className="form-field">
        <label htmlFor="outcome-next-steps">Next steps</label>
        <textarea
          id="outcome-next-steps"
          rows={2}
          value={nextSteps}
          onChange={(event) => setNextSteps(event.target.value)}
        />
      </div>

      <fieldset>
        <legend>{outcome ? 'New action items' : 'Action items'}</legend>
        {actionLines.map((line, index) => (
          <div key={index} className="action-item-row">
            <input
              type="text"
              aria-label={`Outcome action item ${String(index + 1)}`}
              value={line.text}
              onChange={(event) => setLine(index, { text: event.target.value })}
            />
            <select
              aria-label={`Outcome action item ${String(index + 1)} owner`}
              value={line.ownerId}
              onChange={(event) => setLine(index, { ownerId: event.target.value })}
            >
              <option value="">No owner yet</option>
              {sortByName(teamMembers).map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
            <input
              type="date"
              aria-label={`Outcome action item ${String(index + 1)} due`}
              value={line.dueDate}
              onChange={(event) => setLine(index, { dueDate: event.target.value })}
            />
            <button
              type="button"
              className="button"
              aria-label={`Remove outcome action item ${String(index + 1)}`}
              onClick={() => setActionLines(actionLines.filter((_, position) => position !== index))}
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => setActionLines([...actionLines, { text: '', ownerId: '', dueDate: '' }])}
        >
          Add action item
        </button>
      </fieldset>

      <ErrorAlert message={error} />
      <button type="submit" className="button button-primary">
        {outcome ? 'Save amended outcome' : 'Record outcome'}
      </button>
    </form>
  );
};
