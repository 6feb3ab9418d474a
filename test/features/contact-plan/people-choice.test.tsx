import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { PeopleChoice } from '../../../src/features/contact-plan/components/people-choice';

test('the people to tick are listed by name, whatever order they come in', () => {
  render(
    <PeopleChoice
      legend="Who — customer people"
      people={[
        { id: 'smith', name: 'Ms. Smith', title: 'Tech Lead' },
        { id: 'lee', name: 'pat Lee', title: 'Contracting Officer' },
        { id: 'jones', name: 'General Jones', title: 'PEO' },
      ]}
      selectedIds={['lee']}
      onChange={vi.fn()}
      emptyText="Nobody yet"
    />,
  );
  expect(screen.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
    'General Jones — PEO',
    'Ms. Smith — Tech Lead',
    'pat Lee — Contracting Officer',
  ]);
  expect(screen.getByRole('checkbox', { name: /pat Lee/ })).toBeChecked();
});
