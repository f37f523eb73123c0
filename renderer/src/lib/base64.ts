/**
 * Base64 for photo uploads and PDF downloads. Photos can be tens of megabytes, so the bytes are
 * encoded in slices: `String.fromCharCode(...bytes)` on the whole array overflows the call
 * stack, and one huge intermediate string doubles peak memory. Each slice is a multiple of three
 * bytes, so the per-slice base64 strings concatenate without padding in the middle.
 */
const SLICE_BYTES = 3 * 16 * 1024;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
    const slice = bytes.subarray(start, Math.min(start + SLICE_BYTES, bytes.length));
    let binary = '';
    for (let i = 0; i < slice.length; i += 1) binary += String.fromCharCode(slice[i] as number);
    parts.push(btoa(binary));
  }
  return parts.join('');
}

/** Throws a DOMException (InvalidCharacterError) when the text is not base64. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
