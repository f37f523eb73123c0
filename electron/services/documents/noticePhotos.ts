/**
 * Photos of one violation, two to a row: each scaled to fit a 3 in wide, 2.5 in tall cell,
 * framed, with its caption and the SHA-256 of the embedded display JPEG underneath. A row that does not fit
 * moves whole to the next page, so a photo is never separated from its caption.
 */
import type { PDFImage } from 'pdf-lib';
import type { NoticePhoto } from './noticeModel';
import { COLORS, CONTENT_WIDTH, type PdfFlow, type TextStyle } from './pdfFlow';

const COLUMNS = 2;
const CELL_WIDTH = 216; // 3 in
const GAP = (CONTENT_WIDTH - COLUMNS * CELL_WIDTH) / (COLUMNS - 1);
const MAX_IMAGE_HEIGHT = 180; // 2.5 in: three rows never fit one page, two always do
const CAPTION: TextStyle = { size: 8, leading: 1.3, width: CELL_WIDTH };
const HASH: TextStyle = { size: 6.5, leading: 1.3, width: CELL_WIDTH, color: COLORS.muted };

interface PlacedPhoto {
  readonly image: PDFImage;
  readonly width: number;
  readonly height: number;
  readonly caption: string[];
  readonly hash: readonly [string, string];
  readonly hashIndent: number;
}

/** Draws `label` and the photos under it; the label always shares a page with the first row. */
export function drawPhotoGrid(
  flow: PdfFlow,
  label: { readonly text: string; readonly style: TextStyle },
  photos: readonly NoticePhoto[],
  images: ReadonlyMap<string, PDFImage>,
): void {
  const labelHeight = flow.heightOf(label.text, label.style) + 4;
  for (let start = 0; start < photos.length; start += COLUMNS) {
    const row = photos.slice(start, start + COLUMNS).map((p) => place(flow, p, images));
    const imageHeight = Math.max(...row.map((p) => p.height));
    const textHeight = Math.max(
      ...row.map((p) => p.caption.length * flow.lineHeight(CAPTION) + p.hash.length * flow.lineHeight(HASH)),
    );
    const first = start === 0;
    flow.ensure((first ? labelHeight : 0) + imageHeight + 5 + textHeight);
    if (first) {
      flow.text(label.text, label.style);
      flow.space(4);
    }
    const top = flow.y;
    row.forEach((p, column) => {
      const indent = column * (CELL_WIDTH + GAP);
      flow.y = top;
      // Bottom-align images in a row so the captions start on one line.
      flow.space(imageHeight - p.height);
      flow.image(p.image, indent + (CELL_WIDTH - p.width) / 2, p.width, p.height);
      flow.space(p.height + 5);
      for (const line of p.caption) {
        flow.drawLine(line, { ...CAPTION, indent }, flow.y - CAPTION.size);
        flow.space(flow.lineHeight(CAPTION));
      }
      // The hash in two halves, the second under the first, so it reads (and compares) as a block.
      p.hash.forEach((line, n) => {
        flow.drawLine(line, { ...HASH, indent: indent + (n === 0 ? 0 : p.hashIndent) }, flow.y - HASH.size);
        flow.space(flow.lineHeight(HASH));
      });
    });
    flow.y = top - imageHeight - 5 - textHeight - 10;
  }
}

function place(flow: PdfFlow, photo: NoticePhoto, images: ReadonlyMap<string, PDFImage>): PlacedPhoto {
  const image = images.get(photo.sha256);
  if (!image) throw new Error(`photo ${photo.sha256} was not loaded before layout`);
  // The embedded JPEG's own size decides the shape: it is the evidence, whatever the record says.
  const scale = Math.min(CELL_WIDTH / image.width, MAX_IMAGE_HEIGHT / image.height);
  const prefix = `${photo.hashLabel} `;
  return {
    image,
    width: image.width * scale,
    height: image.height * scale,
    caption: flow.lines(photo.caption, CAPTION),
    hash: [`${prefix}${photo.sha256.slice(0, 32)}`, photo.sha256.slice(32)],
    hashIndent: flow.widthOf(prefix, HASH),
  };
}
