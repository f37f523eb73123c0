/**
 * Turns whatever name a photo arrived with into a safe *display* name, e.g. for "Photo
 * IMG_0412.HEIC was added" and for the exhibit list. It is never used to build a path: the
 * vault names files by hash. It still has to be cleaned, because the name comes from outside
 * (a browser upload, a zip, a phone) and may hold folders, control characters that break logs
 * and CSV exports, or right-to-left override characters that disguise an extension
 * ("IMG\u202Egpj.exe" shows as "IMGexe.jpg").
 */

const MAX_NAME_CHARS = 255;
const FALLBACK_NAME = 'photo';

// C0 and C1 control characters (NUL, newline, escape, ...), and the invisible bidirectional
// formatting characters that can reorder how the rest of the name is displayed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function sanitizeFileName(name: string | Uint8Array): string {
  // Names from old zips or Windows code pages are not always UTF-8: decode leniently so bad
  // bytes become U+FFFD (the replacement character) instead of failing the import.
  const decoded = typeof name === 'string' ? name : new TextDecoder('utf-8', { fatal: false }).decode(name);
  // Lone surrogate halves (possible in JS strings, not in valid Unicode) also become U+FFFD.
  const text = decoded.replace(LONE_SURROGATE, '\uFFFD');
  // Only the last segment: "../../etc/passwd" -> "passwd", "C:\\Users\\me\\IMG_1.jpg" -> "IMG_1.jpg".
  // Both separators on every platform, since the name may come from another operating system.
  const segments = text.split(/[/\\]/).filter((segment) => segment.trim() !== '');
  const last = (segments.at(-1) ?? '').replace(UNSAFE_CHARS, '').trim();
  // Count code points, not UTF-16 units, so the cut never splits an emoji or other astral character.
  const clipped = Array.from(last).slice(0, MAX_NAME_CHARS).join('').trim();
  return clipped === '' || clipped === '.' || clipped === '..' ? FALLBACK_NAME : clipped;
}
