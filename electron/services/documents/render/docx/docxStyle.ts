/**
 * The DOCX typography: the PDF's colours and sizes written in Word's units, and the run/paragraph
 * helpers every drawer uses so the recording rules (`minFontSize`) and a group's keep-together
 * rule are applied in one place rather than in each drawer.
 */
import { BorderStyle, LineRuleType, TextRun, type IBorderOptions, type IParagraphOptions, type IRunOptions } from 'docx';

/** The PDF renderer's colours (pdfFlow.ts COLORS), as Word hex. */
export const COLOR = {
  text: '1A1A1A',
  muted: '616166',
  accent: '17335C',
  rule: 'B8BDC7',
  band: 'EBF0F7',
  box: 'F5F7FA',
} as const;

/** Sizes in points, before `minFontSize` raises them. */
export const SIZE = {
  body: 10,
  small: 8,
  hash: 7,
  footer: 8,
  caption: 8.5,
  heading1: 12,
  heading2: 10.5,
  title: 16,
  subtitle: 11,
  jurisdiction: 14,
} as const;

export const FONT = 'DejaVu Sans';
/** Named in the font table for machines without DejaVu: a sans with similar metrics. */
export const FONT_FALLBACK = 'Verdana';

/** Points to twentieths of a point (Word's page, margin, indent and spacing unit). */
export const twips = (points: number): number => Math.round(points * 20);

/** Word's display width/height for an image is in pixels at 96 per inch. */
export const pointsToPixels = (points: number): number => Math.round((points * 96) / 72);

export const rule = (color: string = COLOR.rule, eighths = 6): IBorderOptions => ({ style: BorderStyle.SINGLE, size: eighths, color, space: 1 });
export const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/**
 * What a drawer knows besides its block: the width it lays out in, the smallest size it may print,
 * and whether the group it is in must stay on one page with what follows.
 */
export interface DrawContext {
  /** Body width between the margins, in points. */
  readonly contentWidth: number;
  readonly minFontSize: number;
  /** Inside a keepTogether group and not its last block: the block's last paragraph keeps with the next one. */
  readonly keepWithNext: boolean;
  /** Inside a keepTogether group: no paragraph breaks across pages. */
  readonly keepLines: boolean;
  /** The display JPEGs of the model's photos, read before drawing starts. */
  readonly images: ReadonlyMap<string, PlacedImage>;
  readonly nextBookmarkId: (text: string) => string;
  /**
   * Drawing ids 1, 2, 3... for this document: docx's own come from one counter for the life of
   * the process, so a second rendering of the same model would get other ids (other bytes).
   */
  readonly nextDrawingId: () => string;
}

export interface PlacedImage {
  readonly bytes: Buffer;
  readonly width: number; // pixels, from the JPEG frame header
  readonly height: number;
}

export type RunStyle = Omit<IRunOptions, 'text' | 'size' | 'children'> & { readonly size?: number };

/** A run at `size` points (never under the page's minimum), in the text colour unless told. */
export function run(ctx: Pick<DrawContext, 'minFontSize'>, text: string, style: RunStyle = {}): TextRun {
  const { size = SIZE.body, ...rest } = style;
  return new TextRun({ color: COLOR.text, ...rest, text, size: halfPoints(ctx, size) });
}

/** Word sizes runs in half-points. */
export function halfPoints(ctx: Pick<DrawContext, 'minFontSize'>, points: number): number {
  return Math.round(Math.max(points, ctx.minFontSize) * 2);
}

/**
 * Paragraph options for the paragraphs of one block, in order: all but the last keep with the
 * next (a block is one unit on paper: a signature, a notice box), the last does so only when its
 * group says. `together: false` lets a long block (a paragraph of prose) split between its lines.
 */
export function keepOptions(ctx: DrawContext, isLast: boolean, together = true): Pick<IParagraphOptions, 'keepNext' | 'keepLines'> {
  const keepNext = isLast ? ctx.keepWithNext : together;
  const keepLines = ctx.keepLines || together;
  return { ...(keepNext ? { keepNext: true } : {}), ...(keepLines ? { keepLines: true } : {}) };
}

/**
 * Spacing before/after in points and the line height as a multiple of the font's (Word's 240ths).
 * The line rule is always written: LibreOffice does not read a missing one as Word's "auto".
 */
export function spacing(before: number, after: number, line = 1.05): NonNullable<IParagraphOptions['spacing']> {
  return { before: twips(before), after: twips(after), line: Math.round(line * 240), lineRule: LineRuleType.AUTO };
}
