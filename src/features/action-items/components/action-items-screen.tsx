import { useCallback, useRef, useState } from 'react';
import type { ActionItem } from '../../../domain/action-item';
import { todayCalendarDay } from '../../../domain/calendar-day';
import { countLabel, formatCount } from '../../../domain/count-label';
import type { OpportunityId, TeamMemberId } from '../../../domain/ids';
import { useActionRunner } from '../../../hooks/use-action-runner';
import { ErrorAlert } from '../../../ui/error-alert';
import { useActionItemsOfOpportunity, useDeleteActionItem, useSetActionItemStatus } from '../api/use-action-items';
import {
  describeOwnerFilter,
  filterByOwner,
  isInOwnerScope,
  ownerFilterOptions,
  ownerScopeOf,
} from '../utils/owner-filter';
import { contactLabel, contactLink } from '../utils/contact-link';
import { sortActionItems } from '../utils/sort-action-items';
import { ActionItemEditDialog } from './action-item-edit-form';
import { ActionItemForm } from './action-item-form';
import { ActionItemTable } from './action-item-table';
import { OwnerFilterBar, useOwnerFilter } from './owner-filter-bar';
import { useItemFocus } from './use-item-focus';
import { useYou } from './who-you-are';

const noActionItems: ActionItem[] = [];

/**
 * Action items of one opportunity: add one; filter by owner (kept in the URL); open ones by due
 * date, overdue ones marked, then the done ones; each can be marked done, edited (text, owner, due
 * date) or deleted with Undo.
 */
export const ActionItemsScreen = ({ opportunityId }: { opportunityId: OpportunityId }) => {
  const data = useActionItemsOfOpportunity(opportunityId);
  const [filter, setFilter] = useOwnerFilter();
  const [editing, setEditing] = useState<ActionItem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { error, run } = useActionRunner();
  const listRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const teamMembers = data?.teamMembers ?? [];
  const allItems = data?.actionItems ?? noActionItems;
  const you = useYou(teamMembers);
  const scope = ownerScopeOf(filter, you?.id ?? null);
  const shown = sortActionItems(filterByOwner(allItems, scope));
  const { focusItem, focusAfterLeaving } = useItemFocus({
    containerRef: listRef,
    fallbackRef: statusRef,
    items: data?.actionItems,
    shownIds: new Set(shown.map((item) => item.id)),
  });
  const focusRestored = useCallback((item: ActionItem) => focusItem(item.id), [focusItem]);
  const deleteItem = useDeleteActionItem(focusRestored);
  const setStatus = useSetActionItemStatus(focusItem);

  if (data === undefined) return <p aria-busy="true">Loading action items…</p>;

  const { contacts, stakeholders } = data;
  const today = todayCalendarDay();
  const nameOf = (id: TeamMemberId) => teamMembers.find((person) => person.id === id)?.name ?? 'someone';
  const filterWords = describeOwnerFilter(filter, nameOf, you);
  const isFiltered = filter.kind !== 'everyone';

  /** Says so when an item the user just saved or added is not shown under the filter. */
  const noticeIfHidden = (item: ActionItem, verb: string) => {
    setNotice(
      isInOwnerScope(item.ownerId, scope)
        ? null
        : `${verb} “${item.text}”. It is ${item.ownerId ? `owned by ${nameOf(item.ownerId)}` : 'not owned by anyone yet'}, so this list, filtered by owner, does not show it.`,
    );
  };

  const handleEdited = (saved: ActionItem | null) => {
    setEditing(null);
    if (saved === null) return;
    noticeIfHidden(saved, 'Saved');
    focusItem(saved.id, saved.updatedAt);
  };

  const handleDelete = (item: ActionItem) => {
    setNotice(null);
    focusAfterLeaving(
      item.id,
      shown.map((candidate) => candidate.id),
    );
    void run(() => deleteItem(item.id));
  };

  return (
    <>
      <ActionItemForm
        opportunityId={opportunityId}
        teamMembers={teamMembers}
        contacts={contacts.map((contact) => ({ contact, label: contactLabel(contact, stakeholders) }))}
        onCreated={(item) => noticeIfHidden(item, 'Added')}
      />
      <ErrorAlert message={error} />
      <div ref={listRef}>
        {allItems.length === 0 ? null : (
          <OwnerFilterBar
            label="Filter action items"
            filter={filter}
            options={ownerFilterOptions(
              allItems.map((item) => item.ownerId),
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
        )}
        <p role="status" className="list-status" tabIndex={-1} ref={statusRef}>
          {allItems.length === 0
            ? 'No action items yet. They come from meeting outcomes, or add one above.'
            : scope.kind === 'who-are-you'
              ? 'Mine shows the action items you own: choose who you are under “You are”.'
              : isFiltered
                ? `${formatCount(shown.length)} of ${countLabel(allItems.length, 'action item')}, ${filterWords}.`
                : `${countLabel(allItems.length, 'action item')}.`}
          {notice ? ` ${notice}` : null}
        </p>
        {allItems.length === 0 || scope.kind === 'who-are-you' ? null : shown.length === 0 ? (
          <p>
            No action items {filterWords}.{' '}
            <button type="button" className="link-button" onClick={() => setFilter({ kind: 'everyone' })}>
              Show everyone’s
            </button>
          </p>
        ) : (
          <ActionItemTable
            label="Action items"
            items={shown}
            today={today}
            showStatus
            ownerName={(item) => (item.ownerId === null ? null : nameOf(item.ownerId))}
            source={(item) =>
              contactLink(
                contacts.find((contact) => contact.id === item.contactId),
                stakeholders,
              )
            }
            onSetStatus={(item, status) => void run(() => setStatus(item.id, status))}
            onEdit={(item) => {
              setNotice(null);
              setEditing(item);
            }}
            onDelete={handleDelete}
          />
        )}
      </div>
      <ActionItemEditDialog item={editing} teamMembers={teamMembers} onDone={handleEdited} />
    </>
  );
};
