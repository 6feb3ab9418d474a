import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import type { ActionItem } from '../../../domain/action-item';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { formatCalendarDay } from '../../../lib/dates';
import { EmptyState } from '../../../ui/empty-state';
import { useFollowUps, useSetActionItemStatus } from '../api/use-action-items';
import { ErrorAlert } from '../../../ui/error-alert';
import { countLabel, formatCount } from '../../../domain/count-label';

/** Follow-ups across every pursuit: overdue first, then due in the next 7 days, then debriefs due. */
export const FollowUpsScreen = () => {
  const data = useFollowUps();
  const setStatus = useSetActionItemStatus();
  const { error, run } = useActionRunner();
  if (data === undefined) return <p aria-busy="true">Loading follow-ups…</p>;

  const { followUps, teamMembers, opportunities, stakeholders } = data;
  const ownerName = (id: string | null) => teamMembers.find((person) => person.id === id)?.name ?? 'No owner yet';
  const opportunityName = (id: string) =>
    opportunities.find((opportunity) => opportunity.id === id)?.name ?? 'Unknown opportunity';
  const isEmpty = followUps.overdue.length + followUps.dueSoon.length + followUps.heldWithoutOutcome.length === 0;

  const itemTable = (items: ActionItem[], label: string) => (
    <div className="table-wrap">
      <table className="data-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Action item</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Opportunity</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.text}</th>
              <td>{ownerName(item.ownerId)}</td>
              <td>{item.dueDate ? formatCalendarDay(item.dueDate) : '—'}</td>
              <td>
                <Link to={hrefs.actionItems(item.opportunityId)}>{opportunityName(item.opportunityId)}</Link>
              </td>
              <td>
                <button
                  type="button"
                  className="button"
                  aria-label={`Mark done: ${item.text}`}
                  onClick={() => void run(() => setStatus(item.id, 'done'))}
                >
                  Mark done
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  if (isEmpty)
    return (
      <EmptyState title="Nothing to follow up">
        <p>No action item is overdue or due in the next 7 days, and every held meeting has its outcome recorded.</p>
      </EmptyState>
    );

  return (
    <>
      <ErrorAlert message={error} />
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Overdue ({formatCount(followUps.overdue.length)})</h2>
        {followUps.overdue.length === 0 ? (
          <p className="muted">Nothing overdue.</p>
        ) : (
          itemTable(followUps.overdue, 'Overdue action items')
        )}
      </section>
      <section aria-labelledby="due-soon-heading">
        <h2 id="due-soon-heading">Due in the next 7 days ({formatCount(followUps.dueSoon.length)})</h2>
        {followUps.dueSoon.length === 0 ? (
          <p className="muted">Nothing due this week.</p>
        ) : (
          itemTable(followUps.dueSoon, 'Action items due in the next 7 days')
        )}
      </section>
      <section aria-labelledby="no-outcome-heading">
        <h2 id="no-outcome-heading">
          Held meetings with no outcome ({formatCount(followUps.heldWithoutOutcome.length)})
        </h2>
        {followUps.heldWithoutOutcome.length === 0 ? (
          <p className="muted">Every held meeting has its outcome.</p>
        ) : (
          <ul>
            {followUps.heldWithoutOutcome.map(({ contact, daysSinceHeld }) => (
              <li key={contact.id}>
                <Link to={hrefs.compareDebriefs(contact.opportunityId, contact.id)}>
                  {contact.stakeholderIds
                    .map((id) => stakeholders.find((person) => person.id === id)?.name ?? 'someone')
                    .join(', ') || 'A meeting'}
                </Link>{' '}
                — {opportunityName(contact.opportunityId)}, held {countLabel(daysSinceHeld, 'day')} ago: compare the
                debriefs and record the outcome.
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
};
