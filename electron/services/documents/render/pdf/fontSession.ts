/**
 * What drawing documents with the app's fonts costs once instead of per document: the font files
 * read, parsed by fontkit, and the width of each run of text measured (fontkit shapes text —
 * GSUB/GPOS lookups — on every measurement, which is most of a notice's layout time).
 *
 * A single document opens its own session and drops it with the document. A batch opens one for
 * all its documents (issue/issueBatch.ts): the same fonts, the same words ("Violation", the
 * pack's paragraphs) measured once. A session is bounded by what one batch prints; it is never
 * kept for the life of the process, where distinct texts would grow it without end.
 *
 * The session's fonts also keep each run of text they shaped (memoizeLayout).
 *
 * Sharing the parsed font does not change a byte of the PDF: each document still embeds its own
 * subset of the glyphs it uses (tested in fontSession.test.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../../shared/errors';

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** The part of fontkit pdf-lib calls. */
export interface FontkitLike {
  create(data: Uint8Array, postscriptName?: string): unknown;
}

export interface FontSession {
  readonly fontsDir: string;
  readonly regular: Buffer;
  readonly bold: Buffer;
  /** fontkit, parsing each font file once per session. */
  readonly fontkit: FontkitLike;
  /** Width of a text by face and size (pdfFlow.widthOf). */
  readonly widths: Map<string, number>;
}

export async function openFontSession(fontsDir: string): Promise<FontSession> {
  // fontkit is loaded with the first document, not with the app: most commands never draw one.
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  const read = async (file: string) => {
    try {
      return await readFile(path.join(fontsDir, file));
    } catch (err) {
      throw new AppError('INTERNAL', `The font ${file} is missing from ${fontsDir}; reinstall CaseReady.`, { cause: err });
    }
  };
  const [regular, bold] = await Promise.all([read(FONT_FILES.regular), read(FONT_FILES.bold)]);
  const parsed = new Map<Uint8Array, unknown>();
  const caching: FontkitLike = {
    create(data, postscriptName) {
      let font = parsed.get(data);
      if (font === undefined) {
        font = memoizeLayout(fontkit.create(data, postscriptName) as LayoutFont);
        parsed.set(data, font);
      }
      return font;
    },
  };
  return { fontsDir, regular, bold, fontkit: caching, widths: new Map() };
}

/** Entries a memo keeps before it starts over (see memoizeLayout and pdfFlow.widthOf). */
export const MAX_MEMO = 4000;

interface LayoutFont {
  layout(text: string, features?: unknown): unknown;
}

/**
 * pdf-lib shapes every run twice (to measure it, then to encode it for drawing) and each document
 * prints the same labels and paragraphs: the session's own font keeps each shaped run. pdf-lib
 * only reads a run (glyph ids and advances) and adds its glyphs to the document's own subset, so
 * a run shaped once serves every document of the session.
 */
function memoizeLayout(font: LayoutFont): LayoutFont {
  const layout = font.layout.bind(font);
  const runs = new Map<string, unknown>();
  font.layout = (text, features) => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let run = runs.get(key);
    if (run === undefined) {
      run = layout(text, features);
      // Bounded: a long batch prints many one-off lines (addresses, the candidate lines wrapping
      // tries); starting over keeps memory flat while the common labels are shaped again at once.
      if (runs.size >= MAX_MEMO) runs.clear();
      runs.set(key, run);
    }
    return run;
  };
  return font;
}
