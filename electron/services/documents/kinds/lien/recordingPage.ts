/**
 * A recording preset (the recorder's page rules, from the pack's `lien.<lang>.json`) as the
 * model's PageSetup, which both renderers honour: every margin is the preset's, the first page's
 * top is blank down to the reserved depth measured from the paper's top edge, a corner box is
 * outlined (unlabelled: nothing may be printed where the recorder stamps), and no type is smaller
 * than the preset's minimum. Pure.
 *
 * The footer (document number, page x of y) is printed, so it must stay out of the blank band
 * too: the bottom margin is the blank edge plus the room the footer takes, and `blankEdge` tells
 * the DOCX how far from the bottom edge its footer must end.
 */
import type { RecordingPreset } from '../../../../../shared/lienWording';
import { inch, LETTER_PAGE, type PageSetup } from '../../model/blocks';

/** Room for the footer (its rule and up to two lines at the minimum font) above the blank edge. */
export const FOOTER_ROOM = 48;

export function recordingPageSetup(preset: RecordingPreset): PageSetup {
  const edge = inch(preset.laterPageMarginsInches);
  const box = preset.firstPage.box;
  // The reserved depth counts from the top edge; PageSetup's reserve counts from the top margin.
  const reserved = Math.max(0, inch(preset.firstPage.topReservedInches) - edge);
  return {
    width: LETTER_PAGE.width,
    height: LETTER_PAGE.height,
    margins: { top: edge, right: edge, bottom: edge + FOOTER_ROOM, left: edge },
    blankEdge: edge,
    ...(reserved > 0 ? { firstPageTopReserved: reserved } : {}),
    // The box is drawn inside the margins at the top right, so the statutory corner above and
    // beside it is blank too; the body starts under the box.
    ...(box ? { firstPageBox: { width: inch(box.widthInches), height: inch(box.heightInches), label: '' } } : {}),
    minFontSize: preset.minFontPt,
  };
}

/** Where page 1's text may start, in points from the top edge (for messages and tests). */
export function firstTextDepth(page: PageSetup): number {
  return page.margins.top + Math.max(page.firstPageTopReserved ?? 0, page.firstPageBox?.height ?? 0);
}
