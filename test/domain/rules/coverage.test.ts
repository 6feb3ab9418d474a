import { describe, expect, test } from 'vitest';
import { buildExamplePlan, examplePlanDays, examplePlanIds as ids } from '../../../src/data/example-plan';
import { addDays } from '../../../src/domain/calendar-day';
import type { Contact } from '../../../src/domain/contact';
import { getCoverage, type CoverageInput } from '../../../src/domain/rules/coverage';
import { getCoverageFlags, type CoverageFlag } from '../../../src/domain/rules/coverage-flags';
import type { Stakeholder } from '../../../src/domain/stakeholder';

// The example plan as loaded on Nov 23, 2026: met General Jones a week before, the lab demo a week after.
const today = '2026-11-23';
const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', today);
const days = examplePlanDays(today);
const [pentagon] = plan.contacts as [Contact, Contact];
const input = (overrides: Partial<CoverageInput> = {}): CoverageInput => ({
  stakeholders: plan.stakeholders,
  teamMembers: plan.teamMembers,
  contacts: plan.contacts,
  outcomes: [],
  today,
  ...overrides,
});
const row = (rows: ReturnType<typeof getCoverage>, level: string) => {
  const found = rows.find((each) => each.level === level);
  if (!found) throw new Error(`no row for ${level}`);
  return found;
};
const kinds = (flags: CoverageFlag[]) =>
  flags.map((flag) => (flag.kind === 'level-not-met' ? `${flag.kind}:${flag.level}` : flag.kind));
const person = (
  id: string,
  level: Stakeholder['customerLevel'],
  stage: Stakeholder['relationshipStage'] = 'unknown',
): Stakeholder =>
  ({ ...plan.stakeholders[0], id, name: id, customerLevel: level, relationshipStage: stage }) as Stakeholder;
const contact = (
  id: string,
  stakeholderIds: string[],
  attendeeIds: string[],
  day: string,
  status: Contact['status'] = 'held',
): Contact =>
  ({
    ...pentagon,
    id,
    stakeholderIds,
    attendeeIds,
    date: day,
    heldDate: status === 'held' ? day : null,
    status,
  }) as Contact;

