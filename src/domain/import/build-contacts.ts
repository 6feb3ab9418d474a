import { contactTextLimits } from '../contact';
import type { CustomerLevel } from '../customer-level';
import { normalizeName } from '../organization';
import { nameLimit } from '../record';
import { cellText, firstItems, firstPeople, type ParsedItem, type PersonInCell, type SheetCell } from './cells';
import type { ColumnMapping, ImportField } from './columns';
import { parseWhen, type ParsedWhen } from './when';
import { countLabel, formatCount } from '../count-label';
import { listLimits } from '../list-limits';

/** Seed style: a row with a When starts a contact, rows without one add to it. */
export type ImportLayout = 'seed' | 'one-row-per-contact';

export type ImportOptions = {
  layout: ImportLayout;
  dayFirst: boolean;
  /** Names that mark our people in a title ("Your Company VP"). */
  ourCompanyNames: readonly string[];
  /** Our people already known (team members), by name. */
  knownTeamMemberNames: readonly string[];
  /** The opportunity to use when the file has no Opportunity column. */
  defaultOpportunityName: string;
};

export type ImportedPerson = PersonInCell & {
  side: 'customer' | 'ours';
  organization: string;
  level: CustomerLevel | null;
};

export type ImportedContact = {
  key: string;
  /** Spreadsheet row numbers (1-based, as Excel shows them). */
  rowNumbers: number[];
  opportunityName: string;
  people: ImportedPerson[];
  items: ParsedItem[];
  whenText: string;
  when: ParsedWhen;
  location: string;
  objective: string;
  method: string;
  notes: string;
  /** Asks and tells, and people, the file gave beyond what one contact takes (importCaps): counted, not read. */
  notRead: { items: number; people: number };
};

/**
 * What one contact takes from a file: what a contact record holds (list-limits.ts). A meeting has a
 * handful of people and asks; a cell of megabytes (a pasted document, a crafted file) must not
 * become hundreds of thousands of them.
 */
export const importCaps = { items: listLimits.itemsPerContact, people: listLimits.peoplePerContact } as const;

/**
 * A text cut to twice what its field takes: enough to show and to say it is too long, never the
 * megabytes one cell can hold (the preview sends its contacts to the page a page at a time).
 */
const keep = (text: string, limit: number) => (text.length > 2 * limit ? text.slice(0, 2 * limit + 1) : text);

/** "600 characters", or "more than 1,000 characters" for a text `keep` cut. */
const lengthInWords = (text: string, limit: number) =>
  text.length > 2 * limit ? `more than ${countLabel(2 * limit, 'character')}` : countLabel(text.length, 'character');

/** The start of a long text, to say which one is meant. */
const opening = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

// The When is read as a day and time: no date or time is written in more characters than this.
const whenLimit = 100;
const keepWhen = (cell: SheetCell | undefined): SheetCell | undefined =>
  typeof cell === 'string' ? keep(cell, whenLimit) : cell;

const levelWords: [CustomerLevel, RegExp][] = [
  ['executive', /exec|peo|senior|director|chief/i],
  ['program-office', /program/i],
  ['technical', /tech/i],
  ['contracting', /contract|acheteu/i],
  ['end-user', /user|operator|utilisat/i],
  ['evaluator', /evaluat/i],
];
export const guessLevel = (text: string): CustomerLevel | null =>
  text.trim() === '' ? null : (levelWords.find(([, words]) => words.test(text))?.[0] ?? 'other');

const joinText = (a: string, b: string) => (a && b ? `${a}\n${b}` : a || b);

