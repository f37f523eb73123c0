/**
 * Blocks that are paragraphs of text: title, address, headings, prose, lead-ins, bands, notice
 * boxes, lists, outline entries and page breaks.
 */
import { AlignmentType, Bookmark, BorderStyle, HeadingLevel, LineRuleType, PageBreak, Paragraph, ShadingType, Tab, TabStopType, TextRun } from 'docx';
import type {
  AddressBlock,
  BandBlock,
  HeadingBlock,
  LeadInBlock,
  ListBlock,
  NoticeBoxBlock,
  OutlineEntryBlock,
  ParagraphBlock,
  ParagraphTone,
  TitleBlock,
} from '../../model/blocks';
import { assertNever } from '../../../../../shared/errors';
import { COLOR, SIZE, keepOptions, rule, run, spacing, twips, type DrawContext, type RunStyle } from './docxStyle';

export const BULLETS_REFERENCE = 'caseready-bullets';

export function drawTitle(ctx: DrawContext, b: TitleBlock): Paragraph[] {
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: spacing(14, 2),
      ...keepOptions(ctx, false),
      children: [run(ctx, b.title, { size: SIZE.title, bold: true, color: COLOR.accent })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: spacing(0, b.note ? 2 : 12),
      ...keepOptions(ctx, !b.note),
      children: [run(ctx, b.subtitle, { size: SIZE.subtitle, color: COLOR.muted })],
    }),
  ];
  if (b.note) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: spacing(2, 12),
        ...keepOptions(ctx, true),
        children: [run(ctx, b.note, { size: SIZE.small, italics: true, color: COLOR.muted })],
      }),
    );
  }
  return out;
}

export function drawAddress(ctx: DrawContext, b: AddressBlock): Paragraph[] {
  const lines: { text: string; style: RunStyle }[] = [
    { text: b.heading, style: { size: SIZE.small, bold: true, color: COLOR.muted, allCaps: true } },
    { text: b.name, style: { bold: true } },
    ...b.lines.map((text) => ({ text, style: {} })),
  ];
  return lines.map(
    ({ text, style }, i) =>
      new Paragraph({
        spacing: spacing(i === 0 ? 6 : 0, i === lines.length - 1 ? 12 : 1),
        ...keepOptions(ctx, i === lines.length - 1),
        children: [run(ctx, text, style)],
      }),
  );
}

/**
 * Word's own Heading 1/2 styles (styled in renderDocx), so the navigation pane and a table of
 * contents list them; a heading always keeps with the paragraph after it.
 */
export function drawHeading(ctx: DrawContext, b: HeadingBlock): Paragraph[] {
  const text = run(ctx, b.text, b.level === 1 ? { size: SIZE.heading1, bold: true, color: COLOR.accent } : { size: SIZE.heading2, bold: true });
  return [
    new Paragraph({
      heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      outlineLevel: b.level - 1,
      keepNext: true,
      keepLines: true,
      spacing: b.level === 1 ? spacing(14, 6) : spacing(10, 4),
      ...(b.level === 1 ? { border: { bottom: rule(COLOR.accent, 8) } } : {}),
      children: [b.bookmark ? new Bookmark({ id: ctx.nextBookmarkId(b.bookmark), children: [text] }) : text],
    }),
  ];
}

function toneStyle(tone: ParagraphTone): RunStyle {
  switch (tone) {
    case 'body':
      return {};
    case 'strong':
      return { bold: true };
    case 'muted':
      return { color: COLOR.muted };
    case 'small':
      return { size: SIZE.small, color: COLOR.muted };
    default:
      return assertNever(tone, 'paragraph tone');
  }
}

/** Prose may break between its lines (unless its group keeps together): widow control does the rest. */
export function drawParagraph(ctx: DrawContext, b: ParagraphBlock): Paragraph[] {
  return [
    new Paragraph({
      spacing: spacing(0, 8, 1.1),
      widowControl: true,
      ...keepOptions(ctx, true, false),
      children: [run(ctx, b.text, toneStyle(b.tone ?? 'body'))],
    }),
  ];
}

