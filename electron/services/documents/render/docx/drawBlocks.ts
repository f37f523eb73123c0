/** Every block of the model, drawn once, in order: the one switch over the Block union. */
import type { Paragraph, Table } from 'docx';
import type { Block, GroupBlock } from '../../model/blocks';
import { assertNever } from '../../../../../shared/errors';
import type { DrawContext } from './docxStyle';
import { drawNotary, drawSignature } from './drawForms';
import { drawPhotoGrid } from './drawPhotos';
import { drawLetterhead, drawRows, drawTable } from './drawTables';
import { drawAddress, drawBand, drawHeading, drawLeadIn, drawList, drawNoticeBox, drawOutlineEntry, drawPageBreak, drawParagraph, drawTitle } from './drawText';

export type BodyChild = Paragraph | Table;

export function drawBlocks(ctx: DrawContext, blocks: readonly Block[]): BodyChild[] {
  return blocks.flatMap((block) => drawBlock(ctx, block));
}

function drawBlock(ctx: DrawContext, b: Block): BodyChild[] {
  switch (b.type) {
    case 'letterhead':
      return drawLetterhead(ctx, b);
    case 'title':
      return drawTitle(ctx, b);
    case 'address':
      return drawAddress(ctx, b);
    case 'heading':
      return drawHeading(ctx, b);
    case 'paragraph':
      return drawParagraph(ctx, b);
    case 'leadIn':
      return drawLeadIn(ctx, b);
    case 'rows':
      return drawRows(ctx, b);
    case 'table':
      return drawTable(ctx, b);
    case 'list':
      return drawList(ctx, b);
    case 'photoGrid':
      return drawPhotoGrid(ctx, b);
    case 'band':
      return drawBand(ctx, b);
    case 'noticeBox':
      return drawNoticeBox(ctx, b);
    case 'signature':
      return drawSignature(ctx, b);
    case 'notary':
      return drawNotary(ctx, b);
    case 'pageBreak':
      return drawPageBreak();
    case 'outlineEntry':
      return drawOutlineEntry(ctx, b);
    case 'group':
      return drawGroup(ctx, b);
    default:
      return assertNever(b, 'document block');
  }
}

/**
 * keepTogether: every paragraph of the group keeps its lines together and keeps with the next,
 * up to the group's last block, which keeps with what follows only if the enclosing group says
 * so. Word then moves the whole group to the next page when it does not fit (or, if it is longer
 * than a page, starts it on a fresh one) — the PDF's rule.
 *
 * repeatOnNewPage: Word has no way to repeat an arbitrary band atop each page a passage continues
 * on (only a table's header rows repeat, and those also print above the first row, where the
 * "(continued)" wording would be wrong). The group's own band, its first block, is drawn once
 * and the continuation band is left out of the DOCX; the PDF draws it on continuation pages.
 */
function drawGroup(ctx: DrawContext, g: GroupBlock): BodyChild[] {
  if (!g.keepTogether) return drawBlocks(ctx, g.blocks);
  const inner: DrawContext = { ...ctx, keepLines: true, keepWithNext: true };
  return g.blocks.flatMap((block, i) => drawBlock(i === g.blocks.length - 1 ? { ...inner, keepWithNext: ctx.keepWithNext } : inner, block));
}
