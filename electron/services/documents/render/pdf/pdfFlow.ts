/**
 * A top-to-bottom "flow" over pdf-lib pages: a cursor that moves down as text and images are
 * placed, and starts a new page when the next piece would cross the bottom margin. pdf-lib
 * itself only draws at coordinates; keeping lines together, continuing a paragraph on the next
 * page and repeating a heading there are decided here.
 *
 * The page comes from the model's PageSetup: its size and margins, a blank area reserved at the
 * top of page 1 (a recorder's stamp, with its box outlined when the rules ask for one) and a
 * smallest font size (recording rules), which every style is raised to.
 */
import { MAX_MEMO } from './fontSession';
import { rgb, type PDFDocument, type PDFFont, type PDFImage, type PDFPage, type RGB } from 'pdf-lib';
import { LETTER_PAGE, type PageSetup } from '../../model/blocks';
import { wrapText } from './textLayout';

export const COLORS = {
  text: rgb(0.1, 0.1, 0.1),
  muted: rgb(0.38, 0.38, 0.4),
  accent: rgb(0.09, 0.2, 0.36),
  rule: rgb(0.72, 0.74, 0.78),
  band: rgb(0.92, 0.94, 0.97),
} as const;

export interface Fonts {
  readonly regular: PDFFont;
  readonly bold: PDFFont;
  /** Measured widths by face, size and text, shared by the documents of one font session (fontSession.ts). */
  readonly widths?: Map<string, number>;
}

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: RGB;
  /** Distance from the left margin. */
  readonly indent?: number;
  /** Available width; defaults to the rest of the line after the indent. */
  readonly width?: number;
  /** Line height as a multiple of the size. */
  readonly leading?: number;
  readonly align?: 'left' | 'center' | 'right';
}

