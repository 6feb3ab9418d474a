import { useCallback, useRef, useState } from 'react';
import { Link } from 'react-router';
import { hrefs } from '../../../config/routes';
import type { ActionItem } from '../../../domain/action-item';
import { addDays, todayCalendarDay } from '../../../domain/calendar-day';
import { countLabel, formatCount } from '../../../domain/count-label';
import type { TeamMemberId } from '../../../domain/ids';
import { DUE_SOON_DAYS } from '../../../domain/rules/follow-up';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { formatCalendarDay } from '../../../lib/dates';
import { EmptyState } from '../../../ui/empty-state';
import { ErrorAlert } from '../../../ui/error-alert';
import { useDeleteActionItem, useFollowUps, useSetActionItemStatus } from '../api/use-action-items';
import { contactLink } from '../utils/contact-link';
import {
  describeOwnerFilter,
  filterByOwner,
  isContactInOwnerScope,
  isInOwnerScope,
  ownerFilterOptions,
  ownerScopeOf,
  writeOwnerFilter,
} from '../utils/owner-filter';
import { ActionItemEditDialog } from './action-item-edit-form';
import { ActionItemTable } from './action-item-table';
import { OwnerFilterBar, useOwnerFilter } from './owner-filter-bar';
import { useItemFocus } from './use-item-focus';
import { useYou } from './who-you-are';

/**
 * Follow-ups across every pursuit: overdue action items first, then those due in the next 7 days,
 * then held meetings still without an outcome. Filtered by owner (kept in the URL): an item by its
 * owner, a meeting by its owner and our attendees. Items are edited, reassigned, marked done or
 * deleted (with Undo) here, as on their opportunity's Action items.
 */
