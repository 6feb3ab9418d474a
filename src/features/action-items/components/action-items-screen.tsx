import { actionItemStatusLabels } from '../../../domain/action-item';
import { todayCalendarDay } from '../../../domain/calendar-day';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { formatCalendarDay } from '../../../lib/dates';
import { useActionItemsOfOpportunity, useSetActionItemStatus } from '../api/use-action-items';
import { ActionItemForm } from './action-item-form';
import { ErrorAlert } from '../../../ui/error-alert';
import type { OpportunityId } from '../../../domain/ids';

/** Action items of one opportunity: open ones by due date, then the done ones. */
export const ActionItemsScreen = ({ opportunityId }: { opportunityId: OpportunityId }) => {
  const data = useActionItemsOfOpportunity(opportunityId);
  const setStatus = useSetActionItemStatus();
  const { error, run } = useActionRunner();
  if (data === undefined) return <p aria-busy="true">Loading action items…</p>;

  const { actionItems, teamMembers, contacts, stakeholders } = data;
  const today = todayCalendarDay();
  const nameOf = (id: string | null) => teamMembers.find((person) => person.id === id)?.name ?? 'No owner yet';
  const contactLabel = (id: string | null) => {
    const contact = contacts.find((candidate) => candidate.id === id);
    if (!contact) return '—';
    const who = contact.stakeholderIds
      .map((stakeholderId) => stakeholders.find((person) => person.id === stakeholderId)?.name ?? 'someone')
      .join(', ');
    return `${who || 'Contact'}${contact.date ? `, ${formatCalendarDay(contact.date)}` : ''}`;
  };
  const sorted = actionItems.toSorted(
    (a, b) =>
      Number(a.status === 'done') - Number(b.status === 'done') ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
  );

  return (
    <>
      <ActionItemForm
        opportunityId={opportunityId}
        teamMembers={teamMembers}
        contacts={contacts.map((contact) => ({ contact, label: contactLabel(contact.id) }))}
      />
      <ErrorAlert message={error} />
      {sorted.length === 0 ? (
        <p>No action items yet. They come from meeting outcomes, or add one above.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-label="Action items">
            <thead>
              <tr>
                <th scope="col">Action item</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">From contact</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((item) => {
                const isOverdue = item.status !== 'done' && item.dueDate !== null && item.dueDate < today;
                return (
                  <tr key={item.id}>
                    <th scope="row">{item.text}</th>
                    <td>{nameOf(item.ownerId)}</td>
                    <td>
                      {item.dueDate ? formatCalendarDay(item.dueDate) : '—'}
                      {isOverdue ? <span className="badge badge-danger"> Overdue</span> : null}
                    </td>
                    <td>{actionItemStatusLabels[item.status]}</td>
                    <td>{contactLabel(item.contactId)}</td>
                    <td>
                      {item.status === 'done' ? (
                        <button
                          type="button"
                          className="button"
                          aria-label={`Reopen: ${item.text}`}
                          onClick={() => void run(() => setStatus(item.id, 'open'))}
                        >
                          Reopen
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="button"
                          aria-label={`Mark done: ${item.text}`}
                          onClick={() => void run(() => setStatus(item.id, 'done'))}
                        >
                          Mark done
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
};
