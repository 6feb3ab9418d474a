import { customerLevelLabels, type CustomerLevel } from '../../../domain/customer-level';
import type { Contact, ContactItem } from '../../../domain/contact';
import { contactStatusLabels } from '../../../domain/contact';
import type { Opportunity } from '../../../domain/opportunity';
import { findDeconflictionFlags } from '../../../domain/rules/deconfliction';
import { checkContactQuietPeriod } from '../../../domain/rules/quiet-period';
import { checkTwoPersonRule } from '../../../domain/rules/two-person';
import type { Stakeholder } from '../../../domain/stakeholder';
import type { TeamMember } from '../../../domain/team-member';
import { personLabel } from '../../../domain/person-label';
import { formatCalendarDay, formatWhen } from '../../../lib/dates';

/** A rule a contact breaks, with a short label for the grid and a sentence that explains it. */
export type ContactFlag = {
  rule: 'two-person' | 'quiet-period' | 'deconfliction';
  label: string;
  explanation: string;
  severity: 'warning' | 'danger';
};

/** One row of the contact plan as shown: the record plus the text of each column. */
export type ContactRow = {
  contact: Contact;
  who: string;
  attendees: string;
  items: readonly ContactItem[];
  when: string;
  flags: ContactFlag[];
  customerLevels: CustomerLevel[];
  /** Lower-case text of every column, for filter-as-you-type. */
  searchText: string;
};

export const whenLabel = (contact: Pick<Contact, 'date' | 'startTime' | 'endTime'>) =>
  formatWhen(contact.date, contact.startTime, contact.endTime);

const plural = (count: number, word: string) => `${String(count)} ${word}${count === 1 ? '' : 's'}`;

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
    if (quiet.kind === 'inside-quiet-period') {
      flags.push({
        rule: 'quiet-period',
        label: 'Quiet period',
        severity: 'danger',
        explanation: `On or after the quiet-period start (${formatCalendarDay(quiet.start)}) with ${quiet.nonContractingOfficerIds.map(nameOf).join(', ')}, who ${quiet.nonContractingOfficerIds.length === 1 ? 'is' : 'are'} not a contracting officer. ${quiet.hasReason ? `Reason given: “${contact.quietPeriodReason}”.` : 'It needs a reason.'}`,
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
              explanation: `${nameOf(flag.stakeholderId)} is also met ${plural(flag.daysApart, 'day')} apart (${otherWhen}) by ${other ? teamNamesOf(other.attendeeIds) || 'nobody named' : 'others'}: coordinate so the customer is not visited twice.`,
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
      ]
        .join('\n')
        .toLowerCase(),
    };
  });
};
