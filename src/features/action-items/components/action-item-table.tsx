import { Link } from 'react-router';
import { actionItemStatusLabels, type ActionItem, type ActionItemStatus } from '../../../domain/action-item';
import { daysBetween, type CalendarDay } from '../../../domain/calendar-day';
import { countLabel } from '../../../domain/count-label';
import { formatCalendarDay } from '../../../lib/dates';
import type { CellLink } from '../utils/contact-link';

type ActionItemTableProps = {
  /** The table's accessible name: "Action items", "Overdue action items". */
  label: string;
  items: readonly ActionItem[];
  today: CalendarDay;
  ownerName: (item: ActionItem) => string | null;
  /** The meeting the item came from. */
  source: (item: ActionItem) => CellLink | null;
  /** Across pursuits (Follow-ups): the item's opportunity. */
  opportunity?: ((item: ActionItem) => CellLink) | undefined;
  showStatus?: boolean;
  onSetStatus: (item: ActionItem, status: ActionItemStatus) => void;
  onEdit: (item: ActionItem) => void;
  onDelete: (item: ActionItem) => void;
};

const DueDate = ({ item, today }: { item: ActionItem; today: CalendarDay }) => {
  if (item.dueDate === null) return <span className="muted">No due date</span>;
  const daysLate = item.status === 'done' ? 0 : daysBetween(item.dueDate, today);
  return (
    <>
      <span className="due-day">{formatCalendarDay(item.dueDate)}</span>{' '}
      {daysLate > 0 ? <span className="badge badge-danger">Overdue by {countLabel(daysLate, 'day')}</span> : null}
      {daysLate === 0 && item.status !== 'done' ? <span className="badge badge-warning">Due today</span> : null}
    </>
  );
};

/** Under the item's text: the meeting it came from, when it came from one. */
const SourceLine = ({ link }: { link: CellLink | null }) =>
  link === null ? null : (
    <span className="item-source">
      From contact: {link.href === null ? link.label : <Link to={link.href}>{link.label}</Link>}
    </span>
  );

const CellLinkView = ({ link }: { link: CellLink }) =>
  link.href === null ? <>{link.label}</> : <Link to={link.href}>{link.label}</Link>;

/**
 * Action items as rows: what (and the contact it came from), who, when (overdue ones say by how
 * long); on each row Mark done (or Reopen), Edit and Delete, named with the item's text for
 * screen readers. Each Edit button carries `data-focus-item`: focus returns there after a save
 * or an Undo.
 */
export const ActionItemTable = ({
  label,
  items,
  today,
  ownerName,
  source,
  opportunity,
  showStatus = false,
  onSetStatus,
  onEdit,
  onDelete,
}: ActionItemTableProps) => (
  <div className="table-wrap">
    <table className="data-table action-item-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Action item</th>
          <th scope="col" className="col-owner">
            Owner
          </th>
          <th scope="col" className="col-due">
            Due
          </th>
          {showStatus ? (
            <th scope="col" className="col-status">
              Status
            </th>
          ) : null}
          {opportunity ? (
            <th scope="col" className="col-opportunity">
              Opportunity
            </th>
          ) : null}
          <th scope="col" className="col-actions">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const owner = ownerName(item);
          const isOverdue = item.status !== 'done' && item.dueDate !== null && item.dueDate < today;
          const rowClass = isOverdue ? 'row-overdue' : item.status === 'done' ? 'row-done' : undefined;
          return (
            <tr key={item.id} className={rowClass}>
              <th scope="row">
                {item.text}
                <SourceLine link={source(item)} />
              </th>
              <td>{owner ?? <span className="muted">No owner yet</span>}</td>
              <td>
                <DueDate item={item} today={today} />
              </td>
              {showStatus ? <td>{actionItemStatusLabels[item.status]}</td> : null}
              {opportunity ? (
                <td>
                  <CellLinkView link={opportunity(item)} />
                </td>
              ) : null}
              <td>
                <div className="button-row row-actions">
                  {item.status === 'done' ? (
                    <button
                      type="button"
                      className="button"
                      aria-label={`Reopen: ${item.text}`}
                      onClick={() => onSetStatus(item, 'open')}
                    >
                      Reopen
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button"
                      aria-label={`Mark done: ${item.text}`}
                      onClick={() => onSetStatus(item, 'done')}
                    >
                      Mark done
                    </button>
                  )}
                  <button
                    type="button"
                    className="button"
                    aria-label={`Edit: ${item.text}`}
                    data-focus-item={item.id}
                    onClick={() => onEdit(item)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button button-danger"
                    aria-label={`Delete: ${item.text}`}
                    onClick={() => onDelete(item)}
                  >
                    Delete
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  </div>
);
