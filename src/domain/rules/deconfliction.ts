import { daysBetween } from '../calendar-day';
import type { Contact, ContactItem } from '../contact';

/**
 * Consultants, liaisons, field reps and our own staff must not visit the same customer person
 * separately within days of each other, nor put the same question to them twice: it wastes the
 * customer's time and shows we do not talk to each other. The window is a setting.
 */
export const DEFAULT_DECONFLICTION_WINDOW_DAYS = 14;

export type DeconflictionFlag =
  | { kind: 'close-contact'; stakeholderId: string; otherContactId: string; daysApart: number }
  | { kind: 'repeated-ask'; stakeholderId: string; otherContactId: string; askText: string };

/** Plain string ids, so the rule can judge contacts from the database and rows being imported alike. */
export type DeconflictableContact = Pick<Contact, 'date' | 'status'> & {
  id: string;
  stakeholderIds: readonly string[];
  attendeeIds: readonly string[];
  items: readonly Pick<ContactItem, 'kind' | 'text'>[];
};

const normalizeAsk = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[?.!\s]+$/, '')
    .trim();

const sameAttendees = (a: readonly string[], b: readonly string[]) => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
};

/** Flags per contact id. Cancelled contacts neither get nor cause flags; undated ones only for repeated asks. */
export const findDeconflictionFlags = (
  contacts: readonly DeconflictableContact[],
  windowDays: number = DEFAULT_DECONFLICTION_WINDOW_DAYS,
): Map<string, DeconflictionFlag[]> => {
  const flags = new Map<string, DeconflictionFlag[]>();
  const add = (contactId: string, flag: DeconflictionFlag) => {
    const list = flags.get(contactId);
    if (list) list.push(flag);
    else flags.set(contactId, [flag]);
  };

  const byStakeholder = new Map<string, DeconflictableContact[]>();
  for (const contact of contacts) {
    if (contact.status === 'cancelled') continue;
    for (const stakeholderId of new Set(contact.stakeholderIds)) {
      const list = byStakeholder.get(stakeholderId);
      if (list) list.push(contact);
      else byStakeholder.set(stakeholderId, [contact]);
    }
  }

  for (const [stakeholderId, group] of byStakeholder) {
    // Close contacts by different people: a sliding window over the dated ones, in date order.
    const dated = group
      .filter((contact) => contact.date !== null)
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    for (let i = 0; i < dated.length; i += 1) {
      const first = dated[i] as DeconflictableContact;
      for (let j = i + 1; j < dated.length; j += 1) {
        const second = dated[j] as DeconflictableContact;
        const daysApart = daysBetween(first.date ?? '', second.date ?? '');
        if (daysApart > windowDays) break;
        if (sameAttendees(first.attendeeIds, second.attendeeIds)) continue;
        add(first.id, { kind: 'close-contact', stakeholderId, otherContactId: second.id, daysApart });
        add(second.id, { kind: 'close-contact', stakeholderId, otherContactId: first.id, daysApart });
      }
    }

    // The same ask put to the same person in more than one contact.
    const byAsk = new Map<string, { contact: DeconflictableContact; text: string }[]>();
    for (const contact of group) {
      for (const item of contact.items) {
        if (item.kind !== 'ask') continue;
        const key = normalizeAsk(item.text);
        if (key === '') continue;
        const list = byAsk.get(key);
        if (list) {
          if (!list.some((entry) => entry.contact.id === contact.id)) list.push({ contact, text: item.text });
        } else byAsk.set(key, [{ contact, text: item.text }]);
      }
    }
    for (const entries of byAsk.values()) {
      if (entries.length < 2) continue;
      for (const entry of entries) {
        const other = entries.find((candidate) => candidate.contact.id !== entry.contact.id);
        if (other)
          add(entry.contact.id, {
            kind: 'repeated-ask',
            stakeholderId,
            otherContactId: other.contact.id,
            askText: entry.text,
          });
      }
    }
  }
  return flags;
};
