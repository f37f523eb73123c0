/**
 * The top of a letter: letterhead with the reference box, the title, the addressee and the
 * "Re:" line.
 */
import type { AddressBlock, LeadInBlock, LetterheadBlock, TitleBlock } from '../../model/blocks';
import { whole, type Drawer } from './drawer';
import { COLORS, type PdfFlow, type TextStyle } from './pdfFlow';
import { BODY, LABEL } from './styles';

const REF_WIDTH = 168;
const REF_ROW = 24;
const LEAD_IN: TextStyle = { size: 10.5, bold: true };

export const letterhead: Drawer<LetterheadBlock> = whole(drawLetterhead, (flow, b) => {
  const leftWidth = flow.contentWidth - REF_WIDTH - 16;
  const left =
    flow.heightOf(b.jurisdictionName.toUpperCase(), { size: 17, bold: true, width: leftWidth, leading: 1.25 }) +
    flow.lineHeight({ size: 10 }) +
    2 +
    (b.addressLines.length + 1) * flow.lineHeight({ size: 8.5 });
  return Math.max(left, b.references.length * REF_ROW + 8) + 10 + 18;
});

function drawLetterhead(flow: PdfFlow, b: LetterheadBlock): void {
  const leftWidth = flow.contentWidth - REF_WIDTH - 16;
  const top = flow.y;
  flow.text(b.jurisdictionName.toUpperCase(), { size: 17, bold: true, color: COLORS.accent, width: leftWidth, leading: 1.25 });
  flow.text(b.departmentName, { size: 10, bold: true, width: leftWidth });
  flow.space(2);
  for (const line of [...b.addressLines, b.contactLine]) flow.text(line, { size: 8.5, color: COLORS.muted, width: leftWidth });
  const leftBottom = flow.y;

  // Reference box on the right: what a clerk quotes on the phone.
  const indent = flow.contentWidth - REF_WIDTH;
  const boxHeight = b.references.length * REF_ROW + 8;
  flow.page.drawRectangle({
    x: flow.left + indent,
    y: top - boxHeight,
    width: REF_WIDTH,
    height: boxHeight,
    color: COLORS.band,
    borderColor: COLORS.rule,
    borderWidth: 0.5,
  });
  b.references.forEach((ref, i) => {
    const rowTop = top - 6 - i * REF_ROW;
    const inner = { indent: indent + 8, width: REF_WIDTH - 16 };
    flow.drawLine(ref.label.toUpperCase(), { ...LABEL, ...inner, size: 6.5 }, rowTop - 6.5);
    flow.drawLine(ref.value, { size: 9.5, bold: true, ...inner }, rowTop - 17);
  });
  flow.y = Math.min(leftBottom, top - boxHeight) - 10;
  flow.rule({ thickness: 1.5, color: COLORS.accent });
  flow.space(18);
}

const TITLE: TextStyle = { size: 18, bold: true, color: COLORS.accent, align: 'center', leading: 1.25 };
const SUBTITLE: TextStyle = { size: 11, color: COLORS.muted, align: 'center' };
const NOTE: TextStyle = { size: 7.5, color: COLORS.muted, align: 'center', indent: 36 };

export const title: Drawer<TitleBlock> = whole(
  (flow, b) => {
    flow.text(b.title.toUpperCase(), TITLE);
    if (b.subtitle) flow.text(b.subtitle, SUBTITLE);
    if (b.note) {
      flow.space(4);
      flow.text(b.note, { ...NOTE, width: flow.contentWidth - 72 });
    }
    flow.space(14);
  },
  (flow, b) =>
    flow.heightOf(b.title.toUpperCase(), TITLE) +
    (b.subtitle ? flow.heightOf(b.subtitle, SUBTITLE) : 0) +
    (b.note ? 4 + flow.heightOf(b.note, { ...NOTE, width: flow.contentWidth - 72 }) : 0) +
    14,
);

export const address: Drawer<AddressBlock> = whole(
  (flow, b) => {
    flow.text(b.heading.toUpperCase(), LABEL);
    flow.space(2);
    flow.text(b.name, { size: 11, bold: true });
    for (const line of b.lines) flow.text(line, BODY);
    flow.space(12);
  },
  (flow, b) => flow.lineHeight(LABEL) + 2 + flow.heightOf(b.name, { size: 11, bold: true }) + b.lines.length * flow.lineHeight(BODY) + 12,
);

export const leadIn: Drawer<LeadInBlock> = whole(
  (flow, b) => {
    const label = `${b.label} `;
    const valueStyle: TextStyle = { ...LEAD_IN, indent: flow.widthOf(label, LEAD_IN) };
    flow.ensure(flow.lineHeight(valueStyle));
    flow.drawLine(label, LEAD_IN, flow.y - flow.size(LEAD_IN));
    flow.text(b.value, valueStyle);
    flow.space(12);
  },
  (flow, b) => flow.heightOf(b.value, { ...LEAD_IN, indent: flow.widthOf(`${b.label} `, LEAD_IN) }) + 12,
);
