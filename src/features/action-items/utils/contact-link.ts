import { hrefs } from '../../../config/routes';
import type { Contact } from '../../../domain/contact';
import type { Stakeholder } from '../../../domain/stakeholder';
import { formatCalendarDay } from '../../../lib/dates';

/** A link in a cell, or plain words when there is nowhere to go. */
export type CellLink = { label: string; href: string | null };

/** "General Jones, Mar 3, 2026": a contact by whom we met and when. */
export const contactLabel = (contact: Contact, stakeholders: readonly Stakeholder[]): string => {
  const who = contact.stakeholderIds
    .map((id) => stakeholders.find((person) => person.id === id)?.name ?? 'someone')
    .join(', ');
  const day = contact.heldDate ?? contact.date;
  return `${who || 'Contact'}${day ? `, ${formatCalendarDay(day)}` : ''}`;
};

/** The meeting an item came from, linked to its debriefs and outcome once it has been held. */
export const contactLink = (contact: Contact | undefined, stakeholders: readonly Stakeholder[]): CellLink | null =>
  contact
    ? {
        label: contactLabel(contact, stakeholders),
        href: contact.status === 'held' ? hrefs.compareDebriefs(contact.opportunityId, contact.id) : null,
      }
    : null;
