/** A value to write into a spreadsheet cell: text, a number, or a calendar day written as a real date. */
export type ExportCell = string | number | { day: string } | null;

export type ExportSheet = {
  name: string;
  rows: ExportCell[][];
  /** Widths in characters, per column. */
  columnWidths?: number[];
};

/**
 * OWASP CSV-injection rule: a text that a spreadsheet would run as a formula (starting with =, +,
 * -, @, tab, carriage return or line feed) gets a leading apostrophe. Numbers stay numbers. A text
 * that already starts with an apostrophe gets one more, so reading back can undo it exactly.
 */
export const neutralizeText = (text: string): string => (/^[=+\-@\t\r\n']/.test(text) ? `'${text}` : text);

/** The inverse of neutralizeText, for reading our own exports back. */
export const unneutralizeText = (text: string): string => (/^'[=+\-@\t\r\n']/.test(text) ? text.slice(1) : text);

const csvField = (cell: ExportCell): string => {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = typeof cell === 'string' ? neutralizeText(cell) : cell.day;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV with a UTF-8 byte-order mark, so Excel opens accents and em dashes correctly. */
export const toCsv = (rows: readonly (readonly ExportCell[])[]): string => `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique within the workbook. */
export const safeSheetName = (name: string, taken: Set<string>): string => {
  const base = name.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 28) || 'Sheet';
  let candidate = base;
  for (let index = 2; taken.has(candidate.toLowerCase()); index += 1) candidate = `${base} ${String(index)}`;
  taken.add(candidate.toLowerCase());
  return candidate;
};
