import { useCallback, useState } from 'react';
import {
  askResultLabels,
  askResults,
  tellResultLabels,
  tellResults,
  type ItemResult,
} from '../../../domain/item-result';
import type { Debrief } from '../../../domain/debrief';
import { relationshipStageLabels, relationshipStages, type RelationshipStage } from '../../../domain/stakeholder';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { readAutosaveBackup, useAutosave } from '../../../hooks/use-autosave';
import { ChoiceOptions } from '../../../ui/choice-options';
import { useSaveDebriefDraft, useSubmitDebrief, type DebriefContext } from '../api/use-debriefs';
import { draftFromDebrief, draftToChanges, type DebriefDraft } from '../utils/debrief-draft';
import { AutosaveStatus } from './autosave-status';
import { ErrorAlert } from '../../../ui/error-alert';
import { sortByName } from '../../../domain/sort-by-name';

type DebriefEditorProps = { context: DebriefContext; debrief: Debrief };

/**
 * One attendee writes their own account: notes, a result for each ask and tell, their read of
 * each stakeholder, proposed action items. It saves as you type and survives a reload.
 */
export const DebriefEditor = ({ context, debrief }: DebriefEditorProps) => {
  const { contact, stakeholders, teamMembers } = context;
  const backupKey = `contact-plan:debrief-draft:${debrief.id}`;
  const [draft, setDraft] = useState<DebriefDraft>(() => {
    const backup = readAutosaveBackup<DebriefDraft>(backupKey);
    // A copy typed after the last database save (a reload mid-save) wins over the stored record.
    return backup && backup.savedAt > Date.parse(debrief.updatedAt) ? backup.value : draftFromDebrief(debrief, contact);
  });
  const saveDraft = useSaveDebriefDraft();
  const submitDebrief = useSubmitDebrief();
  const { error, run } = useActionRunner();
  const save = useCallback(
    (value: DebriefDraft) => saveDraft(debrief.id, draftToChanges(value)),
    [saveDraft, debrief.id],
  );
  const autosave = useAutosave(draft, save, backupKey);

  const setItemResult = (index: number, changes: Partial<ItemResult>) =>
    setDraft((current) => ({
      ...current,
      itemResults: current.itemResults.map((result, position) =>
        position === index ? ({ ...result, ...changes } as ItemResult) : result,
      ),
    }));
  const stageOf = (stakeholderId: string) =>
    draft.stageObservations.find((observation) => observation.stakeholderId === stakeholderId)?.stage ?? '';
  const setStage = (stakeholderId: string, stage: RelationshipStage | '') =>
    setDraft((current) => ({
      ...current,
      stageObservations: [
        ...current.stageObservations.filter((observation) => observation.stakeholderId !== stakeholderId),
        ...(stage
          ? [{ stakeholderId: stakeholderId as Debrief['stageObservations'][number]['stakeholderId'], stage }]
          : []),
      ],
    }));
  const itemText = (itemId: string) => contact.items.find((item) => item.id === itemId)?.text ?? '';
  const metStakeholders = stakeholders.filter((person) => contact.stakeholderIds.includes(person.id));

  return (
    <form
      className="form debrief-form"
      aria-label="My debrief"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => submitDebrief(debrief.id, draftToChanges(draft)));
      }}
    >
      <div className="form-field">
        <label htmlFor="debrief-notes">What the customer said — your notes</label>
        <textarea
          id="debrief-notes"
          rows={5}
          value={draft.notes}
          onChange={(event) => setDraft({ ...draft, notes: event.target.value })}
        />
      </div>

      <h3>What we wanted to find out and tell</h3>
      {draft.itemResults.length === 0 ? <p className="muted">This contact had no asks or tells planned.</p> : null}
      {draft.itemResults.map((result, index) => {
        const options =
          result.kind === 'ask'
            ? askResults.map((value) => [value, askResultLabels[value]] as const)
            : tellResults.map((value) => [value, tellResultLabels[value]] as const);
        const noteLabel = result.kind === 'ask' ? 'What we learned' : 'Their reaction';
        const note = result.kind === 'ask' ? result.finding : result.reaction;
        return (
          <fieldset key={result.itemId} className="debrief-item">
            <legend>
              {result.kind === 'ask' ? 'Ask' : 'Tell'}: {itemText(result.itemId)}
            </legend>
            <div className="radio-row">
              {options.map(([value, label]) => (
                <label key={value}>
                  <input
                    type="radio"
                    name={`result-${result.itemId}`}
                    value={value}
                    checked={result.result === value}
                    onChange={() => setItemResult(index, { result: value })}
                  />
                  {label}
                </label>
              ))}
            </div>
            <div className="form-field">
              <label htmlFor={`note-${result.itemId}`}>{noteLabel}</label>
              <textarea
                id={`note-${result.itemId}`}
                rows={2}
                value={note}
                onChange={(event) =>
                  setItemResult(
                    index,
                    result.kind === 'ask' ? { finding: event.target.value } : { reaction: event.target.value },
                  )
                }
              />
            </div>
          </fieldset>
        );
      })}

      <fieldset>
        <legend>Your read of each person’s relationship stage</legend>
        {metStakeholders.map((person) => (
          <div key={person.id} className="form-field">
            <label htmlFor={`stage-${person.id}`}>
              {person.name} <span className="muted">(now: {relationshipStageLabels[person.relationshipStage]})</span>
            </label>
            <select
              id={`stage-${person.id}`}
              value={stageOf(person.id)}
              onChange={(event) => setStage(person.id, event.target.value as RelationshipStage | '')}
            >
              <option value="">Not observed</option>
              <ChoiceOptions values={relationshipStages} labels={relationshipStageLabels} />
            </select>
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>Proposed action items</legend>
        {draft.proposedActionItems.map((item, index) => (
          <div key={index} className="action-item-row">
            <input
              type="text"
              aria-label={`Action item ${String(index + 1)}`}
              value={item.text}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  proposedActionItems: draft.proposedActionItems.map((entry, position) =>
                    position === index ? { ...entry, text: event.target.value } : entry,
                  ),
                })
              }
            />
            <select
              aria-label={`Action item ${String(index + 1)} owner`}
              value={item.ownerId}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  proposedActionItems: draft.proposedActionItems.map((entry, position) =>
                    position === index ? { ...entry, ownerId: event.target.value } : entry,
                  ),
                })
              }
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
              aria-label={`Action item ${String(index + 1)} due`}
              value={item.dueDate}
              onChange={(event) =>
                setDraft({
                  ...draft,
                  proposedActionItems: draft.proposedActionItems.map((entry, position) =>
                    position === index ? { ...entry, dueDate: event.target.value } : entry,
                  ),
                })
              }
            />
            <button
              type="button"
              className="button"
              aria-label={`Remove action item ${String(index + 1)}`}
              onClick={() =>
                setDraft({
                  ...draft,
                  proposedActionItems: draft.proposedActionItems.filter((_, position) => position !== index),
                })
              }
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            setDraft({
              ...draft,
              proposedActionItems: [...draft.proposedActionItems, { text: '', ownerId: '', dueDate: '' }],
            })
          }
        >
          Add action item
        </button>
      </fieldset>

      <ErrorAlert message={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Submit debrief
        </button>
        <AutosaveStatus state={autosave} />
      </div>
    </form>
  );
};
