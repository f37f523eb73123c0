/**
 * Renders a DemandModel to PDF: the shared letter parts from letterPdf.ts (letterhead, reference
 * box, addressing, closing sections, signature, footer with the audit head, deterministic
 * metadata) around the demand's own body, the itemized statement of costs and the amount due.
 * Deterministic like the notice: the same model gives the same bytes.
 */
import { BODY, createLetterPdf, drawAddressing, drawClosing, drawHeading, drawLetterhead, finishLetterPdf, refuseUnprintableText } from './letterPdf';
import type { DemandLine, DemandModel } from './demandModel';
import { COLORS, CONTENT_WIDTH, PdfFlow, type TextStyle } from './pdfFlow';

export interface DemandPdfDeps {
  /** Folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf (resources/fonts). */
  readonly fontsDir: string;
}

const GAP = 8;
const CELL: TextStyle = { size: 9, leading: 1.3 };
const HEADER_CELL: TextStyle = { size: 7.5, bold: true, color: COLORS.muted };
const HEADER_HEIGHT = 16;
const PAY_BY: TextStyle = { ...BODY, bold: true, size: 10.5 };

/** Column left edges and widths across the content width: No., Date, Item, Description, Amount. */
const COLUMNS = (() => {
  const widths = { number: 20, date: 64, item: 84, amount: 72 };
  const description = CONTENT_WIDTH - widths.number - widths.date - widths.item - widths.amount - 4 * GAP;
  let x = 0;
  const place = (width: number) => {
    const col = { indent: x, width };
    x += width + GAP;
    return col;
  };
  return { number: place(widths.number), date: place(widths.date), item: place(widths.item), description: place(description), amount: place(widths.amount) };
})();

export async function renderDemandPdf(model: DemandModel, deps: DemandPdfDeps): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const { doc, fonts } = await createLetterPdf(deps.fontsDir);
  refuseUnprintableText(model, fonts, 'demand', "the owner's name and address and the ledger descriptions");
  const flow = new PdfFlow(doc, fonts);
  drawLetterhead(flow, model);
  drawAddressing(flow, model);
  drawStatement(flow, model);
  drawClosing(flow, model);
  const bytes = await finishLetterPdf(doc, flow, model);
  return { bytes, pageCount: flow.pages.length };
}

function drawStatement(flow: PdfFlow, model: DemandModel): void {
  drawHeading(flow, model.statementHeading);
  drawHeaderRow(flow, model);
  flow.onNewPage = () => drawHeaderRow(flow, model);
  // The totals never stand alone at the top of a page: the last line goes with them.
  const totalsHeight = model.totals.length * 18 + 14 + flow.heightOf(model.payBySentence, PAY_BY);
  model.lines.forEach((line, i) => drawLine(flow, line, i === model.lines.length - 1 ? totalsHeight : 0));
  flow.onNewPage = null;
  drawTotals(flow, model);
  flow.space(10);
  flow.text(model.payBySentence, PAY_BY);
  flow.space(18);
}

function drawHeaderRow(flow: PdfFlow, model: DemandModel): void {
  flow.band(HEADER_HEIGHT);
  const baseline = flow.y - 11;
  const c = model.columns;
  flow.drawLine(c.number.toUpperCase(), { ...HEADER_CELL, ...inset(COLUMNS.number) }, baseline);
  flow.drawLine(c.date.toUpperCase(), { ...HEADER_CELL, ...inset(COLUMNS.date) }, baseline);
  flow.drawLine(c.item.toUpperCase(), { ...HEADER_CELL, ...inset(COLUMNS.item) }, baseline);
  flow.drawLine(c.description.toUpperCase(), { ...HEADER_CELL, ...inset(COLUMNS.description) }, baseline);
  flow.drawLine(c.amount.toUpperCase(), { ...HEADER_CELL, ...inset(COLUMNS.amount), align: 'right' }, baseline);
  flow.space(HEADER_HEIGHT + 5);
}

/** Column position with a little room from the band's left edge for the first column. */
function inset(col: { indent: number; width: number }): { indent: number; width: number } {
  return col.indent === 0 ? { indent: 4, width: col.width - 4 } : col;
}

/** One statement line; a long description wraps in its column and the row never splits across pages. */
function drawLine(flow: PdfFlow, line: DemandLine, keepWithNext: number): void {
  const descriptionStyle: TextStyle = { ...CELL, ...COLUMNS.description };
  const itemStyle: TextStyle = { ...CELL, ...COLUMNS.item };
  const description = flow.lines(line.description, descriptionStyle);
  const item = flow.lines(line.item, itemStyle);
  const lh = flow.lineHeight(CELL);
  const height = Math.max(description.length, item.length) * lh;
  flow.ensure(height + 6 + keepWithNext);
  const baseline = flow.y - CELL.size;
  const credit = line.amountCents < 0;
  flow.drawLine(String(line.number), { ...CELL, ...inset(COLUMNS.number), color: COLORS.muted }, baseline);
  flow.drawLine(line.dateText, { ...CELL, ...COLUMNS.date }, baseline);
  item.forEach((text, i) => flow.drawLine(text, itemStyle, baseline - i * lh));
  description.forEach((text, i) => flow.drawLine(text, descriptionStyle, baseline - i * lh));
  flow.drawLine(line.amountText, { ...CELL, ...COLUMNS.amount, align: 'right', color: credit ? COLORS.accent : COLORS.text }, baseline);
  flow.space(height + 2);
  flow.rule({ color: COLORS.band, thickness: 0.75 });
  flow.space(4);
}

function drawTotals(flow: PdfFlow, model: DemandModel): void {
  const labelCol = { indent: COLUMNS.description.indent, width: COLUMNS.description.width };
  const rows = model.totals;
  flow.space(2);
  rows.forEach((row, i) => {
    const last = i === rows.length - 1;
    const style: TextStyle = { size: last ? 11 : 9.5, bold: last };
    if (last) {
      flow.space(3);
      flow.rule({ thickness: 1, color: COLORS.accent, indent: labelCol.indent });
      flow.space(5);
    }
    const baseline = flow.y - style.size;
    flow.drawLine(row.label, { ...style, ...labelCol, align: 'right', color: last ? COLORS.accent : COLORS.muted }, baseline);
    flow.drawLine(row.value, { ...style, ...COLUMNS.amount, align: 'right' }, baseline);
    flow.space(flow.lineHeight(style));
  });
}
