/**
 * The photo grid: two photos to a table row, each scaled to fit 3 x 2.5 in with its shape kept,
 * its caption and its printed hash under it. A row never splits, so a photo never leaves its
 * caption; the grid's label keeps with the first row.
 */
import { AlignmentType, ImageRun, Paragraph, TableRow, TabStopType, Tab, TextRun } from 'docx';
import type { Photo, PhotoGridBlock } from '../../model/blocks';
import { inch } from '../../model/blocks';
import { COLOR, SIZE, keepOptions, pointsToPixels, run, spacing, twips, type DrawContext, type PlacedImage } from './docxStyle';
import { cell, columnWidths, layoutTable, spacer } from './drawTables';

const MAX_WIDTH = inch(3);
const MAX_HEIGHT = inch(2.5);
/**
 * Where the hash starts after its label, and where its second half lines up (the PDF's layout).
 * Word has no text measuring at write time: DejaVu Sans's capitals and digits are about 0.7 em
 * wide, so the label's width is estimated from its length, and never taken under 36 pt.
 */
const hashIndent = (label: string, size: number): number => Math.max(36, Math.ceil(label.length * size * 0.7) + 3);
const CELL_SIDE_PAD = 4; // drawTables' cell padding, each side

/** The size an image is shown at, in points: as large as fits the box, never distorted. */
export function fitImage(image: Pick<PlacedImage, 'width' | 'height'>, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / image.width, maxHeight / image.height);
  return { width: image.width * scale, height: image.height * scale };
}

function shownSize(ctx: DrawContext, photo: Photo, cellWidth: number): { image: PlacedImage; width: number; height: number } {
  const image = ctx.images.get(photo.imageSha256);
  if (!image) throw new Error(`photo ${photo.imageSha256} was not loaded before layout`);
  return { image, ...fitImage(image, Math.min(MAX_WIDTH, cellWidth / 20 - 2 * CELL_SIDE_PAD), MAX_HEIGHT) };
}

/** `rowImageHeight`: the taller image of the row; the space under a shorter one lines the captions up. */
function photoCell(ctx: DrawContext, photo: Photo, cellWidth: number, rowImageHeight: number, keep: ReturnType<typeof keepOptions>): Paragraph[] {
  const { image, ...shown } = shownSize(ctx, photo, cellWidth);
  const hash = photo.printedSha256;
  const indent = twips(hashIndent(photo.hashLabel, Math.max(SIZE.hash, ctx.minFontSize)));
  return [
    new Paragraph({
      spacing: spacing(4, 3 + rowImageHeight - shown.height),
      keepNext: true,
      keepLines: true,
      children: [
        new ImageRun({
          type: 'jpg',
          data: image.bytes,
          transformation: { width: pointsToPixels(shown.width), height: pointsToPixels(shown.height) },
          altText: { id: ctx.nextDrawingId(), name: photo.caption, title: photo.caption, description: `${photo.caption} (${photo.hashLabel} ${hash})` },
        }),
      ],
    }),
    new Paragraph({ spacing: spacing(0, 1), keepNext: true, keepLines: true, children: [run(ctx, photo.caption, { size: SIZE.caption })] }),
    new Paragraph({
      tabStops: [{ type: TabStopType.LEFT, position: indent }],
      indent: { left: indent, hanging: indent },
      spacing: spacing(0, 6),
      ...keep,
      children: [
        run(ctx, photo.hashLabel, { size: SIZE.hash, color: COLOR.muted }),
        new TextRun({ children: [new Tab()] }),
        run(ctx, hash.slice(0, 32), { size: SIZE.hash, color: COLOR.muted }),
        ...(hash.length > 32 ? [run(ctx, hash.slice(32), { size: SIZE.hash, color: COLOR.muted, break: 1 })] : []),
      ],
    }),
  ];
}

export function drawPhotoGrid(ctx: DrawContext, b: PhotoGridBlock) {
  const widths = columnWidths(ctx.contentWidth, [1, 1]);
  const rowCount = Math.ceil(b.photos.length / 2);
  const rows: TableRow[] = [];
  for (let r = 0; r < rowCount; r += 1) {
    const keep = keepOptions(ctx, r === rowCount - 1, ctx.keepLines);
    const pair = b.photos.slice(2 * r, 2 * r + 2);
    const rowImageHeight = Math.max(...pair.map((p, i) => shownSize(ctx, p, widths[i]!).height));
    rows.push(
      new TableRow({
        cantSplit: true,
        children: widths.map((w, i) => {
          const photo = pair[i];
          return cell(w, photo ? photoCell(ctx, photo, w, rowImageHeight, keep) : [new Paragraph({ children: [] })]);
        }),
      }),
    );
  }
  const label = new Paragraph({
    alignment: AlignmentType.LEFT,
    spacing: spacing(6, 2),
    keepNext: true,
    keepLines: true,
    children: [run(ctx, b.label, { size: SIZE.small, bold: true, color: COLOR.muted, allCaps: true })],
  });
  return [label, ...(rows.length > 0 ? [layoutTable(ctx, widths, rows), spacer(ctx)] : [])];
}
