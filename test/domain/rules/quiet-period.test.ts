import { describe, expect, test } from 'vitest';
import { getQuietPeriodCountdown } from '../../../src/domain/rules/quiet-period';

const dates = (draftRfpDate: string | null, finalRfpDate: string | null, quietPeriodStart: string | null = null) => ({
  draftRfpDate,
  finalRfpDate,
  quietPeriodStart,
});

describe('getQuietPeriodCountdown', () => {
  test.each([
    ['defaults to the draft RFP date', dates('2027-03-01', '2027-05-01'), '2027-02-01', { kind: 'upcoming', start: '2027-03-01', daysLeft: 28 }],
    ['falls back to the final RFP date', dates(null, '2027-05-01'), '2027-04-30', { kind: 'upcoming', start: '2027-05-01', daysLeft: 1 }],
    ['an explicit start wins over both', dates('2027-03-01', '2027-05-01', '2027-02-15'), '2027-02-01', { kind: 'upcoming', start: '2027-02-15', daysLeft: 14 }],
    ['the start day itself is inside the quiet period', dates('2027-03-01', null), '2027-03-01', { kind: 'starts-today', start: '2027-03-01' }],
    ['counts days since it started', dates('2027-03-01', null), '2027-03-31', { kind: 'started', start: '2027-03-01', daysAgo: 30 }],
    ['counts across a daylight-saving change without drift', dates('2027-03-20', null), '2027-03-10', { kind: 'upcoming', start: '2027-03-20', daysLeft: 10 }],
    ['no RFP dates: no countdown', dates(null, null), '2027-03-01', { kind: 'no-date' }],
  ])('%s', (_, opportunity, today, expected) => {
    expect(getQuietPeriodCountdown(opportunity, today)).toEqual(expected);
  });
});
