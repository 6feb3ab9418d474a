import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { buildExamplePlan } from '../../../src/data/example-plan';
import { ContactGrid } from '../../../src/features/contact-plan/components/contact-grid';
import { buildContactRows } from '../../../src/features/contact-plan/utils/contact-rows';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
const opportunity = plan.opportunities[0];
if (!opportunity) throw new Error('the example plan has an opportunity');
const rows = buildContactRows(opportunity, plan.contacts, plan.stakeholders, plan.teamMembers, 14);

// jsdom lays nothing out: give the grid a screen's worth of room so its virtualizer draws rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(700);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
});

const renderGrid = (onEdit: Parameters<typeof ContactGrid>[0]['onEdit']) =>
  render(
    <ContactGrid
      rows={rows}
      filterText=""
      sort={{ key: 'when', direction: 'ascending' }}
      onSort={vi.fn()}
      onEdit={onEdit}
      onOpenDetails={vi.fn()}
      onActiveContactChange={vi.fn()}
      focusRequest={null}
    />,
  );

test('a cell edit sends only that field, with the value it was based on', async () => {
  const onEdit = vi.fn(() => Promise.resolve(true));
  renderGrid(onEdit);
  const user = userEvent.setup();
  await user.click((await screen.findAllByRole('gridcell'))[4] as HTMLElement);
  await user.keyboard('{Enter}');
  const editor = screen.getByRole('textbox', { name: 'Where, row 1' });
  await user.clear(editor);
  await user.type(editor, 'Room 9{Enter}');
  expect(onEdit).toHaveBeenCalledWith(rows[0]?.contact.id, {
    base: { location: rows[0]?.contact.location },
    changes: { location: 'Room 9' },
  });
});

test('when a save fails (a full disk), the cell opens again with what was typed', async () => {
  const onEdit = vi.fn(() => Promise.resolve(false));
  renderGrid(onEdit);
  const user = userEvent.setup();
  await user.click((await screen.findAllByRole('gridcell'))[4] as HTMLElement);
  await user.keyboard('{Enter}');
  const editor = screen.getByRole('textbox', { name: 'Where, row 1' });
  await user.clear(editor);
  await user.type(editor, 'Whiteboard room{Enter}');
  await waitFor(() => expect(screen.getByRole('textbox', { name: 'Where, row 1' })).toHaveValue('Whiteboard room'));
});
