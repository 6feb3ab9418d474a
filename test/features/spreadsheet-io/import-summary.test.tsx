import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, test, vi } from 'vitest';
import type { ImportReceipt } from '../../../src/data/import-contacts';
import { ImportSummary } from '../../../src/features/spreadsheet-io/components/import-summary';

const ids = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) => `${prefix}-${String(index)}`);

const receipt = (contacts: number, stakeholders: number, teamMembers: number): ImportReceipt => ({
  created: {
    opportunities: ids(1, 'opportunity'),
    organizations: [],
    stakeholders: ids(stakeholders, 'stakeholder'),
    teamMembers: ids(teamMembers, 'team-member'),
    contacts: ids(contacts, 'contact'),
  },
  changed: { stakeholders: [], teamMembers: [] },
  matched: { opportunities: 0, stakeholders: 1200, teamMembers: 1, organizations: 0 },
  opportunityIds: ids(1, 'opportunity'),
  writtenAt: '2026-12-03T10:00:00.000Z',
  finishedAt: '2026-12-03T10:00:01.000Z',
});

test('the import summary counts in words: one of a kind is singular, thousands are separated', () => {
  render(
    <MemoryRouter>
      <ImportSummary receipt={receipt(2000, 1, 0)} leftOut={1} onAnotherFile={vi.fn()} />
    </MemoryRouter>,
  );
  const lines = screen.getAllByRole('listitem').map((item) => item.textContent.replace(/\s+/g, ' ').trim());
  expect(lines).toEqual([
    '2,000 contacts created',
    '1 stakeholder created, 1,200 matched to known ones',
    '0 team members created, 1 matched',
    '0 organizations created, 0 matched',
    '1 opportunity created, 0 matched',
    '1 contact left out',
  ]);
});
