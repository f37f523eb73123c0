/**
 * Renders a NoticeModel to PDF with pdf-lib and the embedded DejaVu Sans (subset: only the
 * glyphs used). The output is deterministic: the same model and photos give the same bytes,
 * because an issued notice is identified by its SHA-256 (letterPdf.ts keeps the metadata, the
 * document ID and the font names fixed).
 *
 * Photos are embedded as the exact display JPEG bytes from the vault (pdf-lib copies JPEG data
 * unchanged), so the SHA-256 printed under a photo can be checked against the image extracted
 * from the PDF. No hyperlinks, no encryption.
 */
import { type PDFDocument, type PDFImage } from 'pdf-lib';
import { AppError } from '../../../shared/errors';
import {
  BODY,
  createLetterPdf,
  drawAddressing,
  drawClosing,
  drawHeading,
  drawLetterhead,
  drawRow,
  finishLetterPdf,
  refuseUnprintableText,
  ROW_LABEL,
  ROW_VALUE,
} from './letterPdf';
import type { NoticeModel, NoticeViolation } from './noticeModel';
import { drawPhotoGrid } from './noticePhotos';
import { COLORS, CONTENT_WIDTH, PdfFlow } from './pdfFlow';

const BAND_HEIGHT = 20;

export interface NoticePdfDeps {
  /** The display JPEG of a photo; rejects (AppError INTEGRITY) when the vault copy was altered. */
  readonly loadImage: (sha256: string) => Promise<Buffer>;
  /** Folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf (resources/fonts). */
  readonly fontsDir: string;
  readonly onProgress?: (done: number, total: number, message: string) => void;
}

export async function renderNoticePdf(model: NoticeModel, deps: NoticePdfDeps): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const progress = deps.onProgress ?? (() => {});
  const photos = model.violations.flatMap((v) => v.photos);
  const total = photos.length + 2;

  const { doc, fonts } = await createLetterPdf(deps.fontsDir);
  refuseUnprintableText(model, fonts, 'notice', "the owner's name and address and the violation text");

  // One at a time, in order: embedding order decides object numbers, so it must not depend on
  // which read finishes first.
  const images = new Map<string, PDFImage>();
  for (const [i, photo] of photos.entries()) {
    progress(i, total, `Placing photo ${i + 1} of ${photos.length}`);
    if (images.has(photo.sha256)) continue;
    const bytes = await deps.loadImage(photo.sha256);
    images.set(photo.sha256, await embedJpeg(doc, bytes, photo.sha256));
  }

  progress(photos.length, total, 'Laying out the notice');
  const flow = new PdfFlow(doc, fonts);
  drawLetterhead(flow, model);
  drawAddressing(flow, model);
  drawViolations(flow, model, images);
  drawClosing(flow, model);

  progress(photos.length + 1, total, 'Writing the PDF');
  const bytes = await finishLetterPdf(doc, flow, model);
  progress(total, total, 'Notice rendered');
  return { bytes, pageCount: flow.pages.length };
}

async function embedJpeg(doc: PDFDocument, bytes: Buffer, sha256: string): Promise<PDFImage> {
  try {
    return await doc.embedJpg(bytes);
  } catch (err) {
    throw new AppError(
      'CORRUPT_FILE',
      `The display copy of photo ${sha256.slice(0, 12)}… is not a JPEG that can be placed in a PDF. Re-import the photo, then issue the notice again.`,
      { cause: err },
    );
  }
}

function drawViolations(flow: PdfFlow, model: NoticeModel, images: ReadonlyMap<string, PDFImage>): void {
  drawHeading(flow, model.violationsHeading);
  for (const v of model.violations) {
    const firstRow = v.rows[0];
    const firstRowHeight = firstRow ? flow.heightOf(firstRow.value, ROW_VALUE) : 0;
    flow.ensure(BAND_HEIGHT + 6 + firstRowHeight + 2 * flow.lineHeight(ROW_VALUE));
    drawViolationBand(flow, v, v.heading);
    flow.onNewPage = () => drawViolationBand(flow, v, v.continuedHeading);
    for (const row of v.rows) {
      drawRow(flow, row.label, row.value, false);
      flow.space(4);
      flow.rule({ color: COLORS.band, thickness: 0.75 });
      flow.space(5);
    }
    drawRow(flow, v.deadline.label, v.deadline.value, true);
    flow.space(8);
    if (v.photos.length > 0) {
      const label = { text: v.photosLabel.toUpperCase(), style: { ...ROW_LABEL, width: undefined } };
      drawPhotoGrid(flow, label, v.photos, images);
    }
    flow.onNewPage = null;
    flow.space(10);
  }
  flow.text(model.deadlineSentence, { ...BODY, bold: true, size: 9.5 });
  flow.space(16);
}

function drawViolationBand(flow: PdfFlow, v: NoticeViolation, heading: string): void {
  flow.band(BAND_HEIGHT);
  const baseline = flow.y - 13.5;
  flow.drawLine(heading, { size: 10.5, bold: true, color: COLORS.accent, indent: 8 }, baseline);
  const text = `${v.deadline.label}: ${v.deadline.value}`;
  flow.drawLine(text, { size: 9.5, bold: true, align: 'right', indent: 8, width: CONTENT_WIDTH - 16 }, baseline);
  flow.space(BAND_HEIGHT + 6);
}

