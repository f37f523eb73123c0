/**
 * Enforcement area (issue 3): service of notices, citations, hearings, the cost ledger, liens and
 * partner referrals. Money is integer cents; dates are YYYY-MM-DD; hearing times are local
 * wall-clock YYYY-MM-DDTHH:MM (a hearing is "at 9:30 in Room 105", whatever the zone).
 */
import type { FineSeverity } from './jurisdictionPack';

export const SERVICE_METHODS = ['certified_mail', 'first_class_mail', 'personal_service', 'posting'] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];
export const SERVICE_OUTCOMES = ['delivered', 'unclaimed', 'refused', 'returned', 'posted'] as const;
export type ServiceOutcome = (typeof SERVICE_OUTCOMES)[number];
/** Media types accepted as proof of service or as an invoice (judged by magic bytes). */
export const PROOF_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type ProofMediaType = (typeof PROOF_MEDIA_TYPES)[number];

export interface ServiceProof {
  readonly sha256: string;
  readonly originalName: string;
  readonly mediaType: ProofMediaType;
  readonly sizeBytes: number;
}

/** A stored file read back from the vault (re-hashed on the way out) for viewing or saving. */
export interface StoredAttachment {
  readonly fileName: string;
  readonly mediaType: ProofMediaType;
  readonly dataBase64: string;
}

export interface ServiceAttempt {
  readonly id: number;
  readonly caseId: number;
  readonly documentId: number;
  readonly partyId: number;
  readonly method: ServiceMethod;
  readonly trackingNumber: string | null;
  readonly attemptedOn: string;
  readonly server: string;
  readonly outcome: ServiceOutcome;
  readonly notes: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
  readonly proofs: readonly ServiceProof[];
  /** True when the mail came back: the address should be researched again. */
  readonly reResearchAddress: boolean;
}

/** One recipient of one issued document and every attempt to serve them, oldest first. */
export interface ServiceRecipient {
  readonly documentId: number;
  readonly documentNumber: string;
  readonly partyId: number;
  readonly partyName: string;
  readonly mailingAddress: string;
  readonly attempts: readonly ServiceAttempt[];
  /** Delivered or posted at least once. */
  readonly served: boolean;
  /** The latest attempt was returned: research the address before mailing again. */
  readonly reResearchAddress: boolean;
}

export const CITATION_STATUSES = ['issued', 'paid', 'contested', 'dismissed', 'referred'] as const;
export type CitationStatus = (typeof CITATION_STATUSES)[number];
export type { FineSeverity };

export interface Citation {
  readonly id: number;
  readonly caseId: number;
  readonly number: string;
  readonly propertyId: number;
  readonly partyId: number | null;
  readonly severity: FineSeverity;
  /** 1 for a first offense; prior citations on the same property or owner (dismissed ones excluded) + 1. */
  readonly offenseNumber: number;
  readonly fineCents: number;
  readonly issuedOn: string;
  readonly dueOn: string;
  readonly status: CitationStatus;
  readonly issuedBy: string;
  readonly violationIds: readonly number[];
}

export const HEARING_OUTCOMES = ['liable', 'not_liable', 'dismissed', 'default', 'compliance_order'] as const;
export type HearingOutcomeKind = (typeof HEARING_OUTCOMES)[number];

export interface HearingContinuance {
  readonly id: number;
  readonly previousAt: string;
  readonly newAt: string;
  readonly reason: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface HearingOutcome {
  readonly outcome: HearingOutcomeKind;
  readonly finesOrderedCents: number;
  readonly orderDate: string;
  readonly appealDeadline: string;
  readonly notes: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface Hearing {
  readonly id: number;
  readonly caseId: number;
  readonly citationId: number | null;
  readonly tribunal: string;
  readonly docketNumber: string;
  /** As first scheduled. */
  readonly originalAt: string;
  /** After the latest continuance. */
  readonly scheduledAt: string;
  readonly place: string;
  readonly hearingOfficer: string;
  readonly continuances: readonly HearingContinuance[];
  readonly outcome: HearingOutcome | null;
}

export const LEDGER_KINDS = ['abatement', 'admin_fee', 'fine', 'payment', 'reversal'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
/** Kinds a person adds directly; reversals come from reverseLedgerEntry. */
export const NEW_LEDGER_KINDS = ['abatement', 'admin_fee', 'fine', 'payment'] as const;
export type NewLedgerKind = (typeof NEW_LEDGER_KINDS)[number];

export interface LedgerEntry {
  readonly id: number;
  readonly caseId: number;
  readonly kind: LedgerKind;
  /** Charges are positive, payments negative, a reversal the opposite of what it reverses. */
  readonly deltaCents: number;
  readonly entryDate: string;
  readonly description: string;
  readonly contractor: string | null;
  readonly invoiceSha256: string | null;
  readonly citationId: number | null;
  readonly hearingId: number | null;
  readonly reversesEntryId: number | null;
  /** Set on an entry that a later reversal undid. */
  readonly reversedByEntryId: number | null;
  readonly recordedAt: string;
  readonly recordedBy: string;
  /** Balance after this entry, in ledger order (entry date, then id). */
  readonly balanceCents: number;
}

export interface Ledger {
  readonly caseId: number;
  readonly entries: readonly LedgerEntry[];
  readonly chargesCents: number;
  readonly paymentsCents: number;
  readonly balanceCents: number;
}

export const LIEN_TYPES = ['abatement', 'fines', 'other'] as const;
export type LienType = (typeof LIEN_TYPES)[number];

/** Where a recorded instrument is found: an instrument number, or book and page. */
export interface RecordingReference {
  readonly instrumentNumber: string | null;
  readonly book: string | null;
  readonly page: string | null;
}

export interface Lien extends RecordingReference {
  readonly id: number;
  readonly caseId: number;
  readonly lienType: LienType;
  readonly amountCents: number;
  readonly recordedOn: string;
  readonly release: (RecordingReference & { readonly releasedOn: string }) | null;
}

export const PARTNER_KINDS = ['home_repair', 'legal_aid', 'tenant_advocate', 'aging_services', 'land_bank', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface Partner {
  readonly id: number;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly contact: string;
  readonly whenToRefer: string;
}

export interface Referral {
  readonly id: number;
  readonly caseId: number;
  readonly partnerId: number;
  readonly partnerName: string;
  readonly referredOn: string;
  readonly reason: string;
  readonly outcome: string;
  readonly recordedBy: string;
}
