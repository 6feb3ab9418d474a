import { act, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { UndoToast } from '../../src/app/undo-toast';
import { useUndoStore } from '../../src/stores/undo-store';

const renderApp = (start = '/plan') => {
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <Link to="/plan">Plan</Link> <Link to="/plan?text=kpis">Filtered plan</Link> <Link to="/team">Team</Link>
            <Outlet />
            <UndoToast />
          </>
        ),
        children: [
          { path: '/plan', element: <h1>Contact plan</h1> },
          { path: '/team', element: <h1>Team</h1> },
          { path: '/list', element: <h1>Opportunities</h1> },
        ],
      },
    ],
    { initialEntries: [start] },
  );
  render(<RouterProvider router={router} />);
  return router;
};

const offer = (pathname = '/plan', undo = vi.fn(() => Promise.resolve())) => {
  act(() => useUndoStore.getState().offerUndo('Contact deleted', undo, { pathname }));
  return undo;
};

describe('UndoToast', () => {
  beforeEach(() => useUndoStore.getState().dismiss());
  afterEach(() => vi.useRealTimers());

  test('an offer stays on its own page, also when only the query changes, and goes when the user leaves', async () => {
    const router = renderApp();
    offer();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
    await act(() => router.navigate('/plan?text=kpis'));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
    await act(() => router.navigate('/team'));
    expect(screen.queryByText('Contact deleted')).toBeNull();
    expect(useUndoStore.getState().offer).toBeNull();
    // Coming back does not bring it back.
    await act(() => router.navigate('/plan'));
    expect(screen.queryByText('Contact deleted')).toBeNull();
  });

  test('an offer for the page an action lands on waits for it, unseen until then', async () => {
    const router = renderApp();
    offer('/list');
    expect(screen.queryByText('Contact deleted')).toBeNull();
    await act(() => router.navigate('/list'));
    expect(screen.getByText('Contact deleted')).toBeVisible();
  });

  test('it lasts 15 seconds, and the clock stops while focus is on it', () => {
    vi.useFakeTimers();
    renderApp();
    offer();
    act(() => {
      vi.advanceTimersByTime(10_000);
    });
    fireEvent.focus(screen.getByRole('button', { name: 'Undo' }));
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
    fireEvent.blur(screen.getByRole('button', { name: 'Undo' }));
    act(() => {
      vi.advanceTimersByTime(4_000);
    });
    expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
    act(() => {
      vi.advanceTimersByTime(1_500);
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  test('Undo undoes, then the offer goes', async () => {
    renderApp();
    const undo = offer();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
      await Promise.resolve();
    });
    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Contact deleted')).toBeNull();
  });
});
