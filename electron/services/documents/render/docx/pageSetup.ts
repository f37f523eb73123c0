/**
 * The page: size and margins from the model, the footer with Word's page fields, and the blank
 * area a recorder stamps on page 1.
 *
 * The reserved area is the first-page header (titlePage): its distance from the top edge is the
 * top margin and its content is exactly as tall as the area (a bordered box for `firstPageBox`,
 * an exact-height empty paragraph for `firstPageTopReserved`), so Word and LibreOffice both
 * start page 1's text below it, and pages 2 on have no header at all. Putting the space in the
 * body instead would leave it editable, and a second section with a larger margin cannot be
 * used because a section's margins apply to every page of the section. A recording page's
 * `blankEdge` sets the footer's distance from the bottom edge, so the footer stays out of it.
 *
 * What DOCX cannot do: keep a person editing the file from typing into the reserved header or
 * from shrinking a font below the minimum; and Word measures the header from the top margin, so
 * the box sits under the margin (as in the PDF), not in the paper's corner.
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  HeightRule,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { PageSetup } from '../../model/blocks';
import { COLOR, NO_BORDER, SIZE, halfPoints, run, twips, type DrawContext } from './docxStyle';

/** Footer text split into literal runs and Word's PAGE / NUMPAGES fields. */
export function footerParts(footer: string): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return footer
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? PageNumber.CURRENT : part === '{pages}' ? PageNumber.TOTAL_PAGES : part));
}

function footer(ctx: Pick<DrawContext, 'minFontSize'>, text: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: footerParts(text), size: halfPoints(ctx, SIZE.footer), color: COLOR.muted })],
      }),
    ],
  });
}

/** The first page's header: the recorder's area, `height` points tall, with its box if there is one. */
function reservedHeader(ctx: Pick<DrawContext, 'minFontSize'>, page: PageSetup, contentWidth: number): Header {
  const box = page.firstPageBox;
  const height = Math.max(page.firstPageTopReserved ?? 0, box?.height ?? 0);
  // The header must end with a paragraph; it takes 1 pt so the area stays the size asked.
  const tail = (points: number) => new Paragraph({ spacing: { before: 0, after: 0, line: twips(points), lineRule: LineRuleType.EXACT }, children: [] });
  if (!box) return new Header({ children: [tail(height)] });
  const side = { style: BorderStyle.SINGLE, size: 8, color: COLOR.muted };
  const boxTable = new Table({
    width: { size: twips(box.width), type: WidthType.DXA },
    columnWidths: [twips(box.width)],
    layout: TableLayoutType.FIXED,
    alignment: box.width < contentWidth ? AlignmentType.RIGHT : AlignmentType.LEFT,
    borders: { top: side, bottom: side, left: side, right: side, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [
      new TableRow({
        height: { value: twips(box.height - 1), rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: twips(box.width), type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.TOP,
            children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: twips(4), after: 0 }, children: box.label === '' ? [] : [run(ctx, box.label, { size: SIZE.small, color: COLOR.muted })] })],
          }),
        ],
      }),
    ],
  });
  // At least 6 pt under the box, so the first line of the page does not touch its bottom edge.
  return new Header({ children: [boxTable, tail(Math.max(6, height - box.height + 1))] });
}

export function section(ctx: Pick<DrawContext, 'minFontSize'>, page: PageSetup, footerText: string): Omit<ISectionOptions, 'children'> {
  const { top, right, bottom, left } = page.margins;
  const reserves = (page.firstPageTopReserved ?? 0) > 0 || page.firstPageBox !== undefined;
  const contentWidth = page.width - left - right;
  return {
    properties: {
      page: {
        size: { width: twips(page.width), height: twips(page.height) },
        margin: {
          top: twips(top),
          right: twips(right),
          bottom: twips(bottom),
          left: twips(left),
          header: twips(top),
          // A recording page's footer ends 4 pt above the blank edge, so its descenders stay out of it.
          footer: twips(Math.max(18, bottom / 2, page.blankEdge === undefined ? 0 : page.blankEdge + 4)),
          gutter: 0,
        },
      },
      ...(reserves ? { titlePage: true } : {}),
    },
    ...(reserves ? { headers: { first: reservedHeader(ctx, page, contentWidth) } } : {}),
    footers: reserves ? { default: footer(ctx, footerText), first: footer(ctx, footerText) } : { default: footer(ctx, footerText) },
  };
}
