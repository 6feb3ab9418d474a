import { useState } from 'react';
import type { ActionItem } from '../../../domain/action-item';
import type { Contact } from '../../../domain/contact';
import type { TeamMember } from '../../../domain/team-member';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { useCreateActionItem } from '../api/use-action-items';
import { ErrorAlert } from '../../../ui/error-alert';
import { parseContactId, parseTeamMemberId, type OpportunityId } from '../../../domain/ids';
import { sortByName } from '../../../domain/sort-by-name';

type ActionItemFormProps = {
  opportunityId: OpportunityId;
  teamMembers: readonly TeamMember[];
  contacts: readonly { contact: Contact; label: string }[];
  /** Hears of each item added (the list may not show it under its filter, and should say so). */
  onCreated?: (item: ActionItem) => void;
};

/** Adds a standalone action item (one from a meeting comes with its outcome). */
export const ActionItemForm = ({ opportunityId, teamMembers, contacts, onCreated }: ActionItemFormProps) => {
  const createActionItem = useCreateActionItem();
  const { error, run } = useActionRunner();
  const [values, setValues] = useState({ text: '', ownerId: '', dueDate: '', contactId: '' });

  return (
    <form
      className="form new-action-item"
      aria-label="New action item"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          if (values.text.trim() === '') throw new Error('Write what needs doing.');
          const created = await createActionItem({
            opportunityId: opportunityId,
            text: values.text,
            ownerId: parseTeamMemberId(values.ownerId),
            dueDate: values.dueDate || null,
            status: 'open',
            contactId: parseContactId(values.contactId),
            outcomeId: null,
            completedAt: null,
          });
          setValues({ text: '', ownerId: '', dueDate: '', contactId: '' });
          onCreated?.(created);
        });
      }}
    >
      <div className="new-action-item-fields">
        <div className="form-field">
          <label htmlFor="new-action-text">What needs doing</label>
          <input
            id="new-action-text"
            type="text"
            value={values.text}
            onChange={(event) => setValues({ ...values, text: event.target.value })}
          />
        </div>
        <div className="form-field">
          <label htmlFor="new-action-owner">Owner</label>
          <select
            id="new-action-owner"
            value={values.ownerId}
            onChange={(event) => setValues({ ...values, ownerId: event.target.value })}
          >
            <option value="">No owner yet</option>
            {sortByName(teamMembers).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="new-action-due">Due</label>
          <input
            id="new-action-due"
            type="date"
            value={values.dueDate}
            onChange={(event) => setValues({ ...values, dueDate: event.target.value })}
          />
        </div>
        <div className="form-field">
          <label htmlFor="new-action-contact">From contact</label>
          <select
            id="new-action-contact"
            value={values.contactId}
            onChange={(event) => setValues({ ...values, contactId: event.target.value })}
          >
            <option value="">None</option>
            {contacts.map(({ contact, label }) => (
              <option key={contact.id} value={contact.id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-primary">
          Add action item
        </button>
      </div>
      <ErrorAlert message={error} />
    </form>
  );
};
