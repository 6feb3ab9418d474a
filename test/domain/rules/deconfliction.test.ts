import { describe, expect, test } from 'vitest';
import { addDays } from '../../../src/domain/calendar-day';
import type { ContactItem } from '../../../src/domain/contact';
import { findDeconflictionFlags, type DeconflictableContact } from '../../../src/domain/rules/deconfliction';

const ask = (text: string): Pick<ContactItem, 'kind' | 'text'> => ({ kind: 'ask', text });

const contact = (id: string, overrides: Partial<DeconflictableContact> = {}): DeconflictableContact => ({
  id,
  date: '2027-01-04',
  status: 'planned',
  stakeholderIds: ['jones'],
  attendeeIds: ['bill', 'sue'],
  items: [],
  ...overrides,
});

const kindsFor = (flags: ReturnType<typeof findDeconflictionFlags>, id: string) =>
  (flags.get(id) ?? []).map((flag) => flag.kind);

describe('close contacts with the same stakeholder by different people of ours', () => {
  test.each([
    [10, true],
    [14, true],
    [15, false],
    [20, false],
  ])('%i days apart: flagged %s', (days, isFlagged) => {
    const flags = findDeconflictionFlags([
      contact('a'),
      contact('b', { date: addDays('2027-01-04', days), attendeeIds: ['consultant', 'liaison'] }),
    ]);
    expect(kindsFor(flags, 'a')).toEqual(isFlagged ? ['close-contact'] : []);
    expect(kindsFor(flags, 'b')).toEqual(isFlagged ? ['close-contact'] : []);
    if (isFlagged)
      expect(flags.get('b')?.[0]).toEqual({
        kind: 'close-contact',
        stakeholderId: 'jones',
        otherContactId: 'a',
        daysApart: days,
      });
  });

  test('the same team meeting twice is coordinated, not flagged', () => {
    const flags = findDeconflictionFlags([
      contact('a'),
      contact('b', { date: '2027-01-08', attendeeIds: ['sue', 'bill'] }),
    ]);
    expect(flags.size).toBe(0);
  });

  test('the window is a setting', () => {
    const pair = [contact('a'), contact('b', { date: '2027-01-24', attendeeIds: ['rick'] })];
    expect(findDeconflictionFlags(pair, 14).size).toBe(0);
    expect(findDeconflictionFlags(pair, 30).size).toBe(2);
  });

  test('different stakeholders are not compared', () => {
    expect(
      findDeconflictionFlags([contact('a'), contact('b', { stakeholderIds: ['smith'], attendeeIds: ['rick'] })]).size,
    ).toBe(0);
  });

  test('cancelled contacts do not count', () => {
    expect(
      findDeconflictionFlags([
        contact('a'),
        contact('b', { date: '2027-01-08', attendeeIds: ['rick'], status: 'cancelled' }),
      ]).size,
    ).toBe(0);
  });

  test('a contact with no date is never close to another', () => {
    expect(findDeconflictionFlags([contact('a'), contact('b', { date: null, attendeeIds: ['rick'] })]).size).toBe(0);
  });
});

describe('the same ask put to the same stakeholder again', () => {
  test('is flagged on both contacts, whatever the dates, case and punctuation', () => {
    const flags = findDeconflictionFlags([
      contact('a', { items: [ask('What is the acquisition strategy?')] }),
      contact('b', { date: '2027-06-01', items: [ask('what is the  acquisition strategy')] }),
    ]);
    expect(kindsFor(flags, 'a')).toEqual(['repeated-ask']);
    expect(flags.get('b')?.[0]).toMatchObject({ kind: 'repeated-ask', otherContactId: 'a', stakeholderId: 'jones' });
  });

  test('also between undated contacts, but not from a cancelled one', () => {
    const undated = findDeconflictionFlags([
      contact('a', { date: null, items: [ask('KPIs?')] }),
      contact('b', { date: null, items: [ask('KPIs?')] }),
    ]);
    expect(kindsFor(undated, 'a')).toEqual(['repeated-ask']);
    const cancelled = findDeconflictionFlags([
      contact('a', { items: [ask('KPIs?')] }),
      contact('b', { status: 'cancelled', items: [ask('KPIs?')] }),
    ]);
    expect(cancelled.size).toBe(0);
  });

  test('the same ask to a different stakeholder is fine', () => {
    const flags = findDeconflictionFlags([
      contact('a', { items: [ask('KPIs?')] }),
      contact('b', { date: '2027-06-01', stakeholderIds: ['smith'], items: [ask('KPIs?')] }),
    ]);
    expect(flags.size).toBe(0);
  });
});
