import { useState } from 'react';
import type { Debrief } from '../../../domain/debrief';
import { parseTeamMemberId, type TeamMemberId } from '../../../domain/ids';
import { isStageToSettle, type ItemComparison, type StageComparison } from '../../../domain/rules/debrief-comparison';
import { describeOutcomeProblem, outcomeProblems } from '../../../domain/rules/outcome-readiness';
import { relationshipStageLabels, relationshipStages, type RelationshipStage } from '../../../domain/stakeholder';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { ErrorAlert } from '../../../ui/error-alert';
import { useRecordOutcome, type DebriefContext } from '../api/use-debriefs';
import {
  agreedResultOf,
  initialActionLines,
  initialItemDrafts,
  initialStageChoices,
  type ActionLine,
  type ItemDraft,
} from '../utils/outcome-draft';
import { OutcomeActionLines } from './outcome-action-lines';
import { OutcomeItemFields } from './outcome-item-fields';
import { RecordedWithoutFields, type WithoutChoice } from './recorded-without-fields';

type OutcomeFormProps = {
  context: DebriefContext;
  /** The submitted debriefs, in attendee order. The form starts afresh when they change. */
  submitted: readonly Debrief[];
  items: readonly ItemComparison[];
  stages: readonly StageComparison[];
  /** Attendees whose debrief is not submitted. */
  waitingFor: readonly TeamMemberId[];
  onRecorded: () => void;
};

/**
 * Merging into the outcome: who it goes ahead without (and why), the agreed result of each item
 * (every point the accounts differ on decided), the stages, a summary, next steps and action items.
 * It checks what the repository checks (rules/outcome-readiness.ts) before saving.
 */
