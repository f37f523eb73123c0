/**
 * The blocks every letter shares, from a LetterModel: letterhead and reference box, title,
 * addressee, "Re:" line, salutation and introduction at the top; the closing sections with the
 * signature at the end (the last section kept on the signature's page, so a signature never
 * stands alone). A kind puts its own body between the two.
 */
import { LETTER_PAGE, type Block, type DocumentModel } from './blocks';
import type { LetterModel, LetterSection } from './letterModel';

export function letterOpening(model: LetterModel): Block[] {
  return [
    { type: 'letterhead', ...model.letterhead, references: model.references },
    { type: 'title', title: model.title, subtitle: model.subtitle, note: model.languageAccess },
    { type: 'address', heading: model.recipient.heading, name: model.recipient.name, lines: model.recipient.addressLines },
    { type: 'leadIn', label: model.regarding.label, value: model.regarding.value },
    { type: 'paragraph', text: model.salutation },
    { type: 'paragraph', text: model.intro },
  ];
}

function sectionBlocks(section: LetterSection): Block[] {
  return [
    { type: 'heading', level: 1, text: section.heading },
    { type: 'paragraph', text: section.paragraph },
    ...(section.items.length > 0 ? [{ type: 'list' as const, items: section.items }] : []),
  ];
}

export function letterClosing(model: LetterModel): Block[] {
  const sections = model.sections;
  const last = sections.at(-1);
  const signature: Block = { type: 'signature', closing: model.signature.closing, lines: model.signature.lines };
  return [
    ...sections.slice(0, -1).flatMap(sectionBlocks),
    { type: 'group', keepTogether: true, blocks: [...(last ? sectionBlocks(last) : []), signature] },
  ];
}

/** A letter's DocumentModel: its identity, metadata and footer around the given body. */
export function letterDocument(model: LetterModel, body: readonly Block[], describedAs: DocumentModel['describedAs']): DocumentModel {
  return {
    language: model.language,
    documentNumber: model.documentNumber,
    caseNumber: model.caseNumber,
    issuedOn: model.issuedOn,
    metadata: model.metadata,
    page: LETTER_PAGE,
    footer: model.footerTemplate,
    blocks: [...letterOpening(model), ...body, ...letterClosing(model)],
    describedAs,
  };
}
