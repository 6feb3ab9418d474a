import type { Contact } from '../../../domain/contact';
import type { Stakeholder } from '../../../domain/stakeholder';
import type { TeamMember } from '../../../domain/team-member';
import { formatCalendarDay, formatTimeOfDay } from '../../../lib/dates';

/** "General Jones with Bill Kahn and Sue Kemp — held Jul 23, 2014, 3:30 PM, Pentagon, Room A410" */
export const contactSummary = ({
  contact,
  stakeholders,
  teamMembers,
}: {
  contact: Contact;
  stakeholders: readonly Stakeholder[];
  teamMembers: readonly TeamMember[];
}) => {
  const names = (ids: readonly string[], people: readonly { id: string; name: string }[]) =>
    ids.map((id) => people.find((person) => person.id === id)?.name ?? 'someone').join(', ') || 'nobody yet';
  const day = contact.heldDate ?? contact.date;
  const time = contact.heldStartTime ?? contact.startTime;
  const when = day ? `${formatCalendarDay(day)}${time ? `, ${formatTimeOfDay(time)}` : ''}` : 'not scheduled';
  return `${names(contact.stakeholderIds, stakeholders)} with ${names(contact.attendeeIds, teamMembers)} — ${contact.status === 'held' ? 'held' : 'planned'} ${when}${contact.location ? `, ${contact.location}` : ''}`;
};
