import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, test } from 'vitest';
import { actionItemsRepository } from '../../../src/data/repositories/action-items-repository';
import { teamMembersRepository } from '../../../src/data/repositories/team-members-repository';
import type { OpportunityId, TeamMemberId } from '../../../src/domain/ids';
import { ActionItemsScreen } from '../../../src/features/action-items/components/action-items-screen';
import { useSettingsStore } from '../../../src/stores/settings-store';

const opportunityId = '5a1e0c2d-3b4f-4a6e-8c7d-9e0f1a2b3c4d' as OpportunityId;

const addPerson = (name: string) =>
  teamMembersRepository.createTeamMember(opportunityId, {
    name,
    title: '',
    company: 'Our Company',
    kind: 'employee',
    counterpartLevel: null,
    email: '',
    phone: '',
  });

const addItem = (text: string, ownerId: TeamMemberId | null, dueDate: string | null) =>
  actionItemsRepository.createActionItem({
    opportunityId,
    text,
    ownerId,
    dueDate,
    status: 'open',
    contactId: null,
    outcomeId: null,
    completedAt: null,
  });

const renderScreen = (search = '') => {
  const path = '/opportunities/o/action-items';
  const router = createMemoryRouter([{ path, element: <ActionItemsScreen opportunityId={opportunityId} /> }], {
    initialEntries: [`${path}${search}`],
  });
  render(<RouterProvider router={router} />);
  return router;
};

const shownTexts = () =>
  within(screen.getByRole('table', { name: 'Action items' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.firstChild?.textContent);

describe('ActionItemsScreen', () => {
  beforeEach(() => {
    act(() => useSettingsStore.getState().setCurrentTeamMemberId(null));
  });

  test('Mine asks who you are rather than showing an empty list; once chosen, shows only yours', async () => {
    const user = userEvent.setup();
    const bill = await addPerson('Bill Kahn');
    const sue = await addPerson('Sue Kemp');
    await addItem('Thank-you letter', bill.id, '2026-03-02');
    await addItem('Strategy briefing', sue.id, '2026-03-01');
    const router = renderScreen('?owner=mine');

    expect(await screen.findByText(/Mine shows the action items you own/)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Action items' })).toBeNull();
    expect(screen.getByLabelText('Filter by owner')).toHaveDisplayValue('Mine (choose who you are)');

    await user.selectOptions(screen.getByLabelText('You are'), 'Bill Kahn');
    expect(useSettingsStore.getState().currentTeamMemberId).toBe(bill.id);
    await waitFor(() => expect(shownTexts()).toEqual(['Thank-you letter']));
    expect(screen.getByLabelText('Filter by owner')).toHaveDisplayValue('Mine (Bill Kahn)');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 action items, owned by you (Bill Kahn).');
    expect(router.state.location.search).toBe('?owner=mine');
  });

  test('choosing an owner writes it to the URL; Everyone removes it', async () => {
    const user = userEvent.setup();
    const bill = await addPerson('Bill Kahn');
    const sue = await addPerson('Sue Kemp');
    await addItem('Thank-you letter', bill.id, '2026-03-02');
    await addItem('Strategy briefing', sue.id, '2026-03-01');
    await addItem('Book the lab', null, null);
    const router = renderScreen();

    await waitFor(() => expect(shownTexts()).toEqual(['Strategy briefing', 'Thank-you letter', 'Book the lab']));
    await user.selectOptions(screen.getByLabelText('Filter by owner'), 'Sue Kemp');
    expect(router.state.location.search).toBe(`?owner=${sue.id}`);
    expect(shownTexts()).toEqual(['Strategy briefing']);
    await user.selectOptions(screen.getByLabelText('Filter by owner'), 'No owner yet');
    expect(router.state.location.search).toBe('?owner=none');
    expect(shownTexts()).toEqual(['Book the lab']);
    await user.selectOptions(screen.getByLabelText('Filter by owner'), 'Everyone');
    expect(router.state.location.search).toBe('');
    expect(shownTexts()).toHaveLength(3);
  });

  test('an item added for someone the filter hides is announced, not silently missing', async () => {
    const user = userEvent.setup();
    const bill = await addPerson('Bill Kahn');
    await addPerson('Sue Kemp');
    await addItem('Thank-you letter', bill.id, '2026-03-02');
    renderScreen(`?owner=${bill.id}`);
    await waitFor(() => expect(shownTexts()).toEqual(['Thank-you letter']));

    const form = screen.getByRole('form', { name: 'New action item' });
    await user.type(within(form).getByLabelText('What needs doing'), 'Book the lab');
    await user.selectOptions(within(form).getByLabelText('Owner'), 'Sue Kemp');
    await user.click(within(form).getByRole('button', { name: 'Add action item' }));

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Added “Book the lab”. It is owned by Sue Kemp, so this list, filtered by owner, does not show it.',
      ),
    );
    expect(shownTexts()).toEqual(['Thank-you letter']);
  });
});