describe('the example plan', () => {
  const rows = getCoverage(input());

  test('executive: General Jones, met by Bill Kahn and Sue Kemp; only Bill is matched to that level', () => {
    const executive = row(rows, 'executive');
    expect(executive.status).toBe('covered');
    expect(executive.stakeholders.map((each) => each.stakeholder.name)).toEqual(['General Jones']);
    expect(executive.counterparts.map((each) => [each.teamMember.name, each.hasMet, each.levelMatches])).toEqual([
      ['Bill Kahn', true, true],
      ['Sue Kemp', true, false],
    ]);
    expect(executive.lastContact).toBe(days.pentagonMeeting);
    expect(executive.lastContact).toBe('2026-11-16');
    expect(executive.heldLast30).toBe(1);
    expect(executive.heldLast90).toBe(1);
    expect(executive.bestStage).toBe('knows-us');
    expect(executive.openAsks.map((ask) => ask.itemId)).toEqual([
      ids.askAcquisitionStrategy,
      ids.askOpinionOfPerformance,
    ]);
  });

  test('technical: Ms. Smith and Rob Hopp, with Jane Doe and Rick Yen planned to meet them', () => {
    const technical = row(rows, 'technical');
    expect(technical.stakeholders.map((each) => each.stakeholder.name)).toEqual(['Ms. Smith', 'Rob Hopp']);
    expect(technical.counterparts.map((each) => [each.teamMember.name, each.hasMet, each.levelMatches])).toEqual([
      ['Jane Doe', false, true],
      ['Rick Yen', false, true],
    ]);
    // The lab demo next week is planned, not held: it is not counted as met.
    expect(technical.status).toBe('planned-only');
    expect(technical.lastContact).toBeNull();
    expect(technical.nextPlanned).toBe('2026-11-30');
    // Once its day has passed without it being marked held, it is no longer upcoming.
    expect(row(getCoverage(input({ today: addDays(days.labDemo, 1) })), 'technical').nextPlanned).toBeNull();
    expect(technical.contacts.map((each) => each.id)).toEqual([ids.labDemo]);
  });

  test('every level is a row; contracting is known but not contacted; nobody is known at four levels', () => {
    expect(rows.map((each) => [each.level, each.status])).toEqual([
      ['executive', 'covered'],
      ['program-office', 'nobody-known'],
      ['technical', 'planned-only'],
      ['contracting', 'not-contacted'],
      ['end-user', 'nobody-known'],
      ['evaluator', 'nobody-known'],
    ]);
  });

  test('flags every level nobody has met; not top-heavy (the technical level is planned); nobody single-threaded', () => {
    const flags = getCoverageFlags(rows, plan.contacts, today, plan.opportunities[0] ?? null);
    expect(kinds(flags)).toEqual([
      'level-not-met:program-office',
      'level-not-met:technical',
      'level-not-met:contracting',
      'level-not-met:end-user',
      'level-not-met:evaluator',
    ]);
  });

  test('today nothing has gone quiet and the quiet period is too far off to flag', () => {
    const flags = getCoverageFlags(rows, plan.contacts, today, plan.opportunities[0] ?? null);
    expect(kinds(flags)).not.toContain('gone-quiet');
    expect(kinds(flags)).not.toContain('quiet-period-soon');
  });

  test('the day before the quiet period, General Jones has gone quiet and the uncovered levels are flagged', () => {
    const later = addDays(days.draftRfp, -1);
    const flagsOn = (day: string) =>
      getCoverageFlags(getCoverage(input({ today: day })), plan.contacts, day, plan.opportunities[0] ?? null);
    const flags = flagsOn(later);
    const quiet = flags.find((flag) => flag.kind === 'gone-quiet');
    expect(quiet).toMatchObject({
      stakeholder: { name: 'General Jones' },
      lastMet: '2026-11-16',
      days: 97,
      nextPlanned: null,
    });
    const soon = flags.find((flag) => flag.kind === 'quiet-period-soon');
    expect(soon).toMatchObject({
      start: '2027-02-22',
      daysLeft: 1,
      levels: ['program-office', 'technical', 'contracting', 'end-user', 'evaluator'],
    });
    // On day 60 it is not yet flagged, and 31 days ahead the quiet period is not yet a worry.
    expect(kinds(flagsOn(addDays(days.pentagonMeeting, 60)))).not.toContain('gone-quiet');
    expect(kinds(flagsOn(addDays(days.pentagonMeeting, 61)))).toContain('gone-quiet');
    expect(kinds(flagsOn(addDays(days.draftRfp, -31)))).not.toContain('quiet-period-soon');
    expect(kinds(flagsOn(addDays(days.draftRfp, -30)))).toContain('quiet-period-soon');
  });

  test('a held contact with an end user covers that level and clears its flag', () => {
    const endUser = person('end-user-1', 'end-user');
    const held = contact('c-end-user', [endUser.id], [ids.janeDoe, ids.rickYen], addDays(today, -3));
    const rows2 = getCoverage(
      input({ stakeholders: [...plan.stakeholders, endUser], contacts: [...plan.contacts, held] }),
    );
    expect(row(rows2, 'end-user').status).toBe('covered');
    expect(kinds(getCoverageFlags(rows2, [...plan.contacts, held], today, null))).not.toContain(
      'level-not-met:end-user',
    );
  });
});

