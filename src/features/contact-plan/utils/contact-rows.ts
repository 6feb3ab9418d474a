import { customerLevelLabels, type CustomerLevel } from '../../../domain/customer-level';
import type { Contact, ContactItem } from '../../../domain/contact';
import { contactStatusLabels } from '../../../domain/contact';
import type { Opportunity } from '../../../domain/opportunity';
import { findDeconflictionFlags } from '../../../domain/rules/deconfliction';
import { checkContactQuietPeriod, type ContactQuietPeriodCheck } from '../../../domain/rules/quiet-period';
import { checkTwoPersonRule } from '../../../domain/rules/two-person';
import type { Stakeholder } from '../../../domain/stakeholder';
import type { TeamMember } from '../../../domain/team-member';
import { personLabel } from '../../../domain/person-label';
import { countLabel, nounFor } from '../../../domain/count-label';
import { formatCalendarDay, formatWhen } from '../../../lib/dates';

/** A rule a contact breaks, with a short label for the grid and a sentence that explains it. */
export type ContactFlag = {
  rule: 'two-person' | 'quiet-period' | 'deconfliction';
  label: string;
  explanation: string;
  severity: 'warning' | 'danger';
};

/**
 * Something true about a contact that is worth saying but breaks no rule: a meeting inside the
 * quiet period with the contracting officer alone is allowed, and the plan says so in words.
 */
export type ContactNote = {
  rule: 'quiet-period';
  label: string;
  explanation: string;
};

/** One row of the contact plan as shown: the record plus the text of each column. */
export type ContactRow = {
  contact: Contact;
  who: string;
  attendees: string;
  items: readonly ContactItem[];
  when: string;
  flags: ContactFlag[];
  notes: ContactNote[];
  /** Where the contact stands against the quiet period, for the words of the detail panel. */
  quietPeriod: ContactQuietPeriodCheck;
  customerLevels: CustomerLevel[];
  /** Lower-case text of every column, for filter-as-you-type. */
  searchText: string;
};

export const whenLabel = (contact: Pick<Contact, 'date' | 'startTime' | 'endTime'>) =>
  formatWhen(contact.date, contact.startTime, contact.endTime);

