/**
 * Photos two to a row: each scaled to fit a 3 in wide, 2.5 in tall cell, framed, with its
 * caption and the printed SHA-256 underneath. A row that does not fit moves whole to the next
 * page, so a photo is never separated from its caption; the label shares a page with the first
 * row.
 */
import type { PDFImage } from 'pdf-lib';
import type { Photo, PhotoGridBlock } from '../../model/blocks';
import type { DrawContext, Drawer } from './drawer';
import { COLORS, type PdfFlow, type TextStyle } from './pdfFlow';
import { ROW_LABEL } from './styles';

const COLUMNS = 2;
const CELL_WIDTH = 216; // 3 in
const MAX_IMAGE_HEIGHT = 180; // 2.5 in: three rows never fit one page, two always do
const CAPTION: TextStyle = { size: 8, leading: 1.3, width: CELL_WIDTH };
const HASH: TextStyle = { size: 6.5, leading: 1.3, width: CELL_WIDTH, color: COLORS.muted };
const LABEL: TextStyle = { ...ROW_LABEL, width: undefined };
const ROW_GAP = 10;

interface PlacedPhoto {
  readonly image: PDFImage;
  readonly width: number;
  readonly height: number;
  readonly caption: string[];
  readonly hash: readonly [string, string];
  readonly hashIndent: number;
}

function place(flow: PdfFlow, photo: Photo, ctx: DrawContext): PlacedPhoto {
  const image = ctx.images.get(photo.imageSha256);
  if (!image) throw new Error(`photo ${photo.imageSha256} was not loaded before layout`);
  // The embedded JPEG's own size decides the shape: it is the evidence, whatever the record says.
  const scale = Math.min(CELL_WIDTH / image.width, MAX_IMAGE_HEIGHT / image.height);
  const prefix = `${photo.hashLabel} `;
  return {
    image,
    width: image.width * scale,
    height: image.height * scale,
    caption: flow.lines(photo.caption, CAPTION),
    hash: [`${prefix}${photo.printedSha256.slice(0, 32)}`, photo.printedSha256.slice(32)],
    hashIndent: flow.widthOf(prefix, HASH),
  };
}

function rowsOf(flow: PdfFlow, b: PhotoGridBlock, ctx: DrawContext): { photos: PlacedPhoto[]; imageHeight: number; textHeight: number }[] {
  const result = [];
  for (let start = 0; start < b.photos.length; start += COLUMNS) {
    const photos = b.photos.slice(start, start + COLUMNS).map((p) => place(flow, p, ctx));
    const imageHeight = Math.max(...photos.map((p) => p.height));
    const textHeight = Math.max(...photos.map((p) => p.caption.length * flow.lineHeight(CAPTION) + p.hash.length * flow.lineHeight(HASH)));
    result.push({ photos, imageHeight, textHeight });
  }
  return result;
}

const labelHeight = (flow: PdfFlow, b: PhotoGridBlock): number => flow.heightOf(b.label.toUpperCase(), LABEL) + 4;
const rowTotal = (r: { imageHeight: number; textHeight: number }): number => r.imageHeight + 5 + r.textHeight + ROW_GAP;

export const photoGrid: Drawer<PhotoGridBlock> = {
  draw(flow, b, ctx) {
    const gap = (flow.contentWidth - COLUMNS * CELL_WIDTH) / (COLUMNS - 1);
    rowsOf(flow, b, ctx).forEach((row, n) => {
      const first = n === 0;
      flow.ensure((first ? labelHeight(flow, b) : 0) + row.imageHeight + 5 + row.textHeight);
      if (first) {
        flow.text(b.label.toUpperCase(), LABEL);
        flow.space(4);
      }
      const top = flow.y;
      row.photos.forEach((p, column) => {
        const indent = column * (CELL_WIDTH + gap);
        flow.y = top;
        // Bottom-align images in a row so the captions start on one line.
        flow.space(row.imageHeight - p.height);
        flow.image(p.image, indent + (CELL_WIDTH - p.width) / 2, p.width, p.height);
        flow.space(p.height + 5);
        for (const line of p.caption) {
          flow.drawLine(line, { ...CAPTION, indent }, flow.y - flow.size(CAPTION));
          flow.space(flow.lineHeight(CAPTION));
        }
        // The hash in two halves, the second under the first, so it reads (and compares) as a block.
        p.hash.forEach((line, i) => {
          flow.drawLine(line, { ...HASH, indent: indent + (i === 0 ? 0 : p.hashIndent) }, flow.y - flow.size(HASH));
          flow.space(flow.lineHeight(HASH));
        });
      });
      flow.y = top - rowTotal(row);
    });
  },
  height: (flow, b, ctx) => (b.photos.length ? labelHeight(flow, b) : 0) + rowsOf(flow, b, ctx).reduce((sum, r) => sum + rowTotal(r), 0),
  startHeight: (flow, b, ctx) => {
    const first = rowsOf(flow, b, ctx)[0];
    return first ? labelHeight(flow, b) + rowTotal(first) : 0;
  },
};
