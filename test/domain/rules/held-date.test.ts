import { describe, expect, test } from 'vitest';
import { checkHeldDate, heldDateProblem, isHeldByToday } from '../../../src/domain/rules/held-date';

const today = '2026-12-03';

describe('held means it happened', () => {
  test('a planned contact is not held, whatever its date', () => {
    expect(checkHeldDate({ status: 'planned', heldDate: null, date: '2027-01-01' }, today)).toEqual({
      kind: 'not-held',
    });
    expect(heldDateProblem({ status: 'planned', heldDate: null, date: '2027-01-01' }, today)).toBeNull();
  });

  test('held today or before counts; the held day wins over the planned one', () => {
    expect(isHeldByToday({ status: 'held', heldDate: today, date: '2027-01-01' }, today)).toBe(true);
    expect(isHeldByToday({ status: 'held', heldDate: null, date: '2026-12-02' }, today)).toBe(true);
  });

  test('held tomorrow is refused with the day in words', () => {
    const contact = { status: 'held' as const, heldDate: '2026-12-04', date: null };
    expect(isHeldByToday(contact, today)).toBe(false);
    expect(heldDateProblem(contact, today)).toBe(
      'This contact is dated 2026-12-04, after today (2026-12-03): it can be marked held once it has taken place.',
    );
  });

  test('held with no day at all is refused', () => {
    expect(heldDateProblem({ status: 'held', heldDate: null, date: null }, today)).toBe(
      'A held contact needs the day it took place.',
    );
  });
});
