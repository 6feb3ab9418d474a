import { describe, expect, test } from 'vitest';
import { buildExamplePlan, examplePlanIds as ids } from '../../../src/data/example-plan';
import type { Contact } from '../../../src/domain/contact';
import {
  emptyContactFilters,
  filterContactRows,
  sortContactRows,
} from '../../../src/features/contact-plan/utils/contact-filters';
import { buildContactRows, quietPeriodStanding } from '../../../src/features/contact-plan/utils/contact-rows';
import { addDays } from '../../../src/domain/calendar-day';
import { quietPeriodStartOf } from '../../../src/domain/opportunity';
import { formatCalendarDay } from '../../../src/lib/dates';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z', '2026-11-23');
const opportunity = plan.opportunities[0];
if (!opportunity) throw new Error('the example plan has an opportunity');
const rowsOf = (contacts: Contact[]) =>
  buildContactRows(opportunity, contacts, plan.stakeholders, plan.teamMembers, 14);

describe('buildContactRows', () => {
  test('shows the seed plan as the capture guide writes it, with no flags', () => {
    const [pentagon, lab] = rowsOf(plan.contacts);
    expect(pentagon?.who).toBe('General Jones — PEO');
    expect(pentagon?.attendees).toBe('Bill Kahn — VP; Sue Kemp — Opportunity Manager');
    expect(pentagon?.when).toBe('Nov 16, 2026, 3:30 PM–4:30 PM'); // a week before the plan was loaded
    expect(pentagon?.flags).toEqual([]);
    expect(lab?.customerLevels).toEqual(['technical']);
  });

  test('explains each broken rule in words', () => {
    const [pentagon] = plan.contacts;
    if (!pentagon) throw new Error('missing contact');
    const late = {
      ...pentagon,
      status: 'planned' as const,
      heldDate: null,
      date: '2027-02-23',
      attendeeIds: [ids.billKahn],
    } as Contact;
    const [row] = rowsOf([late]);
    expect(row?.flags.map((flag) => flag.label)).toEqual(['Two-person rule', 'Quiet period']);
    expect(row?.flags[0]?.explanation).toMatch(/^Only one of ours attends/);
    expect(row?.flags[1]?.explanation).toMatch(
      /quiet-period start \(Feb 22, 2027\) with General Jones, who is not a contracting officer\. It needs a reason\./,
    );
  });
});

