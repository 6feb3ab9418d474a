import { fieldLabel } from '../domain/field-labels';
import { describeValue } from './describe-value';

const recordNouns: Record<string, string> = {
  opportunities: 'Opportunity',
  organizations: 'Organization',
  stakeholders: 'Stakeholder',
  teamMembers: 'Team member',
  contacts: 'Contact',
  debriefs: 'Debrief',
  outcomes: 'Outcome',
  actionItems: 'Action item',
  messages: 'Message',
};

/** Bookkeeping fields: they differ between any two versions and mean nothing to the reader. */
const unshown = new Set(['id', 'createdAt', 'updatedAt']);

/** What a record is, in words: its name, its text, a contact's people and day, a debrief's author. */
export const recordLabel = (table: string, record: Record<string, unknown>, names: ReadonlyMap<string, string>) => {
  const noun = recordNouns[table] ?? table;
  if (typeof record.name === 'string' && record.name) return `${noun} ${record.name}`;
  if (typeof record.text === 'string' && record.text) return `${noun}: ${record.text.slice(0, 80)}`;
  if (table === 'contacts') {
    const who = describeValue(record.stakeholderIds, { names });
    const when = typeof record.date === 'string' ? ` on ${describeValue(record.date)}` : '';
    return `${noun}${who ? ` with ${who}` : ''}${when}`;
  }
  if (table === 'debriefs' && typeof record.authorId === 'string')
    return `${noun} by ${names.get(record.authorId) ?? 'a teammate'}`;
  if (typeof record.summary === 'string' && record.summary) return `${noun}: ${record.summary.slice(0, 80)}`;
  return `${noun} of a contact`;
};

/** The fields two versions of a record differ in, each named in words. */
export const differingFields = (table: string, one: Record<string, unknown>, other: Record<string, unknown>) =>
  [...new Set([...Object.keys(one), ...Object.keys(other)])]
    .filter((field) => !unshown.has(field) && JSON.stringify(one[field]) !== JSON.stringify(other[field]))
    .map((field) => {
      const label = fieldLabel(table, field);
      return { field, label: label.charAt(0).toUpperCase() + label.slice(1) };
    });

/** A moment as people read it ("Dec 3, 2026, 5:25 PM"), not as it is stored. */
export const describeMoment = (iso: string) => {
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime())
    ? iso
    : moment.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

/** Names known here, and those of the records a file brings (people it adds are named too). */
export const namesWith = (
  names: ReadonlyMap<string, string>,
  incoming: Readonly<Record<string, readonly Record<string, unknown>[]>>,
): ReadonlyMap<string, string> => {
  const all = new Map(names);
  for (const records of Object.values(incoming))
    for (const record of records) {
      const name = typeof record.name === 'string' ? record.name : typeof record.text === 'string' ? record.text : null;
      if (name && typeof record.id === 'string' && !all.has(record.id)) all.set(record.id, name);
    }
  return all;
};
