import { describe, expect, test } from 'vitest';
import type { TeamMemberId } from '../../../src/domain/ids';
import {
  describeOwnerFilter,
  filterByOwner,
  isContactInOwnerScope,
  ownerFilterOptions,
  ownerScopeOf,
  readOwnerFilter,
  writeOwnerFilter,
  type OwnerFilter,
} from '../../../src/features/action-items/utils/owner-filter';
import { sortActionItems } from '../../../src/features/action-items/utils/sort-action-items';

const bill = '0b6f6c0e-8a57-4c1b-9d3e-2f4a1b6c7d81' as TeamMemberId;
const sue = '1c7a7d1f-9b68-4d2c-8e4f-3a5b2c7d8e92' as TeamMemberId;
const rick = '2d8b8e2a-ac79-4e3d-9f5a-4b6c3d8e9fa3' as TeamMemberId;
const people = [
  { id: sue, name: 'Sue Kemp' },
  { id: bill, name: 'Bill Kahn' },
  { id: rick, name: 'Rick Yen' },
];

const items = [
  { text: 'Thank-you letter', ownerId: bill },
  { text: 'Strategy briefing', ownerId: sue },
  { text: 'Book the lab', ownerId: null },
  { text: 'Send the KPI paper', ownerId: bill },
];
const texts = (list: readonly { text: string }[]) => list.map((item) => item.text);

describe('the owner filter in the URL', () => {
  test('reads mine, nobody, a person, and everyone when absent', () => {
    expect(readOwnerFilter(new URLSearchParams('owner=mine'))).toEqual({ kind: 'mine' });
    expect(readOwnerFilter(new URLSearchParams('owner=none'))).toEqual({ kind: 'nobody' });
    expect(readOwnerFilter(new URLSearchParams(`owner=${sue}`))).toEqual({ kind: 'person', personId: sue });
    expect(readOwnerFilter(new URLSearchParams(''))).toEqual({ kind: 'everyone' });
  });

  test('a value that is no id (a typo, an old link) shows everyone rather than an empty list', () => {
    expect(readOwnerFilter(new URLSearchParams('owner=sue'))).toEqual({ kind: 'everyone' });
    expect(readOwnerFilter(new URLSearchParams('owner='))).toEqual({ kind: 'everyone' });
  });

  test('writing keeps the other parameters; everyone leaves no parameter behind', () => {
    const params = new URLSearchParams('owner=mine&tab=open');
    expect(writeOwnerFilter(params, { kind: 'person', personId: bill }).toString()).toBe(`owner=${bill}&tab=open`);
    expect(writeOwnerFilter(params, { kind: 'nobody' }).toString()).toBe('owner=none&tab=open');
    expect(writeOwnerFilter(params, { kind: 'everyone' }).toString()).toBe('tab=open');
    // The query it was given is not changed.
    expect(params.toString()).toBe('owner=mine&tab=open');
  });

  test('what is written reads back as the same filter', () => {
    const filters: OwnerFilter[] = [
      { kind: 'everyone' },
      { kind: 'mine' },
      { kind: 'nobody' },
      { kind: 'person', personId: rick },
    ];
    for (const filter of filters)
      expect(readOwnerFilter(writeOwnerFilter(new URLSearchParams(), filter))).toEqual(filter);
  });
});

