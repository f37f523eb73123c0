/** Queries for property details, case parties, addresses and the contact log. `db` first, statements cached. */
import type { PartyKind } from '../../../shared/domain';
import type {
  CaseParty,
  ContactEntry,
  ContactMethod,
  PartyAddress,
  PartyRole,
  PropertyDetails,
} from '../../../shared/partiesTypes';
import type { Db } from '../open';
import { stmt } from '../statements';

const PROPERTY_SELECT = `
  SELECT id, parcel_id AS parcelId, address, legal_description AS legalDescription, property_type AS propertyType,
         unit_count AS unitCount, occupancy, council_district AS councilDistrict, neighborhood,
         market_type AS marketType, tax_status AS taxStatus, updated_at AS updatedAt
    FROM properties`;

export function getPropertyDetails(db: Db, propertyId: number): PropertyDetails | undefined {
  return stmt(db, `${PROPERTY_SELECT} WHERE id = ?`).get(propertyId) as PropertyDetails | undefined;
}

export function propertyIdOfCase(db: Db, caseId: number): number | undefined {
  return stmt(db, 'SELECT property_id FROM cases WHERE id = ?').pluck().get(caseId) as number | undefined;
}

export function findPropertyIdByParcel(db: Db, parcelId: string): number | undefined {
  return stmt(db, 'SELECT id FROM properties WHERE parcel_id = ?').pluck().get(parcelId) as number | undefined;
}

export function writePropertyDetails(db: Db, p: Omit<PropertyDetails, 'updatedAt'>, now: string): void {
  stmt(
    db,
    `UPDATE properties SET parcel_id = @parcelId, address = @address, legal_description = @legalDescription,
            property_type = @propertyType, unit_count = @unitCount, occupancy = @occupancy,
            council_district = @councilDistrict, neighborhood = @neighborhood, market_type = @marketType,
            tax_status = @taxStatus, updated_at = @now
      WHERE id = @id`,
  ).run({ ...p, now });
}

export interface PartyRow {
  readonly id: number;
  readonly name: string;
  readonly kind: PartyKind;
  readonly mailingAddress: string;
  readonly preferredLanguage: string | null;
}

/** The owner of record's preferred language as recorded ("es", "es-MX"), or null: who a document is written for. */
export function ownerPreferredLanguage(db: Db, caseId: number): string | null {
  const value = stmt(
    db,
    "SELECT p.preferred_language FROM case_parties cp JOIN parties p ON p.id = cp.party_id WHERE cp.case_id = ? AND cp.role = 'owner_of_record' ORDER BY cp.rowid LIMIT 1",
  ).pluck().get(caseId) as string | null | undefined;
  return value ?? null;
}

export function getParty(db: Db, partyId: number): PartyRow | undefined {
  return stmt(
    db,
    'SELECT id, name, kind, mailing_address AS mailingAddress, preferred_language AS preferredLanguage FROM parties WHERE id = ?',
  ).get(partyId) as PartyRow | undefined;
}

export function insertParty(
  db: Db,
  p: { name: string; kind: PartyKind; mailingAddress: string; preferredLanguage: string | null },
  now: string,
): number {
  return Number(
    stmt(db, 'INSERT INTO parties (name, kind, mailing_address, preferred_language, created_at) VALUES (?, ?, ?, ?, ?)').run(
      p.name,
      p.kind,
      p.mailingAddress,
      p.preferredLanguage,
      now,
    ).lastInsertRowid,
  );
}

export function setPreferredLanguage(db: Db, partyId: number, language: string | null): void {
  stmt(db, 'UPDATE parties SET preferred_language = ? WHERE id = ?').run(language, partyId);
}

export function rolesOnCase(db: Db, caseId: number, partyId: number): PartyRole[] {
  return stmt(db, 'SELECT role FROM case_parties WHERE case_id = ? AND party_id = ? ORDER BY role').pluck().all(caseId, partyId) as PartyRole[];
}

export function ownerOfRecordId(db: Db, caseId: number): number | undefined {
  return stmt(db, "SELECT party_id FROM case_parties WHERE case_id = ? AND role = 'owner_of_record'").pluck().get(caseId) as
    | number
    | undefined;
}

export function insertCaseParty(db: Db, caseId: number, partyId: number, role: PartyRole): void {
  stmt(db, 'INSERT INTO case_parties (case_id, party_id, role) VALUES (?, ?, ?)').run(caseId, partyId, role);
}

