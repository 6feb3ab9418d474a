/**
 * What every text a record holds goes through on its way in (forms, import, restore): control
 * characters removed, and direction controls closed where they were opened.
 *
 * Control characters (NUL, bell, escape, the C1 range…) have no place in a contact plan: they come
 * from damaged or crafted files, show as boxes, and some programs cut text at a NUL. Tab and line
 * breaks stay.
 *
 * A direction control opened and never closed (U+202E, "right-to-left override", in a name) turns
 * around everything after it on the same line: "Delete ‮Bob? This cannot be undone" would read
 * backwards, and a name can be made to look like another. Each line of a text closes what it opens,
 * so a name displayed inside a sentence affects only itself. Right-to-left names stay as written.
 */

const EMBEDDINGS = new Set(['\u202A', '\u202B', '\u202D', '\u202E']); // LRE RLE LRO RLO, closed by PDF
const ISOLATES = new Set(['\u2066', '\u2067', '\u2068']); // LRI RLI FSI, closed by PDI
const POP_EMBEDDING = '\u202C';
const POP_ISOLATE = '\u2069';

// C0 controls but tab, line feed and carriage return; DEL; C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The closers of what `line` opens and leaves open, innermost first. */
const closersOf = (line: string): string => {
  const open: string[] = [];
  for (const character of line) {
    if (EMBEDDINGS.has(character)) open.push(POP_EMBEDDING);
    else if (ISOLATES.has(character)) open.push(POP_ISOLATE);
    else if (character === POP_EMBEDDING) {
      // A PDF closes the latest embedding, unless an isolate opened since (then it does nothing).
      if (open.at(-1) === POP_EMBEDDING) open.pop();
    } else if (character === POP_ISOLATE) {
      // A PDI closes the latest isolate and every embedding opened inside it.
      const isolate = open.lastIndexOf(POP_ISOLATE);
      if (isolate >= 0) open.length = isolate;
    }
  }
  return open.reverse().join('');
};

const hasDirectionControl = /[\u202A-\u202E\u2066-\u2069]/;

/** Closes, at the end of each line, the direction controls the line opened. */
export const closeDirectionControls = (text: string): string =>
  hasDirectionControl.test(text)
    ? text
        .split(/(\r\n|\r|\n)/)
        .map((part, index) => (index % 2 === 1 ? part : part + closersOf(part)))
        .join('')
    : text;

/** The text without control characters (tab and line breaks kept). */
export const removeControlCharacters = (text: string): string => text.replace(CONTROL_CHARACTERS, '');

/**
 * A file's name as messages show it ("plan.xlsx is a PDF…"), without direction controls: a name
 * with a right-to-left override ("minutes\u202Excl.pdf" shows as "minutesfdp.lcx") would pass a
 * program off as a spreadsheet, and turn the message around. A file's name has no need of them.
 */
export const cleanFileName = (name: string): string =>
  removeControlCharacters(name).replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
