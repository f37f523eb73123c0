/** Running text: headings, paragraphs, label/value rows, lists, bands, boxes and outline lines. */
import type {
  BandBlock,
  HeadingBlock,
  ListBlock,
  NoticeBoxBlock,
  OutlineEntryBlock,
  PageBreakBlock,
  ParagraphBlock,
  ParagraphTone,
  Row,
  RowsBlock,
} from '../../model/blocks';
import { whole, type Drawer } from './drawer';
import { COLORS, linesToKeep, type PdfFlow, type TextStyle } from './pdfFlow';
import { BODY, HEADING, LIST_TEXT, LIST_TITLE, PARAGRAPH_GAP, ROW_LABEL, ROW_VALUE, SMALL, SUBHEADING } from './styles';

const TONES: Record<ParagraphTone, TextStyle> = {
  body: BODY,
  strong: { ...BODY, bold: true, size: 10.5 },
  muted: { ...BODY, color: COLORS.muted },
  small: SMALL,
};

/** Room under a level-1 heading that must come with it: the rule and three lines of text. */
const headingHeight = (flow: PdfFlow, b: HeadingBlock): number =>
  b.level === 1 ? PARAGRAPH_GAP + flow.heightOf(b.text, HEADING) + 9 : flow.heightOf(b.text, SUBHEADING) + 4;

export const heading: Drawer<HeadingBlock> = {
  draw(flow, b, ctx) {
    flow.ensure(headingHeight(flow, b) + 3 * flow.lineHeight(BODY));
    if (b.level === 1 && flow.y !== flow.pageTop) flow.space(PARAGRAPH_GAP);
    if (b.bookmark) ctx.outline.push({ title: b.bookmark, pageIndex: flow.pages.length - 1, y: flow.y });
    if (b.level === 1) {
      flow.text(b.text, HEADING);
      flow.space(1);
      flow.rule({ thickness: 0.75, color: COLORS.accent });
      flow.space(8);
    } else {
      flow.text(b.text, SUBHEADING);
      flow.space(4);
    }
  },
  height: (flow, b) => headingHeight(flow, b),
  startHeight: (flow, b) => headingHeight(flow, b) + 3 * flow.lineHeight(BODY),
};

export const paragraph: Drawer<ParagraphBlock> = {
  draw(flow, b) {
    flow.text(b.text, TONES[b.tone ?? 'body']);
    flow.space(PARAGRAPH_GAP);
  },
  height: (flow, b) => flow.heightOf(b.text, TONES[b.tone ?? 'body']) + PARAGRAPH_GAP,
  startHeight: (flow, b) => Math.min(2, flow.lines(b.text, TONES[b.tone ?? 'body']).length) * flow.lineHeight(TONES[b.tone ?? 'body']),
};

/** Label in the left column, value wrapped beside it; continues across a page break line by line. */
function drawRow(flow: PdfFlow, row: Row): void {
  const valueStyle: TextStyle = { ...ROW_VALUE, bold: row.emphasis === true };
  const labelLines = flow.lines(row.label, ROW_LABEL);
  const valueLines = flow.lines(row.value, valueStyle);
  const lh = flow.lineHeight(valueStyle);
  const count = Math.max(labelLines.length, valueLines.length);
  for (let i = 0; i < count; i++) {
    flow.ensure(lh * linesToKeep(i, count));
    const baseline = flow.y - flow.size(valueStyle);
    const labelLine = labelLines[i];
    if (labelLine !== undefined) flow.drawLine(labelLine, ROW_LABEL, baseline);
    const valueLine = valueLines[i];
    if (valueLine !== undefined) flow.drawLine(valueLine, valueStyle, baseline);
    flow.space(lh);
  }
}

const rowHeight = (flow: PdfFlow, row: Row): number =>
  Math.max(flow.lines(row.label, ROW_LABEL).length, flow.lines(row.value, ROW_VALUE).length) * flow.lineHeight(ROW_VALUE);
const ROW_RULE_SPACE = 9;

export const rows: Drawer<RowsBlock> = {
  draw(flow, b) {
    b.rows.forEach((row, i) => {
      drawRow(flow, row);
      if (b.ruled && i < b.rows.length - 1) {
        flow.space(4);
        flow.rule({ color: COLORS.band, thickness: 0.75 });
        flow.space(5);
      } else flow.space(3);
    });
    flow.space(PARAGRAPH_GAP);
  },
  height: (flow, b) => b.rows.reduce((sum, r) => sum + rowHeight(flow, r) + (b.ruled ? ROW_RULE_SPACE : 3), PARAGRAPH_GAP),
  startHeight: (flow, b) => (b.rows[0] ? rowHeight(flow, b.rows[0]) + 2 * flow.lineHeight(ROW_VALUE) : 0),
};

