/**
 * Property details, the parties of a case, their contact log and ownership research.
 * Kept out of domain.ts so the areas of the case record do not collide.
 */
import type { PartyKind } from './domain';

export const PROPERTY_TYPES = ['single_family', 'multi_unit', 'vacant_lot', 'commercial'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export const OCCUPANCIES = ['owner_occupied', 'tenant_occupied', 'vacant'] as const;
export type Occupancy = (typeof OCCUPANCIES)[number];

export const MARKET_TYPES = ['strong', 'middle', 'weak'] as const;
export type MarketType = (typeof MARKET_TYPES)[number];

export const TAX_STATUSES = ['current', 'delinquent', 'tax_foreclosure'] as const;
export type TaxStatus = (typeof TAX_STATUSES)[number];

export interface PropertyDetails {
  readonly id: number;
  readonly parcelId: string;
  readonly address: string;
  readonly legalDescription: string | null;
  readonly propertyType: PropertyType | null;
  /** Set for multi-unit buildings only (2 or more). */
  readonly unitCount: number | null;
  readonly occupancy: Occupancy | null;
  readonly councilDistrict: string | null;
  readonly neighborhood: string | null;
  readonly marketType: MarketType | null;
  readonly taxStatus: TaxStatus | null;
  readonly updatedAt: string | null;
}

export const PARTY_ROLES = [
  'owner_of_record',
  'taxpayer',
  'mortgagee_lienholder',
  'registered_agent',
  'tenant',
  'occupant',
  'heir',
  'manager',
  'complainant',
  'witness',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface PartyAddress {
  readonly id: number;
  readonly address: string;
  readonly isCurrent: boolean;
  readonly note: string | null;
  readonly addedAt: string;
  readonly addedBy: string;
}

/** A person or organisation on a case, with every role they hold on it. */
export interface CaseParty {
  readonly partyId: number;
  readonly name: string;
  readonly kind: PartyKind;
  readonly preferredLanguage: string | null;
  readonly roles: readonly PartyRole[];
  /**
   * A complainant who is not also a witness on this case: their identity must never appear in
   * a generated document (tenants fear retaliation), and the app shows them marked confidential.
   */
  readonly confidential: boolean;
  readonly currentAddress: string | null;
  readonly addresses: readonly PartyAddress[];
}

export const CONTACT_METHODS = ['phone', 'email', 'letter', 'visit', 'other'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export interface ContactEntry {
  readonly id: number;
  readonly caseId: number;
  readonly partyId: number;
  readonly partyName: string;
  readonly contactedAt: string; // YYYY-MM-DDTHH:MM, local wall-clock time as entered
  readonly method: ContactMethod;
  readonly contactedBy: string;
  readonly summary: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export const OWNERSHIP_SOURCES = ['recorder_deed', 'assessor', 'title_search', 'secretary_of_state', 'probate', 'other'] as const;
export type OwnershipSource = (typeof OWNERSHIP_SOURCES)[number];

/** Sources a solicitor accepts as proof of who owns the property (probate and "other" lead, not prove). */
export const AUTHORITATIVE_OWNERSHIP_SOURCES: readonly OwnershipSource[] = ['recorder_deed', 'assessor', 'title_search', 'secretary_of_state'];

export const OWNERSHIP_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type OwnershipDocumentType = (typeof OWNERSHIP_DOCUMENT_TYPES)[number];

export interface OwnershipDocument {
  readonly sha256: string;
  readonly fileName: string;
  readonly mediaType: OwnershipDocumentType;
  readonly sizeBytes: number;
}

export interface OwnershipFinding {
  readonly id: number;
  readonly caseId: number;
  readonly source: OwnershipSource;
  readonly performedOn: string; // YYYY-MM-DD
  readonly performedBy: string;
  readonly finding: string;
  readonly partyId: number | null;
  readonly partyName: string | null;
  /** True when the party is this case's owner of record and the source is authoritative. */
  readonly verifiesOwner: boolean;
  readonly documents: readonly OwnershipDocument[];
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export interface OwnershipStatus {
  /** Latest date an authoritative source identified the owner of record; null when never. */
  readonly verifiedAsOf: string | null;
  readonly findings: readonly OwnershipFinding[];
}
