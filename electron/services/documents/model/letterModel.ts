/**
 * What every letter CaseReady issues has in common (the Notice of Violation, the Demand for
 * Payment): letterhead, reference box, recipient, body sections, signature and the footer with
 * the audit head. Each document's model extends LetterModel with its own body, and letterPdf.ts
 * lays the common parts out the same way for all of them.
 */
import type { DocumentMetadata } from './blocks';
import type { CaseDetail } from '../../../../shared/domain';
import { appealRuleOf } from '../../../../shared/deadlines/packSetup';
import type { JurisdictionPack, LetterPlaceholder, NoticeWording } from '../../../../shared/jurisdictionPack';

/** Characters of the audit head printed in the footer; enough to compare against the log. */
export const AUDIT_HEAD_PRINTED = 16;

export interface LetterRow {
  readonly label: string;
  readonly value: string;
}

export interface LetterSection {
  readonly heading: string;
  readonly paragraph: string;
  readonly items: readonly { readonly title: string; readonly text: string }[];
}

export interface LetterModel {
  readonly language: NoticeWording['language'];
  readonly documentNumber: string;
  readonly caseNumber: string;
  readonly issuedOn: string; // YYYY-MM-DD
  readonly auditHead: string; // full 64-hex chain head
  readonly metadata: DocumentMetadata;
  readonly letterhead: {
    readonly jurisdictionName: string;
    readonly departmentName: string;
    readonly addressLines: readonly string[];
    readonly contactLine: string;
  };
  readonly title: string;
  readonly subtitle: string;
  readonly references: readonly LetterRow[];
  readonly recipient: { readonly heading: string; readonly name: string; readonly addressLines: readonly string[] };
  readonly regarding: LetterRow;
  readonly salutation: string;
  readonly intro: string;
  readonly sections: readonly LetterSection[];
  readonly languageAccess: string | null;
  readonly signature: { readonly closing: string; readonly lines: readonly string[] };
  /** Footer with {page} and {pages} left in; the renderer fills them. */
  readonly footerTemplate: string;
}

/** The department's letterhead as printed on every document. */
export function letterheadOf(pack: JurisdictionPack): LetterModel['letterhead'] {
  return {
    jurisdictionName: pack.jurisdictionName,
    departmentName: pack.department.name,
    addressLines: pack.department.addressLines,
    contactLine: `${pack.department.phone} · ${pack.department.email}`,
  };
}

/**
 * The values of the placeholders every letter shares (department, code, appeal, case, document),
 * already written for people; each model adds its own before filling its wording.
 */
export function letterValues(
  pack: JurisdictionPack,
  detail: CaseDetail,
  doc: { readonly documentNumber: string; readonly issuedOnText: string; readonly auditHead: string },
): Record<LetterPlaceholder, string | number> {
  return {
    jurisdictionName: pack.jurisdictionName,
    departmentName: pack.department.name,
    departmentPhone: pack.department.phone,
    departmentEmail: pack.department.email,
    departmentHours: pack.department.hours,
    codeName: pack.codeName,
    codeShortName: pack.codeShortName,
    appealDays: appealRuleOf(pack).days,
    appealBody: pack.appeal.body,
    appealAddress: pack.appeal.address,
    ownerName: detail.owner.name,
    propertyAddress: detail.property.address,
    parcelId: detail.property.parcelId,
    caseNumber: detail.caseNumber,
    documentNumber: doc.documentNumber,
    issuedOn: doc.issuedOnText,
    auditHead: `${doc.auditHead.slice(0, AUDIT_HEAD_PRINTED)}…`,
  };
}

/** What a letter's wording gives the frame: its language, title lines and reference labels. */
export interface LetterFrameWording {
  readonly language: LetterModel['language'];
  readonly title: string;
  readonly subtitle: string;
  readonly labels: { readonly documentNumber: string; readonly caseNumber: string; readonly issuedOn: string; readonly parcelId: string; readonly recipient: string };
}

export type LetterFrame = Pick<
  LetterModel,
  'language' | 'documentNumber' | 'caseNumber' | 'issuedOn' | 'auditHead' | 'metadata' | 'letterhead' | 'title' | 'subtitle' | 'references' | 'recipient'
>;

/**
 * The parts every letter builds the same way: its identity, the PDF metadata, the letterhead, the
 * title, the four references (number, case, date, parcel) and the owner of record as recipient.
 * A letter adds its own references after these (the demand's pay-by date).
 */
export function letterFrame(
  pack: JurisdictionPack,
  detail: CaseDetail,
  doc: { readonly documentNumber: string; readonly issuedOn: string; readonly issuedOnText: string; readonly auditHead: string },
  wording: LetterFrameWording,
  pdf: { readonly subject: string; readonly producer: string },
): LetterFrame {
  const { labels } = wording;
  return {
    language: wording.language,
    documentNumber: doc.documentNumber,
    caseNumber: detail.caseNumber,
    issuedOn: doc.issuedOn,
    auditHead: doc.auditHead,
    metadata: {
      title: `${wording.title} ${doc.documentNumber}`,
      author: pack.department.name,
      subject: pdf.subject,
      keywords: [doc.documentNumber, detail.caseNumber, detail.property.parcelId],
      creator: 'CaseReady',
      producer: pdf.producer,
    },
    letterhead: letterheadOf(pack),
    title: wording.title,
    subtitle: wording.subtitle,
    references: [
      { label: labels.documentNumber, value: doc.documentNumber },
      { label: labels.caseNumber, value: detail.caseNumber },
      { label: labels.issuedOn, value: doc.issuedOnText },
      { label: labels.parcelId, value: detail.property.parcelId },
    ],
    recipient: { heading: labels.recipient, name: detail.owner.name, addressLines: splitLines(detail.owner.mailingAddress) },
  };
}

/** A mailing address typed on several lines, without blank lines. */
export function splitLines(address: string): string[] {
  return address
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