const names = (list: readonly string[]): string =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1) ?? ''}`;

/** "the contracting officer (Pat Lee)", or "the contracting officers (Pat Lee and Kim Roe)". */
const contractingOfficers = (ids: readonly string[], nameOf: (id: string) => string): string =>
  `the ${nounFor(ids.length, 'contracting officer', 'contracting officers')} (${names(ids.map(nameOf))})`;

/** "who is not a contracting officer", "who are not contracting officers". */
const notContractingOfficers = (count: number): string =>
  count === 1 ? 'who is not a contracting officer' : 'who are not contracting officers';

/**
 * The quiet-period part of "no rule is broken: …", in words that never call a contact inside the
 * quiet period "outside" it. `nameOf` names a stakeholder.
 */
export const quietPeriodStanding = (check: ContactQuietPeriodCheck, nameOf: (id: string) => string): string => {
  switch (check.kind) {
    case 'not-judged':
      return check.why === 'no-quiet-period-date'
        ? 'the pursuit has no quiet-period date yet'
        : check.why === 'undated'
          ? 'it has no date yet, so the quiet period cannot be checked'
          : 'it is cancelled, so the quiet period does not apply';
    case 'before-quiet-period':
      return `it is before the quiet period, which starts ${formatCalendarDay(check.start)}`;
    case 'inside-no-customer-yet':
      return `it is inside the quiet period (from ${formatCalendarDay(check.start)}), so only a contracting officer may be met`;
    case 'contracting-officer-only':
      return `it is inside the quiet period (from ${formatCalendarDay(check.start)}) and allowed: only ${contractingOfficers(check.contractingOfficerIds, nameOf)} ${nounFor(check.contractingOfficerIds.length, 'is', 'are')} met, as FAR 15.201 permits`;
    case 'inside-quiet-period':
      return `it is inside the quiet period (from ${formatCalendarDay(check.start)}) with ${names(check.nonContractingOfficerIds.map(nameOf))}, ${notContractingOfficers(check.nonContractingOfficerIds.length)}`;
  }
};

/** Judges every contact against the rules and turns them into rows. Pure: the grid memoizes it. */
export const buildContactRows = (
  opportunity: Opportunity,
  contacts: readonly Contact[],
  stakeholders: readonly Stakeholder[],
  teamMembers: readonly TeamMember[],
  deconflictionWindowDays: number,
): ContactRow[] => {
  const stakeholdersById = new Map<string, Stakeholder>(stakeholders.map((person) => [person.id, person]));
  const teamById = new Map<string, TeamMember>(teamMembers.map((person) => [person.id, person]));
  const contactsById = new Map<string, Contact>(contacts.map((contact) => [contact.id, contact]));
  const deconfliction = findDeconflictionFlags(contacts, deconflictionWindowDays);
  const nameOf = (id: string) => stakeholdersById.get(id)?.name ?? 'someone';
  const teamNamesOf = (ids: readonly string[]) => ids.map((id) => teamById.get(id)?.name ?? 'someone').join(' and ');

  return contacts.map((contact) => {
    const flags: ContactFlag[] = [];
    const twoPerson = checkTwoPersonRule(contact);
    if (twoPerson.kind === 'too-few-attendees') {
      flags.push({
        rule: 'two-person',
        label: 'Two-person rule',
        severity: 'warning',
        explanation: `${twoPerson.attendeeCount === 0 ? 'None of ours attends' : 'Only one of ours attends'}: send at least two, so one can talk while the other takes notes, and two accounts can be compared afterwards.`,
      });
    }
    const quiet = checkContactQuietPeriod(contact, opportunity, stakeholdersById);
    const notes: ContactNote[] = [];
    if (quiet.kind === 'contracting-officer-only') {
      notes.push({
        rule: 'quiet-period',
        label: 'Quiet period: CO only',
        explanation: `Inside the quiet period (from ${formatCalendarDay(quiet.start)}) with ${contractingOfficers(quiet.contractingOfficerIds, nameOf)} only: allowed, as FAR 15.201 permits. Adding anyone else would need a reason.`,
      });
    }
    if (quiet.kind === 'inside-quiet-period') {
      flags.push({
        rule: 'quiet-period',
        label: 'Quiet period',
        severity: 'danger',
        explanation: `On or after the quiet-period start (${formatCalendarDay(quiet.start)}) with ${names(quiet.nonContractingOfficerIds.map(nameOf))}, ${notContractingOfficers(quiet.nonContractingOfficerIds.length)}. ${quiet.hasReason ? `Reason given: “${contact.quietPeriodReason}”.` : 'It needs a reason.'}`,
      });
    }
    for (const flag of deconfliction.get(contact.id) ?? []) {
      const other = contactsById.get(flag.otherContactId);
      const otherWhen = other ? whenLabel(other) : 'another contact';
      flags.push(
        flag.kind === 'close-contact'
          ? {
              rule: 'deconfliction',
              label: 'Deconflict',
              severity: 'warning',
              explanation: `${nameOf(flag.stakeholderId)} is also met ${countLabel(flag.daysApart, 'day')} apart (${otherWhen}) by ${other ? teamNamesOf(other.attendeeIds) || 'nobody named' : 'others'}: coordinate so the customer is not visited twice.`,
            }
          : {
              rule: 'deconfliction',
              label: 'Repeated ask',
              severity: 'warning',
              explanation: `“${flag.askText}” is also asked of ${nameOf(flag.stakeholderId)} in the contact of ${otherWhen}: ask it once.`,
            },
      );
    }

    const who = contact.stakeholderIds.map((id) => personLabel(stakeholdersById.get(id))).join('; ');
    const attendees = contact.attendeeIds.map((id) => personLabel(teamById.get(id))).join('; ');
    const when = whenLabel(contact);
    const customerLevels = [
      ...new Set(contact.stakeholderIds.flatMap((id) => stakeholdersById.get(id)?.customerLevel ?? [])),
    ];
    return {
      contact,
      who,
      attendees,
      items: contact.items,
      when,
      flags,
      notes,
      quietPeriod: quiet,
      customerLevels,
      searchText: [
        who,
        attendees,
        ...contact.items.map((item) => item.text),
        when,
        contact.location,
        contact.objective,
        contact.method,
        contactStatusLabels[contact.status],
        ...customerLevels.map((level) => customerLevelLabels[level]),
        ...flags.map((flag) => flag.label),
        ...notes.map((note) => note.label),
      ]
        .join('\n')
        .toLowerCase(),
    };
  });
};