test('a plan covered only at the top is flagged top-heavy, and a person met by one of us is single-threaded', () => {
  const onlyTop = [
    contact('c1', [ids.generalJones], [ids.billKahn], '2014-07-01'),
    contact('c2', [ids.generalJones], [ids.billKahn], '2014-07-20', 'planned'),
  ];
  const rows = getCoverage(input({ contacts: onlyTop, today: '2014-08-01' }));
  const flags = getCoverageFlags(rows, onlyTop, '2014-08-01', null);
  expect(kinds(flags)).toContain('top-heavy');
  expect(flags.find((flag) => flag.kind === 'top-heavy')).toMatchObject({
    contactCount: 2,
    executives: [{ name: 'General Jones' }],
  });
  expect(flags.find((flag) => flag.kind === 'single-thread')).toMatchObject({
    stakeholder: { name: 'General Jones' },
    teamMemberId: ids.billKahn,
    meetings: 1,
  });
  // One contact below the top is enough to stop being top-heavy; cancelled ones do not count.
  const withTechnical = [...onlyTop, contact('c3', [ids.msSmith], [ids.janeDoe], '2014-08-10', 'planned')];
  expect(
    kinds(
      getCoverageFlags(
        getCoverage(input({ contacts: withTechnical, today: '2014-08-01' })),
        withTechnical,
        '2014-08-01',
        null,
      ),
    ),
  ).not.toContain('top-heavy');
  const cancelled = [...onlyTop, contact('c4', [ids.msSmith], [ids.janeDoe], '2014-08-10', 'cancelled')];
  expect(
    kinds(
      getCoverageFlags(getCoverage(input({ contacts: cancelled, today: '2014-08-01' })), cancelled, '2014-08-01', null),
    ),
  ).toContain('top-heavy');
});

test('an empty plan: every level is a row with nobody known, every level is flagged, nothing else', () => {
  const rows = getCoverage({ stakeholders: [], teamMembers: [], contacts: [], outcomes: [], today: '2026-11-23' });
  expect(rows.map((each) => each.status)).toEqual(Array(6).fill('nobody-known'));
  expect(
    rows.every((each) => each.bestStage === null && each.typicalStage === null && each.counterparts.length === 0),
  ).toBe(true);
  expect(kinds(getCoverageFlags(rows, [], '2026-11-23', null))).toEqual(
    ['executive', 'program-office', 'technical', 'contracting', 'end-user', 'evaluator'].map(
      (level) => `level-not-met:${level}`,
    ),
  );
});

test('best and typical stage: the highest, and the lower median, of the people at the level', () => {
  const people = [
    person('a', 'technical', 'trusts-us'),
    person('b', 'technical', 'unknown'),
    person('c', 'technical', 'knows-us'),
    person('d', 'technical', 'likes-us'),
  ];
  const technical = row(getCoverage(input({ stakeholders: people, contacts: [] })), 'technical');
  expect([technical.bestStage, technical.typicalStage]).toEqual(['trusts-us', 'knows-us']);
});

test('contacts in the last 30 and 90 days; older contact has lapsed', () => {
  const contacts = [
    contact('old', [ids.msSmith], [ids.janeDoe], '2014-03-01'),
    contact('recent', [ids.robHopp], [ids.rickYen], '2014-06-15'),
    contact('new', [ids.msSmith], [ids.janeDoe], '2014-07-20'),
  ];
  const technical = row(getCoverage(input({ contacts, today: '2014-08-01' })), 'technical');
  expect([technical.heldLast30, technical.heldLast90, technical.status, technical.lastContact]).toEqual([
    1,
    2,
    'covered',
    '2014-07-20',
  ]);
  expect(row(getCoverage(input({ contacts, today: '2014-12-01' })), 'technical').status).toBe('lapsed');
});

test('stakeholders filed under "other" get a row of their own, never a flag', () => {
  const rows = getCoverage(input({ stakeholders: [...plan.stakeholders, person('x', 'other')] }));
  expect(rows.at(-1)?.level).toBe('other');
  expect(kinds(getCoverageFlags(rows, plan.contacts, today, null))).not.toContain('level-not-met:other');
});

test('a contact "held" on a day still to come counts as planned: the level is not painted covered', () => {
  const endUser = person('user', 'end-user');
  const rows = getCoverage(
    input({
      stakeholders: [...plan.stakeholders, endUser],
      contacts: [...plan.contacts, contact('next-month', ['user'], [ids.billKahn], addDays(today, 30))],
    }),
  );
  const level = row(rows, 'end-user');
  expect(level.status).toBe('planned-only');
  expect(level.heldLast30).toBe(0);
  expect(level.lastContact).toBeNull();
  expect(level.nextPlanned).toBe(addDays(today, 30));
  expect(level.counterparts.map((each) => each.hasMet)).toEqual([false]);
});
