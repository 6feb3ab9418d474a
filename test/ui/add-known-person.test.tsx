import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { AddKnownPerson } from '../../src/ui/add-known-person';

test('someone already known is chosen from a list sorted by name', () => {
  render(
    <AddKnownPerson
      label="Someone already known"
      buttonLabel="Add"
      people={[
        { id: 'yen', name: 'Rick Yen', title: '' },
        { id: 'doe', name: 'jane Doe', title: 'Lead Architect' },
        { id: 'kahn', name: 'Bill Kahn', title: 'VP' },
      ]}
      onAdd={vi.fn(() => Promise.resolve())}
    />,
  );
  expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
    'Choose a person…',
    'Bill Kahn — VP',
    'jane Doe — Lead Architect',
    'Rick Yen',
  ]);
});
