import { describe, expect, test } from 'vitest';
import { parsePeople, parsePerson, splitItems } from '../../../src/domain/import/cells';
import { parseWhen } from '../../../src/domain/import/when';

const ours = ['Your Company', 'Our Company'];

describe('people in a cell', () => {
  test.each([
    ['General Jones—PEO', { name: 'General Jones', title: 'PEO', company: '' }],
    ['Ms. Smith — Tech Lead', { name: 'Ms. Smith', title: 'Tech Lead', company: '' }],
    ['GS14 Rob Hopp—S/W Lead', { name: 'Rob Hopp', title: 'GS14 S/W Lead', company: '' }],
    [
      'Col. Dana Whitfield — Program Manager, PMO',
      { name: 'Dana Whitfield', title: 'Col. Program Manager, PMO', company: '' },
    ],
    ['Dr. Alan Cho (Chief Engineer)', { name: 'Alan Cho', title: 'Dr. Chief Engineer', company: '' }],
    ['Bill Kahn—Your Company VP', { name: 'Bill Kahn', title: 'VP', company: 'Your Company' }],
    ['Jean-Luc Picard - Captain', { name: 'Jean-Luc Picard', title: 'Captain', company: '' }],
    ['José Núñez', { name: 'José Núñez', title: '', company: '' }],
  ])('%s', (raw, expected) => {
    expect(parsePerson(raw, ours)).toEqual(expected);
  });

  test('one per line or separated by semicolons', () => {
    expect(
      parsePeople('Bill Kahn — VP Programs\nSue Kemp — Capture Manager', ours).map((person) => person.name),
    ).toEqual(['Bill Kahn', 'Sue Kemp']);
    expect(parsePeople('Zoë Brontë; Åsa Lindqvist', ours).map((person) => person.name)).toEqual([
      'Zoë Brontë',
      'Åsa Lindqvist',
    ]);
  });
});

describe('asks and tells', () => {
  test('bullets, line breaks and question marks split items; questions are asks, statements and “Message:” tells', () => {
    expect(
      splitItems(
        '• What is the acquisition strategy for the recompete?\n• Is a draft RFP planned before Q3?\n• Message: we have invested in a DevSecOps lab for this mission',
      ),
    ).toEqual([
      { kind: 'ask', text: 'What is the acquisition strategy for the recompete?' },
      { kind: 'ask', text: 'Is a draft RFP planned before Q3?' },
      { kind: 'tell', text: 'we have invested in a DevSecOps lab for this mission' },
    ]);
    expect(splitItems('What is the acquisition strategy? What is its opinion of our company’s performance?')).toEqual([
      { kind: 'ask', text: 'What is the acquisition strategy?' },
      { kind: 'ask', text: 'What is its opinion of our company’s performance?' },
    ]);
    expect(splitItems('Express corporate commitment to this program and investment to date')).toEqual([
      { kind: 'tell', text: 'Express corporate commitment to this program and investment to date' },
    ]);
    expect(splitItems('Find out the budget')).toEqual([{ kind: 'ask', text: 'Find out the budget' }]);
  });
});

describe('when', () => {
  test.each([
    [
      '7/23/14 3:30–4:30',
      null,
      false,
      { date: '2014-07-23', startTime: '15:30', endTime: '16:30', assumedAfternoon: true, problem: null },
    ],
    [
      '7/23/2014 10:00 am - 11:30 am',
      null,
      false,
      { date: '2014-07-23', startTime: '10:00', endTime: '11:30', assumedAfternoon: false, problem: null },
    ],
    [
      '2026-09-10',
      '08:30',
      false,
      { date: '2026-09-10', startTime: '08:30', endTime: null, assumedAfternoon: false, problem: null },
    ],
    [
      '04/03/2026',
      '10:00',
      true,
      { date: '2026-03-04', startTime: '10:00', endTime: null, assumedAfternoon: false, problem: null },
    ],
    [
      '04/03/2026',
      null,
      false,
      { date: '2026-04-03', startTime: null, endTime: null, assumedAfternoon: false, problem: null },
    ],
    [
      'next Tuesday',
      null,
      false,
      {
        date: null,
        startTime: null,
        endTime: null,
        assumedAfternoon: false,
        problem: '“next Tuesday” has no date in it',
      },
    ],
    [
      '31/02/2026',
      null,
      true,
      {
        date: null,
        startTime: null,
        endTime: null,
        assumedAfternoon: false,
        problem: '“31/02/2026” is not a real date (read day first)',
      },
    ],
  ] as const)('%s %s', (dateText, timeText, dayFirst, expected) => {
    expect(parseWhen(dateText, timeText, dayFirst)).toEqual(expected);
  });

  test('a real date cell is a calendar day, and a separate time range is read', () => {
    expect(parseWhen({ day: '2026-02-10' }, '10:00-11:00', false)).toMatchObject({
      date: '2026-02-10',
      startTime: '10:00',
      endTime: '11:00',
    });
    expect(parseWhen(46063, '14:00-14:30', false)).toMatchObject({
      date: '2026-02-10',
      startTime: '14:00',
      endTime: '14:30',
    });
  });

  test('a real time cell, a bare fraction of a day, or a date-and-time cell is an exact time: no afternoon guess', () => {
    const exact = { date: '2026-04-09', startTime: '11:30', endTime: null, assumedAfternoon: false, problem: null };
    expect(parseWhen({ day: '2026-04-09' }, { time: '11:30' }, false)).toEqual(exact);
    expect(parseWhen({ day: '2026-04-09' }, 0.479166666666667, false)).toEqual(exact);
    expect(parseWhen({ day: '2026-04-09', time: '11:30' }, null, false)).toEqual(exact);
    expect(parseWhen({ day: '2026-04-09' }, { time: '03:15' }, false)).toMatchObject({
      startTime: '03:15',
      assumedAfternoon: false,
    });
  });

  test('minutes past 59 are not a time', () => {
    expect(parseWhen('2026-04-09', '6:67', false)).toMatchObject({ startTime: null, endTime: null });
  });
});
