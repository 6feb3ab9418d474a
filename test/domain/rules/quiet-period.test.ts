import { describe, expect, test } from 'vitest';
import { checkContactQuietPeriod, getQuietPeriodCountdown } from '../../../src/domain/rules/quiet-period';

const dates = (draftRfpDate: string | null, finalRfpDate: string | null, quietPeriodStart: string | null = null) => ({
  draftRfpDate,
  finalRfpDate,
  quietPeriodStart,
});

describe('getQuietPeriodCountdown', () => {
  test.each([
    [
      'defaults to the draft RFP date',
      dates('2027-03-01', '2027-05-01'),
      '2027-02-01',
      { kind: 'upcoming', start: '2027-03-01', daysLeft: 28 },
    ],
    [
      'falls back to the final RFP date',
      dates(null, '2027-05-01'),
      '2027-04-30',
      { kind: 'upcoming', start: '2027-05-01', daysLeft: 1 },
    ],
    [
      'an explicit start wins over both',
      dates('2027-03-01', '2027-05-01', '2027-02-15'),
      '2027-02-01',
      { kind: 'upcoming', start: '2027-02-15', daysLeft: 14 },
    ],
    [
      'the start day itself is inside the quiet period',
      dates('2027-03-01', null),
      '2027-03-01',
      { kind: 'starts-today', start: '2027-03-01' },
    ],
    [
      'counts days since it started',
      dates('2027-03-01', null),
      '2027-03-31',
      { kind: 'started', start: '2027-03-01', daysAgo: 30 },
    ],
    [
      'counts across a daylight-saving change without drift',
      dates('2027-03-20', null),
      '2027-03-10',
      { kind: 'upcoming', start: '2027-03-20', daysLeft: 10 },
    ],
    ['no RFP dates: no countdown', dates(null, null), '2027-03-01', { kind: 'no-date' }],
  ])('%s', (_, opportunity, today, expected) => {
    expect(getQuietPeriodCountdown(opportunity, today)).toEqual(expected);
  });
});

describe('checkContactQuietPeriod', () => {
  const opportunity = dates('2027-03-01', '2027-05-01');
  const stakeholders = new Map([
    ['general', { isContractingOfficer: false }],
    ['officer', { isContractingOfficer: true }],
  ]);
  const contact = (
    date: string | null,
    stakeholderIds: string[],
    overrides: Partial<{ status: 'planned' | 'held' | 'cancelled'; quietPeriodReason: string; heldDate: string }> = {},
  ) => ({
    date,
    heldDate: null as string | null,
    stakeholderIds,
    status: 'planned' as const,
    quietPeriodReason: '',
    ...overrides,
  });

  test.each([
    [
      'the day before the start is open',
      contact('2027-02-28', ['general']),
      { kind: 'before-quiet-period', start: '2027-03-01' },
    ],
    [
      'the start day itself is inside',
      contact('2027-03-01', ['general']),
      { kind: 'inside-quiet-period', start: '2027-03-01', nonContractingOfficerIds: ['general'], hasReason: false },
    ],
    [
      'a later day is inside',
      contact('2027-04-15', ['general', 'officer']),
      { kind: 'inside-quiet-period', start: '2027-03-01', nonContractingOfficerIds: ['general'], hasReason: false },
    ],
    [
      'only the contracting officer: inside the quiet period, and allowed',
      contact('2027-04-15', ['officer']),
      { kind: 'contracting-officer-only', start: '2027-03-01', contractingOfficerIds: ['officer'] },
    ],
    [
      'the start day with only the contracting officer is inside too, and allowed',
      contact('2027-03-01', ['officer', 'officer']),
      { kind: 'contracting-officer-only', start: '2027-03-01', contractingOfficerIds: ['officer'] },
    ],
    [
      'inside with nobody on the customer side yet: not flagged, and not called contracting-officer-only',
      contact('2027-04-15', []),
      { kind: 'inside-no-customer-yet', start: '2027-03-01' },
    ],
    [
      'a stated reason is recorded',
      contact('2027-04-15', ['general'], { quietPeriodReason: 'Oral presentation invited by the CO' }),
      { kind: 'inside-quiet-period', start: '2027-03-01', nonContractingOfficerIds: ['general'], hasReason: true },
    ],
    [
      'a blank reason is no reason',
      contact('2027-04-15', ['general'], { quietPeriodReason: '   ' }),
      { kind: 'inside-quiet-period', start: '2027-03-01', nonContractingOfficerIds: ['general'], hasReason: false },
    ],
    [
      'a cancelled contact is not judged',
      contact('2027-04-15', ['general'], { status: 'cancelled' }),
      { kind: 'not-judged', why: 'cancelled' },
    ],
    [
      'planned before the start but held after it: judged by the day it took place',
      contact('2027-02-20', ['general'], { status: 'held', heldDate: '2027-03-02' }),
      { kind: 'inside-quiet-period', start: '2027-03-01', nonContractingOfficerIds: ['general'], hasReason: false },
    ],
    ['a contact with no date is not judged', contact(null, ['general']), { kind: 'not-judged', why: 'undated' }],
    [
      'an unknown person is not assumed to be a CO',
      contact('2027-04-15', ['stranger']),
      { kind: 'inside-quiet-period', start: '2027-03-01', nonContractingOfficerIds: ['stranger'], hasReason: false },
    ],
  ])('%s', (_, checked, expected) => {
    expect(checkContactQuietPeriod(checked, opportunity, stakeholders)).toEqual(expected);
  });

  test('no RFP dates: nothing is inside a quiet period', () => {
    expect(checkContactQuietPeriod(contact('2027-04-15', ['general']), dates(null, null), stakeholders)).toEqual({
      kind: 'not-judged',
      why: 'no-quiet-period-date',
    });
  });
});
