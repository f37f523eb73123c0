/**
 * One drawer per block type. `draw` places the block at the flow's cursor and leaves the cursor
 * under it (its trailing space included); `height` is the room the whole block takes and
 * `startHeight` the least room it needs to start on a page without leaving an orphan, so
 * groups can keep blocks together without laying anything out twice.
 */
import type { PDFImage } from 'pdf-lib';
import type { Block } from '../../model/blocks';
import type { PdfFlow } from './pdfFlow';

/** A bookmark to write into the PDF outline: the page and height of its heading. */
export interface OutlineMark {
  readonly title: string;
  readonly pageIndex: number;
  readonly y: number;
}

export interface DrawContext {
  /** Embedded photos by vault hash, loaded before layout in document order. */
  readonly images: ReadonlyMap<string, PDFImage>;
  readonly outline: OutlineMark[];
}

export interface Drawer<B extends Block> {
  draw(flow: PdfFlow, block: B, ctx: DrawContext): void;
  height(flow: PdfFlow, block: B, ctx: DrawContext): number;
  startHeight(flow: PdfFlow, block: B, ctx: DrawContext): number;
}

/** A drawer whose block is never split: it needs its whole height to start. */
export function whole<B extends Block>(draw: Drawer<B>['draw'], height: Drawer<B>['height']): Drawer<B> {
  return { draw, height, startHeight: height };
}
