import { expect, test } from 'vitest';
import { cleanFileName, closeDirectionControls, removeControlCharacters } from '../../src/domain/clean-text';
import { checkSpreadsheetFile } from '../../src/lib/spreadsheet-files';
import { optionalText, requiredText } from '../../src/domain/record';

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';

test('control characters are removed; tab and line breaks stay', () => {
  expect(removeControlCharacters('Gen\u0000eral\u0007 Jones\u001b\u007f\u0085\tPEO\r\nnext')).toBe(
    'General Jones\tPEO\r\nnext',
  );
});

test.each([
  ['an override left open', `Bob${RLO}evil`, `Bob${RLO}evil${PDF}`],
  ['an isolate left open', `Bob${RLI}x`, `Bob${RLI}x${PDI}`],
  ['nested, innermost closed first', `${RLI}a${RLO}b`, `${RLI}a${RLO}b${PDF}${PDI}`],
  ['already closed', `a${RLO}b${PDF}c`, `a${RLO}b${PDF}c`],
  ['a PDI closes the embeddings inside its isolate', `${RLI}a${RLO}b${PDI}c`, `${RLI}a${RLO}b${PDI}c`],
  ['a stray closer is harmless and kept', `a${PDF}b${PDI}`, `a${PDF}b${PDI}`],
  ['each line closes its own', `one${RLO}\ntwo${RLI}\r\nthree`, `one${RLO}${PDF}\ntwo${RLI}${PDI}\r\nthree`],
  ['right-to-left text with no controls stays as written', 'שרה כהן — PEO', 'שרה כהן — PEO'],
])('%s', (_, text, closed) => {
  expect(closeDirectionControls(text)).toBe(closed);
});

test('every text a record keeps is cleaned on its way in, whatever path it came by', () => {
  expect(requiredText().parse(`  Ev\u0000e${RLO}  `)).toBe(`Eve${RLO}${PDF}`);
  expect(optionalText().parse(`Lunch${RLO}\nSlides`)).toBe(`Lunch${RLO}${PDF}\nSlides`);
  // A name of control characters only is no name.
  expect(requiredText().safeParse('\u0000\u0001 ').success).toBe(false);
});

test('a file name shown in a message loses its direction controls: it shows what it really ends in', () => {
  expect(cleanFileName(`minutes${RLO}xcl.pdf`)).toBe('minutesxcl.pdf');
  expect(checkSpreadsheetFile({ name: `minutes${RLO}xcl.pdf`, size: 10 })).toBe(
    'minutesxcl.pdf is not a spreadsheet this app reads: use an .xlsx, .xls, .ods or .csv file.',
  );
});
