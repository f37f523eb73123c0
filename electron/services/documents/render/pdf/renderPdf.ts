/**
 * Renders a DocumentModel to PDF with pdf-lib and the embedded DejaVu Sans (subsets: only the
 * glyphs used). Deterministic: every date in the metadata comes from the model, the file
 * identifier is derived from the model, font subset names are fixed and photos are embedded in
 * document order, so the same model and photos give the same bytes — an issued document is
 * identified by its SHA-256.
 *
 * Photos are embedded as the exact JPEG bytes from the vault (pdf-lib copies JPEG data
 * unchanged). Headings with a bookmark become the PDF outline, titles written as UTF-16 hex
 * strings so accents and dashes survive. No hyperlinks, no encryption.
 */
import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, PDFName, type PDFImage, type PDFRef } from 'pdf-lib';
import { canonicalJson } from '../../../../../shared/canonicalJson';
import { AppError } from '../../../../../shared/errors';
import { fillTemplate } from '../../../../../shared/jurisdictionPack';
import { textsOf, type Block, type DocumentModel, type Photo } from '../../model/blocks';
import type { RenderDeps, RenderedPdf } from '../renderDeps';
import { drawBlock } from './drawBlocks';
import { openFontSession, type FontSession } from './fontSession';
import type { OutlineMark } from './drawer';
import { COLORS, PdfFlow, type Fonts } from './pdfFlow';
import { FOOTER } from './styles';

export { FONT_FILES } from './fontSession';

export async function renderPdf(model: DocumentModel, deps: RenderDeps): Promise<RenderedPdf> {
  const progress = deps.onProgress ?? (() => {});
  const doc = await PDFDocument.create({ updateMetadata: false });
  // A batch passes the session its documents share; a single document opens its own.
  const session = deps.fonts ?? (await openFontSession(deps.fontsDir));
  doc.registerFontkit(session.fontkit as Parameters<PDFDocument['registerFontkit']>[0]);
  const fonts = await embedFonts(doc, session);
  refuseUnprintableText(model, fonts);

  const photos = photosOf(model.blocks);
  const total = photos.length + 2;
  // One at a time, in order: embedding order decides object numbers, so it must not depend on
  // which read finishes first.
  const images = new Map<string, PDFImage>();
  for (const [i, photo] of photos.entries()) {
    progress(i, total, `Placing photo ${i + 1} of ${photos.length}`);
    if (images.has(photo.imageSha256)) continue;
    images.set(photo.imageSha256, await embedJpeg(doc, await deps.loadImage(photo.imageSha256), photo.imageSha256));
  }

  progress(photos.length, total, `Laying out the ${model.describedAs.document}`);
  const flow = new PdfFlow(doc, fonts, model.page);
  const outline: OutlineMark[] = [];
  for (const block of model.blocks) drawBlock(flow, block, { images, outline });
  drawFooters(flow, model.footer);
  writeOutline(doc, flow, outline);
  setMetadata(doc, model);

  progress(photos.length + 1, total, 'Writing the PDF');
  const bytes = await doc.save();
  progress(total, total, `${model.describedAs.document} rendered`);
  return { bytes, pageCount: flow.pages.length };
}

/** Every photo of the model in document order (groups included). */
export function photosOf(blocks: readonly Block[]): Photo[] {
  return blocks.flatMap((b) => (b.type === 'photoGrid' ? [...b.photos] : b.type === 'group' ? photosOf(b.blocks) : []));
}

async function embedFonts(doc: PDFDocument, session: FontSession): Promise<Fonts> {
  const { regular, bold } = session;
  // Fixed subset tags (six letters + "+", as PDF names subsets) instead of pdf-lib's generated
  // suffix: the name is part of the bytes, and the bytes must not vary.
  return {
    regular: await doc.embedFont(regular, { subset: true, customName: 'CRNOTA+DejaVuSans' }),
    bold: await doc.embedFont(bold, { subset: true, customName: 'CRNOTB+DejaVuSans-Bold' }),
    widths: session.widths,
  };
}

