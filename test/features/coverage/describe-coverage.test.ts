import { describe, expect, test } from 'vitest';
import type { CoverageFlag } from '../../../src/domain/rules/coverage-flags';
import type { Stakeholder } from '../../../src/domain/stakeholder';
import { describeFlag } from '../../../src/features/coverage/utils/describe-coverage';

const jones = { id: 'jones', name: 'General Jones' } as Stakeholder;

describe('coverage flags count in words', () => {
  test('one day, one level: singular', () => {
    const flag: CoverageFlag = { kind: 'quiet-period-soon', start: '2027-03-01', daysLeft: 1, levels: ['end-user'] };
    expect(describeFlag(flag, [])).toEqual({
      title: 'Quiet period in 1 day, levels still uncovered',
      reason:
        'From Mar 1, 2027 only the contracting officer may be contacted, and nobody has met the end user level yet.',
    });
  });

  test('many days and levels: plural, with thousands separated', () => {
    const flag: CoverageFlag = {
      kind: 'quiet-period-soon',
      start: '2027-03-01',
      daysLeft: 12,
      levels: ['end-user', 'evaluator'],
    };
    expect(describeFlag(flag, []).title).toBe('Quiet period in 12 days, levels still uncovered');
    expect(describeFlag(flag, []).reason).toContain('the end user and evaluator levels yet.');
    const quiet: CoverageFlag = {
      kind: 'gone-quiet',
      stakeholder: jones,
      lastMet: '2023-01-02',
      days: 1234,
      nextPlanned: null,
    };
    expect(describeFlag(quiet, []).title).toBe('General Jones: not contacted for 1,234 days');
    expect(describeFlag(quiet, []).reason).toMatch(/^Last met on Jan 2, 2023, over 60 days ago\./);
  });

  test('a top-heavy plan of one contact, or of two thousand', () => {
    const one: CoverageFlag = { kind: 'top-heavy', contactCount: 1, executives: [jones] };
    expect(describeFlag(one, []).reason).toMatch(/^The one contact is with the executive level \(General Jones\)\./);
    const many: CoverageFlag = { kind: 'top-heavy', contactCount: 2000, executives: [] };
    expect(describeFlag(many, []).reason).toMatch(/^All 2,000 contacts are with the executive level\./);
  });

  test('single-threaded: the one held contact, or all of them', () => {
    const flag = (meetings: number): CoverageFlag => ({
      kind: 'single-thread',
      stakeholder: jones,
      teamMemberId: 'bill',
      meetings,
    });
    const team = [{ id: 'bill', name: 'Bill Kahn' }] as unknown as Parameters<typeof describeFlag>[1];
    expect(describeFlag(flag(1), team).reason).toMatch(/^The one held contact was with Bill Kahn alone/);
    expect(describeFlag(flag(1500), team).reason).toMatch(/^All 1,500 held contacts were with Bill Kahn alone/);
  });
});
