/**
 * Tables: a shaded header row repeated atop every page the table continues on, rows that wrap
 * within their columns and never split across pages, and right-aligned totals under the last
 * column whose last line (the bottom line) is ruled in the accent colour. The last row always
 * shares a page with the totals.
 */
import type { TableBlock, TableRow } from '../../model/blocks';
import type { Drawer } from './drawer';
import { COLORS, type PdfFlow, type TextStyle } from './pdfFlow';
import { PARAGRAPH_GAP } from './styles';

const GAP = 8;
const CELL: TextStyle = { size: 9, leading: 1.3 };
const HEADER_CELL: TextStyle = { size: 7.5, bold: true, color: COLORS.muted };
const HEADER_HEIGHT = 16;
const TOTAL_ROW = 18;

interface Column {
  readonly indent: number;
  readonly width: number;
  readonly align: 'left' | 'right';
  readonly muted: boolean;
}

/** Column positions across the content width from their weights, with a gap between columns. */
function layout(flow: PdfFlow, b: TableBlock): Column[] {
  const weights = b.columns.reduce((sum, c) => sum + c.weight, 0);
  const free = flow.contentWidth - GAP * (b.columns.length - 1);
  let x = 0;
  return b.columns.map((c) => {
    const width = (free * c.weight) / weights;
    const col = { indent: x, width, align: c.align ?? 'left', muted: c.muted === true };
    x += width + GAP;
    return col;
  });
}

/** A little room from the band's left edge for the first column. */
const inset = (col: Column): { indent: number; width: number } =>
  col.indent === 0 ? { indent: 4, width: col.width - 4 } : { indent: col.indent, width: col.width };

function cellLines(flow: PdfFlow, cols: readonly Column[], row: TableRow): string[][] {
  return row.cells.map((cell, i) => flow.lines(cell, { ...CELL, ...inset(cols[i] as Column) }));
}

const rowHeight = (flow: PdfFlow, cols: readonly Column[], row: TableRow): number =>
  Math.max(1, ...cellLines(flow, cols, row).map((l) => l.length)) * flow.lineHeight(CELL) + 6;

const totalsHeight = (b: TableBlock): number => (b.totals ? b.totals.length * TOTAL_ROW + 8 : 0);

function drawHeader(flow: PdfFlow, b: TableBlock, cols: readonly Column[]): void {
  flow.band(HEADER_HEIGHT);
  const baseline = flow.y - 11;
  b.columns.forEach((c, i) => {
    const col = cols[i] as Column;
    flow.drawLine(c.title.toUpperCase(), { ...HEADER_CELL, ...inset(col), align: col.align }, baseline);
  });
  flow.space(HEADER_HEIGHT + 5);
}

function drawRow(flow: PdfFlow, cols: readonly Column[], row: TableRow, keepWithNext: number): void {
  const lines = cellLines(flow, cols, row);
  const lh = flow.lineHeight(CELL);
  const height = Math.max(1, ...lines.map((l) => l.length)) * lh;
  flow.ensure(height + 6 + keepWithNext);
  const baseline = flow.y - flow.size(CELL);
  lines.forEach((cellText, i) => {
    const col = cols[i] as Column;
    const color = col.muted ? COLORS.muted : row.tone === 'credit' && col.align === 'right' ? COLORS.accent : COLORS.text;
    cellText.forEach((text, n) => flow.drawLine(text, { ...CELL, ...inset(col), align: col.align, color }, baseline - n * lh));
  });
  flow.space(height + 2);
  flow.rule({ color: COLORS.band, thickness: 0.75 });
  flow.space(4);
}

function drawTotals(flow: PdfFlow, b: TableBlock, cols: readonly Column[]): void {
  const totals = b.totals ?? [];
  if (totals.length === 0) return;
  const amount = cols[cols.length - 1] as Column;
  // Labels right-aligned in the columns before the amount.
  const labelCol = { indent: cols.length > 1 ? (cols[cols.length - 2] as Column).indent : 0, width: (cols[cols.length - 2] ?? amount).width };
  flow.space(2);
  totals.forEach((row, i) => {
    const last = i === totals.length - 1;
    const style: TextStyle = { size: last ? 11 : 9.5, bold: last };
    if (last) {
      flow.space(3);
      flow.rule({ thickness: 1, color: COLORS.accent, indent: labelCol.indent });
      flow.space(5);
    }
    const baseline = flow.y - flow.size(style);
    flow.drawLine(row.label, { ...style, ...labelCol, align: 'right', color: last ? COLORS.accent : COLORS.muted }, baseline);
    flow.drawLine(row.value, { ...style, indent: amount.indent, width: amount.width, align: 'right' }, baseline);
    flow.space(flow.lineHeight(style));
  });
}

export const table: Drawer<TableBlock> = {
  draw(flow, b) {
    const cols = layout(flow, b);
    const first = b.rows[0];
    flow.ensure(HEADER_HEIGHT + 5 + (first ? rowHeight(flow, cols, first) : 0));
    drawHeader(flow, b, cols);
    const previous = flow.onNewPage;
    flow.onNewPage = () => {
      previous?.();
      drawHeader(flow, b, cols);
    };
    b.rows.forEach((row, i) => drawRow(flow, cols, row, i === b.rows.length - 1 ? totalsHeight(b) : 0));
    flow.onNewPage = previous;
    drawTotals(flow, b, cols);
    flow.space(PARAGRAPH_GAP + 2);
  },
  height(flow, b) {
    const cols = layout(flow, b);
    return HEADER_HEIGHT + 5 + b.rows.reduce((sum, r) => sum + rowHeight(flow, cols, r), 0) + totalsHeight(b) + PARAGRAPH_GAP + 2;
  },
  startHeight(flow, b) {
    const cols = layout(flow, b);
    const first = b.rows[0];
    return HEADER_HEIGHT + 5 + (first ? rowHeight(flow, cols, first) : 0) + (b.rows.length <= 1 ? totalsHeight(b) : 0);
  },
};
