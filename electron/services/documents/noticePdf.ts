/**
 * Renders a NoticeModel to PDF with pdf-lib and the embedded DejaVu Sans (subset: only the
 * glyphs used). The output is deterministic: the same model and photos give the same bytes,
 * because an issued notice is identified by its SHA-256. pdf-lib would otherwise stamp the
 * current time into the metadata; here every date comes from the model, the document ID is
 * derived from the model, and font names are fixed.
 *
 * Photos are embedded as the exact display JPEG bytes from the vault (pdf-lib copies JPEG data
 * unchanged), so the SHA-256 printed under a photo can be checked against the image extracted
 * from the PDF. No hyperlinks, no encryption.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString, type PDFImage } from 'pdf-lib';
import { canonicalJson } from '../../../shared/canonicalJson';
import { AppError } from '../../../shared/errors';
import { fillTemplate } from '../../../shared/jurisdictionPack';
import type { NoticeModel, NoticeViolation } from './noticeModel';
import { drawPhotoGrid } from './noticePhotos';
import { COLORS, CONTENT_WIDTH, linesToKeep, PAGE, PdfFlow, type Fonts, type TextStyle } from './pdfFlow';

export interface NoticePdfDeps {
  /** The display JPEG of a photo; rejects (AppError INTEGRITY) when the vault copy was altered. */
  readonly loadImage: (sha256: string) => Promise<Buffer>;
  /** Folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf (resources/fonts). */
  readonly fontsDir: string;
  readonly onProgress?: (done: number, total: number, message: string) => void;
}

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

const BODY: TextStyle = { size: 10 };
const LABEL: TextStyle = { size: 7.5, bold: true, color: COLORS.muted };
const HEADING: TextStyle = { size: 11.5, bold: true, color: COLORS.accent };
const ROW_LABEL_WIDTH = 128;
const ROW_LABEL: TextStyle = { size: 8.5, bold: true, color: COLORS.muted, width: ROW_LABEL_WIDTH - 8 };
const ROW_VALUE: TextStyle = { size: 10, indent: ROW_LABEL_WIDTH, leading: 1.35 };
const BAND_HEIGHT = 20;

export async function renderNoticePdf(model: NoticeModel, deps: NoticePdfDeps): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const progress = deps.onProgress ?? (() => {});
  const photos = model.violations.flatMap((v) => v.photos);
  const total = photos.length + 2;

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  const fonts = await embedFonts(doc, deps.fontsDir);
  refuseUnprintableText(model, fonts);

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
  drawFooters(flow, model);
  setMetadata(doc, model);

  progress(photos.length + 1, total, 'Writing the PDF');
  const bytes = await doc.save();
  progress(total, total, 'Notice rendered');
  return { bytes, pageCount: flow.pages.length };
}

async function embedFonts(doc: PDFDocument, fontsDir: string): Promise<Fonts> {
  const read = async (file: string) => {
    try {
      return await readFile(path.join(fontsDir, file));
    } catch (err) {
      throw new AppError('INTERNAL', `The font ${file} is missing from ${fontsDir}; reinstall CaseReady.`, { cause: err });
    }
  };
  const [regular, bold] = await Promise.all([read(FONT_FILES.regular), read(FONT_FILES.bold)]);
  // Fixed subset tags (six letters + "+", as PDF names subsets) instead of pdf-lib's generated
  // suffix: the name is part of the bytes, and the bytes must not vary.
  return {
    regular: await doc.embedFont(regular, { subset: true, customName: 'CRNOTA+DejaVuSans' }),
    bold: await doc.embedFont(bold, { subset: true, customName: 'CRNOTB+DejaVuSans-Bold' }),
  };
}

