/**
 * The parts every issued letter shares, laid out on a PdfFlow: embedded fonts, letterhead with
 * the reference box, addressing, section headings, label/value rows, closing sections with the
 * signature, the footer on every page (with the audit head) and deterministic metadata. The
 * notice and the demand for payment draw their own bodies between these.
 *
 * Determinism: every date in the metadata comes from the model, the file identifier is derived
 * from the model, and font subset names are fixed, so the same model gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import { canonicalJson } from '../../../shared/canonicalJson';
import { AppError } from '../../../shared/errors';
import { fillTemplate } from '../../../shared/jurisdictionPack';
import type { LetterModel } from './letterModel';
import { COLORS, CONTENT_WIDTH, linesToKeep, PAGE, type Fonts, type PdfFlow, type TextStyle } from './pdfFlow';

export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

export const BODY: TextStyle = { size: 10 };
export const LABEL: TextStyle = { size: 7.5, bold: true, color: COLORS.muted };
export const HEADING: TextStyle = { size: 11.5, bold: true, color: COLORS.accent };
export const ROW_LABEL_WIDTH = 128;
export const ROW_LABEL: TextStyle = { size: 8.5, bold: true, color: COLORS.muted, width: ROW_LABEL_WIDTH - 8 };
export const ROW_VALUE: TextStyle = { size: 10, indent: ROW_LABEL_WIDTH, leading: 1.35 };

/** A new PDF with DejaVu Sans regular and bold embedded as subsets. */
export async function createLetterPdf(fontsDir: string): Promise<{ doc: PDFDocument; fonts: Fonts }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  return { doc, fonts: await embedFonts(doc, fontsDir) };
}

/** Footers on every page, deterministic metadata, then the bytes. */
export async function finishLetterPdf(doc: PDFDocument, flow: PdfFlow, model: LetterModel): Promise<Uint8Array> {
  drawFooters(flow, model.footerTemplate);
  setMetadata(doc, model);
  return doc.save();
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

/**
 * A name the font cannot draw would print as empty boxes on a legal document: refuse instead.
 * `document` names it ("notice"), `check` says where such characters come from.
 */
export function refuseUnprintableText(model: LetterModel, fonts: Fonts, document: string, check: string): void {
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
      `The ${document} contains characters its font cannot print: ${list}. Check ${check} for those characters.`,
    );
  }
}

export function drawLetterhead(flow: PdfFlow, model: LetterModel): void {
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

export function drawAddressing(flow: PdfFlow, model: LetterModel): void {
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

export function drawHeading(flow: PdfFlow, text: string): void {
  flow.ensure(flow.lineHeight(HEADING) + 4 + 3 * flow.lineHeight(BODY));
  flow.text(text, HEADING);
  flow.space(1);
  flow.rule({ thickness: 0.75, color: COLORS.accent });
  flow.space(8);
}

/** Label in the left column, value wrapped beside it; continues across a page break line by line. */
export function drawRow(flow: PdfFlow, label: string, value: string, emphasize: boolean): void {
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

export function drawClosing(flow: PdfFlow, model: LetterModel): void {
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

export function drawFooters(flow: PdfFlow, footerTemplate: string): void {
  const pages = flow.pages.length;
  const style: TextStyle = { size: 7.5, color: COLORS.muted, align: 'center', leading: 1.3 };
  flow.pages.forEach((page, i) => {
    const text = fillTemplate(footerTemplate, { page: i + 1, pages });
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

export function setMetadata(doc: PDFDocument, model: LetterModel): void {
  const m = model.metadata;
  doc.setTitle(m.title, { showInWindowTitleBar: true });
  doc.setAuthor(m.author);
  doc.setSubject(m.subject);
  doc.setKeywords([...m.keywords]);
  doc.setCreator(m.creator);
  doc.setProducer(m.producer);
  doc.setLanguage(model.language === 'es' ? 'es-US' : 'en-US');
  // Noon UTC on the issue date: the same calendar day in every US time zone, so a viewer never
  // shows a letter issued "the day before".
  const [y, mo, d] = model.issuedOn.split('-').map(Number) as [number, number, number];
  const issued = new Date(Date.UTC(y, mo - 1, d, 12, 0, 0));
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  // A file identifier derived from the content, where pdf-lib would write none and other
  // writers write a random one.
  const id = createHash('sha256').update(canonicalJson(model)).digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