export const FollowUpsScreen = () => {
  const data = useFollowUps();
  const [filter, setFilter] = useOwnerFilter();
  const [editing, setEditing] = useState<ActionItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { error, run } = useActionRunner();
  const pageRef = useRef<HTMLDivElement>(null);
  // The list's status line, or the empty state once nothing is left: where focus falls back to.
  const statusRef = useRef<HTMLElement>(null);
  const setStatusElement = useCallback((element: HTMLElement | null) => {
    statusRef.current = element;
  }, []);

  const teamMembers = data?.teamMembers ?? [];
  const you = useYou(teamMembers);
  const scope = ownerScopeOf(filter, you?.id ?? null);
  const overdue = filterByOwner(data?.followUps.overdue ?? [], scope);
  const dueSoon = filterByOwner(data?.followUps.dueSoon ?? [], scope);
  const shownOrder = [...overdue, ...dueSoon].map((item) => item.id);
  const { focusItem, focusAfterLeaving } = useItemFocus({
    containerRef: pageRef,
    fallbackRef: statusRef,
    items: data?.openActionItems,
    shownIds: new Set(shownOrder),
  });
  const focusRestored = useCallback((item: ActionItem) => focusItem(item.id), [focusItem]);
  const deleteItem = useDeleteActionItem(focusRestored);
  const setStatus = useSetActionItemStatus(focusItem);

  if (data === undefined) return <p aria-busy="true">Loading follow-ups…</p>;

  const { followUps, opportunities, contacts, stakeholders } = data;
  const today = todayCalendarDay();
  const nameOf = (id: TeamMemberId) => teamMembers.find((person) => person.id === id)?.name ?? 'someone';
  const filterWords = describeOwnerFilter(filter, nameOf, you);
  const meetings = followUps.heldWithoutOutcome.filter(({ contact }) => isContactInOwnerScope(contact, scope));
  const itemCount = followUps.overdue.length + followUps.dueSoon.length;
  const opportunityName = (id: string) =>
    opportunities.find((opportunity) => opportunity.id === id)?.name ?? 'Unknown opportunity';
  const filterQuery = writeOwnerFilter(new URLSearchParams(), filter).toString();

  if (itemCount + followUps.heldWithoutOutcome.length === 0)
    return (
      // Focus lands here when the last follow-up is deleted or done.
      <div tabIndex={-1} ref={setStatusElement} className="focus-target">
        <ErrorAlert message={error} />
        <EmptyState title="Nothing to follow up">
          <p>No action item is overdue or due in the next 7 days, and every held meeting has its outcome recorded.</p>
        </EmptyState>
      </div>
    );

  /** Says so when an item just saved leaves this list: another owner under the filter, or due later. */
  const noticeIfGone = (saved: ActionItem) => {
    const lastSoonDay = addDays(today, DUE_SOON_DAYS);
    if (!isInOwnerScope(saved.ownerId, scope))
      setNotice(
        `Saved “${saved.text}”. It is ${saved.ownerId ? `owned by ${nameOf(saved.ownerId)}` : 'not owned by anyone yet'}, so this list, filtered by owner, does not show it.`,
      );
    else if (saved.dueDate === null || saved.dueDate > lastSoonDay)
      setNotice(
        `Saved “${saved.text}”. It is ${saved.dueDate ? `due ${formatCalendarDay(saved.dueDate)}, after the next ${countLabel(DUE_SOON_DAYS, 'day')}` : 'without a due date'}, so Follow-ups no longer lists it; it stays on its opportunity’s Action items.`,
      );
    else setNotice(null);
  };

  const itemTable = (items: ActionItem[], label: string) => (
    <ActionItemTable
      label={label}
      items={items}
      today={today}
      ownerName={(item) => (item.ownerId === null ? null : nameOf(item.ownerId))}
      opportunity={(item) => ({
        label: opportunityName(item.opportunityId),
        href: `${hrefs.actionItems(item.opportunityId)}${filterQuery ? `?${filterQuery}` : ''}`,
      })}
      source={(item) =>
        contactLink(
          contacts.find((contact) => contact.id === item.contactId),
          stakeholders,
        )
      }
      onSetStatus={(item, status) => {
        setNotice(null);
        focusAfterLeaving(item.id, shownOrder);
        void run(() => setStatus(item.id, status));
      }}
      onEdit={(item) => {
        setNotice(null);
        setEditing(item);
      }}
      onDelete={(item) => {
        setNotice(null);
        focusAfterLeaving(item.id, shownOrder);
        void run(() => deleteItem(item.id));
      }}
    />
  );

  const meetingWords =
    scope.kind === 'owner' && scope.ownerId !== null
      ? filter.kind === 'mine'
        ? 'that you attended or own'
        : `that ${nameOf(scope.ownerId)} attended or owns`
      : filterWords;
  const summary =
    scope.kind === 'who-are-you'
      ? 'Mine shows the follow-ups that are yours: choose who you are under “You are”.'
      : filter.kind === 'everyone'
        ? `${countLabel(itemCount, 'action item')} overdue or due soon; ${countLabel(meetings.length, 'held meeting')} without an outcome.`
        : `${formatCount(overdue.length + dueSoon.length)} of ${countLabel(itemCount, 'action item')} overdue or due soon, ${filterWords}; ${formatCount(meetings.length)} of ${countLabel(followUps.heldWithoutOutcome.length, 'held meeting')} without an outcome, ${meetingWords}.`;

  return (
    <div ref={pageRef}>
      <ErrorAlert message={error} />
      <OwnerFilterBar
        label="Filter follow-ups"
        filter={filter}
        options={ownerFilterOptions(
          [...followUps.overdue, ...followUps.dueSoon].map((item) => item.ownerId),
          teamMembers,
          filter,
          you,
        )}
        people={teamMembers}
        onChange={(next) => {
          setNotice(null);
          setFilter(next);
        }}
      />
      <p role="status" className="list-status" tabIndex={-1} ref={setStatusElement}>
        {summary}
        {notice ? ` ${notice}` : null}
      </p>
      {scope.kind === 'who-are-you' ? null : (
        <>
          <section aria-labelledby="overdue-heading">
            <h2 id="overdue-heading">Overdue ({formatCount(overdue.length)})</h2>
            {overdue.length === 0 ? (
              <p className="muted">Nothing overdue{filterWords ? ` ${filterWords}` : ''}.</p>
            ) : (
              itemTable(overdue, 'Overdue action items')
            )}
          </section>
          <section aria-labelledby="due-soon-heading">
            <h2 id="due-soon-heading">Due in the next 7 days ({formatCount(dueSoon.length)})</h2>
            {dueSoon.length === 0 ? (
              <p className="muted">Nothing due this week{filterWords ? ` ${filterWords}` : ''}.</p>
            ) : (
              itemTable(dueSoon, 'Action items due in the next 7 days')
            )}
          </section>
          <section aria-labelledby="no-outcome-heading">
            <h2 id="no-outcome-heading">Held meetings with no outcome ({formatCount(meetings.length)})</h2>
            {meetings.length === 0 ? (
              <p className="muted">Every held meeting{meetingWords ? ` ${meetingWords}` : ''} has its outcome.</p>
            ) : (
              <ul>
                {meetings.map(({ contact, daysSinceHeld }) => (
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
      )}
      <ActionItemEditDialog
        item={editing}
        teamMembers={teamMembers.filter(
          (person) =>
            editing !== null &&
            (person.opportunityIds.includes(editing.opportunityId) || person.id === editing.ownerId),
        )}
        onDone={(saved) => {
          setEditing(null);
          if (saved === null) return;
          noticeIfGone(saved);
          focusItem(saved.id, saved.updatedAt);
        }}
      />
    </div>
  );
};
