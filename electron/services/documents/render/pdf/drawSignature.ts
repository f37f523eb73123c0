/** Signature and notary blocks: never split, with ruled lines to sign and fill in. */
import type { NotaryBlock, SignatureBlock } from '../../model/blocks';
import { whole, type Drawer } from './drawer';
import { COLORS, type PdfFlow } from './pdfFlow';
import { BODY, HEADING, LABEL, PARAGRAPH_GAP } from './styles';

const SIGN_SPACE = 30;

export const signature: Drawer<SignatureBlock> = whole(
  (flow, b) => {
    flow.space(4);
    flow.text(b.closing, BODY);
    flow.space(SIGN_SPACE);
    flow.rule({ thickness: 0.6, color: COLORS.muted, width: 200 });
    flow.space(5);
    b.lines.forEach((line, i) => flow.text(line, { ...BODY, bold: i === 0 }));
    flow.space(PARAGRAPH_GAP);
  },
  (flow, b) => 4 + flow.heightOf(b.closing, BODY) + SIGN_SPACE + 5 + b.lines.length * flow.lineHeight(BODY) + PARAGRAPH_GAP,
);

const FIELD_SPACE = 22;
const NOTARY_HEADING = { ...HEADING, size: 10 };

export const notary: Drawer<NotaryBlock> = whole(
  (flow, b) => {
    flow.space(6);
    flow.rule({ thickness: 0.5, color: COLORS.rule });
    flow.space(8);
    flow.text(b.heading.toUpperCase(), NOTARY_HEADING);
    flow.space(4);
    for (const line of b.venue) flow.text(line, BODY);
    flow.space(4);
    flow.text(b.text, BODY);
    for (const field of b.fields) {
      flow.space(FIELD_SPACE);
      flow.rule({ thickness: 0.6, color: COLORS.muted, width: 260 });
      flow.space(3);
      flow.text(field, LABEL);
    }
    flow.space(PARAGRAPH_GAP);
  },
  (flow: PdfFlow, b) =>
    14 +
    flow.heightOf(b.heading.toUpperCase(), NOTARY_HEADING) +
    4 +
    b.venue.length * flow.lineHeight(BODY) +
    4 +
    flow.heightOf(b.text, BODY) +
    b.fields.length * (FIELD_SPACE + 3 + flow.lineHeight(LABEL)) +
    PARAGRAPH_GAP,
);