describe('the quiet period in words', () => {
  const start = quietPeriodStartOf(opportunity);
  if (start === null) throw new Error('the example plan has a quiet-period start');
  const [pentagon] = plan.contacts;
  if (!pentagon) throw new Error('missing contact');
  const nameOf = (id: string) => plan.stakeholders.find((person) => person.id === id)?.name ?? 'someone';
  const inside = (stakeholderIds: string[]) =>
    ({ ...pentagon, status: 'planned', heldDate: null, date: addDays(start, 3), stakeholderIds }) as Contact;

  test('a meeting with the contracting officer alone, inside the quiet period: no flag, and said to be allowed', () => {
    const [row] = rowsOf([inside([ids.patLee])]);
    expect(row?.flags).toEqual([]);
    expect(row?.notes).toEqual([
      {
        rule: 'quiet-period',
        label: 'Quiet period: CO only',
        explanation: `Inside the quiet period (from ${formatCalendarDay(start)}) with the contracting officer (Pat Lee) only: allowed, as FAR 15.201 permits. Adding anyone else would need a reason.`,
      },
    ]);
    expect(row?.searchText).toContain('quiet period: co only');
    const standing = row ? quietPeriodStanding(row.quietPeriod, nameOf) : '';
    expect(standing).toBe(
      `it is inside the quiet period (from ${formatCalendarDay(start)}) and allowed: only the contracting officer (Pat Lee) is met, as FAR 15.201 permits`,
    );
    expect(standing).not.toMatch(/outside/);
  });

  test('anyone else with the contracting officer is flagged, and the note goes', () => {
    const [row] = rowsOf([inside([ids.patLee, ids.msSmith, ids.robHopp])]);
    expect(row?.notes).toEqual([]);
    expect(row?.flags.map((flag) => flag.label)).toEqual(['Quiet period']);
    expect(row?.flags[0]?.explanation).toContain(
      'with Ms. Smith and Rob Hopp, who are not contracting officers. It needs a reason.',
    );
    expect(row ? quietPeriodStanding(row.quietPeriod, nameOf) : '').toContain(
      'with Ms. Smith and Rob Hopp, who are not contracting officers',
    );
  });

  test('before the quiet period, the words say when it starts', () => {
    const [row] = rowsOf([{ ...inside([ids.generalJones]), date: addDays(start, -1) }]);
    expect(row?.flags).toEqual([]);
    expect(row?.notes).toEqual([]);
    expect(row ? quietPeriodStanding(row.quietPeriod, nameOf) : '').toBe(
      `it is before the quiet period, which starts ${formatCalendarDay(start)}`,
    );
  });

  test('undated, cancelled, with nobody yet, and with no quiet-period date: each said as it is', () => {
    const standingOf = (contact: Contact, of = opportunity) => {
      const [row] = buildContactRows(of, [contact], plan.stakeholders, plan.teamMembers, 14);
      return row ? quietPeriodStanding(row.quietPeriod, nameOf) : '';
    };
    expect(standingOf({ ...inside([ids.generalJones]), date: null })).toBe(
      'it has no date yet, so the quiet period cannot be checked',
    );
    expect(standingOf({ ...inside([ids.generalJones]), status: 'cancelled' })).toBe(
      'it is cancelled, so the quiet period does not apply',
    );
    expect(standingOf(inside([]))).toBe(
      `it is inside the quiet period (from ${formatCalendarDay(start)}), so only a contracting officer may be met`,
    );
    expect(
      standingOf(inside([ids.generalJones]), {
        ...opportunity,
        draftRfpDate: null,
        finalRfpDate: null,
        quietPeriodStart: null,
      }),
    ).toBe('the pursuit has no quiet-period date yet');
  });

  test('days apart are counted in words: 1 day, not 1 days', () => {
    const first = { ...inside([ids.generalJones]), id: 'first', date: addDays(start, -30) } as unknown as Contact;
    const second = {
      ...first,
      id: 'second',
      date: addDays(start, -29),
      attendeeIds: [ids.janeDoe, ids.rickYen],
      items: [],
    } as unknown as Contact;
    const [row] = rowsOf([first, second]);
    expect(row?.flags.find((flag) => flag.label === 'Deconflict')?.explanation).toContain(
      'General Jones is also met 1 day apart',
    );
  });
});

describe('filtering and sorting', () => {
  const rows = rowsOf(plan.contacts);
  test('text matches every word anywhere in the row, in any case', () => {
    expect(filterContactRows(rows, { ...emptyContactFilters, text: 'KPIs lab' }).map((row) => row.contact.id)).toEqual([
      ids.labDemo,
    ]);
    expect(
      filterContactRows(rows, { ...emptyContactFilters, text: 'pentagon slides' }).map((row) => row.contact.id),
    ).toEqual([ids.pentagonMeeting]);
  });

  test('by person, level, status and date range', () => {
    const ids_ = (filters: Partial<typeof emptyContactFilters>) =>
      filterContactRows(rows, { ...emptyContactFilters, ...filters }).map((row) => row.contact.id);
    expect(ids_({ attendeeId: ids.rickYen })).toEqual([ids.labDemo]);
    expect(ids_({ stakeholderId: ids.generalJones })).toEqual([ids.pentagonMeeting]);
    expect(ids_({ level: 'executive' })).toEqual([ids.pentagonMeeting]);
    expect(ids_({ status: 'held' })).toEqual([ids.pentagonMeeting]);
    expect(ids_({ from: '2026-11-30', to: '2026-11-30' })).toEqual([ids.labDemo]);
    expect(ids_({ to: '2026-11-23' })).toEqual([ids.pentagonMeeting]);
  });

  test('sorts by when, undated last, and either way', () => {
    const undated = { ...plan.contacts[0], id: 'undated', date: null } as unknown as Contact;
    const all = rowsOf([undated, ...plan.contacts]);
    expect(sortContactRows(all, 'when', 'ascending').map((row) => row.contact.id)).toEqual([
      ids.pentagonMeeting,
      ids.labDemo,
      'undated',
    ]);
    expect(sortContactRows(all, 'when', 'descending').map((row) => row.contact.id)).toEqual([
      'undated',
      ids.labDemo,
      ids.pentagonMeeting,
    ]);
  });
});
