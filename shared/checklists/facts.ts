/**
 * What checklist predicates read: a plain, serialisable snapshot of one case's record. Built from
 * the store by electron/services/checklists/caseFacts.ts, or by hand in tests. Predicates see
 * nothing else, so a predicate can be tested with a literal object and cannot touch the database.
 */
import type { CameraDateFlag, PartyKind, ViolationStatus } from '../domain';
import type { CitationStatus, HEARING_OUTCOMES, LedgerKind, ServiceMethod, ServiceOutcome } from '../enforcementTypes';
import type { EntryAuthority, Finding, InspectionKind } from '../inspectionsTypes';
import type { Occupancy, OwnershipSource, PartyRole, PropertyType } from '../partiesTypes';

/** Dates are `YYYY-MM-DD` throughout. */
export type IsoDate = string;

export interface CaseFacts {
  readonly caseId: number;
  readonly caseNumber: string;
  readonly openedOn: IsoDate;
  readonly property: { readonly propertyType: PropertyType | null; readonly occupancy: Occupancy | null };
  /** The owner of record; null when the case has none linked. */
  readonly owner: { readonly partyId: number; readonly kind: PartyKind } | null;
  /** Every party on the case with its role (a party may appear once per role). */
  readonly parties: readonly { readonly partyId: number; readonly role: PartyRole }[];
  readonly ownershipFindings: readonly OwnershipFindingFact[];
  readonly violations: readonly ViolationFact[];
  readonly photos: readonly PhotoFact[];
  readonly inspections: readonly InspectionFact[];
  /** Notices of violation, oldest first, each with the violations it listed. */
  readonly notices: readonly NoticeFact[];
  /** Demands for payment of the city's costs (the letter a lien must follow), oldest first. */
  readonly demands: readonly IssuedDocumentFact[];
  /** Notices of hearing, oldest first, each with the hearing it is about: only their service is notice of a hearing. */
  readonly hearingNotices: readonly HearingNoticeFact[];
  readonly serviceAttempts: readonly ServiceAttemptFact[];
  readonly citations: readonly CitationFact[];
  readonly hearings: readonly HearingFact[];
  readonly ledger: readonly LedgerFact[];
  readonly liens: readonly { readonly id: number; readonly recordedOn: IsoDate; readonly released: boolean }[];
  /** Earlier cases on the same property or the same owner of record. */
  readonly priorCases: readonly PriorCaseFact[];
}

/** An issued document; `issuedOn` is the UTC date of issue. Service of it is in serviceAttempts (documentId). */
export interface IssuedDocumentFact {
  readonly id: number;
  readonly number: string;
  readonly issuedOn: IsoDate;
}

/** A Notice of Hearing (documents.subject_id names its hearing). */
export interface HearingNoticeFact extends IssuedDocumentFact {
  readonly hearingId: number;
  /** UTC timestamp of issue, to compare with when the hearing was last continued. */
  readonly issuedAt: string;
}

/** A Notice of Violation and the violations it listed (document_violations), in printed order. */
export interface NoticeFact extends IssuedDocumentFact {
  readonly violationIds: readonly number[];
  /**
   * The list was reconstructed when the store was upgraded (schema 8), not recorded at issue:
   * notices issued before then did not record what they listed.
   */
  readonly inferred: boolean;
}

export interface OwnershipFindingFact {
  readonly id: number;
  readonly source: OwnershipSource;
  readonly performedOn: IsoDate;
  /** The finding names the case's current owner of record. */
  readonly identifiesOwner: boolean;
}

export interface ViolationFact {
  readonly id: number;
  readonly status: ViolationStatus;
  readonly complianceDate: IsoDate;
  /** As printed on the notice; may be blank for imported legacy rows. */
  readonly codeSection: string;
  /** The code-library section cited, when one was picked. */
  readonly codeSectionId: number | null;
}

export interface PhotoFact {
  readonly id: number;
  readonly violationId: number | null;
  /** The camera's DateTimeOriginal (wall clock), null when the photo carries none. */
  readonly exifTakenAt: string | null;
  readonly inspectionId: number | null;
  /**
   * The camera date is implausible for this case (shared/photoDates.ts, the same flag the case
   * page and the notice show) and the latest explanation recorded for it; null when plausible.
   */
  readonly cameraDateFlag: CameraDateFlag | null;
}

export interface InspectionFact {
  readonly id: number;
  readonly kind: InspectionKind;
  readonly inspectedOn: IsoDate;
  readonly entryAuthority: EntryAuthority | null;
  readonly consentGivenBy: string | null;
  readonly warrantNumber: string | null;
  /** The current finding per violation (superseded findings are left out). */
  readonly findings: readonly { readonly violationId: number; readonly finding: Finding }[];
}

export interface ServiceAttemptFact {
  readonly id: number;
  readonly documentId: number;
  readonly partyId: number;
  readonly method: ServiceMethod;
  readonly attemptedOn: IsoDate;
  readonly outcome: ServiceOutcome;
  readonly proofCount: number;
}

export interface CitationFact {
  readonly id: number;
  readonly number: string;
  readonly issuedOn: IsoDate;
  readonly status: CitationStatus;
  readonly offenseNumber: number;
}

export interface HearingFact {
  readonly id: number;
  /** Local `YYYY-MM-DDTHH:MM`, after any continuance. */
  readonly scheduledAt: string;
  /**
   * When the latest continuance was recorded (UTC timestamp); null or absent when never continued.
   * A notice of hearing issued before it printed the old date, so it is not notice of this one.
   */
  readonly continuedAt?: string | null;
  readonly outcome: (typeof HEARING_OUTCOMES)[number] | null;
}

export interface LedgerFact {
  readonly id: number;
  readonly kind: LedgerKind;
  readonly deltaCents: number;
  readonly entryDate: IsoDate;
  readonly hasInvoice: boolean;
  readonly contractor: string | null;
  /** A later reversal entry undoes this one. */
  readonly reversed: boolean;
}

export interface PriorCaseFact {
  readonly caseId: number;
  readonly caseNumber: string;
  readonly openedOn: IsoDate;
  readonly noticeCount: number;
  /** Citations not dismissed. */
  readonly citationCount: number;
}
