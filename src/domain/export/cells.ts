/** A value to write into a spreadsheet cell: text, a number, or a calendar day written as a real date. */
export type ExportCell = string | number | { day: string } | null;

export type ExportSheet = {
  name: string;
  rows: ExportCell[][];
  /** Widths in characters, per column. */
  columnWidths?: number[];
};

// Starts a formula in some spreadsheet program: = + - @ (also after leading spaces, which some
// programs trim), or a tab, carriage return or line feed. An apostrophe is included so that reading
// back can undo the neutralizing exactly.
const formulaStart = /^(?:[ ]*[=+\-@']|[\t\r\n])/;

/**
 * OWASP CSV-injection rule: a text that a spreadsheet could run as a formula gets a leading
 * apostrophe, so it shows as text. Numbers stay numbers.
 */
export const neutralizeText = (text: string): string => (formulaStart.test(text) ? `'${text}` : text);

/** The inverse of neutralizeText, for reading our own exports back. */
export const unneutralizeText = (text: string): string =>
  text.startsWith("'") && formulaStart.test(text.slice(1)) ? text.slice(1) : text;

/**
 * Every field quoted, numbers and empty ones too: a CSV opened where the list separator is ";" (or
 * a tab) is split at those, and quotes keep a field whole only when each field starts with one.
 * With one bare field in the row, "Lunch;=cmd|…" after it became a formula cell in LibreOffice.
 */
const csvField = (cell: ExportCell): string => {
  const text =
    cell === null
      ? ''
      : typeof cell === 'number'
        ? String(cell)
        : typeof cell === 'string'
          ? neutralizeText(cell)
          : cell.day;
  return `"${text.replace(/"/g, '""')}"`;
};

/** CSV with a UTF-8 byte-order mark, so Excel opens accents and em dashes correctly. */
export const toCsv = (rows: readonly (readonly ExportCell[])[]): string =>
  `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique within the workbook. */
export const safeSheetName = (name: string, taken: Set<string>): string => {
  const base =
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .trim()
      .slice(0, 28) || 'Sheet';
  let candidate = base;
  for (let index = 2; taken.has(candidate.toLowerCase()); index += 1) candidate = `${base} ${String(index)}`;
  taken.add(candidate.toLowerCase());
  return candidate;
};
