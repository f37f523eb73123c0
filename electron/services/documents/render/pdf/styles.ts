/** The PDF typography of the document blocks: one place, so every kind looks like one city's paper. */
import { COLORS, type TextStyle } from './pdfFlow';

export const BODY: TextStyle = { size: 10 };
export const SMALL: TextStyle = { size: 8.5, color: COLORS.muted };
export const LABEL: TextStyle = { size: 7.5, bold: true, color: COLORS.muted };
export const HEADING: TextStyle = { size: 11.5, bold: true, color: COLORS.accent };
export const SUBHEADING: TextStyle = { size: 10.5, bold: true };
export const ROW_LABEL_WIDTH = 128;
export const ROW_LABEL: TextStyle = { size: 8.5, bold: true, color: COLORS.muted, width: ROW_LABEL_WIDTH - 8 };
export const ROW_VALUE: TextStyle = { size: 10, indent: ROW_LABEL_WIDTH, leading: 1.35 };
export const LIST_TITLE: TextStyle = { size: 9.5, bold: true, indent: 14 };
export const LIST_TEXT: TextStyle = { size: 9.5, indent: 14, color: COLORS.muted };
export const FOOTER: TextStyle = { size: 7.5, color: COLORS.muted, align: 'center', leading: 1.3 };

/** Space after a paragraph; a level-1 heading adds the same before itself. */
export const PARAGRAPH_GAP = 8;
