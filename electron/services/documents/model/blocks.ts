/**
 * The format-neutral document model: what a document says and in what order, with no PDF or
 * Word concepts in it. A kind's builder turns case facts and the pack's wording into a
 * DocumentModel; render/pdf and render/docx each draw every block once. Every string here is
 * final text for people (dates written out, money formatted, placeholders filled): a renderer
 * never computes a value, it only lays out what the builder decided, so the PDF and the DOCX of
 * one model cannot disagree.
 *
 * Blocks carry meaning ("a notice box", "the signature"), not sizes: each renderer maps them to
 * its own typography. Keep-together rules that matter on paper (a heading never alone at the
 * bottom of a page, a photo never apart from its caption) are part of the meaning, so they are
 * expressed here (`group.keepTogether`, `group.repeatOnNewPage`).
 */
import { assertNever } from '../../../../shared/errors';

/** A label and its value ("Case number" / "CE-2026-0042"). */
export interface Row {
  readonly label: string;
  readonly value: string;
  /** Printed stronger: the date an owner must act by. */
  readonly emphasis?: boolean;
}

export interface LetterheadBlock {
  readonly type: 'letterhead';
  readonly jurisdictionName: string;
  readonly departmentName: string;
  readonly addressLines: readonly string[];
  readonly contactLine: string;
  /** The reference box beside the letterhead: what a clerk quotes on the phone. */
  readonly references: readonly Row[];
}

/** The document's title, centred, under the letterhead. */
export interface TitleBlock {
  readonly type: 'title';
  readonly title: string;
  readonly subtitle: string;
  /** A small line under it (the language-access line: "Si necesita esta carta en español…"). */
  readonly note: string | null;
}

/** Who the document is addressed to. */
export interface AddressBlock {
  readonly type: 'address';
  readonly heading: string;
  readonly name: string;
  readonly lines: readonly string[];
}

export interface HeadingBlock {
  readonly type: 'heading';
  readonly text: string;
  /** 1: a section of the document (ruled, in the accent colour); 2: a part inside a section. */
  readonly level: 1 | 2;
  /** Listed in the PDF outline / the Word navigation pane under this title. */
  readonly bookmark?: string;
}

export type ParagraphTone = 'body' | 'strong' | 'muted' | 'small';

export interface ParagraphBlock {
  readonly type: 'paragraph';
  readonly text: string;
  readonly tone?: ParagraphTone;
}

/** "Re: 123 Main St": a bold label run into its value on one line. */
export interface LeadInBlock {
  readonly type: 'leadIn';
  readonly label: string;
  readonly value: string;
}

/** Label/value rows: a label column and a wrapped value beside it. */
export interface RowsBlock {
  readonly type: 'rows';
  readonly rows: readonly Row[];
  /** A faint rule between rows (a violation's section, condition, correction). */
  readonly ruled?: boolean;
}

export interface TableColumn {
  readonly title: string;
  /** Share of the content width, relative to the other columns. */
  readonly weight: number;
  readonly align?: 'left' | 'right';
  /** Printed in the muted colour (line numbers). */
  readonly muted?: boolean;
}

export interface TableRow {
  readonly cells: readonly string[];
  /** A credit prints in the accent colour so it reads apart from charges. */
  readonly tone?: 'credit';
}

/** A table whose header repeats on every page it continues on; a row never splits. */
export interface TableBlock {
  readonly type: 'table';
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
  /** Right-aligned totals under the last column; the last one is the bottom line. */
  readonly totals?: readonly Row[];
}

/** A bulleted list of titled items (help resources). */
export interface ListBlock {
  readonly type: 'list';
  readonly items: readonly { readonly title: string; readonly text: string }[];
}

export interface Photo {
  /** The vault object embedded (the upright display JPEG). */
  readonly imageSha256: string;
  readonly caption: string;
  /** The hash printed under the photo and its label ("SHA-256"). */
  readonly hashLabel: string;
  readonly printedSha256: string;
}

/** Photos two to a row, each with its caption and hash; a photo never leaves its caption. */
export interface PhotoGridBlock {
  readonly type: 'photoGrid';
  readonly label: string;
  readonly photos: readonly Photo[];
}

/** A shaded band with a title and a right-aligned note (a violation and its correct-by date). */
export interface BandBlock {
  readonly type: 'band';
  readonly text: string;
  readonly aside?: string;
}

/** A boxed passage that must not be missed (the amount and date to pay by, a warning). */
export interface NoticeBoxBlock {
  readonly type: 'noticeBox';
  readonly heading?: string;
  readonly text: string;
}

export interface SignatureBlock {
  readonly type: 'signature';
  readonly closing: string;
  /** Under the signature rule; the first is the signer's name. */
  readonly lines: readonly string[];
}

/** A notary's jurat or acknowledgment: the pack's state form, with blanks for the notary. */
export interface NotaryBlock {
  readonly type: 'notary';
  readonly heading: string;
  /** Venue lines ("State of Ohio", "County of Franklin"). */
  readonly venue: readonly string[];
  readonly text: string;
  /** Lines the notary fills in, each with its label under a rule. */
  readonly fields: readonly string[];
}

export interface PageBreakBlock {
  readonly type: 'pageBreak';
}