export class PdfFlow {
  readonly pages: PDFPage[] = [];
  private current!: PDFPage;
  /** Baseline room left: the y of the top of the next thing to place. */
  y = 0;
  /** Called after a page break, e.g. to repeat a heading. */
  onNewPage: (() => void) | null = null;
  readonly contentWidth: number;
  readonly left: number;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
    readonly setup: PageSetup = LETTER_PAGE,
  ) {
    this.left = setup.margins.left;
    this.contentWidth = setup.width - setup.margins.left - setup.margins.right;
    this.addPage();
  }

  get page(): PDFPage {
    return this.current;
  }

  get bottom(): number {
    return this.setup.margins.bottom;
  }

  get remaining(): number {
    return this.y - this.bottom;
  }

  /** The y where content starts on the current page (below the reserved area on page 1). */
  get pageTop(): number {
    const { setup } = this;
    const top = setup.height - setup.margins.top;
    if (this.pages.length > 1) return top;
    const reserved = Math.max(setup.firstPageTopReserved ?? 0, setup.firstPageBox?.height ?? 0);
    return top - reserved;
  }

  addPage(): void {
    this.current = this.doc.addPage([this.setup.width, this.setup.height]);
    this.pages.push(this.current);
    this.y = this.pageTop;
    if (this.pages.length === 1) this.outlineRecorderBox();
  }

  /** The recorder's box on page 1: an outline under the top margin at the right, as the DOCX draws it. */
  private outlineRecorderBox(): void {
    const box = this.setup.firstPageBox;
    if (!box) return;
    const x = this.setup.width - this.setup.margins.right - box.width;
    const top = this.setup.height - this.setup.margins.top;
    this.current.drawRectangle({ x, y: top - box.height, width: box.width, height: box.height, borderColor: COLORS.muted, borderWidth: 0.6 });
    if (box.label === '') return;
    const style = { size: 8.5, color: COLORS.muted };
    const size = this.size(style);
    const width = this.fonts.regular.widthOfTextAtSize(box.label, size);
    this.current.drawText(box.label, { x: x + (box.width - width) / 2, y: top - 4 - size, size, font: this.fonts.regular, color: style.color });
  }

  /** Starts a new page unless `height` points still fit on this one. Returns true on a break. */
  ensure(height: number): boolean {
    if (height <= this.remaining || this.y === this.pageTop) return false;
    this.addPage();
    const repeat = this.onNewPage;
    if (repeat) {
      // Cleared while it runs so a repeated heading cannot itself trigger another repeat.
      this.onNewPage = null;
      repeat();
      this.onNewPage = repeat;
    }
    return true;
  }

  space(points: number): void {
    this.y -= points;
  }

  /** The size actually printed: never below the page setup's smallest font. */
  size(style: TextStyle): number {
    return Math.max(style.size, this.setup.minFontSize ?? 0);
  }

  font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular;
  }

  lineHeight(style: TextStyle): number {
    return this.size(style) * (style.leading ?? 1.38);
  }

  widthOf(text: string, style: TextStyle): number {
    const size = this.size(style);
    const widths = this.fonts.widths;
    if (!widths) return this.font(style).widthOfTextAtSize(text, size);
    // Keyed by size too: scaling a width at size 1 could differ in the last bit and move a line break.
    const key = `${style.bold ? 'b' : 'r'}${size}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = this.font(style).widthOfTextAtSize(text, size);
      if (widths.size >= MAX_MEMO) widths.clear(); // bounded, as the font session's shaped runs
      widths.set(key, width);
    }
    return width;
  }

  /** Wrapped lines of `text` for this style's width. */
  lines(text: string, style: TextStyle): string[] {
    const width = style.width ?? this.contentWidth - (style.indent ?? 0);
    return wrapText(text, width, (s) => this.widthOf(s, style));
  }

  /** Height the wrapped text will take. */
  heightOf(text: string, style: TextStyle): number {
    return this.lines(text, style).length * this.lineHeight(style);
  }

  /**
   * Draws wrapped text; a paragraph that does not fit continues on the next page, but never
   * leaves its first line alone at the bottom of a page nor its last line alone at the top.
   */
  text(text: string, style: TextStyle): void {
    const lines = this.lines(text, style);
    const lh = this.lineHeight(style);
    lines.forEach((line, i) => {
      this.ensure(lh * linesToKeep(i, lines.length));
      this.drawLine(line, style, this.y - this.size(style));
      this.y -= lh;
    });
  }

  /** One line at an explicit baseline on the current page; the cursor does not move. */
  drawLine(line: string, style: TextStyle, baseline: number, page: PDFPage = this.current): void {
    const indent = style.indent ?? 0;
    const width = style.width ?? this.contentWidth - indent;
    let x = this.left + indent;
    if (style.align === 'center') x += (width - this.widthOf(line, style)) / 2;
    if (style.align === 'right') x += width - this.widthOf(line, style);
    page.drawText(line, { x, y: baseline, size: this.size(style), font: this.font(style), color: style.color ?? COLORS.text });
  }

  /** A horizontal line across the content width (or from `indent` for `width`). */
  rule(opts: { thickness?: number; color?: RGB; indent?: number; width?: number } = {}): void {
    const x = this.left + (opts.indent ?? 0);
    this.current.drawLine({
      start: { x, y: this.y },
      end: { x: x + (opts.width ?? this.contentWidth - (opts.indent ?? 0)), y: this.y },
      thickness: opts.thickness ?? 0.5,
      color: opts.color ?? COLORS.rule,
    });
  }

  /** A filled band `height` tall starting at the cursor, for headings. */
  band(height: number, color: RGB = COLORS.band): void {
    this.current.drawRectangle({ x: this.left, y: this.y - height, width: this.contentWidth, height, color });
  }

  /** A frame `height` tall starting at the cursor, across the content width. */
  frame(height: number, opts: { fill?: RGB; border?: RGB; borderWidth?: number } = {}): void {
    this.current.drawRectangle({
      x: this.left,
      y: this.y - height,
      width: this.contentWidth,
      height,
      ...(opts.fill ? { color: opts.fill } : {}),
      borderColor: opts.border ?? COLORS.accent,
      borderWidth: opts.borderWidth ?? 1,
    });
  }

  /** An image with a thin frame, its top-left at (left margin + `indent`, cursor). */
  image(img: PDFImage, indent: number, width: number, height: number): void {
    const x = this.left + indent;
    const y = this.y - height;
    this.current.drawImage(img, { x, y, width, height });
    this.current.drawRectangle({ x, y, width, height, borderColor: COLORS.rule, borderWidth: 0.5 });
  }
}

/**
 * How many lines starting at line `i` of `count` must share a page: the first two (no orphan)
 * and the last two (no widow); any other line may stand alone.
 */
export function linesToKeep(i: number, count: number): number {
  if (i === 0) return Math.min(2, count);
  if (i === count - 2) return 2;
  return 1;
}
