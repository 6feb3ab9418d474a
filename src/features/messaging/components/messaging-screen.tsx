import { useState } from 'react';
import { channelLabels, messageKindLabels, type Message } from '../../../domain/message';
import { customerLevelLabels } from '../../../domain/customer-level';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { formatCalendarDay } from '../../../lib/dates';
import { EmptyState } from '../../../ui/empty-state';
import { ModalDialog } from '../../../ui/modal-dialog';
import { useDeleteMessage, useMessagingPlan } from '../api/use-messaging';
import { MessageForm } from './message-form';
import { ErrorAlert } from '../../../ui/error-alert';
import { RowActions } from '../../../ui/row-actions';
import type { OpportunityId } from '../../../domain/ids';
import { countLabel } from '../../../domain/count-label';

type Editing = { mode: 'new' } | { mode: 'edit'; message: Message } | null;

/** The messaging plan: what we want the customer to hear, who tells whom, and whether it landed. */
export const MessagingScreen = ({ opportunityId }: { opportunityId: OpportunityId }) => {
  const plan = useMessagingPlan(opportunityId);
  const deleteMessage = useDeleteMessage();
  const { error, run } = useActionRunner();
  const [editing, setEditing] = useState<Editing>(null);
  if (plan === undefined) return <p aria-busy="true">Loading the messaging plan…</p>;
  const { deliveries, stakeholders, teamMembers, contacts } = plan;
  const personName = (id: string | null, people: readonly { id: string; name: string }[]) =>
    people.find((person) => person.id === id)?.name ?? 'someone';
  const contactDay = (id: string) => {
    const contact = contacts.find((candidate) => candidate.id === id);
    const day = contact?.heldDate ?? contact?.date;
    return day ? formatCalendarDay(day) : 'undated';
  };

  return (
    <>
      <div className="toolbar">
        <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
          Add message
        </button>
      </div>
      <ErrorAlert message={error} />
      {deliveries.length === 0 ? (
        <EmptyState title="No messages planned yet">
          <p>
            Write the win themes, discriminators, proof points and elevator speech the customer must hear, and to which
            levels. Link them to tells in the contact plan to plan their delivery.
          </p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-label="Messaging plan">
            <thead>
              <tr>
                <th scope="col">Message</th>
                <th scope="col">Kind</th>
                <th scope="col">Targets</th>
                <th scope="col">Messenger and channel</th>
                <th scope="col">Delivery</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((delivery) => {
                const { message } = delivery;
                const targets = [
                  ...message.targetLevels.map((level) => customerLevelLabels[level]),
                  ...message.targetStakeholderIds.map((id) => personName(id, stakeholders)),
                ];
                return (
                  <tr key={message.id}>
                    <th scope="row">{message.text}</th>
                    <td>{messageKindLabels[message.kind]}</td>
                    <td>{targets.join(', ') || '—'}</td>
                    <td>
                      {message.messengerId ? personName(message.messengerId, teamMembers) : 'No messenger'} ·{' '}
                      {channelLabels[message.channel]}
                      {message.plannedDate ? ` · ${formatCalendarDay(message.plannedDate)}` : ''}
                    </td>
                    <td>
                      {delivery.status === 'delivered' ? (
                        <ul className="plain-list">
                          {delivery.delivered.map((entry) => (
                            <li key={entry.contactId}>
                              <span className="badge badge-ok">Delivered</span> {contactDay(entry.contactId)} to{' '}
                              {entry.stakeholderIds.map((id) => personName(id, stakeholders)).join(', ')}
                              {entry.reaction ? ` — “${entry.reaction}”` : ''}
                            </li>
                          ))}
                        </ul>
                      ) : delivery.status === 'planned' ? (
                        <span>Planned in {countLabel(delivery.planned.length, 'contact')}</span>
                      ) : (
                        <span>Not planned in any contact</span>
                      )}
                      {delivery.uncoveredLevels.length + delivery.uncoveredStakeholderIds.length > 0 ? (
                        <p className="flag-text">
                          <span className="badge badge-warning">No delivery planned</span> to{' '}
                          {[
                            ...delivery.uncoveredLevels.map((level) => customerLevelLabels[level]),
                            ...delivery.uncoveredStakeholderIds.map((id) => personName(id, stakeholders)),
                          ].join(', ')}
                          : link it to a tell in a contact with them.
                        </p>
                      ) : null}
                    </td>
                    <td>
                      <RowActions
                        editLabel={`Edit message: ${message.text}`}
                        removeLabel={`Delete message: ${message.text}`}
                        removeText="Delete"
                        onEdit={() => setEditing({ mode: 'edit', message })}
                        onRemove={() => void run(() => deleteMessage(message.id))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ModalDialog
        isOpen={editing !== null}
        title={editing?.mode === 'edit' ? 'Edit message' : 'New message'}
        onClose={() => setEditing(null)}
      >
        <MessageForm
          key={editing?.mode === 'edit' ? editing.message.id : 'new'}
          opportunityId={opportunityId}
          message={editing?.mode === 'edit' ? editing.message : undefined}
          stakeholders={stakeholders}
          teamMembers={teamMembers}
          onDone={() => setEditing(null)}
        />
      </ModalDialog>
    </>
  );
};
