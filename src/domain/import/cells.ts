import type { ContactItemKind } from '../contact';

/**
 * What a spreadsheet cell held: text, a number, or a real date or time cell already turned into a
 * calendar day and/or a wall-clock time (HH:mm), so no time zone can shift it.
 */
export type SheetCell =
  string | number | boolean | { day: string; time?: string } | { day?: undefined; time: string } | null;

export const cellText = (cell: SheetCell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return [cell.day, cell.time].filter(Boolean).join(' ');
  return String(cell).trim();
};

export type PersonInCell = { name: string; title: string; company: string };

// Ranks and grades belong to the title, as capture teams write them ("GS14 S/W Lead").
const rankPattern =
  /^((?:Lt\.?\s*Col|Lt\.?\s*Gen|Maj\.?\s*Gen|Brig\.?\s*Gen|Gen|Col|Maj|Capt|Lt|Adm|Cmdr|Cdr|Sgt|Dr)\.?|GS-?\d{1,2}|SES|O-\d|E-\d)\s+/i;
// "Name — Title", "Name—Title", "Name – Title", "Name - Title" (a spaced hyphen, so "Jean-Luc" stays whole).
const dashPattern = /\s*[—–]\s*|\s+-\s+/;

/** Splits one person written as "Name—Title", "Name (Title)" or "Title Name"; ranks go to the title. */
export const parsePerson = (raw: string, ourCompanyNames: readonly string[]): PersonInCell | null => {
  let text = raw.replace(/^[•\-*·]\s*/, '').trim();
  if (text === '') return null;
  let name = text;
  let title = '';
  const dash = dashPattern.exec(text);
  const parenthesis = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(text);
  if (dash && dash.index > 0) {
    name = text.slice(0, dash.index).trim();
    title = text.slice(dash.index + dash[0].length).trim();
  } else if (parenthesis?.[1] && parenthesis[2]) {
    name = parenthesis[1].trim();
    title = parenthesis[2].trim();
  }
  text = name;
  const rank = rankPattern.exec(text);
  if (rank?.[1]) {
    name = text.slice(rank[0].length).trim();
    title = [rank[1], title].filter(Boolean).join(' ');
  }
  // Our people are marked by our company's name in the title ("Your Company VP").
  let company = '';
  for (const companyName of ourCompanyNames) {
    const at = title.toLowerCase().indexOf(companyName.toLowerCase());
    if (companyName && at >= 0) {
      company = title.slice(at, at + companyName.length);
      title = (title.slice(0, at) + title.slice(at + companyName.length))
        .replace(/\s+/g, ' ')
        .replace(/^[\s,]+|[\s,]+$/g, '');
      break;
    }
  }
  return { name, title, company };
};

/** What one cell gave, cut at a number of entries: the rest are counted, not made (a cell can hold megabytes). */
export type FirstOf<Entry> = { list: Entry[]; more: number };

/** Several people in one cell: one per line, or separated by semicolons; at most `room` are read. */
export const firstPeople = (
  raw: string,
  ourCompanyNames: readonly string[],
  room = Number.POSITIVE_INFINITY,
): FirstOf<PersonInCell> => {
  const list: PersonInCell[] = [];
  let more = 0;
  for (const part of raw.split(/\r?\n|;/)) {
    if (list.length >= room) {
      if (part.replace(/^\s*[•\-*·]\s*/, '').trim() !== '') more += 1;
      continue;
    }
    const person = parsePerson(part, ourCompanyNames);
    if (person) list.push(person);
  }
  return { list, more };
};

export const parsePeople = (raw: string, ourCompanyNames: readonly string[]): PersonInCell[] =>
  firstPeople(raw, ourCompanyNames).list;

export type ParsedItem = { kind: ContactItemKind; text: string };

const askStarts =
  /^(find out|ask|learn|determine|confirm|clarify|understand|who|what|when|where|why|how|which|is|are|does|do|will|can|could|should)\b/i;

/** Ask or tell: a question or "find out" is an ask; "Message:" or a statement is a tell. */
export const classifyItem = (text: string): ParsedItem => {
  const message = /^message\s*:\s*/i.exec(text);
  if (message) return { kind: 'tell', text: text.slice(message[0].length).trim() };
  if (text.trim().endsWith('?') || askStarts.test(text.trim())) return { kind: 'ask', text: text.trim() };
  return { kind: 'tell', text: text.trim() };
};

/**
 * Bullets and line breaks separate items; so does a question mark followed by a new sentence. At
 * most `room` are read.
 */
export const firstItems = (
  raw: string,
  forcedKind?: ContactItemKind,
  room = Number.POSITIVE_INFINITY,
): FirstOf<ParsedItem> => {
  const list: ParsedItem[] = [];
  let more = 0;
  for (const line of raw.split(/\r?\n/)) {
    for (const piece of line.replace(/^\s*[•\-*·]\s*/, '').split(/(?<=\?)\s+(?=[A-Z¿¡])/)) {
      const part = piece.trim();
      if (part === '') continue;
      if (list.length >= room) more += 1;
      else
        list.push(forcedKind ? { kind: forcedKind, text: part.replace(/^message\s*:\s*/i, '') } : classifyItem(part));
    }
  }
  return { list, more };
};

export const splitItems = (raw: string, forcedKind?: ContactItemKind): ParsedItem[] => firstItems(raw, forcedKind).list;
