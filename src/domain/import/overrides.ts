import type { ImportedContact } from './build-contacts';
import { parseWhen } from './when';

/** What the user fixed in the preview, kept apart from what was read so a re-read keeps the fixes. */
export type ContactOverride = {
  whenText?: string;
  sides?: Record<number, 'customer' | 'ours'>;
  kinds?: Record<number, 'ask' | 'tell'>;
  isSkipped?: boolean;
};

export const applyOverride = (
  contact: ImportedContact,
  override: ContactOverride | undefined,
  dayFirst: boolean,
): ImportedContact => {
  if (!override) return contact;
  return {
    ...contact,
    whenText: override.whenText ?? contact.whenText,
    when: override.whenText === undefined ? contact.when : parseWhen(override.whenText, null, dayFirst),
    people: contact.people.map((person, index) => {
      const side = override.sides?.[index];
      return side && side !== person.side
        ? { ...person, side, level: side === 'customer' ? (person.level ?? 'other') : null }
        : person;
    }),
    items: contact.items.map((item, index) => ({ ...item, kind: override.kinds?.[index] ?? item.kind })),
  };
};
