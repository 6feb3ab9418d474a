import {
  buildImportedContacts,
  exceedsContactLimits,
  importProblems,
  stakeholderNameSet,
  type ImportedContact,
  type ImportLayout,
} from './build-contacts';
import type { SheetCell } from './cells';
import type { ColumnMapping } from './columns';
import { settleImportedContact, type ContactToImport } from './contact-to-import';
import { createCloseMatcher, personKey } from './name-match';
import { applyOverride, type ContactOverride } from './overrides';

/** How the sheet is read: chosen in the wizard's first steps. */
export type PreviewSetup = {
  headerRow: number;
  mapping: ColumnMapping;
  layout: ImportLayout;
  dayFirst: boolean;
  /** Names that mark our people in a title, as typed plus our company's names and aliases. */
  ourCompanyNames: readonly string[];
};

export type KnownPerson = { id: string; name: string };
export type KnownForImport = { stakeholders: readonly KnownPerson[]; teamMembers: readonly KnownPerson[] };

export type PreviewContact = ImportedContact & { problems: string[]; isSkipped: boolean; override: ContactOverride };
export type PossibleDuplicate = { name: string; candidates: KnownPerson[] };
export type PreviewFilter = 'all' | 'problems';
export type PreviewSummary = {
  total: number;
  withProblems: number;
  skipped: number;
  /** Contacts not left out whose text is longer than a contact takes: Import waits until none is left. */
  cannotBeSaved: number;
  possibleDuplicates: PossibleDuplicate[];
};
export type PreviewPage = { filter: PreviewFilter; offset: number; matching: number; contacts: PreviewContact[] };

/** At most this many close-spelling questions are asked at once; the rest are created as new people. */
export const POSSIBLE_DUPLICATES_LIMIT = 50;

/**
 * Every contact an import would create, with the user's fixes applied and its problems beside it.
 * It lives where the rows are (the import worker), so a 100,000-row file never crosses to the page:
 * the page asks for one page of contacts at a time.
 */
export class ImportPreview {
  #read: ImportedContact[] = [];
  #indexByKey = new Map<string, number>();
  #contacts: PreviewContact[] = [];
  #overrides = new Map<string, ContactOverride>();
  #dayFirst = false;
  #stakeholderNames: ReadonlySet<string> = new Set();
  #possibleDuplicates: PossibleDuplicate[] = [];

  /** Reads the rows again (after a change of sheet, header row, mapping or layout); fixes are kept by contact. */
  rebuild(
    rows: readonly (readonly SheetCell[])[],
    setup: PreviewSetup,
    known: KnownForImport,
    keepOverrides: boolean,
  ): void {
    if (!keepOverrides) this.#overrides.clear();
    this.#dayFirst = setup.dayFirst;
    this.#stakeholderNames = stakeholderNameSet(known.stakeholders.map((person) => person.name));
    this.#read = buildImportedContacts(rows, setup.headerRow, setup.mapping, {
      layout: setup.layout,
      dayFirst: setup.dayFirst,
      ourCompanyNames: setup.ourCompanyNames,
      knownTeamMemberNames: known.teamMembers.map((person) => person.name),
      defaultOpportunityName: '',
    });
    this.#indexByKey = new Map(this.#read.map((contact, index) => [contact.key, index]));
    this.#contacts = this.#read.map((contact) => this.#settle(contact));
    this.#possibleDuplicates = findPossibleDuplicates(this.#contacts, known);
  }

  #settle(read: ImportedContact): PreviewContact {
    const override = this.#overrides.get(read.key) ?? {};
    const fixed = applyOverride(read, override, this.#dayFirst);
    return {
      ...fixed,
      problems: importProblems(fixed, this.#stakeholderNames),
      isSkipped: override.isSkipped ?? false,
      override,
    };
  }

  /** Applies one fix from the preview and returns the contact as it now reads. */
  override(key: string, override: ContactOverride): PreviewContact | null {
    const index = this.#indexByKey.get(key) ?? -1;
    const read = this.#read[index];
    if (!read) return null;
    this.#overrides.set(key, override);
    const settled = this.#settle(read);
    this.#contacts[index] = settled;
    return settled;
  }

  summary(): PreviewSummary {
    let withProblems = 0;
    let skipped = 0;
    let cannotBeSaved = 0;
    for (const contact of this.#contacts) {
      if (contact.problems.length > 0) withProblems += 1;
      if (contact.isSkipped) skipped += 1;
      else if (exceedsContactLimits(contact)) cannotBeSaved += 1;
    }
    return {
      total: this.#contacts.length,
      withProblems,
      skipped,
      cannotBeSaved,
      possibleDuplicates: this.#possibleDuplicates,
    };
  }

  /** Leaves out every contact whose text is too long to save (the user asked for it in one go). */
  leaveOutUnsavable(): PreviewSummary {
    this.#contacts.forEach((contact, index) => {
      const read = this.#read[index];
      if (contact.isSkipped || !read || !exceedsContactLimits(contact)) return;
      this.#overrides.set(contact.key, { ...contact.override, isSkipped: true });
      this.#contacts[index] = this.#settle(read);
    });
    return this.summary();
  }

  page(filter: PreviewFilter, offset: number, limit: number): PreviewPage {
    const matching =
      filter === 'problems' ? this.#contacts.filter((contact) => contact.problems.length > 0) : this.#contacts;
    const start = Math.max(0, Math.min(offset, Math.max(0, matching.length - 1)));
    return { filter, offset: start, matching: matching.length, contacts: matching.slice(start, start + limit) };
  }

  /** The contacts to write, as the user settled them (those left out are not included). */
  contactsToImport(): ContactToImport[] {
    return this.#contacts.filter((contact) => !contact.isSkipped).map(settleImportedContact);
  }
}

/** New names in the file spelled almost like a known person: the user confirms each merge. */
export const findPossibleDuplicates = (
  contacts: readonly ImportedContact[],
  known: KnownForImport,
): PossibleDuplicate[] => {
  const knownPeople = [...known.stakeholders, ...known.teamMembers];
  if (knownPeople.length === 0) return [];
  const knownKeys = new Set(knownPeople.map((person) => personKey(person.name)));
  const byName = new Map<string, KnownPerson[]>();
  for (const person of knownPeople) byName.set(person.name, [...(byName.get(person.name) ?? []), person]);
  const matcher = createCloseMatcher(knownPeople.map((person) => person.name));
  const names = new Set<string>();
  for (const contact of contacts)
    for (const person of contact.people) if (!knownKeys.has(personKey(person.name))) names.add(person.name);
  const found: PossibleDuplicate[] = [];
  for (const name of names) {
    const candidates = [...new Set(matcher(name))].flatMap((match) => byName.get(match) ?? []);
    if (candidates.length > 0) found.push({ name, candidates });
    if (found.length >= POSSIBLE_DUPLICATES_LIMIT) break;
  }
  return found;
};