/** A name the font cannot draw would print as empty boxes on a legal notice: refuse instead. */
function refuseUnprintableText(model: NoticeModel, fonts: Fonts): void {
  const supported = new Set(fonts.regular.getCharacterSet());
  const bold = new Set(fonts.bold.getCharacterSet());
  const missing = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const ch of value) {
        const cp = ch.codePointAt(0) as number;
        if (cp >= 0x20 && (!supported.has(cp) || !bold.has(cp))) missing.add(ch);
      }
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(model);
  if (missing.size > 0) {
    const list = [...missing]
      .slice(0, 5)
      .map((ch) => `"${ch}" (U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')})`)
      .join(', ');
    throw new AppError(
      'VALIDATION',
      `The notice contains characters its font cannot print: ${list}. Check the owner's name and address and the violation text for those characters.`,
    );
  }
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

function drawLetterhead(flow: PdfFlow, model: NoticeModel): void {
  const refWidth = 168;
  const leftWidth = CONTENT_WIDTH - refWidth - 16;
  const top = flow.y;
  const lh = model.letterhead;
  flow.text(lh.jurisdictionName.toUpperCase(), { size: 17, bold: true, color: COLORS.accent, width: leftWidth, leading: 1.25 });
  flow.text(lh.departmentName, { size: 10, bold: true, width: leftWidth });
  flow.space(2);
  for (const line of [...lh.addressLines, lh.contactLine]) flow.text(line, { size: 8.5, color: COLORS.muted, width: leftWidth });
  const leftBottom = flow.y;

  // Reference box on the right: what a clerk quotes on the phone.
  const indent = CONTENT_WIDTH - refWidth;
  const rowHeight = 24;
  const boxHeight = model.references.length * rowHeight + 8;
  flow.page.drawRectangle({
    x: PAGE.margin + indent,
    y: top - boxHeight,
    width: refWidth,
    height: boxHeight,
    color: COLORS.band,
    borderColor: COLORS.rule,
    borderWidth: 0.5,
  });
  model.references.forEach((ref, i) => {
    const rowTop = top - 6 - i * rowHeight;
    const inner = { indent: indent + 8, width: refWidth - 16 };
    flow.drawLine(ref.label.toUpperCase(), { ...LABEL, ...inner, size: 6.5 }, rowTop - 6.5);
    flow.drawLine(ref.value, { size: 9.5, bold: true, ...inner }, rowTop - 17);
  });
  flow.y = Math.min(leftBottom, top - boxHeight) - 10;
  flow.rule({ thickness: 1.5, color: COLORS.accent });
  flow.space(18);
  flow.text(model.title.toUpperCase(), { size: 18, bold: true, color: COLORS.accent, align: 'center', leading: 1.25 });
  flow.text(model.subtitle, { size: 11, color: COLORS.muted, align: 'center' });
  if (model.languageAccess) {
    flow.space(4);
    flow.text(model.languageAccess, { size: 7.5, color: COLORS.muted, align: 'center', indent: 36, width: CONTENT_WIDTH - 72 });
  }
  flow.space(14);
}

function drawAddressing(flow: PdfFlow, model: NoticeModel): void {
  const r = model.recipient;
  flow.text(r.heading.toUpperCase(), LABEL);
  flow.space(2);
  flow.text(r.name, { size: 11, bold: true });
  for (const line of r.addressLines) flow.text(line, BODY);
  flow.space(12);
  const label = `${model.regarding.label} `;
  const labelWidth = flow.widthOf(label, { size: 10.5, bold: true });
  const valueStyle: TextStyle = { size: 10.5, bold: true, indent: labelWidth };
  flow.ensure(flow.lineHeight(valueStyle));
  flow.drawLine(label, { size: 10.5, bold: true }, flow.y - 10.5);
  flow.text(model.regarding.value, valueStyle);
  flow.space(12);
  flow.text(model.salutation, BODY);
  flow.space(5);
  flow.text(model.intro, BODY);
  flow.space(16);
}

