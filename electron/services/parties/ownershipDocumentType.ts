/**
 * What kind of file an ownership document is, from its first bytes (never its name: a scanned
 * deed saved as "deed.pdf" may be a JPEG, and "deed.pdf.exe" is not a deed).
 */
import { AppError } from '../../../shared/errors';
import type { OwnershipDocumentType } from '../../../shared/partiesTypes';

export function sniffOwnershipDocument(bytes: Uint8Array): OwnershipDocumentType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff';
  return null;
}

/** The media type, or UNSUPPORTED_FILE with a message that says what to do instead. */
export function requireOwnershipDocumentType(bytes: Uint8Array, displayName: string): OwnershipDocumentType {
  if (bytes.length === 0) {
    throw new AppError('UNSUPPORTED_FILE', `"${displayName}" is empty (0 bytes). Scan or download the document again and attach the new copy.`);
  }
  const type = sniffOwnershipDocument(bytes);
  if (type === null) {
    throw new AppError(
      'UNSUPPORTED_FILE',
      `"${displayName}" is not a PDF, JPEG, PNG or TIFF file. Save the deed, assessor record or search result as a PDF (or scan it to an image) and attach that.`,
    );
  }
  return type;
}