describe('filtering by owner', () => {
  test('everyone shows every item', () => {
    expect(texts(filterByOwner(items, ownerScopeOf({ kind: 'everyone' }, null)))).toEqual(texts(items));
  });

  test('mine shows the items of the person this browser says it is, and only theirs', () => {
    expect(texts(filterByOwner(items, ownerScopeOf({ kind: 'mine' }, bill)))).toEqual([
      'Thank-you letter',
      'Send the KPI paper',
    ]);
    expect(texts(filterByOwner(items, ownerScopeOf({ kind: 'mine' }, sue)))).toEqual(['Strategy briefing']);
  });

  test('mine, while the browser does not know who you are, asks who you are and shows nothing', () => {
    const scope = ownerScopeOf({ kind: 'mine' }, null);
    expect(scope).toEqual({ kind: 'who-are-you' });
    expect(filterByOwner(items, scope)).toEqual([]);
  });

  test('a named owner shows theirs; No owner yet shows the unowned ones', () => {
    expect(texts(filterByOwner(items, ownerScopeOf({ kind: 'person', personId: sue }, bill)))).toEqual([
      'Strategy briefing',
    ]);
    expect(texts(filterByOwner(items, ownerScopeOf({ kind: 'nobody' }, bill)))).toEqual(['Book the lab']);
    expect(filterByOwner(items, ownerScopeOf({ kind: 'person', personId: rick }, null))).toEqual([]);
  });

  test('a held meeting is a follow-up of its owner and of each of our attendees', () => {
    const meeting = { ownerId: sue, attendeeIds: [bill, sue] };
    expect(isContactInOwnerScope(meeting, ownerScopeOf({ kind: 'person', personId: bill }, null))).toBe(true);
    expect(isContactInOwnerScope(meeting, ownerScopeOf({ kind: 'mine' }, sue))).toBe(true);
    expect(isContactInOwnerScope(meeting, ownerScopeOf({ kind: 'person', personId: rick }, null))).toBe(false);
    expect(isContactInOwnerScope(meeting, ownerScopeOf({ kind: 'nobody' }, null))).toBe(false);
    expect(isContactInOwnerScope({ ownerId: null, attendeeIds: [rick] }, ownerScopeOf({ kind: 'nobody' }, null))).toBe(
      true,
    );
    expect(isContactInOwnerScope(meeting, ownerScopeOf({ kind: 'mine' }, null))).toBe(false);
    expect(isContactInOwnerScope(meeting, ownerScopeOf({ kind: 'everyone' }, null))).toBe(true);
  });
});

describe('the choices of the owner filter', () => {
  const labels = (filter: OwnerFilter, you: (typeof people)[number] | null, ownerIds = items.map((i) => i.ownerId)) =>
    ownerFilterOptions(ownerIds, people, filter, you).map((option) => option.label);

  test('Everyone, Mine, each owner of an item by name (once, sorted), and No owner yet', () => {
    expect(labels({ kind: 'everyone' }, null)).toEqual([
      'Everyone',
      'Mine (choose who you are)',
      'Bill Kahn',
      'Sue Kemp',
      'No owner yet',
    ]);
  });

  test('Mine names you once the browser knows who you are', () => {
    expect(labels({ kind: 'everyone' }, { id: sue, name: 'Sue Kemp' })[1]).toBe('Mine (Sue Kemp)');
  });

  test('a person chosen by a link who owns nothing here stays a choice, so the select shows the filter', () => {
    expect(labels({ kind: 'person', personId: rick }, null)).toContain('Rick Yen');
    const stranger = '3e9c9f3b-bd8a-4f4e-8a6b-5c7d4e9fab04' as TeamMemberId;
    const options = ownerFilterOptions([], people, { kind: 'person', personId: stranger }, null);
    expect(options.find((option) => option.value === stranger)?.label).toBe('Someone no longer on the team');
  });

  test('values are what the URL holds', () => {
    expect(ownerFilterOptions([sue], people, { kind: 'everyone' }, null).map((option) => option.value)).toEqual([
      '',
      'mine',
      sue,
      'none',
    ]);
  });

  test('the filter in words', () => {
    const nameOf = (id: TeamMemberId) => people.find((person) => person.id === id)?.name ?? 'someone';
    expect(describeOwnerFilter({ kind: 'everyone' }, nameOf, null)).toBe('');
    expect(describeOwnerFilter({ kind: 'mine' }, nameOf, { id: bill, name: 'Bill Kahn' })).toBe(
      'owned by you (Bill Kahn)',
    );
    expect(describeOwnerFilter({ kind: 'nobody' }, nameOf, null)).toBe('with no owner yet');
    expect(describeOwnerFilter({ kind: 'person', personId: sue }, nameOf, null)).toBe('owned by Sue Kemp');
  });
});

test('action items are listed open first, soonest due first, undated after them, done last', () => {
  const sorted = sortActionItems([
    { text: 'Done early', status: 'done', dueDate: '2026-01-01' },
    { text: 'No date', status: 'open', dueDate: null },
    { text: 'Later', status: 'in-progress', dueDate: '2026-03-10' },
    { text: 'Overdue', status: 'open', dueDate: '2026-02-01' },
    { text: 'Also later', status: 'open', dueDate: '2026-03-10' },
  ]);
  expect(texts(sorted)).toEqual(['Overdue', 'Also later', 'Later', 'No date', 'Done early']);
});