/** Turns the rows under the header into contacts, following the mapping and layout. */
export const buildImportedContacts = (
  rows: readonly (readonly SheetCell[])[],
  headerRow: number,
  mapping: ColumnMapping,
  options: ImportOptions,
): ImportedContact[] => {
  // Columns per field, worked out once: this runs for every cell of files with 100,000 rows.
  const columns = new Map<ImportField, number[]>();
  for (const [column, field] of Object.entries(mapping))
    if (field !== 'ignore') columns.set(field, [...(columns.get(field) ?? []), Number(column)]);
  const text = (row: readonly SheetCell[], field: ImportField): string => {
    const fieldColumns = columns.get(field);
    if (!fieldColumns) return '';
    if (fieldColumns.length === 1) return cellText(row[fieldColumns[0] ?? 0]);
    return fieldColumns
      .map((column) => cellText(row[column]))
      .filter(Boolean)
      .join('\n');
  };
  const firstCell = (row: readonly SheetCell[], field: ImportField): SheetCell | undefined => {
    const column = columns.get(field)?.[0];
    return column === undefined ? undefined : row[column];
  };
  const teamNames = new Set(options.knownTeamMemberNames.map(normalizeName));

  const keepPerson = (person: PersonInCell): PersonInCell => ({
    name: keep(person.name, nameLimit),
    title: keep(person.title, nameLimit),
    company: keep(person.company, nameLimit),
  });
  /** Adds a row's people to a contact, up to importCaps.people; the rest are counted. */
  const addPeople = (contact: ImportedContact, row: readonly SheetCell[]) => {
    const organization = keep(text(row, 'customerOrganization'), nameLimit);
    const level = guessLevel(text(row, 'customerLevel'));
    const extraTitle = text(row, 'customerTitle');
    const customers = firstPeople(
      text(row, 'customer'),
      options.ourCompanyNames,
      importCaps.people - contact.people.length,
    );
    for (const read of customers.list) {
      const person = keepPerson(read);
      const isOurs = person.company !== '' || teamNames.has(normalizeName(person.name));
      contact.people.push({
        ...person,
        title: person.title || keep(extraTitle, nameLimit),
        side: isOurs ? 'ours' : 'customer',
        organization: isOurs ? '' : organization,
        level: isOurs ? null : level,
      });
    }
    const attendees = firstPeople(
      text(row, 'attendees'),
      options.ourCompanyNames,
      importCaps.people - contact.people.length,
    );
    for (const read of attendees.list)
      contact.people.push({ ...keepPerson(read), side: 'ours', organization: '', level: null });
    contact.notRead.people += customers.more + attendees.more;
  };
  /** Adds a row's asks and tells to a contact, up to importCaps.items; the rest are counted. */
  const addItems = (contact: ImportedContact, row: readonly SheetCell[]) => {
    for (const [field, kind] of [
      ['what', undefined],
      ['asks', 'ask'],
      ['tells', 'tell'],
    ] as const) {
      const read = firstItems(text(row, field), kind, importCaps.items - contact.items.length);
      for (const item of read.list) contact.items.push({ ...item, text: keep(item.text, contactTextLimits.item) });
      contact.notRead.items += read.more;
    }
  };

  const contacts: ImportedContact[] = [];
  rows.forEach((row, index) => {
    if (index <= headerRow || row.every((cell) => cell === null || cellText(cell) === '')) return;
    const rowNumber = index + 1;
    const current = contacts.at(-1);
    const continues = options.layout === 'seed' && current !== undefined && text(row, 'when') === '';
    if (continues) {
      current.rowNumbers.push(rowNumber);
      addPeople(current, row);
      addItems(current, row);
      current.location = keep(joinText(current.location, text(row, 'where')), contactTextLimits.location);
      current.objective = keep(joinText(current.objective, text(row, 'why')), contactTextLimits.longText);
      current.method = keep(joinText(current.method, text(row, 'how')), contactTextLimits.longText);
      current.notes = keep(joinText(current.notes, text(row, 'notes')), contactTextLimits.longText);
      return;
    }
    const contact: ImportedContact = {
      key: `row-${String(rowNumber)}`,
      rowNumbers: [rowNumber],
      opportunityName: keep(text(row, 'opportunity'), nameLimit) || options.defaultOpportunityName,
      people: [],
      items: [],
      whenText: keep([text(row, 'when'), text(row, 'time')].filter(Boolean).join(' '), whenLimit),
      when: parseWhen(keepWhen(firstCell(row, 'when')), keepWhen(firstCell(row, 'time')), options.dayFirst),
      location: keep(text(row, 'where'), contactTextLimits.location),
      objective: keep(text(row, 'why'), contactTextLimits.longText),
      method: keep(text(row, 'how'), contactTextLimits.longText),
      notes: keep(text(row, 'notes'), contactTextLimits.longText),
      notRead: { items: 0, people: 0 },
    };
    addPeople(contact, row);
    addItems(contact, row);
    contacts.push(contact);
  });
  return contacts;
};

