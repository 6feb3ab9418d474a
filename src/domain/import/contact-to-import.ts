import type { CustomerLevel } from '../customer-level';
import type { ImportedContact } from './build-contacts';

/** One contact as the import preview settled it: people by name, everything else as read. */
export type ContactToImport = {
  /** Where it came from in the file, to name it if it cannot be saved. */
  rowNumbers?: number[];
  opportunityName: string;
  customers: { name: string; title: string; organization: string; level: CustomerLevel | null }[];
  ours: { name: string; title: string; company: string }[];
  items: { kind: 'ask' | 'tell'; text: string }[];
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string;
  objective: string;
  method: string;
};

export const settleImportedContact = (contact: ImportedContact): ContactToImport => ({
  rowNumbers: contact.rowNumbers,
  opportunityName: contact.opportunityName,
  customers: contact.people
    .filter((person) => person.side === 'customer')
    .map(({ name, title, organization, level }) => ({ name, title, organization, level })),
  ours: contact.people
    .filter((person) => person.side === 'ours')
    .map(({ name, title, company }) => ({ name, title, company })),
  items: contact.items,
  date: contact.when.date,
  startTime: contact.when.startTime,
  endTime: contact.when.endTime,
  location: contact.location,
  objective: contact.objective,
  method: contact.method,
});
