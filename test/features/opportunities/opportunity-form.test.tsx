import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { db } from '../../../src/data/db';
import type { Opportunity } from '../../../src/domain/opportunity';
import { OpportunityForm } from '../../../src/features/opportunities/components/opportunity-form';

const renderForm = (opportunity?: Opportunity) => {
  const onSaved = vi.fn<(saved: Opportunity) => void>();
  render(<OpportunityForm opportunity={opportunity} organizations={[]} onSaved={onSaved} onCancel={vi.fn()} />);
  return { onSaved };
};

const setDate = (label: string, value: string) => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};

describe('OpportunityForm', () => {
  test('the quiet-period start follows the draft RFP, then the final RFP, until set by hand', () => {
    renderForm();
    setDate('Final RFP', '2027-05-01');
    expect(screen.getByLabelText('Quiet period starts')).toHaveValue('2027-05-01');
    setDate('Draft RFP', '2027-03-01');
    expect(screen.getByLabelText('Quiet period starts')).toHaveValue('2027-03-01');

    setDate('Quiet period starts', '2027-02-15');
    setDate('Draft RFP', '2027-03-10');
    expect(screen.getByLabelText('Quiet period starts')).toHaveValue('2027-02-15');
  });

  test('saves a new opportunity, creating its customer organization; a default quiet period is stored as "follow the RFP"', async () => {
    const user = userEvent.setup();
    const { onSaved } = renderForm();
    await user.type(screen.getByLabelText(/^Name/), 'Next-generation logistics system');
    await user.type(screen.getByLabelText(/^Customer organization/), 'Army Contracting Command');
    setDate('Draft RFP', '2027-03-01');
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const saved = onSaved.mock.calls[0]?.[0];
    expect(saved).toMatchObject({
      name: 'Next-generation logistics system',
      draftRfpDate: '2027-03-01',
      quietPeriodStart: null,
    });
    const stored = await db.opportunities.toArray();
    expect(stored).toEqual([saved]);
    expect((await db.organizations.get(saved?.customerOrganizationId ?? ''))?.name).toBe('Army Contracting Command');
  });

  test('shows each problem beside its field and saves nothing', async () => {
    const user = userEvent.setup();
    const { onSaved } = renderForm();
    setDate('Draft RFP', '2027-05-01');
    setDate('Final RFP', '2027-03-01');
    await user.click(screen.getByRole('button', { name: 'Create opportunity' }));

    expect(await screen.findByText('Enter a name for the pursuit.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText(/^Name/)).toHaveAccessibleDescription(/Enter a name for the pursuit\./);
    expect(screen.getByText('The final RFP cannot come before the draft RFP.')).toBeInTheDocument();
    expect(onSaved).not.toHaveBeenCalled();
    expect(await db.opportunities.count()).toBe(0);
  });
});