/** Known customer people's names as `importProblems` compares them. */
export const stakeholderNameSet = (names: readonly string[]): ReadonlySet<string> => new Set(names.map(normalizeName));

/**
 * Texts longer than the records an import writes take (a contact's, its people's, its
 * organization's and opportunity's), in words: said in the preview rather than when Import is
 * pressed. Empty when all fit.
 */
const overlongTexts = (
  contact: Pick<ImportedContact, 'location' | 'objective' | 'method' | 'items' | 'people' | 'opportunityName'>,
): string[] => {
  const found: string[] = [];
  const check = (text: string, limit: number, what: string) => {
    if (text.length > limit)
      found.push(
        `${what} is ${lengthInWords(text, limit)}; at most ${formatCount(limit)} fit: shorten it in the file.`,
      );
  };
  check(contact.opportunityName, nameLimit, `The opportunity name “${opening(contact.opportunityName)}”`);
  const organizations = new Set<string>();
  for (const person of contact.people) {
    check(person.name, nameLimit, `The name “${opening(person.name)}”`);
    check(person.title, nameLimit, `The title of ${opening(person.name)}`);
    if (!organizations.has(person.organization)) {
      organizations.add(person.organization);
      check(person.organization, nameLimit, `The organization “${opening(person.organization)}”`);
    }
  }
  check(contact.location, contactTextLimits.location, 'Where');
  check(contact.objective, contactTextLimits.longText, 'Why');
  check(contact.method, contactTextLimits.longText, 'How');
  if (contact.items.some((item) => item.text.length > contactTextLimits.item))
    found.push(
      `An ask or tell is longer than ${countLabel(contactTextLimits.item, 'character')}, more than a contact takes: shorten it in the file.`,
    );
  return found;
};

/** Text longer than the records take: such a contact cannot be imported as it is. */
export const exceedsContactLimits = (contact: Parameters<typeof overlongTexts>[0]): boolean =>
  overlongTexts(contact).length > 0;

/** What the preview shows beside a contact, in words. */
export const importProblems = (contact: ImportedContact, knownStakeholderNames: ReadonlySet<string>): string[] => {
  const problems: string[] = [];
  if (contact.when.problem) problems.push(`Unreadable date: ${contact.when.problem}.`);
  if (contact.when.assumedAfternoon)
    problems.push(
      `Time read as afternoon (${contact.when.startTime ?? ''}${contact.when.endTime ? `–${contact.when.endTime}` : ''}): check it.`,
    );
  if (!contact.people.some((person) => person.side === 'customer')) problems.push('No customer person.');
  if (knownStakeholderNames.size > 0) {
    for (const person of contact.people) {
      if (person.side === 'ours' && knownStakeholderNames.has(normalizeName(person.name)))
        problems.push(`${opening(person.name)} is listed as ours but is a known customer person.`);
    }
  }
  if (contact.people.filter((person) => person.side === 'ours').length < 2)
    problems.push('Fewer than two of ours attend.');
  if (contact.notRead.people > 0)
    problems.push(
      `Only the first ${formatCount(importCaps.people)} people were read; ${formatCount(contact.notRead.people)} more were left out (a contact takes at most ${formatCount(importCaps.people)}).`,
    );
  if (contact.notRead.items > 0)
    problems.push(
      `Only the first ${formatCount(importCaps.items)} asks and tells were read; ${formatCount(contact.notRead.items)} more were left out (a contact takes at most ${formatCount(importCaps.items)}). If they are all needed, spread them over several contacts in the file.`,
    );
  for (const overlong of overlongTexts(contact)) problems.push(overlong);
  return problems;
};

/** Seed style when some rows name a person but have no When (they continue the contact above). */
export const guessLayout = (
  rows: readonly (readonly SheetCell[])[],
  headerRow: number,
  mapping: ColumnMapping,
): ImportLayout => {
  const columnOf = (field: ImportField) =>
    Number(Object.entries(mapping).find(([, mapped]) => mapped === field)?.[0] ?? -1);
  const who = columnOf('customer');
  const when = columnOf('when');
  if (who < 0 || when < 0) return 'one-row-per-contact';
  const continuation = rows.slice(headerRow + 1).some((row) => cellText(row[who]) !== '' && cellText(row[when]) === '');
  return continuation ? 'seed' : 'one-row-per-contact';
};
