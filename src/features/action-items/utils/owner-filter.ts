import { parseTeamMemberId, type TeamMemberId } from '../../../domain/ids';
import { sortByName } from '../../../domain/sort-by-name';

/**
 * Whose action items a list shows: everyone's, mine (the person this browser says it is, the same
 * choice as "Writing as"), one person's, or those nobody owns yet. It is kept in the URL
 * (`?owner=mine`, `?owner=<team member id>`, `?owner=none`) so a filtered list survives a reload
 * and can be sent to a colleague; a link saying "mine" shows the reader's own items.
 */
export type OwnerFilter =
  { kind: 'everyone' } | { kind: 'mine' } | { kind: 'nobody' } | { kind: 'person'; personId: TeamMemberId };

export const ownerParam = 'owner';

/** The filter as one string: the URL's value and the select's. Everyone is the empty string (no parameter). */
export const ownerFilterValue = (filter: OwnerFilter): string => {
  switch (filter.kind) {
    case 'everyone':
      return '';
    case 'mine':
      return 'mine';
    case 'nobody':
      return 'none';
    case 'person':
      return filter.personId;
  }
};

/** Anything the URL may hold: an unknown or malformed value is everyone, never an empty list. */
export const ownerFilterFromValue = (value: string | null): OwnerFilter => {
  if (value === 'mine') return { kind: 'mine' };
  if (value === 'none') return { kind: 'nobody' };
  const personId = parseTeamMemberId(value);
  return personId === null ? { kind: 'everyone' } : { kind: 'person', personId };
};

export const readOwnerFilter = (params: URLSearchParams): OwnerFilter => ownerFilterFromValue(params.get(ownerParam));

/** The query with the filter set, every other parameter kept. */
export const writeOwnerFilter = (params: URLSearchParams, filter: OwnerFilter): URLSearchParams => {
  const next = new URLSearchParams(params);
  const value = ownerFilterValue(filter);
  if (value === '') next.delete(ownerParam);
  else next.set(ownerParam, value);
  return next;
};

/**
 * Whose items to show, once "mine" is known: one owner (null for "no owner yet"), everyone — or
 * nobody yet, because the filter says "mine" and this browser does not know who you are.
 */
export type OwnerScope =
  { kind: 'everyone' } | { kind: 'owner'; ownerId: TeamMemberId | null } | { kind: 'who-are-you' };

export const ownerScopeOf = (filter: OwnerFilter, youId: TeamMemberId | null): OwnerScope => {
  switch (filter.kind) {
    case 'everyone':
      return { kind: 'everyone' };
    case 'mine':
      return youId === null ? { kind: 'who-are-you' } : { kind: 'owner', ownerId: youId };
    case 'nobody':
      return { kind: 'owner', ownerId: null };
    case 'person':
      return { kind: 'owner', ownerId: filter.personId };
  }
};

/** True when an item with this owner belongs in the scope; nothing does while we wait to learn who you are. */
export const isInOwnerScope = (ownerId: TeamMemberId | null, scope: OwnerScope): boolean =>
  scope.kind === 'everyone' || (scope.kind === 'owner' && scope.ownerId === ownerId);

export const filterByOwner = <Item extends { ownerId: TeamMemberId | null }>(
  items: readonly Item[],
  scope: OwnerScope,
): Item[] => items.filter((item) => isInOwnerScope(item.ownerId, scope));

/**
 * A held meeting waiting for its outcome is a follow-up of its owner and of our attendees (each
 * owes a debrief); under "No owner yet", of nobody when it has no owner.
 */
export const isContactInOwnerScope = (
  contact: { ownerId: TeamMemberId | null; attendeeIds: readonly TeamMemberId[] },
  scope: OwnerScope,
): boolean => {
  if (scope.kind !== 'owner') return scope.kind === 'everyone';
  if (scope.ownerId === null) return contact.ownerId === null;
  return contact.ownerId === scope.ownerId || contact.attendeeIds.includes(scope.ownerId);
};

type Person = { id: TeamMemberId; name: string };

export type OwnerOption = { value: string; label: string };

/**
 * The choices of the owner filter: Everyone, Mine (naming you when known), each person who owns
 * something on the screen by name, and No owner yet. A person picked by a shared link who owns
 * nothing here (any longer) stays listed, so the select always shows what the list is filtered by.
 */
export const ownerFilterOptions = (
  ownerIds: Iterable<TeamMemberId | null>,
  people: readonly Person[],
  filter: OwnerFilter,
  you: Person | null,
): OwnerOption[] => {
  const wanted = new Set<string>();
  for (const id of ownerIds) if (id !== null) wanted.add(id);
  if (filter.kind === 'person') wanted.add(filter.personId);
  const named = sortByName(people.filter((person) => wanted.has(person.id)));
  const unknown = [...wanted].filter((id) => !people.some((person) => person.id === id));
  return [
    { value: '', label: 'Everyone' },
    { value: 'mine', label: you ? `Mine (${you.name})` : 'Mine (choose who you are)' },
    ...named.map((person) => ({ value: person.id, label: person.name })),
    ...unknown.map((id) => ({ value: id, label: 'Someone no longer on the team' })),
    { value: 'none', label: 'No owner yet' },
  ];
};

/** The filter in words, to finish "Showing 1 of 3 action items …" or "No action items …"; empty for everyone. */
export const describeOwnerFilter = (
  filter: OwnerFilter,
  nameOf: (id: TeamMemberId) => string,
  you: Person | null,
): string => {
  switch (filter.kind) {
    case 'everyone':
      return '';
    case 'mine':
      return you ? `owned by you (${you.name})` : 'owned by you';
    case 'nobody':
      return 'with no owner yet';
    case 'person':
      return `owned by ${nameOf(filter.personId)}`;
  }
};