/** A line of an outline (the testimony outline, an exhibit list): indented by level. */
export interface OutlineEntryBlock {
  readonly type: 'outlineEntry';
  readonly level: 1 | 2 | 3;
  readonly label: string;
  readonly text: string;
}

/**
 * Blocks that belong together. `keepTogether`: the whole group starts on a page where it fits
 * (or where its last block can at least start). `repeatOnNewPage`: a band drawn again atop each
 * page the group continues on ("Violation 2 of 3 (continued)").
 */
export interface GroupBlock {
  readonly type: 'group';
  readonly blocks: readonly Block[];
  readonly keepTogether?: boolean;
  readonly repeatOnNewPage?: BandBlock;
}

export type Block =
  | LetterheadBlock
  | TitleBlock
  | AddressBlock
  | HeadingBlock
  | ParagraphBlock
  | LeadInBlock
  | RowsBlock
  | TableBlock
  | ListBlock
  | PhotoGridBlock
  | BandBlock
  | NoticeBoxBlock
  | SignatureBlock
  | NotaryBlock
  | PageBreakBlock
  | OutlineEntryBlock
  | GroupBlock;

export type BlockType = Block['type'];

/** Inches to points, for page setups written the way recorders state them. */
export const inch = (n: number): number => n * 72;

/**
 * The page: US Letter with its margins, and what a recorder's office requires of the first page
 * (a blank area reserved for its stamp) and of every page (a smallest font size).
 */
export interface PageSetup {
  readonly width: number; // points
  readonly height: number;
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** Extra blank space at the top of page 1 only (recording stamp), in points. */
  readonly firstPageTopReserved?: number;
  /** A blank box on page 1 (e.g. 3 x 3 in at the top right), outlined under the top margin at the right; the label (if not empty) is printed inside it. */
  readonly firstPageBox?: { readonly width: number; readonly height: number; readonly label: string };
  /** No text smaller than this, in points (recording rules). */
  readonly minFontSize?: number;
  /**
   * A band this deep along every edge that nothing is printed in (recording rules), footer
   * included: the margins leave room for the footer inside it. Absent: the footer may sit in
   * the bottom margin, as on a letter.
   */
  readonly blankEdge?: number;
}

export const LETTER_PAGE: PageSetup = {
  width: inch(8.5),
  height: inch(11),
  margins: { top: inch(1), right: inch(1), bottom: inch(1), left: inch(1) },
};

export interface DocumentMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly creator: string;
  readonly producer: string;
}

export type DocumentLanguage = 'en' | 'es';

export interface DocumentModel {
  readonly language: DocumentLanguage;
  readonly documentNumber: string;
  readonly caseNumber: string;
  readonly issuedOn: string; // YYYY-MM-DD, the dates in the file's metadata come from it
  readonly metadata: DocumentMetadata;
  readonly page: PageSetup;
  /** Footer on every page, with {page} and {pages} left for the renderer to fill. */
  readonly footer: string;
  readonly blocks: readonly Block[];
  /**
   * How error messages name this document ("notice") and where the text people typed into it
   * comes from ("the owner's name and address and the violation text"), so a refusal says what
   * to fix.
   */
  readonly describedAs: { readonly document: string; readonly enteredText: string };
}

/** Every string a model prints, in order: for checking the font covers them and for text tests. */
export function* textsOf(blocks: readonly Block[]): Generator<string> {
  for (const b of blocks) {
    switch (b.type) {
      case 'letterhead':
        yield b.jurisdictionName;
        yield b.departmentName;
        yield* b.addressLines;
        yield b.contactLine;
        for (const r of b.references) yield* [r.label, r.value];
        break;
      case 'title':
        yield* [b.title, b.subtitle];
        if (b.note) yield b.note;
        break;
      case 'address':
        yield* [b.heading, b.name, ...b.lines];
        break;
      case 'heading':
      case 'paragraph':
        yield b.text;
        break;
      case 'leadIn':
        yield* [b.label, b.value];
        break;
      case 'rows':
        for (const r of b.rows) yield* [r.label, r.value];
        break;
      case 'table':
        for (const c of b.columns) yield c.title;
        for (const r of b.rows) yield* r.cells;
        for (const r of b.totals ?? []) yield* [r.label, r.value];
        break;
      case 'list':
        for (const i of b.items) yield* [i.title, i.text];
        break;
      case 'photoGrid':
        yield b.label;
        for (const p of b.photos) yield* [p.caption, p.hashLabel, p.printedSha256];
        break;
      case 'band':
        yield b.text;
        if (b.aside) yield b.aside;
        break;
      case 'noticeBox':
        if (b.heading) yield b.heading;
        yield b.text;
        break;
      case 'signature':
        yield* [b.closing, ...b.lines];
        break;
      case 'notary':
        yield* [b.heading, ...b.venue, b.text, ...b.fields];
        break;
      case 'pageBreak':
        break;
      case 'outlineEntry':
        yield* [b.label, b.text];
        break;
      case 'group':
        if (b.repeatOnNewPage) yield* textsOf([b.repeatOnNewPage]);
        yield* textsOf(b.blocks);
        break;
      default:
        assertNever(b, 'document block');
    }
  }
}