/** Records an address; a current one replaces the previous current one (kept, no longer current). */
export function insertAddress(
  db: Db,
  a: { partyId: number; address: string; current: boolean; note: string | null; actor: string },
  now: string,
): number {
  if (a.current) {
    stmt(db, 'UPDATE party_addresses SET is_current = 0 WHERE party_id = ? AND is_current = 1').run(a.partyId);
    // parties.mailing_address mirrors the current address: the notice prints it.
    stmt(db, 'UPDATE parties SET mailing_address = ? WHERE id = ?').run(a.address, a.partyId);
  }
  return Number(
    stmt(db, 'INSERT INTO party_addresses (party_id, address, is_current, note, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?)').run(
      a.partyId,
      a.address,
      a.current ? 1 : 0,
      a.note,
      now,
      a.actor,
    ).lastInsertRowid,
  );
}

export function countAddresses(db: Db, partyId: number): number {
  return stmt(db, 'SELECT count(*) FROM party_addresses WHERE party_id = ?').pluck().get(partyId) as number;
}

interface AddressRow {
  id: number;
  party_id: number;
  address: string;
  is_current: number;
  note: string | null;
  added_at: string;
  added_by: string;
}

function toAddress(r: AddressRow): PartyAddress {
  return { id: r.id, address: r.address, isCurrent: r.is_current === 1, note: r.note, addedAt: r.added_at, addedBy: r.added_by };
}

interface CasePartyRow {
  party_id: number;
  name: string;
  kind: PartyKind;
  preferred_language: string | null;
  mailing_address: string;
  roles: string; // JSON array
}

/** The case's parties, one entry per party with all its roles; owner of record first. */
export function listCaseParties(db: Db, caseId: number): CaseParty[] {
  const rows = stmt(
    db,
    `SELECT p.id AS party_id, p.name, p.kind, p.preferred_language, p.mailing_address, json_group_array(cp.role) AS roles,
            max(cp.role = 'owner_of_record') AS is_owner, min(cp.rowid) AS first_added
       FROM case_parties cp JOIN parties p ON p.id = cp.party_id
      WHERE cp.case_id = ?
      GROUP BY p.id
      ORDER BY is_owner DESC, first_added`,
  ).all(caseId) as CasePartyRow[];
  const addresses = stmt(
    db,
    `SELECT a.* FROM party_addresses a
      WHERE a.party_id IN (SELECT party_id FROM case_parties WHERE case_id = ?)
      ORDER BY a.is_current DESC, a.id DESC`,
  ).all(caseId) as AddressRow[];
  return rows.map((r) => {
    const roles = (JSON.parse(r.roles) as PartyRole[]).sort();
    const own = addresses.filter((a) => a.party_id === r.party_id).map(toAddress);
    return {
      partyId: r.party_id,
      name: r.name,
      kind: r.kind,
      preferredLanguage: r.preferred_language,
      roles,
      confidential: roles.includes('complainant') && !roles.includes('witness'),
      // A party created with its case has only parties.mailing_address until a second address arrives.
      currentAddress: own.find((a) => a.isCurrent)?.address ?? (r.mailing_address || null),
      addresses: own,
    };
  });
}

export function insertContact(
  db: Db,
  c: { caseId: number; partyId: number; contactedAt: string; method: ContactMethod; contactedBy: string; summary: string; actor: string },
  now: string,
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO party_contacts (case_id, party_id, contacted_at, method, contacted_by, summary, recorded_at, recorded_by)
       VALUES (@caseId, @partyId, @contactedAt, @method, @contactedBy, @summary, @now, @actor)`,
    ).run({ ...c, now }).lastInsertRowid,
  );
}

/** Newest contact first. */
export function listContacts(db: Db, caseId: number, partyId?: number): ContactEntry[] {
  return stmt(
    db,
    `SELECT c.id, c.case_id AS caseId, c.party_id AS partyId, p.name AS partyName, c.contacted_at AS contactedAt,
            c.method, c.contacted_by AS contactedBy, c.summary, c.recorded_at AS recordedAt, c.recorded_by AS recordedBy
       FROM party_contacts c JOIN parties p ON p.id = c.party_id
      WHERE c.case_id = @caseId AND (@partyId IS NULL OR c.party_id = @partyId)
      ORDER BY c.contacted_at DESC, c.id DESC`,
  ).all({ caseId, partyId: partyId ?? null }) as ContactEntry[];
}
