import { toDayNumber } from '../calendar-day';
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

/** The same people in any order, repeats ignored, give the same key. */
const attendeeKey = (ids: readonly string[]) => [...new Set(ids)].sort().join(' ');

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
    // Day numbers and attendee keys are worked out once per contact, not once per pair.
    const dated = group
      .filter((contact) => contact.date !== null)
      .map((contact) => ({
        contact,
        day: toDayNumber(contact.date ?? ''),
        attendees: attendeeKey(contact.attendeeIds),
      }))
      .sort((a, b) => a.day - b.day);
    for (let i = 0; i < dated.length; i += 1) {
      const first = dated[i] as (typeof dated)[number];
      for (let j = i + 1; j < dated.length; j += 1) {
        const second = dated[j] as (typeof dated)[number];
        const daysApart = second.day - first.day;
        if (daysApart > windowDays) break;
        if (first.attendees === second.attendees) continue;
        add(first.contact.id, { kind: 'close-contact', stakeholderId, otherContactId: second.contact.id, daysApart });
        add(second.contact.id, { kind: 'close-contact', stakeholderId, otherContactId: first.contact.id, daysApart });
      }
    }

    // One entry per contact and ask, found by a set (a search of the list was quadratic: 30,000
    // contacts putting one ask to one person took half a minute).
    const byAsk = new Map<string, { entries: { contact: DeconflictableContact; text: string }[]; ids: Set<string> }>();
    for (const contact of group) {
      for (const item of contact.items) {
        if (item.kind !== 'ask') continue;
        const key = normalizeAsk(item.text);
        if (key === '') continue;
        const asked = byAsk.get(key) ?? { entries: [], ids: new Set<string>() };
        byAsk.set(key, asked);
        if (asked.ids.has(contact.id)) continue;
        asked.ids.add(contact.id);
        asked.entries.push({ contact, text: item.text });
      }
    }
    for (const { entries } of byAsk.values()) {
      if (entries.length < 2) continue;
      for (const entry of entries) {
        // Entries are one per contact, so the other contact is the first or, for the first, the second.
        const other = entries[0] === entry ? entries[1] : entries[0];
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
