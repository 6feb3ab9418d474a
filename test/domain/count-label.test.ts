import { describe, expect, test } from 'vitest';
import { countLabel, formatCount, nounFor } from '../../src/domain/count-label';

describe('countLabel', () => {
  test.each([
    [0, 'contact', undefined, '0 contacts'],
    [1, 'contact', undefined, '1 contact'],
    [2, 'contact', undefined, '2 contacts'],
    [999, 'record', undefined, '999 records'],
    [2000, 'contact', undefined, '2,000 contacts'],
    [1_234_567, 'row', undefined, '1,234,567 rows'],
    [1, 'opportunity', 'opportunities', '1 opportunity'],
    [3, 'opportunity', 'opportunities', '3 opportunities'],
  ])('%d %s', (count, singular, plural, expected) => {
    expect(countLabel(count, singular, plural)).toBe(expected);
  });

  test('the noun alone, for sentences that put words between the count and the noun', () => {
    expect(nounFor(1, 'was', 'were')).toBe('was');
    expect(nounFor(0, 'was', 'were')).toBe('were');
    expect(nounFor(2, 'level')).toBe('levels');
  });

  test('thousands are separated the same way in every locale the browser may have', () => {
    expect(formatCount(10_000)).toBe('10,000');
    expect(formatCount(12.5)).toBe('12.5');
  });
});
