import { cellText, type SheetCell } from './cells';

/** What a spreadsheet column can feed. */
export const importFields = [
  'opportunity',
  'customer',
  'customerTitle',
  'customerOrganization',
  'customerLevel',
  'attendees',
  'what',
  'asks',
  'tells',
  'when',
  'time',
  'where',
  'why',
  'how',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];
export type ColumnMapping = Record<number, ImportField | 'ignore'>;

export const importFieldLabels: Record<ImportField | 'ignore', string> = {
  opportunity: 'Opportunity',
  customer: 'Who (customer person)',
  customerTitle: 'Customer title',
  customerOrganization: 'Customer organization',
  customerLevel: 'Customer level',
  attendees: 'Our attendees',
  what: 'What (asks and tells)',
  asks: 'What to find out (asks)',
  tells: 'Message (tells)',
  when: 'When (date)',
  time: 'Time',
  where: 'Where',
  why: 'Why (objective)',
  how: 'How (method)',
  notes: 'Notes',
  ignore: 'Leave out',
};

// Header words per field, checked in order; the first field whose words match wins.
const headerWords: [ImportField, RegExp][] = [
  ['opportunity', /opportunit|pursuit|program name|opportunité/i],
  ['customerTitle', /customer title|title|fonction|rank/i],
  ['customerOrganization', /customer org|organi[sz]ation|agency|office/i],
  ['customerLevel', /level|niveau/i],
  ['attendees', /our (team|attendees|people)|attendees|équipe|team/i],
  ['customer', /^who$|customer|client|interlocuteur|contact/i],
  ['asks', /find out|questions?$|ask/i],
  ['tells', /^message|tell/i],
  ['what', /^what$|questions? \/ messages?|agenda|topics?/i],
  ['time', /time|heure/i],
  ['when', /^when$|date/i],
  ['where', /where|location|lieu|place/i],
  ['why', /why|objective|objectif|purpose/i],
  ['how', /how|method|moyen|materials/i],
  ['notes', /notes?|outcome|results?/i],
];

export const guessField = (header: string): ImportField | 'ignore' =>
  headerWords.find(([, words]) => words.test(header.trim()))?.[0] ?? 'ignore';

/**
 * The header row: within the first rows, the one whose cells look most like headers (known header
 * words, short text); title rows above it are skipped.
 */
export const detectHeaderRow = (rows: readonly (readonly SheetCell[])[]): number => {
  let best = 0;
  let bestScore = -1;
  for (let index = 0; index < Math.min(rows.length, 15); index += 1) {
    const texts = (rows[index] ?? []).map(cellText).filter((text) => text !== '');
    const score =
      texts.filter((text) => text.length < 40 && guessField(text) !== 'ignore').length * 2 +
      (texts.length >= 3 ? 1 : 0);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return best;
};

/** Guesses a mapping from the header words; a field is given to one column only. */
export const guessMapping = (headers: readonly string[]): ColumnMapping => {
  const used = new Set<ImportField>();
  const mapping: ColumnMapping = {};
  headers.forEach((header, column) => {
    const field = guessField(header);
    mapping[column] = field !== 'ignore' && !used.has(field) ? field : 'ignore';
    if (field !== 'ignore') used.add(field);
  });
  return mapping;
};

/** The same headers give the same file shape: remembered mappings are keyed by them. */
export const headerSignature = (headers: readonly string[]) =>
  headers.map((header) => header.trim().toLowerCase()).join('|');
