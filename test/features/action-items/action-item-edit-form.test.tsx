import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { db } from '../../../src/data/db';
import { actionItemsRepository } from '../../../src/data/repositories/action-items-repository';
import type { ActionItem } from '../../../src/domain/action-item';
import type { OpportunityId, TeamMemberId } from '../../../src/domain/ids';
import type { TeamMember } from '../../../src/domain/team-member';
import { ActionItemEditForm } from '../../../src/features/action-items/components/action-item-edit-form';

const opportunityId = '5a1e0c2d-3b4f-4a6e-8c7d-9e0f1a2b3c4d' as OpportunityId;
const person = (id: string, name: string): TeamMember => ({
  id: id as TeamMemberId,
  name,
  title: '',
  company: 'Our Company',
  kind: 'employee',
  counterpartLevel: null,
  email: '',
  phone: '',
  opportunityIds: [opportunityId],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const bill = person('0b6f6c0e-8a57-4c1b-9d3e-2f4a1b6c7d81', 'Bill Kahn');
const sue = person('1c7a7d1f-9b68-4d2c-8e4f-3a5b2c7d8e92', 'Sue Kemp');
const rick = person('2d8b8e2a-ac79-4e3d-9f5a-4b6c3d8e9fa3', 'Rick Yen');

const createItem = () =>
  actionItemsRepository.createActionItem({
    opportunityId,
    text: 'Send General Jones a thank-you letter',
    ownerId: bill.id,
    dueDate: '2026-03-02',
    status: 'open',
    contactId: null,
    outcomeId: null,
    completedAt: null,
  });

const renderForm = (item: ActionItem) => {
  const onDone = vi.fn<(saved: ActionItem | null) => void>();
  render(<ActionItemEditForm item={item} teamMembers={[sue, rick, bill]} onDone={onDone} />);
  return { onDone };
};

const setDue = (value: string) => fireEvent.change(screen.getByLabelText('Due'), { target: { value } });

describe('ActionItemEditForm', () => {
  afterEach(() => vi.restoreAllMocks());

  test('sends only the fields the user changed, with what they held when the form opened', async () => {
    const user = userEvent.setup();
    const item = await createItem();
    const edit = vi.spyOn(actionItemsRepository, 'editActionItem');
    const { onDone } = renderForm(item);

    const text = screen.getByLabelText(/^What needs doing/);
    await user.clear(text);
    await user.type(text, 'Send General Jones the investment figures');
    setDue('2026-03-09');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(edit).toHaveBeenCalledWith(item.id, {
      base: { text: 'Send General Jones a thank-you letter', dueDate: '2026-03-02' },
      changes: { text: 'Send General Jones the investment figures', dueDate: '2026-03-09' },
    });
    expect(await db.actionItems.get(item.id)).toMatchObject({
      text: 'Send General Jones the investment figures',
      dueDate: '2026-03-09',
      ownerId: bill.id,
    });
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ id: item.id, dueDate: '2026-03-09' });
  });

  test('reassigning sends the owner alone; clearing the due date sends null', async () => {
    const user = userEvent.setup();
    const item = await createItem();
    const edit = vi.spyOn(actionItemsRepository, 'editActionItem');
    const { onDone } = renderForm(item);

    // Owners are listed by name, after "No owner yet".
    expect(
      within(screen.getByLabelText('Owner'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['No owner yet', 'Bill Kahn', 'Rick Yen', 'Sue Kemp']);
    await user.selectOptions(screen.getByLabelText('Owner'), 'Sue Kemp');
    setDue('');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(edit).toHaveBeenCalledWith(item.id, {
      base: { ownerId: bill.id, dueDate: '2026-03-02' },
      changes: { ownerId: sue.id, dueDate: null },
    });
  });

  test('a change saved meanwhile to another field is kept', async () => {
    const user = userEvent.setup();
    const item = await createItem();
    const { onDone } = renderForm(item);
    // Someone else moves the due date while this form is open.
    await actionItemsRepository.editActionItem(item.id, {
      base: { dueDate: '2026-03-02' },
      changes: { dueDate: '2026-03-20' },
    });

    await user.selectOptions(screen.getByLabelText('Owner'), 'Rick Yen');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(await db.actionItems.get(item.id)).toMatchObject({ ownerId: rick.id, dueDate: '2026-03-20' });
  });

  test('the same field changed meanwhile is shown with both values; the one chosen is saved', async () => {
    const user = userEvent.setup();
    const item = await createItem();
    const { onDone } = renderForm(item);
    await actionItemsRepository.editActionItem(item.id, { base: { ownerId: bill.id }, changes: { ownerId: rick.id } });

    await user.selectOptions(screen.getByLabelText('Owner'), 'Sue Kemp');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const conflict = await screen.findByRole('alert', { name: /Changed elsewhere while you were editing/ });
    const owner = within(conflict).getByRole('group', { name: 'Owner' });
    expect(within(owner).getByLabelText(/Keep yours: Sue Kemp/)).toBeChecked();
    expect(within(owner).getByLabelText(/Keep the one saved meanwhile: Rick Yen/)).not.toBeChecked();
    expect(onDone).not.toHaveBeenCalled();
    expect((await db.actionItems.get(item.id))?.ownerId).toBe(rick.id);

    await user.click(within(conflict).getByRole('button', { name: 'Save with these choices' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect((await db.actionItems.get(item.id))?.ownerId).toBe(sue.id);
  });

  test('saving with nothing changed writes nothing', async () => {
    const user = userEvent.setup();
    const item = await createItem();
    const edit = vi.spyOn(actionItemsRepository, 'editActionItem');
    const { onDone } = renderForm(item);
    // Spaces around the text are not a change.
    await user.type(screen.getByLabelText(/^What needs doing/), '  ');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(onDone).toHaveBeenCalledWith(item));
    expect(edit).not.toHaveBeenCalled();
    expect(await db.actionItems.get(item.id)).toEqual(item);
  });

  test('empty text is refused beside the field, and nothing is saved', async () => {
    const user = userEvent.setup();
    const item = await createItem();
    const edit = vi.spyOn(actionItemsRepository, 'editActionItem');
    const { onDone } = renderForm(item);
    await user.clear(screen.getByLabelText(/^What needs doing/));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Write what needs doing.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^What needs doing/)).toHaveAccessibleDescription('Write what needs doing.');
    expect(edit).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  test('Cancel closes without saving', async () => {
    const user = userEvent.setup();
    const item = await createItem();
    const edit = vi.spyOn(actionItemsRepository, 'editActionItem');
    const { onDone } = renderForm(item);
    await user.type(screen.getByLabelText(/^What needs doing/), ' today');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onDone).toHaveBeenCalledWith(null);
    expect(edit).not.toHaveBeenCalled();
  });
});
