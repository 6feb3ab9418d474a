/**
 * The parts of a ZIP file (an .xlsx or .ods is one), read from its central directory, and a way to
 * unpack one part a piece at a time without keeping it. Only what spreadsheet-content.ts needs to
 * size a file up before SheetJS unpacks all of it into memory.
 */

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated (the two SheetJS reads). */
  method: number;
  compressedSize: number;
  /** What the central directory says the part unpacks to. */
  declaredSize: number;
  /**
   * What the part's own header says it unpacks to: 0 when the writer put the sizes after the data
   * (LibreOffice does), and then SheetJS unpacks it without a bound.
   */
  localDeclaredSize: number;
  /** Where the packed bytes start. */
  dataOffset: number;
};

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const UNKNOWN_32 = 0xffffffff;

/** The ZIP64 extra field's sizes, in its order, for the fields the fixed header left at 0xFFFFFFFF. */
const zip64Sizes = (view: DataView, start: number, end: number, wanted: readonly boolean[]): (number | null)[] => {
  for (let offset = start; offset + 4 <= end;) {
    const id = view.getUint16(offset, true);
    const size = view.getUint16(offset + 2, true);
    if (id === 0x0001) {
      let at = offset + 4;
      return wanted.map((isWanted) => {
        if (!isWanted || at + 8 > offset + 4 + size) return null;
        const value = Number(view.getBigUint64(at, true));
        at += 8;
        return value;
      });
    }
    offset += 4 + size;
  }
  return wanted.map(() => null);
};

const findEndOfDirectory = (view: DataView): number => {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset -= 1)
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  return -1;
};

/** The parts of a ZIP file, or null when its directory cannot be read (a damaged or truncated file). */
export const listZipEntries = (bytes: Uint8Array): ZipEntry[] | null => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const end = findEndOfDirectory(view);
    if (end < 0) return null;
    let count = view.getUint16(end + 10, true);
    let directory = view.getUint32(end + 16, true);
    if (
      (count === 0xffff || directory === UNKNOWN_32) &&
      end >= 20 &&
      view.getUint32(end - 20, true) === ZIP64_LOCATOR
    ) {
      const zip64End = Number(view.getBigUint64(end - 12, true));
      if (view.getUint32(zip64End, true) !== ZIP64_END_OF_DIRECTORY) return null;
      count = Number(view.getBigUint64(zip64End + 32, true));
      directory = Number(view.getBigUint64(zip64End + 48, true));
    }
    const decoder = new TextDecoder();
    const entries: ZipEntry[] = [];
    let offset = directory;
    for (let index = 0; index < count; index += 1) {
      if (view.getUint32(offset, true) !== DIRECTORY_ENTRY) return null;
      const method = view.getUint16(offset + 10, true);
      let compressedSize = view.getUint32(offset + 20, true);
      let declaredSize = view.getUint32(offset + 24, true);
      const nameLength = view.getUint16(offset + 28, true);
      const extraLength = view.getUint16(offset + 30, true);
      const commentLength = view.getUint16(offset + 32, true);
      let localOffset = view.getUint32(offset + 42, true);
      const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
      const extraStart = offset + 46 + nameLength;
      const [size64, compressed64, offset64] = zip64Sizes(view, extraStart, extraStart + extraLength, [
        declaredSize === UNKNOWN_32,
        compressedSize === UNKNOWN_32,
        localOffset === UNKNOWN_32,
      ]);
      declaredSize = size64 ?? declaredSize;
      compressedSize = compressed64 ?? compressedSize;
      localOffset = offset64 ?? localOffset;
      if (view.getUint32(localOffset, true) !== LOCAL_HEADER) return null;
      const localNameLength = view.getUint16(localOffset + 26, true);
      const localExtraLength = view.getUint16(localOffset + 28, true);
      const localExtraStart = localOffset + 30 + localNameLength;
      let localDeclaredSize = view.getUint32(localOffset + 22, true);
      if (localDeclaredSize === UNKNOWN_32)
        localDeclaredSize =
          zip64Sizes(view, localExtraStart, localExtraStart + localExtraLength, [true])[0] ?? localDeclaredSize;
      const dataOffset = localExtraStart + localExtraLength;
      if (dataOffset + compressedSize > bytes.length) return null;
      entries.push({ name, method, compressedSize, declaredSize, localDeclaredSize, dataOffset });
      offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } catch {
    // A size or offset pointing outside the file (DataView throws RangeError): a damaged ZIP.
    return null;
  }
};

/** Packed bytes handed to the decompressor at a time: one piece unpacks to at most about 16 MB. */
const PACKED_PIECE = 16 * 1024;

/**
 * Unpacks one part, handing each unpacked piece to `accept` and keeping none; `accept` returns
 * false to stop early. 'damaged' when the packed data is not valid (or the format is unknown).
 */
export const unpackZipEntry = async (
  bytes: Uint8Array,
  entry: ZipEntry,
  accept: (piece: Uint8Array) => boolean,
): Promise<'done' | 'stopped' | 'damaged'> => {
  const packed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return accept(packed) ? 'done' : 'stopped';
  if (entry.method !== 8) return 'damaged';
  let offset = 0;
  // Pulled a piece at a time, so a part that unpacks to gigabytes is never held, only counted.
  const source = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (offset >= packed.length) {
          controller.close();
          return;
        }
        const next = Math.min(offset + PACKED_PIECE, packed.length);
        controller.enqueue(packed.slice(offset, next));
        offset = next;
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'done';
      if (!accept(value)) {
        await reader.cancel();
        return 'stopped';
      }
    }
  } catch {
    return 'damaged';
  }
};
