/**
 * Finds the EXIF (TIFF) block inside a HEIF/HEIC file.
 *
 * Why not let exifr do it: exifr 7 ignores the `base_offset` of an `iloc` entry, which libheif's
 * own encoder (heif-enc and tools built on it) uses for every item, so exifr reads the wrong
 * bytes and reports "Malformed EXIF data" for a perfectly good file. Locating the item here
 * (following ISO/IEC 23008-12 and 14496-12) and giving exifr only the TIFF block works for
 * iPhone files and libheif files alike.
 */

interface Box {
  readonly type: string;
  /** Offset of the box's content (after the size/type header). */
  readonly body: number;
  readonly end: number;
}

export class HeifStructureError extends Error {
  override name = 'HeifStructureError';
}

/**
 * The TIFF block ("II*\0..." or "MM\0*...") of the primary EXIF item, or null when the file has
 * no EXIF item. Throws HeifStructureError when the boxes that describe the item are damaged.
 */
export function extractHeifExifTiff(file: Uint8Array): Uint8Array | null {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const boxes = (start: number, end: number): Box[] => {
    const out: Box[] = [];
    for (let at = start; at + 8 <= end; ) {
      let size = view.getUint32(at);
      let header = 8;
      if (size === 1) {
        if (at + 16 > end) throw new HeifStructureError('box header cut short');
        size = Number(view.getBigUint64(at + 8));
        header = 16;
      } else if (size === 0) {
        size = end - at; // "to the end of the enclosing box"
      }
      if (size < header || at + size > end) throw new HeifStructureError(`box at ${at} runs past its container`);
      out.push({ type: String.fromCharCode(...file.subarray(at + 4, at + 8)), body: at + header, end: at + size });
      at += size;
    }
    return out;
  };

  const meta = boxes(0, file.length).find((b) => b.type === 'meta');
  if (!meta) return null;
  const metaChildren = boxes(meta.body + 4, meta.end); // meta is a "full box": skip version+flags
  const iinf = metaChildren.find((b) => b.type === 'iinf');
  const iloc = metaChildren.find((b) => b.type === 'iloc');
  const idat = metaChildren.find((b) => b.type === 'idat');
  if (!iinf || !iloc) return null;

  const exifItemId = findExifItemId(view, iinf, boxes);
  if (exifItemId === null) return null;
  const payload = readItem(view, file, iloc, idat, exifItemId);
  // The EXIF item starts with a 32-bit offset to the TIFF header (usually 6, skipping "Exif\0\0").
  if (payload.length < 4) throw new HeifStructureError('EXIF item too short');
  const tiffStart = 4 + new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(0);
  if (tiffStart + 8 > payload.length) throw new HeifStructureError('EXIF item offset points outside the item');
  return payload.subarray(tiffStart);
}

function findExifItemId(view: DataView, iinf: Box, boxes: (start: number, end: number) => Box[]): number | null {
  const version = view.getUint8(iinf.body);
  const entriesStart = iinf.body + 4 + (version === 0 ? 2 : 4); // entry_count is 16 or 32 bits
  for (const infe of boxes(entriesStart, iinf.end)) {
    if (infe.type !== 'infe') continue;
    const infeVersion = view.getUint8(infe.body);
    if (infeVersion < 2) continue; // v0/v1 entries have no item type, and phones do not write them
    const idSize = infeVersion === 3 ? 4 : 2;
    const id = idSize === 4 ? view.getUint32(infe.body + 4) : view.getUint16(infe.body + 4);
    const typeAt = infe.body + 4 + idSize + 2; // after item_ID and item_protection_index
    if (typeAt + 4 > infe.end) throw new HeifStructureError('item info entry cut short');
    const type = String.fromCharCode(view.getUint8(typeAt), view.getUint8(typeAt + 1), view.getUint8(typeAt + 2), view.getUint8(typeAt + 3));
    if (type === 'Exif') return id;
  }
  return null;
}

/** The bytes of one item: its extents joined, each at base_offset + extent_offset. */
function readItem(view: DataView, file: Uint8Array, iloc: Box, idat: Box | undefined, itemId: number): Uint8Array {
  let at = iloc.body;
  const version = view.getUint8(at);
  at += 4;
  const sizes = view.getUint8(at);
  const sizes2 = view.getUint8(at + 1);
  at += 2;
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 15;
  const baseOffsetSize = sizes2 >> 4;
  const indexSize = version === 1 || version === 2 ? sizes2 & 15 : 0;
  const readUint = (size: number): number => {
    if (at + size > iloc.end) throw new HeifStructureError('iloc box cut short');
    const value =
      size === 0 ? 0 : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : size === 8 ? Number(view.getBigUint64(at)) : NaN;
    if (Number.isNaN(value)) throw new HeifStructureError(`unsupported iloc field size ${size}`);
    at += size;
    return value;
  };
  const itemCount = readUint(version < 2 ? 2 : 4);
  for (let i = 0; i < itemCount; i += 1) {
    const id = readUint(version < 2 ? 2 : 4);
    const constructionMethod = version === 1 || version === 2 ? readUint(2) & 15 : 0;
    readUint(2); // data_reference_index: 0 = this file
    const baseOffset = readUint(baseOffsetSize);
    const extentCount = readUint(2);
    const extents: Uint8Array[] = [];
    for (let e = 0; e < extentCount; e += 1) {
      readUint(indexSize);
      const extentOffset = readUint(offsetSize);
      const extentLength = readUint(lengthSize);
      if (id !== itemId) continue;
      // Method 0: offsets into the file; method 1: offsets into the meta box's idat.
      const origin = constructionMethod === 1 ? (idat?.body ?? Number.NaN) : 0;
      const limit = constructionMethod === 1 ? (idat?.end ?? 0) : file.length;
      if (constructionMethod > 1) throw new HeifStructureError(`unsupported construction method ${constructionMethod}`);
      const start = origin + baseOffset + extentOffset;
      const end = extentLength === 0 ? limit : start + extentLength;
      if (!(start >= 0 && end <= limit && start <= end)) throw new HeifStructureError('EXIF item lies outside the file');
      extents.push(file.subarray(start, end));
    }
    if (id === itemId) return extents.length === 1 ? extents[0]! : Buffer.concat(extents);
  }
  throw new HeifStructureError('EXIF item has no location');
}
