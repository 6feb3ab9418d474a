import { describe, expect, test } from 'vitest';
import { buildExamplePlan, examplePlanIds as ids } from '../../../src/data/example-plan';
import type { Contact } from '../../../src/domain/contact';
import {
  emptyContactFilters,
  filterContactRows,
  sortContactRows,
} from '../../../src/features/contact-plan/utils/contact-filters';
import { buildContactRows } from '../../../src/features/contact-plan/utils/contact-rows';

const plan = buildExamplePlan('2026-11-23T12:00:00.000Z');
const opportunity = plan.opportunities[0];
if (!opportunity) throw new Error('the example plan has an opportunity');
const rowsOf = (contacts: Contact[]) =>
  buildContactRows(opportunity, contacts, plan.stakeholders, plan.teamMembers, 14);

describe('buildContactRows', () => {
  test('shows the seed plan as the capture guide writes it, with no flags', () => {
    const [pentagon, lab] = rowsOf(plan.contacts);
    expect(pentagon?.who).toBe('General Jones — PEO');
    expect(pentagon?.attendees).toBe('Bill Kahn — VP; Sue Kemp — Opportunity Manager');
    expect(pentagon?.when).toBe('Jul 23, 2014, 3:30 PM–4:30 PM');
    expect(pentagon?.flags).toEqual([]);
    expect(lab?.customerLevels).toEqual(['technical']);
  });

  test('explains each broken rule in words', () => {
    const [pentagon] = plan.contacts;
    if (!pentagon) throw new Error('missing contact');
    const late = { ...pentagon, date: '2014-10-02', attendeeIds: [ids.billKahn] } as Contact;
    const [row] = rowsOf([late]);
    expect(row?.flags.map((flag) => flag.label)).toEqual(['Two-person rule', 'Quiet period']);
    expect(row?.flags[0]?.explanation).toMatch(/^Only one of ours attends/);
    expect(row?.flags[1]?.explanation).toMatch(
      /quiet-period start \(Oct 1, 2014\) with General Jones, who is not a contracting officer\. It needs a reason\./,
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
    expect(ids_({ from: '2014-07-24', to: '2014-07-24' })).toEqual([ids.labDemo]);
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