export const OutcomeForm = ({ context, submitted, items, stages, waitingFor, onRecorded }: OutcomeFormProps) => {
  const { contact, outcome, stakeholders, teamMembers, debriefs, actionItems } = context;
  const recordOutcome = useRecordOutcome();
  const { error, run } = useActionRunner();
  // Once the user has tried to record, what still stands in the way is listed, and updates as it is fixed.
  const [hasTried, setHasTried] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, ItemDraft>>(() => initialItemDrafts(items, outcome, submitted));
  const [summary, setSummary] = useState(outcome?.summary ?? '');
  const [nextSteps, setNextSteps] = useState(outcome?.nextSteps ?? '');
  const [chosenStages, setChosenStages] = useState(() => initialStageChoices(stages, stakeholders, outcome, submitted));
  const [without, setWithout] = useState<Record<string, WithoutChoice>>(() =>
    Object.fromEntries(
      (outcome?.recordedWithout ?? []).map((entry) => [entry.teamMemberId, { isWithout: true, reason: entry.reason }]),
    ),
  );
  const [actionLines, setActionLines] = useState<ActionLine[]>(() => initialActionLines(submitted, actionItems));
  const nameOf = (id: string, people: readonly { id: string; name: string }[], fallback: string) =>
    people.find((person) => person.id === id)?.name ?? fallback;
  const authorName = (id: string) => nameOf(id, teamMembers, 'An attendee');

  const proposal = {
    itemResults: items.flatMap((comparison) => {
      const draft = drafts[comparison.item.id];
      return draft ? [agreedResultOf(draft)] : [comparison.proposed];
    }),
    stages: stages.map(({ stakeholderId }) => ({ stakeholderId, stage: chosenStages[stakeholderId] || null })),
    recordedWithout: waitingFor.flatMap((teamMemberId) => {
      const choice = without[teamMemberId];
      return choice?.isWithout ? [{ teamMemberId, reason: choice.reason }] : [];
    }),
    mergedFromDebriefIds: submitted.map((debrief) => debrief.id),
  };
  const problems = outcomeProblems(contact, debriefs, proposal).map((problem) =>
    describeOutcomeProblem(problem, {
      teamMember: authorName,
      stakeholder: (id) => nameOf(id, stakeholders, 'a stakeholder'),
      item: (id) => contact.items.find((item) => item.id === id)?.text ?? 'an item',
    }),
  );

  const handleSubmit = () => {
    setHasTried(true);
    if (problems.length > 0) return;
    void run(async () => {
      await recordOutcome({
        contactId: contact.id,
        ...proposal,
        summary,
        nextSteps,
        newActionItems: actionLines.map((line) => ({
          text: line.text,
          ownerId: parseTeamMemberId(line.ownerId),
          dueDate: line.dueDate || null,
        })),
      });
      onRecorded();
    });
  };

  return (
    <form
      className="form outcome-form"
      aria-label="Merge into the outcome"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        handleSubmit();
      }}
    >
      {waitingFor.length > 0 ? (
        <RecordedWithoutFields
          waitingFor={waitingFor}
          choices={without}
          authorName={authorName}
          onChange={(id, choice) => setWithout({ ...without, [id]: choice })}
        />
      ) : null}

      <h3>Agreed results</h3>
      {items.map((comparison) => {
        const draft = drafts[comparison.item.id];
        return draft ? (
          <OutcomeItemFields
            key={comparison.item.id}
            comparison={comparison}
            draft={draft}
            authorName={authorName}
            onChange={(next) => setDrafts({ ...drafts, [comparison.item.id]: next })}
          />
        ) : null;
      })}

      {stages.length > 0 ? (
        <fieldset>
          <legend>Relationship stages</legend>
          {stages.map((comparison) => {
            const person = stakeholders.find((candidate) => candidate.id === comparison.stakeholderId);
            const isToSettle = isStageToSettle(comparison.disagreement);
            const hintId = `agreed-stage-hint-${comparison.stakeholderId}`;
            return (
              <div
                key={comparison.stakeholderId}
                className={
                  isToSettle && !chosenStages[comparison.stakeholderId] ? 'form-field stage-undecided' : 'form-field'
                }
              >
                <label htmlFor={`agreed-stage-${comparison.stakeholderId}`}>
                  {person?.name ?? 'Someone'}{' '}
                  <span className="muted">
                    (now: {person ? relationshipStageLabels[person.relationshipStage] : 'unknown'})
                  </span>
                </label>
                <select
                  id={`agreed-stage-${comparison.stakeholderId}`}
                  aria-describedby={isToSettle ? hintId : undefined}
                  aria-invalid={hasTried && isToSettle && !chosenStages[comparison.stakeholderId] ? true : undefined}
                  value={chosenStages[comparison.stakeholderId] ?? ''}
                  onChange={(event) =>
                    setChosenStages({
                      ...chosenStages,
                      [comparison.stakeholderId]: event.target.value as RelationshipStage | '',
                    })
                  }
                >
                  {isToSettle || !person ? (
                    <option value="">{isToSettle ? 'Choose the agreed stage…' : 'No change'}</option>
                  ) : null}
                  {relationshipStages.map((stage) => (
                    <option key={stage} value={stage}>
                      {`${relationshipStageLabels[stage]}${stage === person?.relationshipStage ? ' (no change)' : ''}`}
                    </option>
                  ))}
                </select>
                {isToSettle ? (
                  <p id={hintId} className="field-hint">
                    The debriefs differ:{' '}
                    {comparison.observations
                      .map(
                        (observation) =>
                          `${authorName(observation.authorId)}: ${observation.stage ? relationshipStageLabels[observation.stage] : 'not observed'}`,
                      )
                      .join(' · ')}
                    . Choose one, even if it is no change.
                  </p>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ) : null}

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

      <OutcomeActionLines
        lines={actionLines}
        existing={actionItems}
        teamMembers={teamMembers}
        isAmending={outcome !== null}
        onChange={setActionLines}
      />

      {hasTried && problems.length > 0 ? (
        <div className="form-error" role="alert">
          <p className="form-error-title">The outcome is not recorded yet:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ErrorAlert message={error} />
      <button type="submit" className="button button-primary">
        {outcome ? 'Save amended outcome' : 'Record outcome'}
      </button>
    </form>
  );
};