const itemHeight = (flow: PdfFlow, item: ListBlock['items'][number]): number =>
  5 + flow.heightOf(item.title, LIST_TITLE) + flow.heightOf(item.text, LIST_TEXT);

export const list: Drawer<ListBlock> = {
  draw(flow, b) {
    for (const item of b.items) {
      flow.space(5);
      flow.ensure(flow.lineHeight(LIST_TITLE) * 2);
      flow.drawLine('•', { size: 9.5, indent: 3 }, flow.y - flow.size(LIST_TITLE));
      flow.text(item.title, LIST_TITLE);
      flow.text(item.text, LIST_TEXT);
    }
    flow.space(PARAGRAPH_GAP);
  },
  height: (flow, b) => b.items.reduce((sum, i) => sum + itemHeight(flow, i), PARAGRAPH_GAP),
  startHeight: (flow, b) => (b.items[0] ? 5 + 2 * flow.lineHeight(LIST_TITLE) : 0),
};

export const BAND_HEIGHT = 20;

export const band: Drawer<BandBlock> = whole(
  (flow, b) => {
    flow.ensure(BAND_HEIGHT + 6);
    flow.band(BAND_HEIGHT);
    const baseline = flow.y - 13.5;
    flow.drawLine(b.text, { size: 10.5, bold: true, color: COLORS.accent, indent: 8 }, baseline);
    if (b.aside) flow.drawLine(b.aside, { size: 9.5, bold: true, align: 'right', indent: 8, width: flow.contentWidth - 16 }, baseline);
    flow.space(BAND_HEIGHT + 6);
  },
  () => BAND_HEIGHT + 6,
);

const BOX_PAD = 9;
const boxStyle = (flow: PdfFlow): TextStyle => ({ ...BODY, bold: true, size: 10.5, indent: BOX_PAD, width: flow.contentWidth - 2 * BOX_PAD });
const boxHeading = (flow: PdfFlow): TextStyle => ({ ...HEADING, size: 9, indent: BOX_PAD, width: flow.contentWidth - 2 * BOX_PAD });
const boxInner = (flow: PdfFlow, b: NoticeBoxBlock): number =>
  (b.heading ? flow.heightOf(b.heading.toUpperCase(), boxHeading(flow)) + 3 : 0) + flow.heightOf(b.text, boxStyle(flow));

/** Never split: a box is short, and half a warning is worse than none. */
export const noticeBox: Drawer<NoticeBoxBlock> = whole(
  (flow, b) => {
    const inner = boxInner(flow, b);
    flow.ensure(inner + 2 * BOX_PAD);
    flow.frame(inner + 2 * BOX_PAD, { fill: COLORS.band, border: COLORS.accent, borderWidth: 1 });
    flow.space(BOX_PAD);
    if (b.heading) {
      flow.text(b.heading.toUpperCase(), boxHeading(flow));
      flow.space(3);
    }
    flow.text(b.text, boxStyle(flow));
    flow.space(BOX_PAD + 12);
  },
  (flow, b) => boxInner(flow, b) + 2 * BOX_PAD + 12,
);

const OUTLINE_INDENT = 18;
const outlineStyles = (b: OutlineEntryBlock): { label: TextStyle; text: TextStyle } => {
  const indent = (b.level - 1) * OUTLINE_INDENT;
  return { label: { size: 10, bold: true, indent }, text: { ...BODY, indent: indent + 14 } };
};

export const outlineEntry: Drawer<OutlineEntryBlock> = {
  draw(flow, b) {
    const s = outlineStyles(b);
    flow.ensure(flow.lineHeight(s.label) + 2 * flow.lineHeight(s.text));
    flow.text(b.label, s.label);
    if (b.text) flow.text(b.text, s.text);
    flow.space(6);
  },
  height: (flow, b) => {
    const s = outlineStyles(b);
    return flow.heightOf(b.label, s.label) + (b.text ? flow.heightOf(b.text, s.text) : 0) + 6;
  },
  startHeight: (flow, b) => {
    const s = outlineStyles(b);
    return flow.lineHeight(s.label) + 2 * flow.lineHeight(s.text);
  },
};

export const pageBreak: Drawer<PageBreakBlock> = {
  draw(flow) {
    if (flow.y !== flow.pageTop) flow.addPage();
  },
  height: () => 0,
  startHeight: () => 0,
};
