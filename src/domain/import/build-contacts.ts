import { contactTextLimits } from '../contact';
import type { CustomerLevel } from '../customer-level';
import { normalizeName } from '../organization';
import { cellText, parsePeople, splitItems, type ParsedItem, type PersonInCell, type SheetCell } from './cells';
import type { ColumnMapping, ImportField } from './columns';
import { parseWhen, type ParsedWhen } from './when';
import { countLabel, formatCount } from '../count-label';

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
};

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

  const peopleOf = (row: readonly SheetCell[]): ImportedPerson[] => {
    const organization = text(row, 'customerOrganization');
    const level = guessLevel(text(row, 'customerLevel'));
    const extraTitle = text(row, 'customerTitle');
    const customers = parsePeople(text(row, 'customer'), options.ourCompanyNames).map((person): ImportedPerson => {
      const isOurs = person.company !== '' || teamNames.has(normalizeName(person.name));
      return {
        ...person,
        title: person.title || extraTitle,
        side: isOurs ? 'ours' : 'customer',
        organization: isOurs ? '' : organization,
        level: isOurs ? null : level,
      };
    });
    const attendees = parsePeople(text(row, 'attendees'), options.ourCompanyNames).map((person): ImportedPerson => ({
      ...person,
      side: 'ours',
      organization: '',
      level: null,
    }));
    return [...customers, ...attendees];
  };
  const itemsOf = (row: readonly SheetCell[]) => [
    ...splitItems(text(row, 'what')),
    ...splitItems(text(row, 'asks'), 'ask'),
    ...splitItems(text(row, 'tells'), 'tell'),
  ];

  const contacts: ImportedContact[] = [];
  rows.forEach((row, index) => {
    if (index <= headerRow || row.every((cell) => cell === null || cellText(cell) === '')) return;
    const rowNumber = index + 1;
    const whenText = [text(row, 'when'), text(row, 'time')].filter(Boolean).join(' ');
    const current = contacts.at(-1);
    const continues = options.layout === 'seed' && current !== undefined && text(row, 'when') === '';
    if (continues) {
      current.rowNumbers.push(rowNumber);
      current.people.push(...peopleOf(row));
      current.items.push(...itemsOf(row));
      current.location = joinText(current.location, text(row, 'where'));
      current.objective = joinText(current.objective, text(row, 'why'));
      current.method = joinText(current.method, text(row, 'how'));
      current.notes = joinText(current.notes, text(row, 'notes'));
      return;
    }
    contacts.push({
      key: `row-${String(rowNumber)}`,
      rowNumbers: [rowNumber],
      opportunityName: text(row, 'opportunity') || options.defaultOpportunityName,
      people: peopleOf(row),
      items: itemsOf(row),
      whenText,
      when: parseWhen(firstCell(row, 'when'), firstCell(row, 'time'), options.dayFirst),
      location: text(row, 'where'),
      objective: text(row, 'why'),
      method: text(row, 'how'),
      notes: text(row, 'notes'),
    });
  });
  return contacts;
};

/** Known customer people's names as `importProblems` compares them. */
export const stakeholderNameSet = (names: readonly string[]): ReadonlySet<string> => new Set(names.map(normalizeName));

/** Text longer than a contact record takes: such a contact cannot be imported as it is. */
export const exceedsContactLimits = (
  contact: Pick<ImportedContact, 'location' | 'objective' | 'method' | 'items'>,
): boolean =>
  contact.location.length > contactTextLimits.location ||
  contact.objective.length > contactTextLimits.longText ||
  contact.method.length > contactTextLimits.longText ||
  contact.items.some((item) => item.text.length > contactTextLimits.item);

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
        problems.push(`${person.name} is listed as ours but is a known customer person.`);
    }
  }
  if (contact.people.filter((person) => person.side === 'ours').length < 2)
    problems.push('Fewer than two of ours attend.');
  // What a contact record would refuse, said here rather than when Import is pressed.
  if (contact.location.length > contactTextLimits.location)
    problems.push(
      `Where is ${countLabel(contact.location.length, 'character')}; at most ${formatCount(contactTextLimits.location)} fit in a contact: shorten it in the file.`,
    );
  for (const [field, label] of [
    ['objective', 'Why'],
    ['method', 'How'],
  ] as const) {
    if (contact[field].length > contactTextLimits.longText)
      problems.push(
        `${label} is ${countLabel(contact[field].length, 'character')}; at most ${formatCount(contactTextLimits.longText)} fit in a contact: shorten it in the file.`,
      );
  }
  if (contact.items.some((item) => item.text.length > contactTextLimits.item))
    problems.push(
      `An ask or tell is longer than ${countLabel(contactTextLimits.item, 'character')}, more than a contact takes: shorten it in the file.`,
    );
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
