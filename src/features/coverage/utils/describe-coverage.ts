import { customerLevelLabels } from '../../../domain/customer-level';
import type { CoverageStatus, LevelCoverage } from '../../../domain/rules/coverage';
import type { CoverageFlag } from '../../../domain/rules/coverage-flags';
import { GONE_QUIET_DAYS } from '../../../domain/rules/coverage-flags';
import type { TeamMember } from '../../../domain/team-member';
import { formatCalendarDay } from '../../../lib/dates';
import { countLabel, nounFor } from '../../../domain/count-label';

/** Each status has words as well as a colour, so colour is never the only signal. */
export const coverageStatusLabels: Record<CoverageStatus, string> = {
  covered: 'Covered',
  lapsed: 'Lapsed',
  'planned-only': 'Planned only',
  'not-contacted': 'Not contacted',
  'nobody-known': 'Nobody known',
};

export const coverageStatusHints: Record<CoverageStatus, string> = {
  covered: 'met in the last 90 days',
  lapsed: 'met, but not in the last 90 days',
  'planned-only': 'a contact is planned, nobody met yet',
  'not-contacted': 'people known, nobody met or planned',
  'nobody-known': 'no stakeholder known at this level',
};

const names = (list: string[]): string =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;

const levelName = (level: LevelCoverage['level']) => customerLevelLabels[level];

const whyNotMet = (row: LevelCoverage): string => {
  const known = row.stakeholders.map((person) => person.stakeholder.name);
  if (row.status === 'nobody-known')
    return 'nobody at this level is known yet. Find out who they are and add them as stakeholders.';
  if (row.status === 'planned-only') {
    const when = row.nextPlanned
      ? ` (next on ${formatCalendarDay(row.nextPlanned)})`
      : ' (its date has passed: mark it held or re-plan it)';
    return `${names(known)} ${known.length === 1 ? 'is' : 'are'} known and a contact is planned${when}, but nobody has met them yet.`;
  }
  return `${names(known)} ${known.length === 1 ? 'is' : 'are'} known, but nobody has met or planned to meet them.`;
};

/** A flag in words: what is wrong and why it matters. */
export const describeFlag = (
  flag: CoverageFlag,
  teamMembers: readonly TeamMember[],
): { title: string; reason: string } => {
  switch (flag.kind) {
    case 'level-not-met':
      return {
        title: `${levelName(flag.level)}: nobody contacted`,
        reason: `No held contact at this level — ${whyNotMet(flag.row)}`,
      };
    case 'top-heavy':
      return {
        title: 'Top-heavy plan',
        reason: `${flag.contactCount === 1 ? 'The one contact is' : `All ${countLabel(flag.contactCount, 'contact')} are`} with the executive level${flag.executives.length > 0 ? ` (${names(flag.executives.map((person) => person.name))})` : ''}. Covering only high-ranking customers is the most common capture pitfall: the program office, technical staff and end users shape the requirement.`,
      };
    case 'single-thread': {
      const ours = teamMembers.find((person) => person.id === flag.teamMemberId)?.name ?? 'one person';
      return {
        title: `${flag.stakeholder.name}: only ${ours} has met them`,
        reason: `${flag.meetings === 1 ? 'The one held contact was' : `All ${countLabel(flag.meetings, 'held contact')} were`} with ${ours} alone on our side. If ${ours} leaves the pursuit, the relationship goes too: bring a second person next time.`,
      };
    }
    case 'gone-quiet':
      return {
        title: `${flag.stakeholder.name}: not contacted for ${countLabel(flag.days, 'day')}`,
        reason: `Last met on ${formatCalendarDay(flag.lastMet)}, over ${countLabel(GONE_QUIET_DAYS, 'day')} ago. ${flag.nextPlanned ? `A contact is planned for ${formatCalendarDay(flag.nextPlanned)}.` : 'Nothing is planned: relationships cool when left alone.'}`,
      };
    case 'quiet-period-soon':
      return {
        title: `Quiet period in ${countLabel(flag.daysLeft, 'day')}, levels still uncovered`,
        reason: `From ${formatCalendarDay(flag.start)} only the contracting officer may be contacted, and nobody has met the ${names(flag.levels.map((level) => levelName(level).toLowerCase()))} ${nounFor(flag.levels.length, 'level')} yet.`,
      };
  }
};

/** "Bill Kahn — same level", or "Sue Kemp (planned) — counterpart for program office". */
export const counterpartText = (counterpart: LevelCoverage['counterparts'][number]): string => {
  const level = counterpart.teamMember.counterpartLevel;
  const match = counterpart.levelMatches
    ? 'same level'
    : level
      ? `counterpart for ${levelName(level).toLowerCase()}`
      : 'no counterpart level set';
  return `${counterpart.teamMember.name}${counterpart.hasMet ? '' : ' (planned)'} — ${match}`;
};
