/** Enforcement rows: service attempts and proofs, citations, hearings, continuances, outcomes. */
import type {
  Citation,
  CitationStatus,
  Hearing,
  HearingContinuance,
  HearingOutcome,
  ServiceAttempt,
  ServiceProof,
} from '../../../shared/enforcementTypes';
import type { Db } from '../open';
import { stmt } from '../statements';

// ---- service ----

type AttemptRow = Omit<ServiceAttempt, 'proofs' | 'reResearchAddress'>;

const ATTEMPT_SELECT = `SELECT id, case_id AS caseId, document_id AS documentId, party_id AS partyId, method,
  tracking_number AS trackingNumber, attempted_on AS attemptedOn, server, outcome, notes,
  recorded_at AS recordedAt, recorded_by AS recordedBy FROM service_attempts`;

export function insertServiceAttempt(db: Db, a: Omit<AttemptRow, 'id'>): number {
  return Number(
    stmt(
      db,
      `INSERT INTO service_attempts (case_id, document_id, party_id, method, tracking_number, attempted_on, server, outcome, notes, recorded_at, recorded_by)
       VALUES (@caseId, @documentId, @partyId, @method, @trackingNumber, @attemptedOn, @server, @outcome, @notes, @recordedAt, @recordedBy)`,
    ).run(a).lastInsertRowid,
  );
}

export function insertServiceProof(db: Db, attemptId: number, p: ServiceProof): void {
  stmt(db, 'INSERT INTO service_proofs (attempt_id, sha256, original_name, media_type, size_bytes) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
    attemptId,
    p.sha256,
    p.originalName,
    p.mediaType,
    p.sizeBytes,
  );
}

export function listServiceAttempts(db: Db, caseId: number): ServiceAttempt[] {
  const rows = stmt(db, `${ATTEMPT_SELECT} WHERE case_id = ? ORDER BY attempted_on, id`).all(caseId) as AttemptRow[];
  const proofs = stmt(
    db,
    `SELECT sp.attempt_id AS attemptId, sp.sha256, sp.original_name AS originalName, sp.media_type AS mediaType, sp.size_bytes AS sizeBytes
       FROM service_proofs sp JOIN service_attempts sa ON sa.id = sp.attempt_id WHERE sa.case_id = ? ORDER BY sp.original_name`,
  ).all(caseId) as (ServiceProof & { attemptId: number })[];
  return rows.map((r) => ({
    ...r,
    proofs: proofs.filter((p) => p.attemptId === r.id).map(({ attemptId: _a, ...p }) => p),
    reResearchAddress: r.outcome === 'returned',
  }));
}

/**
 * The parties a notice is served on: everyone linked to the case in a role other than complainant
 * or witness. A complainant is never listed as a recipient (their identity is confidential), unless
 * they also hold another role on the case (a tenant who complained is served as a tenant).
 */
export function listServiceRecipientParties(db: Db, caseId: number): { id: number; name: string; mailingAddress: string }[] {
  return stmt(
    db,
    `SELECT DISTINCT p.id, p.name, p.mailing_address AS mailingAddress
       FROM case_parties cp JOIN parties p ON p.id = cp.party_id
      WHERE cp.case_id = ? AND cp.role NOT IN ('complainant', 'witness') ORDER BY p.id`,
  ).all(caseId) as { id: number; name: string; mailingAddress: string }[];
}

// ---- citations ----

type CitationRow = Omit<Citation, 'violationIds'>;
const CITATION_SELECT = `SELECT id, case_id AS caseId, number, property_id AS propertyId, party_id AS partyId, severity,
  offense_number AS offenseNumber, fine_cents AS fineCents, issued_on AS issuedOn, due_on AS dueOn, status,
  issued_by AS issuedBy FROM citations`;

/** Earlier citations that count toward escalation: same property or same owner, not dismissed. */
export function countPriorCitations(db: Db, propertyId: number, partyId: number | null): number {
  return stmt(
    db,
    `SELECT count(*) FROM citations WHERE status <> 'dismissed' AND (property_id = ? OR (? IS NOT NULL AND party_id = ?))`,
  )
    .pluck()
    .get(propertyId, partyId, partyId) as number;
}

export function insertCitation(db: Db, c: Omit<CitationRow, 'id' | 'status'>, createdAt: string): number {
  return Number(
    stmt(
      db,
      `INSERT INTO citations (case_id, number, property_id, party_id, severity, offense_number, fine_cents, issued_on, due_on, issued_by, created_at)
       VALUES (@caseId, @number, @propertyId, @partyId, @severity, @offenseNumber, @fineCents, @issuedOn, @dueOn, @issuedBy, @createdAt)`,
    ).run({ ...c, createdAt }).lastInsertRowid,
  );
}

