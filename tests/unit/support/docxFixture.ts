/**
 * A hand-built document model with every block type (for the DOCX renderer's tests), two real
 * camera JPEGs and a generated portrait one, and a vault stand-in that serves them by hash.
 * Texts include characters that need XML escaping and letters outside ASCII.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { LETTER_PAGE, inch, type Block, type DocumentModel, type PageSetup, type Photo } from '../../../electron/services/documents/model/blocks';
import type { BlockType } from '../../../electron/services/documents/model/blocks';
import { realPhoto } from '../../fixtures/makePhotos';
import { makeJpeg } from './noticeFixture';

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export class PhotoVault {
  readonly images = new Map<string, Buffer>();
  add(bytes: Buffer): string {
    const sha = sha256(bytes);
    this.images.set(sha, bytes);
    return sha;
  }
  readonly loadImage = async (sha: string): Promise<Buffer> => {
    const bytes = this.images.get(sha);
    if (!bytes) throw new AppError('INTEGRITY', `Vault object ${sha} is missing or altered.`);
    return bytes;
  };
}

function photo(sha: string, caption: string): Photo {
  return { imageSha256: sha, caption, hashLabel: 'SHA-256', printedSha256: sha };
}

/** A recordable filing's page: 3 in reserved at the top of page 1 with a 3 x 3 in box, 8 pt minimum. */
export const LIEN_PAGE: PageSetup = {
  ...LETTER_PAGE,
  firstPageTopReserved: inch(3),
  firstPageBox: { width: inch(3), height: inch(3), label: 'Recorder use only' },
  minFontSize: 8,
};

