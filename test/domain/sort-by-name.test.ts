import { expect, test } from 'vitest';
import { sortByName } from '../../src/domain/sort-by-name';

test('by name, ignoring case, numbers in number order, equal names kept in their order', () => {
  const people = [
    { id: '1', name: 'sue Kemp' },
    { id: '2', name: 'Bill Kahn' },
    { id: '3', name: 'Lab 10' },
    { id: '4', name: 'bill Kahn' },
    { id: '5', name: 'Lab 2' },
    { id: '6', name: 'Ángela Ruiz' },
    { id: '7', name: 'Rick Yen' },
  ];
  expect(sortByName(people).map((person) => person.id)).toEqual(['6', '2', '4', '5', '3', '7', '1']);
  expect(people[0]?.name).toBe('sue Kemp'); // the input is not changed
});
