/**
 * Makes a packed DOCX a function of its model alone. docx stamps the current time in two places:
 * dcterms:created / dcterms:modified in docProps/core.xml, and every zip entry's DOS timestamp.
 * Both are set here to noon of the document's issue date, and the entries are written in a fixed
 * order ([Content_Types].xml first, as Word expects, then by name) with DEFLATE, so the same
 * model gives the same bytes and the SHA-256 recorded for the stored file identifies its content.
 * Bookmark ids are the third: docx draws them from one counter for the life of the process, so
 * the second document rendered gets other ids than the first; they are renumbered from 1 in
 * order of appearance. (Everything else docx writes is already stable: image parts are named by
 * their SHA-1, and drawing and numbering ids count from zero for each document.)
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { FONT, FONT_FALLBACK } from './docxStyle';

const CONTENT_TYPES = '[Content_Types].xml';
const CORE = 'docProps/core.xml';
const FONT_TABLE = 'word/fontTable.xml';

/** Noon UTC of the issue date: the instant the document's metadata gives for its writing. */
export function issuedInstant(issuedOn: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn)) throw new Error(`issuedOn must be YYYY-MM-DD, got ${JSON.stringify(issuedOn)}`);
  return `${issuedOn}T12:00:00Z`;
}

function entryOrder(a: string, b: string): number {
  if (a === CONTENT_TYPES) return -1;
  if (b === CONTENT_TYPES) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function setCoreDates(xml: string, instant: string): string {
  let replaced = 0;
  const out = xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_all, open: string, _name: string, close: string) => {
    replaced += 1;
    return `${open}${instant}${close}`;
  });
  // A docx upgrade that stopped writing them (or wrote them differently) must not slip through.
  if (replaced !== 2) throw new Error(`docProps/core.xml: expected dcterms:created and dcterms:modified, replaced ${replaced}`);
  return out;
}

/**
 * Names the fallback for machines without DejaVu Sans in the font table (nothing is embedded):
 * Word substitutes by `w:altName`, then by family and pitch.
 */
function withFontFallback(xml: string): string {
  if (xml.includes(`w:name="${FONT}"`)) return xml;
  const entry =
    `<w:font w:name="${FONT}"><w:altName w:val="${FONT_FALLBACK}"/><w:panose1 w:val="020B0603030804020204"/>` +
    `<w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`;
  if (xml.includes('</w:fonts>')) return xml.replace('</w:fonts>', `${entry}</w:fonts>`);
  // docx writes an empty table as one self-closing element.
  const empty = /(<w:fonts\b[^>]*?)\s*\/>\s*$/;
  if (!empty.test(xml)) throw new Error('word/fontTable.xml has no w:fonts element');
  return xml.replace(empty, `$1>${entry}</w:fonts>`);
}

/** Bookmark ids 1, 2, 3... in the order the bookmarks start; a start and its end keep one id. */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g, (_all, before: string, id: string, after: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `${before}${ids.get(id)}${after}`;
  });
}

const STORY_PART = /^word\/(document|header\d+|footer\d+)\.xml$/;

export function normaliseDocx(packed: Uint8Array, issuedOn: string): Uint8Array {
  const instant = issuedInstant(issuedOn);
  const files = unzipSync(packed);
  if (!files[CORE]) throw new Error('the packed document has no docProps/core.xml');
  files[CORE] = encoder.encode(setCoreDates(decoder.decode(files[CORE]), instant));
  for (const name of Object.keys(files)) if (STORY_PART.test(name)) files[name] = encoder.encode(renumberBookmarks(decoder.decode(files[name]!)));
  if (files[FONT_TABLE]) files[FONT_TABLE] = encoder.encode(withFontFallback(decoder.decode(files[FONT_TABLE])));

  // fflate writes DOS times from the Date's local fields: a local-time Date of the issue date's
  // noon gives the same stamp whatever the machine's time zone.
  const [year, month, day] = issuedOn.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day, 12, 0, 0);
  const ordered: Zippable = {};
  for (const name of Object.keys(files).sort(entryOrder)) ordered[name] = [files[name]!, { mtime, level: 6 }];
  return zipSync(ordered);
}
