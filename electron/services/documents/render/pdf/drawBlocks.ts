/**
 * Draws a list of blocks through the drawer of each type, and groups: a group's first block
 * (a band, a heading) always shares a page with the start of its second; a `keepTogether`
 * group starts where it fits whole (or at least where its last block can start); a
 * `repeatOnNewPage` band is drawn again atop each page the group continues on.
 */
import { assertNever } from '../../../../../shared/errors';
import type { Block, GroupBlock } from '../../model/blocks';
import type { DrawContext, Drawer } from './drawer';
import { address, leadIn, letterhead, title } from './drawLetter';
import { photoGrid } from './drawPhotos';
import { notary, signature } from './drawSignature';
import { table } from './drawTable';
import { band, heading, list, noticeBox, outlineEntry, pageBreak, paragraph, rows } from './drawText';
import type { PdfFlow } from './pdfFlow';

const GROUP_GAP = 10;

const group: Drawer<GroupBlock> = {
  draw(flow, b, ctx) {
    flow.ensure(group.startHeight(flow, b, ctx));
    const previous = flow.onNewPage;
    const repeat = b.repeatOnNewPage;
    if (repeat) {
      flow.onNewPage = () => {
        previous?.();
        band.draw(flow, repeat, ctx);
      };
    }
    for (const block of b.blocks) drawBlock(flow, block, ctx);
    flow.onNewPage = previous;
    flow.space(GROUP_GAP);
  },
  height: (flow, b, ctx) => b.blocks.reduce((sum, block) => sum + heightOf(flow, block, ctx), GROUP_GAP),
  startHeight(flow, b, ctx) {
    const blocks = b.blocks;
    const last = blocks.length - 1;
    if (last < 0) return 0;
    const upTo = b.keepTogether ? last : Math.min(1, last);
    let height = 0;
    for (let i = 0; i < upTo; i++) height += heightOf(flow, blocks[i] as Block, ctx);
    return height + startHeightOf(flow, blocks[upTo] as Block, ctx);
  },
};

/** The drawer of a block, with its type checked exhaustively. */
function drawerOf(block: Block): Drawer<Block> {
  const d = (drawer: unknown) => drawer as Drawer<Block>;
  switch (block.type) {
    case 'letterhead':
      return d(letterhead);
    case 'title':
      return d(title);
    case 'address':
      return d(address);
    case 'leadIn':
      return d(leadIn);
    case 'heading':
      return d(heading);
    case 'paragraph':
      return d(paragraph);
    case 'rows':
      return d(rows);
    case 'table':
      return d(table);
    case 'list':
      return d(list);
    case 'photoGrid':
      return d(photoGrid);
    case 'band':
      return d(band);
    case 'noticeBox':
      return d(noticeBox);
    case 'signature':
      return d(signature);
    case 'notary':
      return d(notary);
    case 'pageBreak':
      return d(pageBreak);
    case 'outlineEntry':
      return d(outlineEntry);
    case 'group':
      return d(group);
    default:
      return assertNever(block, 'document block');
  }
}

export function drawBlock(flow: PdfFlow, block: Block, ctx: DrawContext): void {
  drawerOf(block).draw(flow, block, ctx);
}

function heightOf(flow: PdfFlow, block: Block, ctx: DrawContext): number {
  return drawerOf(block).height(flow, block, ctx);
}

function startHeightOf(flow: PdfFlow, block: Block, ctx: DrawContext): number {
  return drawerOf(block).startHeight(flow, block, ctx);
}
