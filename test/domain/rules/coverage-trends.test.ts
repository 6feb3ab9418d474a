import { describe, expect, test } from 'vitest';
import type { Contact } from '../../../src/domain/contact';
import type { Outcome } from '../../../src/domain/outcome';
import {
  getContactsPerMonth,
  getStageByLevel,
  stageTrendMonths,
  stakeholderOnRecordSince,
  trendMonths,
} from '../../../src/domain/rules/coverage-trends';
import type { Stakeholder } from '../../../src/domain/stakeholder';

/** Noon of that day in the time zone the tests run in (the suite also runs at UTC-8 and UTC+14). */
const localNoon = (day: string) => new Date(`${day}T12:00:00`).toISOString();
const person = (
  id: string,
  level: Stakeholder['customerLevel'],
  stage: Stakeholder['relationshipStage'],
  addedOn: string,
): Stakeholder =>
  ({
    id,
    name: id,
    customerLevel: level,
    relationshipStage: stage,
    createdAt: `${addedOn}T12:00:00.000Z`,
  }) as Stakeholder;
const contact = (id: string, stakeholderIds: string[], day: string, status: Contact['status'] = 'held'): Contact =>
  ({
    id,
    stakeholderIds,
    attendeeIds: [],
    date: day,
    heldDate: status === 'held' ? day : null,
    status,
  }) as unknown as Contact;
const outcome = (contactId: string, changes: [string, string, string][]): Outcome =>
  ({
    contactId,
    stageChanges: changes.map(([stakeholderId, from, to]) => ({ stakeholderId, from, to })),
  }) as unknown as Outcome;

describe('months', () => {
  test('the contacts chart runs from the first contact to this month, or on to the last planned one; an old plan shows its own months', () => {
    expect(
      trendMonths([contact('a', [], '2026-09-10'), contact('b', [], '2027-01-05', 'planned')], '2026-11-23'),
    ).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01']);
    expect(trendMonths([contact('a', [], '2014-07-23')], '2026-11-23')).toEqual(['2014-07']);
    expect(trendMonths([], '2026-11-23')).toHaveLength(12);
    expect(trendMonths([contact('a', [], '2025-06-05')], '2026-11-23')).toHaveLength(18);
    expect(trendMonths([contact('a', [], '2024-01-05'), contact('b', [], '2025-06-05')], '2026-11-23')).toHaveLength(
      24,
    );
  });

  test('the stage chart never shows a month to come', () => {
    const people = [person('jones', 'executive', 'knows-us', '2026-09-01')];
    const contacts = [contact('a', ['jones'], '2026-09-10'), contact('b', ['jones'], '2027-01-05', 'planned')];
    expect(stageTrendMonths(people, contacts, [], '2026-11-23')).toEqual(['2026-09', '2026-10', '2026-11']);
    // Everything still ahead: this month only.
    expect(stageTrendMonths(people, [contacts[1] as Contact], [], '2026-08-20')).toEqual(['2026-08']);
  });

  test('the stage chart starts when the first stakeholder is on record, not a year before', () => {
    const people = [person('jones', 'executive', 'unknown', '2026-10-02')];
    expect(stageTrendMonths(people, [], [], '2026-11-23')).toEqual(['2026-10', '2026-11']);
    expect(stageTrendMonths([], [], [], '2026-11-23')).toHaveLength(12);
  });
});

describe('when a stakeholder is first on record', () => {
  test('the day they were added, unless a contact or a stage change shows they were known before', () => {
    expect(stakeholderOnRecordSince({ createdAt: localNoon('2026-11-23') }, undefined)).toBe('2026-11-23');
    expect(stakeholderOnRecordSince({ createdAt: localNoon('2026-11-23') }, '2025-07-23')).toBe('2025-07-23');
    expect(stakeholderOnRecordSince({ createdAt: localNoon('2026-11-23') }, '2026-12-01')).toBe('2026-11-23');
    expect(
      stakeholderOnRecordSince({ createdAt: localNoon('2026-11-23') }, '2025-07-23', [{ day: '2025-03-02' }]),
    ).toBe('2025-03-02');
  });

  test('the day added is the day in the user’s time zone', () => {
    const day = stakeholderOnRecordSince({ createdAt: '2026-11-23T23:30:00.000Z' }, undefined);
    const offset = new Date('2026-11-23T23:30:00.000Z').getTimezoneOffset();
    expect(day).toBe(offset <= -30 ? '2026-11-24' : '2026-11-23');
  });
});

describe('stage by level', () => {
  test('a line starts at the first recorded stage and follows the stage changes of outcomes', () => {
    const people = [
      person('jones', 'executive', 'likes-us', '2026-09-15'),
      person('smith', 'technical', 'trusts-us', '2026-11-01'),
      person('lee', 'contracting', 'unknown', '2026-11-20'),
    ];
    const contacts = [contact('pentagon', ['jones'], '2026-10-05'), contact('lab', ['smith'], '2026-11-10')];
    const outcomes = [
      outcome('pentagon', [['jones', 'knows-us', 'likes-us']]),
      outcome('lab', [['smith', 'likes-us', 'trusts-us']]),
    ];
    const months = stageTrendMonths(people, contacts, outcomes, '2026-11-23');
    // The chart's months are those of the plan's contacts (from October), up to this month.
    expect(months).toEqual(['2026-10', '2026-11']);
    const points = getStageByLevel(people, contacts, outcomes, ['2026-09', ...months]);
    expect(points.map((point) => [point.month, point.executive, point.technical, point.contracting])).toEqual([
      // Jones was added in September (knows us, the stage before the October change); nobody else yet.
      ['2026-09', 1, null, null],
      ['2026-10', 2, null, null],
      // Smith (added in November) trusts us by the month's end; Lee is on record from November too.
      ['2026-11', 2, 3, 0],
    ]);
    expect(points.every((point) => point['end-user'] === null)).toBe(true);
  });

  test('history brought in later: a stage change before the person was added starts the line at that change', () => {
    const people = [person('jones', 'executive', 'likes-us', '2026-11-20')];
    const contacts = [contact('pentagon', ['jones'], '2026-08-12')];
    const outcomes = [outcome('pentagon', [['jones', 'unknown', 'likes-us']])];
    const points = getStageByLevel(people, contacts, outcomes, ['2026-07', '2026-08', '2026-09']);
    expect(points.map((point) => point.executive)).toEqual([null, 2, 2]);
  });
});

test('contacts per month: planned for the month against held in it, cancelled ones left out', () => {
  const contacts = [
    contact('held', ['jones'], '2026-07-23'),
    contact('planned', ['smith'], '2026-07-24', 'planned'),
    contact('cancelled', ['smith'], '2026-07-25', 'cancelled'),
    // "Held" on a day still to come (an old record): planned, not held.
    contact('held-tomorrow', ['smith'], '2026-07-29'),
  ];
  expect(getContactsPerMonth(contacts, ['2026-06', '2026-07'], '2026-07-28')).toEqual([
    { month: '2026-06', planned: 0, held: 0 },
    { month: '2026-07', planned: 3, held: 1 },
  ]);
});
