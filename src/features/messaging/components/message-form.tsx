import { useState } from 'react';
import { customerLevelLabels, customerLevels, type CustomerLevel } from '../../../domain/customer-level';
import {
  channelLabels,
  channels,
  messageKindLabels,
  messageKinds,
  type Message,
  type MessageFields,
} from '../../../domain/message';
import type { Stakeholder } from '../../../domain/stakeholder';
import type { TeamMember } from '../../../domain/team-member';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { ChoiceOptions } from '../../../ui/choice-options';
import { useCreateMessage, useEditMessage } from '../api/use-messaging';
import { parseTeamMemberId } from '../../../domain/ids';
import { editBetween } from '../../../domain/record-edit';
import { useConflictAwareSave } from '../../../hooks/use-conflict-aware-save';
import { describeValue } from '../../../ui/describe-value';
import { EditConflictChoices } from '../../../ui/edit-conflict-choices';
import { ErrorAlert } from '../../../ui/error-alert';
import type { OpportunityId } from '../../../domain/ids';
import { sortByName } from '../../../domain/sort-by-name';

type MessageFormProps = {
  opportunityId: OpportunityId;
  message?: Message | undefined;
  stakeholders: readonly Stakeholder[];
  teamMembers: readonly TeamMember[];
  onDone: () => void;
};

/** A win theme, discriminator, proof point or elevator speech: what, to whom, by whom, how, when. */
export const MessageForm = ({ opportunityId, message, stakeholders, teamMembers, onDone }: MessageFormProps) => {
  const createMessage = useCreateMessage();
  const editMessage = useEditMessage();
  const { error, run } = useActionRunner();
  // As it was when the form opened: only the user's changes are saved, others' are kept.
  const [original] = useState(message);
  const { save, conflicts, resolve, dismiss } = useConflictAwareSave<MessageFields, Message>();
  const finish = (saved: Message | null) => {
    if (saved) onDone();
  };
  const names = new Map<string, string>([
    ...stakeholders.map((person) => [person.id as string, person.name] as const),
    ...teamMembers.map((person) => [person.id as string, person.name] as const),
  ]);
  const labelsOf: Partial<Record<string, Record<string, string>>> = {
    kind: messageKindLabels,
    channel: channelLabels,
    targetLevels: customerLevelLabels,
  };
  const describe = (field: string, value: unknown) => describeValue(value, { names, labels: labelsOf[field] });
  const [values, setValues] = useState({
    kind: message?.kind ?? 'win-theme',
    text: message?.text ?? '',
    targetLevels: message?.targetLevels ?? ([] as CustomerLevel[]),
    targetStakeholderIds: message?.targetStakeholderIds ?? [],
    messengerId: message?.messengerId ?? '',
    channel: message?.channel ?? 'meeting',
    plannedDate: message?.plannedDate ?? '',
  });
  const toggle = <Value extends string>(list: readonly Value[], value: Value) =>
    list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];

  return (
    <form
      className="form"
      aria-label={message ? 'Edit message' : 'New message'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          if (values.text.trim() === '') throw new Error('Write the message.');
          const fields: MessageFields = {
            opportunityId,
            kind: values.kind,
            text: values.text,
            targetLevels: values.targetLevels,
            targetStakeholderIds: values.targetStakeholderIds,
            messengerId: parseTeamMemberId(values.messengerId),
            channel: values.channel,
            plannedDate: values.plannedDate || null,
          };
          if (!original) {
            finish(await createMessage(fields));
            return;
          }
          const { id, createdAt: _c, updatedAt: _u, ...originalFields } = original;
          finish(await save(editBetween(originalFields, fields), (edit) => editMessage(id, edit)));
        });
      }}
    >
      <ErrorAlert message={error} />
      {conflicts ? (
        <EditConflictChoices
          what="this message"
          table="messages"
          conflicts={conflicts}
          describe={describe}
          onResolve={(keepMine) => run(async () => finish(await resolve(keepMine)))}
          onCancel={dismiss}
        />
      ) : null}
      <div className="form-columns">
        <div className="form-field">
          <label htmlFor="message-kind">Kind</label>
          <select
            id="message-kind"
            value={values.kind}
            onChange={(event) => setValues({ ...values, kind: event.target.value as MessageFields['kind'] })}
          >
            <ChoiceOptions values={messageKinds} labels={messageKindLabels} />
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="message-channel">Channel</label>
          <select
            id="message-channel"
            value={values.channel}
            onChange={(event) => setValues({ ...values, channel: event.target.value as MessageFields['channel'] })}
          >
            <ChoiceOptions values={channels} labels={channelLabels} />
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="message-messenger">Messenger</label>
          <select
            id="message-messenger"
            value={values.messengerId}
            onChange={(event) => setValues({ ...values, messengerId: event.target.value })}
          >
            <option value="">Nobody yet</option>
            {sortByName(teamMembers).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="message-date">Planned date</label>
          <input
            id="message-date"
            type="date"
            value={values.plannedDate}
            onChange={(event) => setValues({ ...values, plannedDate: event.target.value })}
          />
        </div>
      </div>
      <div className="form-field">
        <label htmlFor="message-text">Message</label>
        <textarea
          id="message-text"
          rows={3}
          value={values.text}
          onChange={(event) => setValues({ ...values, text: event.target.value })}
        />
      </div>
      <fieldset>
        <legend>Target customer levels</legend>
        <div className="people-choices">
          {customerLevels.map((level) => (
            <label key={level}>
              <input
                type="checkbox"
                checked={values.targetLevels.includes(level)}
                onChange={() => setValues({ ...values, targetLevels: toggle(values.targetLevels, level) })}
              />
              {customerLevelLabels[level]}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Target stakeholders</legend>
        <div className="people-choices">
          {sortByName(stakeholders).map((person) => (
            <label key={person.id}>
              <input
                type="checkbox"
                checked={values.targetStakeholderIds.includes(person.id)}
                onChange={() =>
                  setValues({ ...values, targetStakeholderIds: toggle(values.targetStakeholderIds, person.id) })
                }
              />
              {person.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {message ? 'Save changes' : 'Add message'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
};