export async function everyBlockModel(vault: PhotoVault, page: PageSetup = LETTER_PAGE): Promise<DocumentModel> {
  const canon = vault.add(realPhoto('Canon_40D.jpg'));
  const nikon = vault.add(realPhoto('DSCN0010.jpg'));
  const portrait = vault.add(await makeJpeg(600, 800, 3));
  const violationBand = { type: 'band', text: 'Violation 1 of 2 — IPMC 304.13', aside: 'Correct by: December 15, 2026' } as const;
  const blocks: Block[] = [
    {
      type: 'letterhead',
      jurisdictionName: 'City of Riverton',
      departmentName: 'Code Enforcement Division',
      addressLines: ['City Hall, Room 204', '100 Civic Plaza', 'Riverton, OH 43215'],
      contactLine: 'Phone (614) 555-0142 · code@riverton.example',
      references: [
        { label: 'Case', value: 'CE-2026-0042' },
        { label: 'Notice', value: 'NOV-2026-000012' },
        { label: 'Issued', value: 'November 27, 2026' },
      ],
    },
    { type: 'title', title: 'Notice of Violation', subtitle: 'Property Maintenance Code', note: 'Si necesita esta carta en español, llame al (614) 555-0142.' },
    { type: 'address', heading: 'To the owner of record', name: 'Nguyễn Thị Hương Peña & Łukasz Müller', lines: ['123 Main St', 'Riverton, OH 43215'] },
    { type: 'leadIn', label: 'Re:', value: '123 Main St <Parcel 010-123456>' },
    { type: 'heading', text: 'What we found', level: 1, bookmark: 'What we found' },
    { type: 'paragraph', text: 'An inspection on November 20, 2026 found the conditions below. Each must be corrected by its date.' },
    { type: 'paragraph', text: 'You must act by the date shown.', tone: 'strong' },
    { type: 'paragraph', text: 'Inspector notes are kept in the case file.', tone: 'muted' },
    { type: 'paragraph', text: 'Printed from the evidence store; the hash identifies each photo.', tone: 'small' },
    {
      type: 'group',
      keepTogether: true,
      repeatOnNewPage: { type: 'band', text: 'Violation 1 of 2 — IPMC 304.13 (continued)', aside: 'Correct by: December 15, 2026' },
      blocks: [
        violationBand,
        {
          type: 'rows',
          ruled: true,
          rows: [
            { label: 'Code section', value: 'IPMC 304.13 — Window, skylight and door frames' },
            { label: 'Condition', value: 'Broken glazing in two front windows; frames rotted at the sills.' },
            { label: 'Correct by', value: 'December 15, 2026', emphasis: true },
          ],
        },
        { type: 'photoGrid', label: 'Photos', photos: [photo(canon, 'Photo 1 — front windows, Oct 1, 2026'), photo(nikon, 'Photo 2 — sill detail, Oct 2, 2026'), photo(portrait, 'Photo 3 — side door')] },
      ],
    },
    { type: 'heading', text: 'Charges', level: 2, bookmark: 'Charges' },
    {
      type: 'table',
      columns: [
        { title: '#', weight: 1, muted: true },
        { title: 'Item', weight: 6 },
        { title: 'Date', weight: 3 },
        { title: 'Amount', weight: 3, align: 'right' },
      ],
      rows: [
        { cells: ['1', 'Board-up of front windows', 'Dec 20, 2026', '$412.50'] },
        { cells: ['2', 'Administrative fee', 'Dec 20, 2026', '$75.00'] },
        { cells: ['3', 'Payment received — thank you', 'Jan 5, 2027', '−$100.00'], tone: 'credit' },
      ],
      totals: [
        { label: 'Charges', value: '$487.50' },
        { label: 'Credits', value: '−$100.00' },
        { label: 'Balance due', value: '$387.50' },
      ],
    },
    { type: 'noticeBox', heading: 'Pay by January 31, 2027', text: 'Pay $387.50 by January 31, 2027, or a lien may be recorded against the property.' },
    { type: 'noticeBox', text: 'Keep this notice: it is your record of what was found.' },
    { type: 'list', items: [{ title: 'Legal Aid of Riverton', text: '(614) 555-0199, free advice for owners' }, { title: 'Home repair grants', text: 'riverton.example/repair' }] },
    { type: 'band', text: 'Appeal rights' },
    { type: 'signature', closing: 'Sincerely,', lines: ['Dana Ortiz', 'Code Enforcement Officer', 'Badge 417'] },
    { type: 'pageBreak' },
    { type: 'heading', text: 'Testimony outline', level: 1, bookmark: 'Testimony outline' },
    { type: 'outlineEntry', level: 1, label: 'I.', text: 'Inspection of November 20, 2026' },
    { type: 'outlineEntry', level: 2, label: 'A.', text: 'Conditions observed from the public way' },
    { type: 'outlineEntry', level: 3, label: '1.', text: 'Exhibit 1: photo of the front windows' },
    {
      type: 'notary',
      heading: 'Jurat',
      venue: ['State of Ohio', 'County of Franklin'],
      text: 'Sworn to and subscribed before me on ____________ by Dana Ortiz.',
      fields: ['Notary public', 'My commission expires'],
    },
  ];
  return {
    language: 'en',
    describedAs: { document: 'test document', enteredText: 'the fixture text' },
    documentNumber: 'NOV-2026-000012',
    caseNumber: 'CE-2026-0042',
    issuedOn: '2026-11-27',
    metadata: {
      title: 'Notice of Violation NOV-2026-000012',
      author: 'City of Riverton Code Enforcement',
      subject: 'Case CE-2026-0042, 123 Main St',
      keywords: ['CE-2026-0042', 'NOV-2026-000012', 'notice'],
      creator: 'CaseReady',
      producer: 'CaseReady (docx)',
    },
    page,
    footer: 'NOV-2026-000012 · Page {page} of {pages}',
    blocks,
  };
}

/** The block types a model uses, groups included: the fixture must cover them all. */
export function blockTypes(blocks: readonly Block[], into = new Set<BlockType>()): Set<BlockType> {
  for (const b of blocks) {
    into.add(b.type);
    if (b.type === 'group') blockTypes(b.blocks, into);
  }
  return into;
}
