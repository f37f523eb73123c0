/**
 * What every letter CaseReady issues has in common (the Notice of Violation, the Demand for
 * Payment): letterhead, reference box, recipient, body sections, signature and the footer with
 * the audit head. Each document's model extends LetterModel with its own body, and letterPdf.ts
 * lays the common parts out the same way for all of them.
 */
import type { JurisdictionPack, NoticeWording } from '../../../shared/jurisdictionPack';

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
  readonly metadata: {
    readonly title: string;
    readonly author: string;
    readonly subject: string;
    readonly keywords: readonly string[];
    readonly creator: string;
    readonly producer: string;
  };
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

/** A mailing address typed on several lines, without blank lines. */
export function splitLines(address: string): string[] {
  return address
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}
