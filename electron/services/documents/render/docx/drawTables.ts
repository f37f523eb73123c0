/**
 * Blocks laid out as Word tables: the letterhead (name and address beside the reference box),
 * label/value rows, and the money table with its repeating header and totals.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  Tab,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ITableBordersOptions,
  type ITableCellOptions,
} from 'docx';
import type { LetterheadBlock, Row, RowsBlock, TableBlock } from '../../model/blocks';
import { COLOR, NO_BORDER, SIZE, keepOptions, rule, run, spacing, twips, type DrawContext, type RunStyle } from './docxStyle';

const NO_TABLE_BORDERS: ITableBordersOptions = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** Cell padding, in points: Word's default is 5.4 pt left and right. */
const CELL_PAD = { top: 2, bottom: 2, left: 4, right: 4 };

/** Column widths in twips from relative weights, summing exactly to the content width. */
export function columnWidths(contentWidth: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const total = twips(contentWidth);
  // Weights that are not positive (a builder's mistake) share the width equally rather than giving NaN.
  const usable = weights.every((w) => Number.isFinite(w) && w > 0) ? weights : weights.map(() => 1);
  const sum = usable.reduce((a, w) => a + w, 0);
  const widths = usable.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, w) => a + w, 0);
  return widths;
}

/** A fixed-layout, borderless table of the content width: Word and LibreOffice both honour the grid. */
export function layoutTable(ctx: DrawContext, widths: readonly number[], rows: TableRow[], borders: ITableBordersOptions = NO_TABLE_BORDERS): Table {
  return new Table({
    rows,
    width: { size: twips(ctx.contentWidth), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders,
    margins: { top: twips(CELL_PAD.top), bottom: twips(CELL_PAD.bottom), left: twips(CELL_PAD.left), right: twips(CELL_PAD.right) },
  });
}

/** A cell of `width` twips. Word refuses a cell without a paragraph, so an empty one gets one. */
export function cell(width: number, children: Paragraph[], extra: Omit<ITableCellOptions, 'children' | 'width'> = {}): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, children: children.length > 0 ? children : [new Paragraph({ children: [] })], ...extra });
}

export function drawLetterhead(ctx: DrawContext, b: LetterheadBlock): Table[] {
  const widths = columnWidths(ctx.contentWidth, [58, 42]);
  const keep = keepOptions(ctx, false);
  const line = (text: string, style: RunStyle, after = 0): Paragraph => new Paragraph({ spacing: spacing(0, after), ...keep, children: [run(ctx, text, style)] });
  const left = [
    line(b.jurisdictionName, { size: SIZE.jurisdiction, bold: true, color: COLOR.accent }, 1),
    line(b.departmentName, { bold: true }, 2),
    ...b.addressLines.map((text) => line(text, { size: SIZE.small + 1, color: COLOR.muted })),
    line(b.contactLine, { size: SIZE.small + 1, color: COLOR.muted }),
  ];
  // Label at the left of the box, value at a right tab stop on the same line, like the PDF's box.
  const boxInner = widths[1]! - twips(2 * 8);
  const references = b.references.map(
    (r, i) =>
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: boxInner }],
        spacing: spacing(i === 0 ? 2 : 0, 2),
        ...keepOptions(ctx, false),
        children: [run(ctx, r.label, { size: SIZE.small, color: COLOR.muted }), new TextRun({ children: [new Tab()] }), run(ctx, r.value, { size: SIZE.small + 1, bold: r.emphasis ?? true })],
      }),
  );
  const box: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: COLOR.rule };
  const row = new TableRow({
    cantSplit: true,
    children: [
      cell(widths[0]!, left, { margins: { left: 0, right: twips(10) } }),
      cell(widths[1]!, references, {
        borders: { top: box, bottom: box, left: box, right: box },
        shading: { type: ShadingType.CLEAR, fill: COLOR.box, color: 'auto' },
        margins: { top: twips(5), bottom: twips(5), left: twips(8), right: twips(8) },
        verticalAlign: VerticalAlignTable.TOP,
      }),
    ],
  });
  // A table cannot carry space after it: the title's space before separates them.
  return [layoutTable(ctx, widths, [row])];
}

