/**
 * The signature and the notary's block: always kept on one page (a signature apart from its
 * name, or a jurat split from its venue, is not a signature a court accepts).
 */
import { Paragraph } from 'docx';
import type { NotaryBlock, SignatureBlock } from '../../model/blocks';
import { COLOR, SIZE, keepOptions, rule, run, spacing, twips, type DrawContext } from './docxStyle';

/** A signing line: a paragraph whose bottom border is the rule, `width` points long. */
function ruleLine(ctx: DrawContext, width: number, before: number, isLast: boolean): Paragraph {
  return new Paragraph({
    spacing: spacing(before, 2),
    indent: { right: twips(Math.max(0, ctx.contentWidth - width)) },
    border: { bottom: rule(COLOR.text, 6) },
    ...keepOptions(ctx, isLast),
    children: [],
  });
}

export function drawSignature(ctx: DrawContext, b: SignatureBlock): Paragraph[] {
  const out = [
    new Paragraph({ spacing: spacing(10, 0), ...keepOptions(ctx, false), children: [run(ctx, b.closing)] }),
    // The blank space to sign in is the rule's space before it.
    ruleLine(ctx, 216, 40, b.lines.length === 0),
  ];
  b.lines.forEach((line, i) => {
    const last = i === b.lines.length - 1;
    out.push(new Paragraph({ spacing: spacing(0, last ? 12 : 1), ...keepOptions(ctx, last), children: [run(ctx, line, i === 0 ? { bold: true } : {})] }));
  });
  return out;
}

export function drawNotary(ctx: DrawContext, b: NotaryBlock): Paragraph[] {
  const out = [new Paragraph({ spacing: spacing(14, 6), ...keepOptions(ctx, false), children: [run(ctx, b.heading, { bold: true, size: SIZE.heading2 })] })];
  for (const venue of b.venue) out.push(new Paragraph({ spacing: spacing(0, 1), ...keepOptions(ctx, false), children: [run(ctx, venue)] }));
  out.push(new Paragraph({ spacing: spacing(6, 4, 1.1), ...keepOptions(ctx, b.fields.length === 0), children: [run(ctx, b.text)] }));
  b.fields.forEach((label, i) => {
    const last = i === b.fields.length - 1;
    out.push(ruleLine(ctx, 252, 24, false));
    out.push(new Paragraph({ spacing: spacing(0, last ? 12 : 0), ...keepOptions(ctx, last), children: [run(ctx, label, { size: SIZE.small, color: COLOR.muted })] }));
  });
  return out;
}
