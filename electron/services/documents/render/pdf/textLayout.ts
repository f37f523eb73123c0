/**
 * Word-wrapping for generated documents. Font-agnostic: the caller passes a `measure` function
 * (pdf-lib's widthOfTextAtSize for a real font), so the same rules are tested with a fake
 * monospace measure and used with DejaVu Sans in the PDF.
 *
 * Rules: "\n" starts a new line (an empty line stays empty); runs of spaces and tabs collapse;
 * a no-break space (U+00A0) holds its neighbours together; a word wider than the line is cut
 * between characters, never inside one (an accented letter written as a base letter plus a
 * combining mark, like the "ễ" of a decomposed "Nguyễn", stays whole).
 */

export type Measure = (text: string) => number;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Lines of `text` that each fit `maxWidth` as measured by `measure`. */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  if (!(maxWidth > 0)) throw new RangeError(`wrapText needs a positive width, got ${maxWidth}`);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    lines.push(...wrapParagraph(paragraph, maxWidth, measure));
  }
  return lines;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: Measure): string[] {
  // Only ordinary spaces and tabs separate words: \s would also split at U+00A0.
  const words = paragraph.split(/[ \t]+/).filter((w) => w.length > 0);
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(word) <= maxWidth) {
      line = word;
      continue;
    }
    const pieces = breakWord(word, maxWidth, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] as string;
  }
  lines.push(line);
  return lines;
}

/** Cuts a word too wide for one line into pieces that fit; at least one character per piece. */
function breakWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const g of graphemes(word)) {
    if (piece !== '' && measure(piece + g) > maxWidth) {
      pieces.push(piece);
      piece = g;
    } else {
      piece += g;
    }
  }
  pieces.push(piece);
  return pieces;
}

/** `text` cut with an ellipsis so it fits on one line (for labels that must not wrap). */
export function fitOneLine(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = graphemes(text);
  let lo = 0;
  let hi = chars.length;
  // Largest prefix that still fits with the ellipsis: widths grow with length, so bisect.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}
