/**
 * The DOCX rendition of a document model: the same blocks as the PDF, in Word's own structures
 * (heading styles, tables with repeating headers, page fields in the footer), so a clerk can edit
 * a copy in Word or LibreOffice. The stored bytes are normalised (deterministicZip.ts): one model,
 * one file, one hash.
 */
import { AlignmentType, Document, LevelFormat, LineRuleType, Packer } from 'docx';
import type { Block, DocumentModel } from '../../model/blocks';
import { isAppError } from '../../../../../shared/errors';
import type { RenderDeps, RenderedDocx } from '../renderDeps';
import { normaliseDocx } from './deterministicZip';
import { drawBlocks } from './drawBlocks';
import { BULLETS_REFERENCE } from './drawText';
import { COLOR, FONT, SIZE, halfPoints, twips, type DrawContext, type PlacedImage } from './docxStyle';
import { jpegSize } from './jpegSize';
import { section } from './pageSetup';

const LANGUAGE_TAG = { en: 'en-US', es: 'es-US' } as const;

/** Every photo the blocks embed, groups included, each once, in reading order. */
export function photoHashes(blocks: readonly Block[], into: string[] = []): string[] {
  for (const b of blocks) {
    if (b.type === 'photoGrid') for (const p of b.photos) if (!into.includes(p.imageSha256)) into.push(p.imageSha256);
    if (b.type === 'group') photoHashes(b.blocks, into);
  }
  return into;
}

async function loadImages(model: DocumentModel, deps: RenderDeps): Promise<Map<string, PlacedImage>> {
  const hashes = photoHashes(model.blocks);
  const images = new Map<string, PlacedImage>();
  for (const [i, sha256] of hashes.entries()) {
    deps.onProgress?.(i, hashes.length, `Reading photo ${i + 1} of ${hashes.length}`);
    const bytes = await deps.loadImage(sha256); // an AppError (INTEGRITY, NOT_FOUND...) propagates as is
    images.set(sha256, { bytes, ...jpegSize(bytes, `The display copy of photo ${sha256.slice(0, 12)}…`) });
  }
  deps.onProgress?.(hashes.length, hashes.length, 'Laying out the document');
  return images;
}

/** Word bookmark names: a letter first, then letters, digits and underscores, at most 40. */
function bookmarkIds(): (text: string) => string {
  const used = new Set<string>();
  return (text) => {
    const base = `_${text}`.normalize('NFKD').replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+/, '').slice(0, 32) || 'section';
    const stem = /^[A-Za-z]/.test(base) ? base : `s_${base}`.slice(0, 32);
    let id = stem;
    for (let n = 2; used.has(id); n += 1) id = `${stem}_${n}`;
    used.add(id);
    return id;
  };
}

function counter(): () => string {
  let n = 0;
  return () => String((n += 1));
}

export async function renderDocx(model: DocumentModel, deps: RenderDeps): Promise<RenderedDocx> {
  const images = await loadImages(model, deps);
  const page = model.page;
  const minFontSize = page.minFontSize ?? 0;
  const ctx: DrawContext = {
    contentWidth: page.width - page.margins.left - page.margins.right,
    minFontSize,
    keepWithNext: false,
    keepLines: false,
    images,
    nextBookmarkId: bookmarkIds(),
    nextDrawingId: counter(),
  };
  const lang = { value: LANGUAGE_TAG[model.language] };
  const font = { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT };
  const m = model.metadata;

  const doc = new Document({
    title: m.title,
    subject: m.subject,
    creator: m.author,
    lastModifiedBy: m.author,
    keywords: m.keywords.join(', '),
    description: `${model.documentNumber} · ${model.caseNumber} · ${m.creator}`,
    styles: {
      default: {
        document: {
          run: { font, size: halfPoints(ctx, SIZE.body), color: COLOR.text, language: lang },
          paragraph: { spacing: { before: 0, after: 0, line: 252, lineRule: LineRuleType.AUTO } },
        },
        heading1: { run: { font, size: halfPoints(ctx, SIZE.heading1), bold: true, color: COLOR.accent, language: lang }, paragraph: { keepNext: true, keepLines: true } },
        heading2: { run: { font, size: halfPoints(ctx, SIZE.heading2), bold: true, color: COLOR.text, language: lang }, paragraph: { keepNext: true, keepLines: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS_REFERENCE,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: twips(18), hanging: twips(12) } } } }],
        },
      ],
    },
    sections: [{ ...section(ctx, page, model.footer), children: drawBlocks(ctx, model.blocks) }],
  });

  let packed: Uint8Array;
  try {
    packed = new Uint8Array(await Packer.toBuffer(doc));
  } catch (err) {
    if (isAppError(err)) throw err;
    throw new Error(`Packing the Word document ${model.documentNumber} failed: ${String(err)}`, { cause: err });
  }
  return { bytes: normaliseDocx(packed, model.issuedOn) };
}
