import type { ContactStatus } from '../../../domain/contact';
import type { CustomerLevel } from '../../../domain/customer-level';
import type { ContactRow } from './contact-rows';

export type ContactSortKey = 'when' | 'who' | 'status' | 'where';

export type ContactFilters = {
  text: string;
  status: ContactStatus | '';
  stakeholderId: string;
  attendeeId: string;
  level: CustomerLevel | '';
  from: string;
  to: string;
  sort: ContactSortKey;
  direction: 'ascending' | 'descending';
};

export const emptyContactFilters: ContactFilters = {
  text: '',
  status: '',
  stakeholderId: '',
  attendeeId: '',
  level: '',
  from: '',
  to: '',
  sort: 'when',
  direction: 'ascending',
};

export const hasActiveFilters = (filters: ContactFilters) =>
  filters.text !== '' ||
  filters.status !== '' ||
  filters.stakeholderId !== '' ||
  filters.attendeeId !== '' ||
  filters.level !== '' ||
  filters.from !== '' ||
  filters.to !== '';

const statusOrder: Record<ContactStatus, number> = { planned: 0, held: 1, cancelled: 2 };

/** Sorts once (the expensive part when 10,000 rows are read); filtering then keeps that order. */
export const sortContactRows = (
  rows: readonly ContactRow[],
  sort: ContactSortKey,
  direction: ContactFilters['direction'],
): ContactRow[] => {
  const key = (row: ContactRow): string => {
    const { contact } = row;
    const when = `${contact.date ?? '9999-99-99'}${contact.startTime ?? ''}`;
    switch (sort) {
      case 'when':
        return when;
      case 'who':
        return `${row.who.toLowerCase()}\u0000${when}`;
      case 'status':
        return `${String(statusOrder[contact.status])}${when}`;
      case 'where':
        return `${contact.location.toLowerCase()}\u0000${when}`;
    }
  };
  const keyed = rows.map((row) => [key(row), row] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const sorted = keyed.map(([, row]) => row);
  return direction === 'ascending' ? sorted : sorted.reverse();
};

export const filterContactRows = (rows: readonly ContactRow[], filters: ContactFilters): readonly ContactRow[] => {
  if (!hasActiveFilters(filters)) return rows;
  const words = filters.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(({ contact, customerLevels, searchText }) => {
    if (filters.status && contact.status !== filters.status) return false;
    if (filters.stakeholderId && !contact.stakeholderIds.some((id) => id === filters.stakeholderId)) return false;
    if (filters.attendeeId && !contact.attendeeIds.some((id) => id === filters.attendeeId)) return false;
    if (filters.level && !customerLevels.includes(filters.level)) return false;
    if (filters.from && (contact.date === null || contact.date < filters.from)) return false;
    if (filters.to && (contact.date === null || contact.date > filters.to)) return false;
    return words.every((word) => searchText.includes(word));
  });
};