export function insertCitationViolation(db: Db, citationId: number, violationId: number): void {
  stmt(db, 'INSERT INTO citation_violations (citation_id, violation_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(citationId, violationId);
}

export function setCitationStatus(db: Db, citationId: number, status: CitationStatus): void {
  stmt(db, 'UPDATE citations SET status = ? WHERE id = ?').run(status, citationId);
}

function withViolations(db: Db, rows: CitationRow[]): Citation[] {
  return rows.map((r) => ({
    ...r,
    violationIds: stmt(db, 'SELECT violation_id FROM citation_violations WHERE citation_id = ? ORDER BY violation_id').pluck().all(r.id) as number[],
  }));
}

export function getCitation(db: Db, id: number): Citation | undefined {
  const row = stmt(db, `${CITATION_SELECT} WHERE id = ?`).get(id) as CitationRow | undefined;
  return row ? withViolations(db, [row])[0] : undefined;
}

export function listCitations(db: Db, caseId: number): Citation[] {
  return withViolations(db, stmt(db, `${CITATION_SELECT} WHERE case_id = ? ORDER BY issued_on, id`).all(caseId) as CitationRow[]);
}

// ---- hearings ----

interface HearingRow {
  id: number;
  caseId: number;
  citationId: number | null;
  tribunal: string;
  docketNumber: string;
  originalAt: string;
  place: string;
  hearingOfficer: string;
}
const HEARING_SELECT = `SELECT id, case_id AS caseId, citation_id AS citationId, tribunal, docket_number AS docketNumber,
  scheduled_at AS originalAt, place, hearing_officer AS hearingOfficer FROM hearings`;

export function insertHearing(db: Db, h: Omit<HearingRow, 'id'>, createdAt: string, createdBy: string): number {
  return Number(
    stmt(
      db,
      `INSERT INTO hearings (case_id, citation_id, tribunal, docket_number, scheduled_at, place, hearing_officer, created_at, created_by)
       VALUES (@caseId, @citationId, @tribunal, @docketNumber, @originalAt, @place, @hearingOfficer, @createdAt, @createdBy)`,
    ).run({ ...h, createdAt, createdBy }).lastInsertRowid,
  );
}

export function insertContinuance(db: Db, hearingId: number, c: Omit<HearingContinuance, 'id'>): number {
  return Number(
    stmt(
      db,
      `INSERT INTO hearing_continuances (hearing_id, previous_at, new_at, reason, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(hearingId, c.previousAt, c.newAt, c.reason, c.recordedAt, c.recordedBy).lastInsertRowid,
  );
}

export function insertHearingOutcome(db: Db, hearingId: number, o: HearingOutcome): void {
  stmt(
    db,
    `INSERT INTO hearing_outcomes (hearing_id, outcome, fines_ordered_cents, order_date, appeal_deadline, notes, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(hearingId, o.outcome, o.finesOrderedCents, o.orderDate, o.appealDeadline, o.notes, o.recordedAt, o.recordedBy);
}

function assembleHearing(db: Db, r: HearingRow): Hearing {
  const continuances = stmt(
    db,
    `SELECT id, previous_at AS previousAt, new_at AS newAt, reason, recorded_at AS recordedAt, recorded_by AS recordedBy
       FROM hearing_continuances WHERE hearing_id = ? ORDER BY id`,
  ).all(r.id) as HearingContinuance[];
  const outcome = stmt(
    db,
    `SELECT outcome, fines_ordered_cents AS finesOrderedCents, order_date AS orderDate, appeal_deadline AS appealDeadline,
            notes, recorded_at AS recordedAt, recorded_by AS recordedBy FROM hearing_outcomes WHERE hearing_id = ?`,
  ).get(r.id) as HearingOutcome | undefined;
  return { ...r, scheduledAt: continuances.at(-1)?.newAt ?? r.originalAt, continuances, outcome: outcome ?? null };
}

export function getHearing(db: Db, id: number): Hearing | undefined {
  const r = stmt(db, `${HEARING_SELECT} WHERE id = ?`).get(id) as HearingRow | undefined;
  return r ? assembleHearing(db, r) : undefined;
}

export function listHearings(db: Db, caseId: number): Hearing[] {
  return (stmt(db, `${HEARING_SELECT} WHERE case_id = ? ORDER BY id`).all(caseId) as HearingRow[]).map((r) => assembleHearing(db, r));
}

export function findHearingByDocket(db: Db, tribunal: string, docketNumber: string): number | undefined {
  return stmt(db, 'SELECT id FROM hearings WHERE tribunal = ? AND docket_number = ?').pluck().get(tribunal, docketNumber) as number | undefined;
}

export function findServiceProof(db: Db, attemptId: number, sha256: string): ServiceProof | undefined {
  return stmt(
    db,
    `SELECT sha256, original_name AS originalName, media_type AS mediaType, size_bytes AS sizeBytes
       FROM service_proofs WHERE attempt_id = ? AND sha256 = ?`,
  ).get(attemptId, sha256) as ServiceProof | undefined;
}

/** The media type judged by magic bytes at intake, as the vault index keeps it (ledger invoices store only the hash). */
export function vaultObjectMediaType(db: Db, sha256: string): string | undefined {
  return stmt(db, 'SELECT media_type FROM vault_objects WHERE sha256 = ?').pluck().get(sha256) as string | undefined;
}
