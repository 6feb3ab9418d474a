/**
 * Counts, in an .xlsx's or .ods's XML parts as they are unpacked, what SheetJS would make objects
 * of (shared texts, filled cells), without keeping the parts: spreadsheet-content.ts refuses a file
 * past the read limits before SheetJS holds it all in memory.
 */
const ascii = (text: string) => Array.from(text, (character) => character.charCodeAt(0));

export type PartCounts = { unpackedBytes: number; sharedStrings: number; filledCells: number };

type Tag = 'si' | 'c' | 'ods-row' | 'ods-row-end' | 'ods-cell' | null;
export type CountedPart = 'shared-strings' | 'worksheet' | 'ods-content';

const bytesOf = (text: string) => new Uint8Array(ascii(text));
const odsNames: [Uint8Array, Tag][] = [
  [bytesOf('table:table-row'), 'ods-row'],
  [bytesOf('/table:table-row'), 'ods-row-end'],
  [bytesOf('table:table-cell'), 'ods-cell'],
  [bytesOf('table:covered-table-cell'), 'ods-cell'],
];
const latin1 = new TextDecoder('latin1');
const rowsRepeated = /number-rows-repeated="(\d+)"/;
const columnsRepeated = /number-columns-repeated="(\d+)"/;
const repeatOf = (attribute: RegExp, attributes: string) => Math.max(1, Number(attribute.exec(attributes)?.[1] ?? 1));

/**
 * Counts, in an unpacked part as it streams by, the start tags the import cares about: shared
 * texts (`<si>`) and filled cells (`<c …>…</c>`; `<c …/>` is an empty, formatted cell). In an .ods,
 * a cell repeated across columns and rows counts once per copy, as SheetJS makes one per copy.
 * It looks at bytes only (no strings per tag): a part can hold millions of tags.
 */
export class TagCounter {
  #state: 'text' | 'name' | 'tag' = 'text';
  readonly #name = new Uint8Array(32);
  #nameLength = 0;
  #previous = 0;
  #tag: Tag = null;
  readonly #attributes = new Uint8Array(1024);
  #attributesLength = 0;
  #rowRepeat = 1;
  readonly #part: CountedPart;
  readonly #counts: PartCounts;

  constructor(part: CountedPart, counts: PartCounts) {
    this.#part = part;
    this.#counts = counts;
  }

  feed(chunk: Uint8Array): void {
    for (let index = 0; index < chunk.length; index += 1) {
      const byte = chunk[index] ?? 0;
      if (this.#state === 'text') {
        if (byte === 0x3c) {
          this.#state = 'name';
          this.#nameLength = 0;
        }
        continue;
      }
      if (this.#state === 'name') {
        // A name ends at a space, tab, line break, "/" or ">"; a "/" first marks an end tag.
        const endsName =
          byte === 0x20 ||
          byte === 0x09 ||
          byte === 0x0a ||
          byte === 0x0d ||
          byte === 0x3e ||
          (byte === 0x2f && this.#nameLength > 0);
        if (!endsName) {
          if (this.#nameLength < this.#name.length) this.#name[this.#nameLength] = byte;
          this.#nameLength += 1;
          this.#previous = byte;
          continue;
        }
        this.#tag = this.#classify();
        this.#attributesLength = 0;
        this.#state = 'tag';
      }
      if (byte === 0x3e) {
        this.#close(this.#previous === 0x2f);
        this.#state = 'text';
      } else if (this.#tag !== null && this.#tag !== 'si' && this.#tag !== 'c') {
        if (this.#attributesLength < this.#attributes.length) this.#attributes[this.#attributesLength] = byte;
        this.#attributesLength += 1;
      }
      this.#previous = byte;
    }
  }

  /** The tag by its name's bytes; the local name (after any "x:" prefix) for .xlsx parts. */
  #classify(): Tag {
    const name = this.#name;
    const length = this.#nameLength;
    if (length > name.length) return null;
    if (this.#part === 'ods-content') {
      for (const [wanted, tag] of odsNames)
        if (wanted.length === length && wanted.every((byte, index) => name[index] === byte)) return tag;
      return null;
    }
    if (name[0] === 0x2f) return null;
    const last = name[length - 1];
    const beforeLast = length >= 2 ? name[length - 2] : 0x3a;
    const beforeThat = length >= 3 ? name[length - 3] : 0x3a;
    if (this.#part === 'worksheet') return last === 0x63 && beforeLast === 0x3a ? 'c' : null;
    return last === 0x69 && beforeLast === 0x73 && beforeThat === 0x3a ? 'si' : null;
  }

  #close(isSelfClosing: boolean) {
    const counts = this.#counts;
    switch (this.#tag) {
      case 'si':
        // An empty <si/> still takes a slot in SheetJS's table.
        counts.sharedStrings += 1;
        break;
      case 'c':
        if (!isSelfClosing) counts.filledCells += 1;
        break;
      case 'ods-row':
        this.#rowRepeat = isSelfClosing ? 1 : repeatOf(rowsRepeated, this.#attributesText());
        break;
      case 'ods-row-end':
        this.#rowRepeat = 1;
        break;
      case 'ods-cell': {
        const attributes = this.#attributesText();
        if (!isSelfClosing || attributes.includes('value-type'))
          counts.filledCells += repeatOf(columnsRepeated, attributes) * this.#rowRepeat;
        break;
      }
      case null:
        break;
    }
    this.#tag = null;
  }

  #attributesText() {
    return latin1.decode(this.#attributes.subarray(0, Math.min(this.#attributesLength, this.#attributes.length)));
  }
}

export const partToCount = (name: string): CountedPart | null => {
  if (/^xl\/sharedStrings\.xml$/i.test(name)) return 'shared-strings';
  if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return 'worksheet';
  if (name === 'content.xml') return 'ods-content';
  return null;
};
