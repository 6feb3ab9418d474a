import { daysBetween, type CalendarDay } from '../calendar-day';
import type { Contact } from '../contact';
import type { CustomerLevel } from '../customer-level';
import { quietPeriodStartOf, type OpportunityFields } from '../opportunity';
import type { Stakeholder } from '../stakeholder';
import { isLevelMet, type LevelCoverage } from './coverage';

/** A relationship not tended for this long is going cold. */
export const GONE_QUIET_DAYS = 60;
/** How far ahead the quiet period is watched for levels still uncovered. */
export const QUIET_PERIOD_WARNING_DAYS = 30;

/**
 * What an executive should worry about, each with what it rests on so the screen can say why:
 * - a level nobody has met (the seed's "most common pitfall" is covering only the top);
 * - a plan whose contacts are all at the executive level (top-heavy);
 * - a stakeholder only one of our people has ever met (the relationship leaves with that person);
 * - a stakeholder met before but not for 60 days;
 * - the quiet period starting within 30 days while levels are still uncovered (after it starts,
 *   only the contracting officer may be contacted).
 */
export type CoverageFlag =
  | { kind: 'level-not-met'; level: CustomerLevel; row: LevelCoverage }
  | { kind: 'top-heavy'; contactCount: number; executives: Stakeholder[] }
  | { kind: 'single-thread'; stakeholder: Stakeholder; teamMemberId: string; meetings: number }
  | {
      kind: 'gone-quiet';
      stakeholder: Stakeholder;
      lastMet: CalendarDay;
      days: number;
      nextPlanned: CalendarDay | null;
    }
  | { kind: 'quiet-period-soon'; start: CalendarDay; daysLeft: number; levels: CustomerLevel[] };

export type CoverageFlagKind = CoverageFlag['kind'];

export const getCoverageFlags = (
  rows: readonly LevelCoverage[],
  contacts: readonly Contact[],
  today: CalendarDay,
  /** The pursuit, for its quiet period; null across pursuits (each is flagged on its own). */
  opportunity: Pick<OpportunityFields, 'quietPeriodStart' | 'draftRfpDate' | 'finalRfpDate'> | null,
): CoverageFlag[] => {
  const flags: CoverageFlag[] = [];
  const mustReach = rows.filter((row) => row.level !== 'other');

  for (const row of mustReach) if (!isLevelMet(row)) flags.push({ kind: 'level-not-met', level: row.level, row });

  // Top-heavy: the plan (held and planned contacts) reaches nobody below the executive level.
  const levelOf = new Map(
    rows.flatMap((row) => row.stakeholders.map((person) => [person.stakeholder.id as string, row.level] as const)),
  );
  const live = contacts.filter((contact) => contact.status !== 'cancelled' && contact.stakeholderIds.length > 0);
  if (
    live.length > 0 &&
    live.every((contact) => contact.stakeholderIds.every((id) => levelOf.get(id) === 'executive'))
  ) {
    const executives =
      rows
        .find((row) => row.level === 'executive')
        ?.stakeholders.filter((person) => person.held.length + person.planned.length > 0) ?? [];
    flags.push({
      kind: 'top-heavy',
      contactCount: live.length,
      executives: executives.map((person) => person.stakeholder),
    });
  }

  for (const row of rows) {
    for (const person of row.stakeholders) {
      const [onlyOne] = person.metByIds;
      if (person.metByIds.length === 1 && onlyOne !== undefined) {
        flags.push({
          kind: 'single-thread',
          stakeholder: person.stakeholder,
          teamMemberId: onlyOne,
          meetings: person.held.length,
        });
      }
      if (person.lastMet !== null) {
        const days = daysBetween(person.lastMet, today);
        if (days > GONE_QUIET_DAYS) {
          const next =
            person.planned
              .map((contact) => contact.date)
              .find((day): day is CalendarDay => day !== null && day >= today) ?? null;
          flags.push({
            kind: 'gone-quiet',
            stakeholder: person.stakeholder,
            lastMet: person.lastMet,
            days,
            nextPlanned: next,
          });
        }
      }
    }
  }

  const start = opportunity ? quietPeriodStartOf(opportunity) : null;
  if (start !== null) {
    const daysLeft = daysBetween(today, start);
    const uncovered = mustReach.filter((row) => !isLevelMet(row)).map((row) => row.level);
    if (daysLeft >= 0 && daysLeft <= QUIET_PERIOD_WARNING_DAYS && uncovered.length > 0) {
      flags.push({ kind: 'quiet-period-soon', start, daysLeft, levels: uncovered });
    }
  }
  return flags;
};