/** Label/value rows: a muted label column beside the value; `ruled` draws a faint line under each but the last. */
export function drawRows(ctx: DrawContext, b: RowsBlock): (Table | Paragraph)[] {
  if (b.rows.length === 0) return []; // Word refuses a table without rows
  const widths = columnWidths(ctx.contentWidth, [30, 70]);
  const rows = b.rows.map((r: Row, i) => {
    const last = i === b.rows.length - 1;
    const keep = keepOptions(ctx, last, ctx.keepLines);
    const under = b.ruled && !last ? { bottom: rule(COLOR.band, 6) } : {};
    return new TableRow({
      cantSplit: true,
      children: [
        cell(widths[0]!, [new Paragraph({ ...keep, children: [run(ctx, r.label, { size: SIZE.small + 0.5, bold: true, color: COLOR.muted })] })], { borders: under }),
        cell(widths[1]!, [new Paragraph({ ...keep, children: [run(ctx, r.value, r.emphasis ? { bold: true, color: COLOR.accent } : {})] })], { borders: under }),
      ],
    });
  });
  return [layoutTable(ctx, widths, rows), spacer(ctx)];
}

/**
 * The money table: the header row repeats on every page the table continues on (tableHeader), no
 * row splits across pages (cantSplit), and the totals sit under the last column, right-aligned,
 * the last one the bottom line.
 */
export function drawTable(ctx: DrawContext, b: TableBlock): (Table | Paragraph)[] {
  if (b.columns.length === 0) return [];
  const widths = columnWidths(
    ctx.contentWidth,
    b.columns.map((c) => c.weight),
  );
  const alignOf = (i: number) => (b.columns[i]?.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const totals = b.totals ?? [];
  const lastRowIndex = b.rows.length + totals.length - 1;
  // The totals stay with the last charge above them, so a page never starts with a bare total.
  const keepFor = (rowIndex: number) => keepOptions(ctx, rowIndex === lastRowIndex, ctx.keepLines || (totals.length > 0 && rowIndex >= b.rows.length - 1));

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: b.columns.map((c, i) =>
      cell(widths[i]!, [new Paragraph({ alignment: alignOf(i), keepNext: true, children: [run(ctx, c.title, { size: SIZE.small, bold: true, color: COLOR.accent })] })], {
        shading: { type: ShadingType.CLEAR, fill: COLOR.band, color: 'auto' },
        borders: { bottom: rule(COLOR.accent, 6) },
      }),
    ),
  });
  const body = b.rows.map(
    (r, rowIndex) =>
      new TableRow({
        cantSplit: true,
        children: b.columns.map((c, i) =>
          cell(
            widths[i]!,
            [
              new Paragraph({
                alignment: alignOf(i),
                ...keepFor(rowIndex),
                children: [run(ctx, r.cells[i] ?? '', { color: r.tone === 'credit' ? COLOR.accent : c.muted ? COLOR.muted : COLOR.text })],
              }),
            ],
            { borders: { bottom: rule(COLOR.band, 4) } },
          ),
        ),
      }),
  );
  const totalRows = totals.map((t, k) => {
    const bottomLine = k === totals.length - 1;
    const style: RunStyle = bottomLine ? { bold: true } : {};
    const keep = keepFor(b.rows.length + k);
    const top = bottomLine ? { top: rule(COLOR.accent, 8) } : {};
    const value = new Paragraph({ alignment: AlignmentType.RIGHT, ...keep, children: [run(ctx, t.value, style)] });
    const label = new Paragraph({ alignment: AlignmentType.RIGHT, ...keep, children: [run(ctx, t.label, { ...style, color: bottomLine ? COLOR.text : COLOR.muted })] });
    if (widths.length === 1) return new TableRow({ cantSplit: true, children: [cell(widths[0]!, [label, value], { borders: top })] });
    const labelWidth = widths.slice(0, -1).reduce((a, w) => a + w, 0);
    return new TableRow({
      cantSplit: true,
      children: [cell(labelWidth, [label], { columnSpan: widths.length - 1, borders: top }), cell(widths[widths.length - 1]!, [value], { borders: top })],
    });
  });
  return [layoutTable(ctx, widths, [header, ...body, ...totalRows]), spacer(ctx)];
}

/** Word cannot give a table space after it; an empty small paragraph does, as in the PDF. */
export function spacer(ctx: DrawContext): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: twips(8), lineRule: LineRuleType.EXACT }, ...keepOptions(ctx, true, false), children: [] });
}