function drawHeading(flow: PdfFlow, text: string): void {
  flow.ensure(flow.lineHeight(HEADING) + 4 + 3 * flow.lineHeight(BODY));
  flow.text(text, HEADING);
  flow.space(1);
  flow.rule({ thickness: 0.75, color: COLORS.accent });
  flow.space(8);
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

/** Label in the left column, value wrapped beside it; continues across a page break line by line. */
function drawRow(flow: PdfFlow, label: string, value: string, emphasize: boolean): void {
  const valueStyle: TextStyle = { ...ROW_VALUE, bold: emphasize };
  const labelLines = flow.lines(label, ROW_LABEL);
  const valueLines = flow.lines(value, valueStyle);
  const lh = flow.lineHeight(valueStyle);
  const count = Math.max(labelLines.length, valueLines.length);
  for (let i = 0; i < count; i++) {
    flow.ensure(lh * linesToKeep(i, count));
    const baseline = flow.y - valueStyle.size;
    const labelLine = labelLines[i];
    if (labelLine !== undefined) flow.drawLine(labelLine, ROW_LABEL, baseline);
    const valueLine = valueLines[i];
    if (valueLine !== undefined) flow.drawLine(valueLine, valueStyle, baseline);
    flow.space(lh);
  }
}

function drawClosing(flow: PdfFlow, model: NoticeModel): void {
  const sig = model.signature;
  const signatureHeight = flow.lineHeight(BODY) * (sig.lines.length + 1) + 40;
  model.sections.forEach((section, index) => {
    if (index === model.sections.length - 1) {
      // The signature never stands alone on a page: it goes with the last section.
      const sectionHeight = flow.lineHeight(HEADING) + 9 + flow.heightOf(section.paragraph, BODY) + 14;
      flow.ensure(sectionHeight + signatureHeight);
    }
    drawHeading(flow, section.heading);
    flow.text(section.paragraph, BODY);
    for (const item of section.items) {
      flow.space(5);
      const itemTitle: TextStyle = { size: 9.5, bold: true, indent: 14 };
      flow.ensure(flow.lineHeight(itemTitle) * 2);
      flow.drawLine('•', { size: 9.5, indent: 3 }, flow.y - 9.5);
      flow.text(item.title, itemTitle);
      flow.text(item.text, { size: 9.5, indent: 14, color: COLORS.muted });
    }
    flow.space(14);
  });
  flow.ensure(signatureHeight);
  flow.space(4);
  flow.text(sig.closing, BODY);
  flow.space(30);
  flow.rule({ thickness: 0.6, color: COLORS.muted, width: 200 });
  flow.space(5);
  sig.lines.forEach((line, i) => flow.text(line, { ...BODY, bold: i === 0 }));
}

function drawFooters(flow: PdfFlow, model: NoticeModel): void {
  const pages = flow.pages.length;
  const style: TextStyle = { size: 7.5, color: COLORS.muted, align: 'center', leading: 1.3 };
  flow.pages.forEach((page, i) => {
    const text = fillTemplate(model.footerTemplate, { page: i + 1, pages });
    const lines = flow.lines(text, style).slice(0, 2);
    const ruleY = PAGE.margin - 18;
    page.drawLine({
      start: { x: PAGE.margin, y: ruleY },
      end: { x: PAGE.width - PAGE.margin, y: ruleY },
      thickness: 0.5,
      color: COLORS.rule,
    });
    lines.forEach((line, n) => flow.drawLine(line, style, ruleY - 11 - n * flow.lineHeight(style), page));
  });
}

function setMetadata(doc: PDFDocument, model: NoticeModel): void {
  const m = model.metadata;
  doc.setTitle(m.title, { showInWindowTitleBar: true });
  doc.setAuthor(m.author);
  doc.setSubject(m.subject);
  doc.setKeywords([...m.keywords]);
  doc.setCreator(m.creator);
  doc.setProducer(m.producer);
  doc.setLanguage(model.language === 'es' ? 'es-US' : 'en-US');
  // Noon UTC on the issue date: the same calendar day in every US time zone, so a viewer never
  // shows a notice issued "the day before".
  const [y, mo, d] = model.issuedOn.split('-').map(Number) as [number, number, number];
  const issued = new Date(Date.UTC(y, mo - 1, d, 12, 0, 0));
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  // A file identifier derived from the content, where pdf-lib would write none and other
  // writers write a random one.
  const id = createHash('sha256').update(canonicalJson(model)).digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
