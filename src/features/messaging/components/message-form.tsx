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
import { useSaveMessage } from '../api/use-messaging';
import { ErrorAlert } from '../../../ui/error-alert';
import { sortByName } from '../../../domain/sort-by-name';

type MessageFormProps = {
  opportunityId: string;
  message?: Message | undefined;
  stakeholders: readonly Stakeholder[];
  teamMembers: readonly TeamMember[];
  onDone: () => void;
};

/** A win theme, discriminator, proof point or elevator speech: what, to whom, by whom, how, when. */
export const MessageForm = ({ opportunityId, message, stakeholders, teamMembers, onDone }: MessageFormProps) => {
  const saveMessage = useSaveMessage();
  const { error, run } = useActionRunner();
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
          await saveMessage(message?.id, {
            opportunityId: opportunityId as MessageFields['opportunityId'],
            kind: values.kind,
            text: values.text,
            targetLevels: values.targetLevels,
            targetStakeholderIds: values.targetStakeholderIds,
            messengerId: (values.messengerId || null) as MessageFields['messengerId'],
            channel: values.channel,
            plannedDate: values.plannedDate || null,
          });
          onDone();
        });
      }}
    >
      <ErrorAlert message={error} />
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