export function drawLeadIn(ctx: DrawContext, b: LeadInBlock): Paragraph[] {
  return [
    new Paragraph({
      spacing: spacing(0, 8),
      ...keepOptions(ctx, true),
      children: [run(ctx, `${b.label} `, { bold: true }), run(ctx, b.value)],
    }),
  ];
}

/** A shaded paragraph across the width; the aside sits at a right tab stop on the same line. */
export function drawBand(ctx: DrawContext, b: BandBlock): Paragraph[] {
  const indent = 6;
  return [
    new Paragraph({
      shading: { type: ShadingType.CLEAR, fill: COLOR.band, color: 'auto' },
      border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.band, space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.band, space: 4 } },
      indent: { left: twips(indent), right: twips(indent) },
      tabStops: [{ type: TabStopType.RIGHT, position: twips(ctx.contentWidth - 2 * indent) }],
      spacing: spacing(6, 8),
      keepNext: true,
      keepLines: true,
      children: [
        run(ctx, b.text, { size: SIZE.heading2, bold: true, color: COLOR.accent }),
        ...(b.aside ? [new TextRun({ children: [new Tab()] }), run(ctx, b.aside, { bold: true })] : []),
      ],
    }),
  ];
}

/**
 * A bordered, lightly shaded passage: its paragraphs share one border, so Word and LibreOffice
 * draw a single box around the heading and the text.
 */
export function drawNoticeBox(ctx: DrawContext, b: NoticeBoxBlock): Paragraph[] {
  const side = { style: BorderStyle.SINGLE, size: 12, color: COLOR.accent, space: 6 } as const;
  const box = {
    border: { top: side, bottom: side, left: side, right: side },
    shading: { type: ShadingType.CLEAR, fill: COLOR.box, color: 'auto' },
    indent: { left: twips(8), right: twips(8) },
  };
  const out: Paragraph[] = [];
  if (b.heading) {
    out.push(new Paragraph({ ...box, spacing: spacing(10, 3), ...keepOptions(ctx, false), children: [run(ctx, b.heading, { bold: true, color: COLOR.accent, size: SIZE.heading2 })] }));
  }
  out.push(new Paragraph({ ...box, spacing: spacing(b.heading ? 0 : 10, 0), ...keepOptions(ctx, false), children: [run(ctx, b.text, { bold: true })] }));
  // Bordered paragraphs that follow each other share one box: this unbordered one closes it, so
  // two notice boxes in a row stay two boxes.
  out.push(new Paragraph({ spacing: { before: 0, after: 0, line: twips(12), lineRule: LineRuleType.EXACT }, ...keepOptions(ctx, true, false), children: [] }));
  return out;
}

/** Each item a bullet: its title in bold, its text on the next line of the same item. */
export function drawList(ctx: DrawContext, b: ListBlock): Paragraph[] {
  return b.items.map(
    (item, i) =>
      new Paragraph({
        numbering: { reference: BULLETS_REFERENCE, level: 0 },
        spacing: spacing(0, i === b.items.length - 1 ? 10 : 4),
        ...keepOptions(ctx, i === b.items.length - 1, ctx.keepLines),
        keepLines: true,
        children: [run(ctx, item.title, { bold: true }), run(ctx, item.text, { break: 1 })],
      }),
  );
}

/** An outline line: indented by level, a hanging indent so wrapped text lines up after the label. */
export function drawOutlineEntry(ctx: DrawContext, b: OutlineEntryBlock): Paragraph[] {
  const left = twips(18 * b.level);
  return [
    new Paragraph({
      indent: { left, hanging: twips(18) },
      spacing: spacing(b.level === 1 ? 6 : 0, 3),
      ...keepOptions(ctx, true, true),
      children: [run(ctx, `${b.label} `, { bold: true }), run(ctx, b.text, b.level === 3 ? { color: COLOR.muted } : {})],
    }),
  ];
}

/** A break run in an otherwise empty paragraph: what follows starts the next page. */
export function drawPageBreak(): Paragraph[] {
  return [new Paragraph({ spacing: { before: 0, after: 0 }, children: [new PageBreak()] })];
}
