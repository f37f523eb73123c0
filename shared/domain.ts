/**
 * Domain types shared by the core and the renderer. Dates are ISO strings: `YYYY-MM-DD` for
 * calendar dates (compliance deadlines, inspection dates) and full ISO timestamps for instants.
 * Money (later issues) is integer cents.
 */

import type { CameraDateFlag } from './photoDates';

export type { CameraDateFlag } from './photoDates';

export const PARTY_KINDS = ['individual', 'organization', 'estate', 'trust', 'government'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const CASE_STATUSES = ['open', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const VIOLATION_STATUSES = ['open', 'corrected', 'referred', 'dismissed', 'abated'] as const;
export type ViolationStatus = (typeof VIOLATION_STATUSES)[number];

export interface Property {
  readonly id: number;
  readonly address: string;
  readonly parcelId: string;
}

export interface Party {
  readonly id: number;
  readonly name: string;
  readonly kind: PartyKind;
  readonly mailingAddress: string;
}

export interface CaseSummary {
  readonly id: number;
  readonly caseNumber: string;
  readonly status: CaseStatus;
  readonly address: string;
  readonly parcelId: string;
  readonly ownerName: string;
  readonly openedOn: string;
  readonly violationCount: number;
}

/** What EXIF said at intake. Every field may be missing: phones strip some, editors strip all. */
export interface PhotoExif {
  readonly takenAt: string | null; // DateTimeOriginal as written by the camera (local time, no zone)
  readonly gpsLatitude: number | null;
  readonly gpsLongitude: number | null;
  readonly make: string | null;
  readonly model: string | null;
  readonly orientation: number | null; // 1-8
  /** Set when EXIF was present but unreadable; the photo is still accepted. */
  readonly exifWarning: string | null;
}

export interface Photo {
  readonly id: number;
  readonly caseId: number;
  readonly violationId: number | null;
  readonly originalName: string;
  readonly mediaType: 'image/jpeg' | 'image/heic';
  readonly originalSha256: string;
  readonly displaySha256: string;
  readonly thumbSha256: string;
  readonly width: number; // of the display image, after rotation
  readonly height: number;
  readonly sizeBytes: number; // of the original
  readonly exif: PhotoExif;
  readonly addedAt: string;
  /**
   * Set when the camera date is implausible for the case (years before it was opened, after the
   * photo was imported, or unreadable): why, and the latest explanation recorded (null: none yet).
   * Computed once when the photo is read (shared/photoDates.ts); documents print this, never a
   * second computation.
   */
  readonly cameraDateFlag: CameraDateFlag | null;
}

export interface Violation {
  readonly id: number;
  readonly caseId: number;
  readonly codeSection: string;
  readonly description: string;
  readonly correctiveAction: string;
  readonly complianceDate: string; // YYYY-MM-DD
  readonly status: ViolationStatus;
  /** Code-library section and severity (area "inspections"); always set by the store, optional for older fixtures. */
  readonly codeSectionId?: number | null;
  readonly severity?: import('./inspectionsTypes').Severity | null;
  /** Date of the last status change (YYYY-MM-DD), null while never changed. */
  readonly statusOn?: string | null;
  readonly photos: readonly Photo[];
}

export const DOCUMENT_KINDS = [
  'notice_of_violation',
  'demand_for_payment',
  'civil_ticket',
  'notice_of_hearing',
  'certificate_of_mailing',
  'affidavit_of_service',
  'affidavit_of_posting',
  'statement_of_costs',
  'lien_filing',
  'lien_release',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The record a per-record document is about (documents.subject_type, schema 13). */
export const DOCUMENT_SUBJECT_TYPES = ['citation', 'service_attempt', 'hearing', 'lien'] as const;
export type DocumentSubjectType = (typeof DOCUMENT_SUBJECT_TYPES)[number];
export interface DocumentSubject {
  readonly type: DocumentSubjectType;
  readonly id: number;
}

/**
 * The language a document is generated in: the recipient's preferred language when the pack
 * offers it (else the pack's first language, which carries the help line in the others), one
 * language explicitly, or both of the pack's languages in one document, each complete.
 */
export const DOCUMENT_LANGUAGE_CHOICES = ['recipient', 'en', 'es', 'both'] as const;
export type DocumentLanguageChoice = (typeof DOCUMENT_LANGUAGE_CHOICES)[number];

/** An issued document: immutable, numbered, its PDF stored in the vault under `sha256`. */
export interface IssuedDocument {
  readonly id: number;
  readonly caseId: number;
  readonly kind: DocumentKind;
  readonly number: string; // e.g. NOV-2026-000012
  readonly title: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly pageCount: number;
  readonly issuedAt: string;
  readonly auditHead: string; // audit chain head printed on the document
  /** The earlier version this one replaces (a correction or re-issue); both stay on record. */
  readonly replacesDocumentId: number | null;
  /** What it was written in: "en", "es", "en+es"; null for documents issued before schema 12. */
  readonly languages: string | null;
  /** The DOCX rendition made from the same model, or null (before schema 12, or a kind without one). */
  readonly docxSha256: string | null;
  /** The record it is about (a citation, service attempt, hearing or lien), or null for a case-level document. */
  readonly subject: DocumentSubject | null;
}

/** What a sweep (one kind for many cases) did: every case accounted for. */
export interface DocumentBatchResult {
  readonly kind: DocumentKind;
  readonly requested: number;
  readonly issued: readonly { readonly caseId: number; readonly caseNumber: string | null; readonly documentId: number; readonly number: string }[];
  /** Cases refused, each with why (the same message a single request would give). */
  readonly failed: readonly { readonly caseId: number; readonly caseNumber: string | null; readonly code: import('./errors').ErrorCode; readonly message: string }[];
  /** Cases not reached because the sweep was cancelled or stopped. */
  readonly notStarted: readonly number[];
  readonly cancelled: boolean;
  /** A failure of the machine (full disk, read-only folder) that stopped the sweep, or null. */
  readonly stoppedBy: { readonly code: import('./errors').ErrorCode; readonly message: string } | null;
}

/** What a Demand for Payment issued today would ask: shown to the clerk before issuing (issuing is permanent). */
export interface DemandPreview {
  readonly caseId: number;
  readonly balanceCents: number;
  readonly payBy: string; // YYYY-MM-DD, printed on the letter
  /** The pack's lien waiting period, counted from the expected completion of service. */
  readonly waitingDays: number;
  readonly serviceCompleteBy: string; // YYYY-MM-DD
  /** How the pay-by date was counted, for a person to check. */
  readonly explanation: string;
}

/** The jurisdiction pack a case was opened under (or last moved to); `name` when it is the loaded pack. */
export interface CasePack {
  readonly id: string;
  readonly version: string;
  readonly name?: string;
}

export interface CaseDetail {
  readonly id: number;
  readonly caseNumber: string;
  readonly status: CaseStatus;
  readonly openedOn: string;
  readonly inspector: string;
  readonly property: Property;
  readonly owner: Party;
  readonly violations: readonly Violation[];
  readonly unassignedPhotos: readonly Photo[];
  readonly documents: readonly IssuedDocument[];
  readonly pack: CasePack;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly entries: number;
  readonly head: string | null;
  /** First entry whose hash or link does not match, with why. */
  readonly firstBroken: { readonly seq: number; readonly reason: string } | null;
}

export interface VaultVerification {
  readonly ok: boolean;
  readonly checked: number;
  readonly mismatched: readonly string[]; // sha256 of objects whose bytes changed
  readonly missing: readonly string[]; // rows without a file
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly audit: AuditVerification;
  readonly vault: VaultVerification;
  readonly integrityCheck: string; // SQLite integrity_check result, 'ok' when fine
  /** The SQLite library that ran the check (the one bundled with better-sqlite3, not the system's sqlite3). */
  readonly sqliteVersion: string;
}

export interface AppInfo {
  readonly version: string;
  readonly dataDir: string;
  readonly schemaVersion: number;
  readonly auditHead: string | null;
  readonly startupReport: {
    readonly missingObjects: readonly string[];
    readonly quarantined: readonly string[];
  };
}