async function embedJpeg(doc: PDFDocument, bytes: Buffer, sha256: string): Promise<PDFImage> {
  try {
    return await doc.embedJpg(bytes);
  } catch (err) {
    throw new AppError(
      'CORRUPT_FILE',
      `The display copy of photo ${sha256.slice(0, 12)}… is not a JPEG that can be placed in a PDF. Re-import the photo, then generate the document again.`,
      { cause: err },
    );
  }
}

/** A name the font cannot draw would print as empty boxes on a legal document: refuse instead. */
function refuseUnprintableText(model: DocumentModel, fonts: Fonts): void {
  const regular = new Set(fonts.regular.getCharacterSet());
  const bold = new Set(fonts.bold.getCharacterSet());
  const missing = new Set<string>();
  for (const text of [...textsOf(model.blocks), model.footer]) {
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      if (cp >= 0x20 && (!regular.has(cp) || !bold.has(cp))) missing.add(ch);
    }
  }
  if (missing.size === 0) return;
  const list = [...missing]
    .slice(0, 5)
    .map((ch) => `"${ch}" (U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')})`)
    .join(', ');
  throw new AppError(
    'VALIDATION',
    `The ${model.describedAs.document} contains characters its font cannot print: ${list}. Check ${model.describedAs.enteredText} for those characters.`,
  );
}

function drawFooters(flow: PdfFlow, footerTemplate: string): void {
  const pages = flow.pages.length;
  flow.pages.forEach((page, i) => {
    const text = fillTemplate(footerTemplate, { page: i + 1, pages });
    const lines = flow.lines(text, FOOTER).slice(0, 2);
    const ruleY = flow.bottom - 18;
    page.drawLine({ start: { x: flow.left, y: ruleY }, end: { x: flow.left + flow.contentWidth, y: ruleY }, thickness: 0.5, color: COLORS.rule });
    lines.forEach((line, n) => flow.drawLine(line, FOOTER, ruleY - 11 - n * flow.lineHeight(FOOTER), page));
  });
}

/** A flat PDF outline (bookmarks) of the headings that asked for one, in document order. */
function writeOutline(doc: PDFDocument, flow: PdfFlow, marks: readonly OutlineMark[]): void {
  if (marks.length === 0) return;
  const { context } = doc;
  const outlinesRef = context.nextRef();
  const refs: PDFRef[] = marks.map(() => context.nextRef());
  marks.forEach((mark, i) => {
    const page = flow.pages[mark.pageIndex];
    if (!page) throw new Error(`bookmark "${mark.title}" points past the last page`);
    const item = context.obj({
      Title: PDFHexString.fromText(mark.title),
      Parent: outlinesRef,
      Dest: context.obj([page.ref, PDFName.of('XYZ'), null, mark.y + 14, null]),
      ...(i > 0 ? { Prev: refs[i - 1] } : {}),
      ...(i < refs.length - 1 ? { Next: refs[i + 1] } : {}),
    });
    context.assign(refs[i] as PDFRef, item);
  });
  context.assign(outlinesRef, context.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function setMetadata(doc: PDFDocument, model: DocumentModel): void {
  const m = model.metadata;
  doc.setTitle(m.title, { showInWindowTitleBar: true });
  doc.setAuthor(m.author);
  doc.setSubject(m.subject);
  doc.setKeywords([...m.keywords]);
  doc.setCreator(m.creator);
  doc.setProducer(m.producer);
  doc.setLanguage(model.language === 'es' ? 'es-US' : 'en-US');
  // Noon UTC on the issue date: the same calendar day in every US time zone, so a viewer never
  // shows a document issued "the day before".
  const [y, mo, d] = model.issuedOn.split('-').map(Number) as [number, number, number];
  const issued = new Date(Date.UTC(y, mo - 1, d, 12, 0, 0));
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  // A file identifier derived from the content, where pdf-lib would write none and other
  // writers write a random one.
  const id = createHash('sha256').update(canonicalJson(model)).digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
