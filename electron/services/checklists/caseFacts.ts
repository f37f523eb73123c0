/**
 * Builds the CaseFacts snapshot the checklist predicates read, straight from the store's tables
 * (migrations 0001-0004, 0007, 0008 and 0011). Read-only; one statement per aggregate so the predicates
 * never see a half-built record from an interleaved write (better-sqlite3 runs them synchronously).
 */
import type { Db } from '../../db/open';
import { AppError } from '../../../shared/errors';
import type { CaseFacts, NoticeFact } from '../../../shared/checklists/facts';
import { cameraDateFlag } from '../../../shared/photoDates';

export type Row = Record<string, unknown>;
const all = (db: Db, sql: string, ...args: unknown[]) => db.prepare(sql).all(...args) as Row[];
const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The latest explanation of photo `p`'s camera date (migration 0011), as column date_explanation. */
export const PHOTO_DATE_EXPLANATION = '(SELECT e.explanation FROM photo_date_explanations e WHERE e.photo_id = p.id ORDER BY e.id DESC LIMIT 1) AS date_explanation';

export function buildCaseFacts(db: Db, caseId: number): CaseFacts {
  const c = db
    .prepare(
      `SELECT c.id, c.case_number, c.opened_on, c.property_id, p.property_type, p.occupancy
       FROM cases c JOIN properties p ON p.id = c.property_id WHERE c.id = ?`,
    )
    .get(caseId) as Row | undefined;
  if (!c) throw new AppError('NOT_FOUND', `Case ${caseId} does not exist.`);

  const parties = all(db, 'SELECT cp.party_id, cp.role, pa.kind FROM case_parties cp JOIN parties pa ON pa.id = cp.party_id WHERE cp.case_id = ? ORDER BY cp.party_id', caseId);
  const ownerRow = parties.find((p) => p.role === 'owner_of_record');
  const ownerId = ownerRow ? Number(ownerRow.party_id) : null;

  const findings = all(db, 'SELECT id, source, performed_on, party_id FROM ownership_findings WHERE case_id = ? ORDER BY id', caseId);
  const violations = all(db, 'SELECT id, status, compliance_date, code_section, code_section_id FROM violations WHERE case_id = ? ORDER BY id', caseId);
  const photos = all(
    db,
    `SELECT p.id, p.violation_id, p.exif_taken_at, p.added_at, ${PHOTO_DATE_EXPLANATION}, ip.inspection_id
     FROM photos p LEFT JOIN inspection_photos ip ON ip.photo_id = p.id WHERE p.case_id = ? ORDER BY p.id`,
    caseId,
  );
  const inspections = all(db, 'SELECT id, kind, inspected_on, entry_authority, consent_given_by, warrant_number FROM inspections WHERE case_id = ? ORDER BY inspected_on, id', caseId);
  // The current finding is the row no later row supersedes.
  const currentFindings = all(
    db,
    `SELECT f.inspection_id, f.violation_id, f.finding FROM inspection_findings f JOIN inspections i ON i.id = f.inspection_id
     WHERE i.case_id = ? AND NOT EXISTS (SELECT 1 FROM inspection_findings s WHERE s.supersedes_id = f.id) ORDER BY f.id`,
    caseId,
  );
  // issued_at is a UTC timestamp; its date is close enough for "was a notice issued before X".
  const documents = all(
    db,
    `SELECT id, kind, number, substr(issued_at, 1, 10) AS issued_on, issued_at, subject_id FROM documents
     WHERE case_id = ? AND kind IN ('notice_of_violation', 'demand_for_payment', 'notice_of_hearing') ORDER BY issued_at, id`,
    caseId,
  );
  // What each notice listed, one row per notice (json array in printed order).
  const noticeViolations = all(
    db,
    `SELECT dv.document_id, json_group_array(dv.violation_id ORDER BY dv.position) AS violation_ids, max(dv.inferred) AS inferred
     FROM documents d JOIN document_violations dv ON dv.document_id = d.id WHERE d.case_id = ? GROUP BY dv.document_id`,
    caseId,
  );
  const attempts = all(
    db,
    `SELECT a.id, a.document_id, a.party_id, a.method, a.attempted_on, a.outcome,
            (SELECT count(*) FROM service_proofs sp WHERE sp.attempt_id = a.id) AS proof_count
     FROM service_attempts a WHERE a.case_id = ? ORDER BY a.attempted_on, a.id`,
    caseId,
  );
  const citations = all(db, 'SELECT id, number, issued_on, status, offense_number FROM citations WHERE case_id = ? ORDER BY issued_on, id', caseId);
  const hearings = all(
    db,
    `SELECT h.id, coalesce((SELECT hc.new_at FROM hearing_continuances hc WHERE hc.hearing_id = h.id ORDER BY hc.id DESC LIMIT 1), h.scheduled_at) AS scheduled_at,
            (SELECT hc.recorded_at FROM hearing_continuances hc WHERE hc.hearing_id = h.id ORDER BY hc.id DESC LIMIT 1) AS continued_at,
            o.outcome FROM hearings h LEFT JOIN hearing_outcomes o ON o.hearing_id = h.id WHERE h.case_id = ? ORDER BY h.id`,
    caseId,
  );
  const ledger = all(
    db,
    `SELECT e.id, e.kind, e.delta_cents, e.entry_date, e.invoice_sha256 IS NOT NULL AS has_invoice, e.contractor,
            EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = e.id) AS reversed
     FROM ledger_entries e WHERE e.case_id = ? ORDER BY e.entry_date, e.id`,
    caseId,
  );
  const liens = all(db, 'SELECT l.id, l.recorded_on, EXISTS (SELECT 1 FROM lien_releases r WHERE r.lien_id = l.id) AS released FROM liens l WHERE l.case_id = ? ORDER BY l.id', caseId);
  // Earlier cases: same property, or the same party as owner of record, opened before this one (ties by id).
  const priorCases = all(
    db,
    `SELECT o.id, o.case_number, o.opened_on,
            (SELECT count(*) FROM documents d WHERE d.case_id = o.id AND d.kind = 'notice_of_violation') AS notice_count,
            (SELECT count(*) FROM citations ct WHERE ct.case_id = o.id AND ct.status <> 'dismissed') AS citation_count
     FROM cases o
     WHERE (o.opened_on < ? OR (o.opened_on = ? AND o.id < ?))
       AND (o.property_id = ? OR EXISTS (SELECT 1 FROM case_parties op WHERE op.case_id = o.id AND op.role = 'owner_of_record' AND op.party_id = ?))
     ORDER BY o.opened_on, o.id`,
    c.opened_on,
    c.opened_on,
    caseId,
    c.property_id,
    ownerId ?? -1,
  );

  return assembleCaseFacts({ c, parties, findings, violations, photos, inspections, currentFindings, documents, noticeViolations, attempts, citations, hearings, ledger, liens, priorCases });
}

/** One case's raw rows, each list in the order the predicates expect (see the queries above). */
export interface CaseRows {
  readonly c: Row;
  readonly parties: readonly Row[];
  readonly findings: readonly Row[];
  readonly violations: readonly Row[];
  readonly photos: readonly Row[];
  readonly inspections: readonly Row[];
  readonly currentFindings: readonly Row[];
  /** Notices of violation, demands for payment and notices of hearing (column `kind`; subject_id, issued_at), in order of issue. */
  readonly documents: readonly Row[];
  /** One row per document that lists violations: document_id, violation_ids (JSON array in printed order), inferred. */
  readonly noticeViolations: readonly Row[];
  readonly attempts: readonly Row[];
  readonly citations: readonly Row[];
  readonly hearings: readonly Row[];
  readonly ledger: readonly Row[];
  readonly liens: readonly Row[];
  readonly priorCases: readonly Row[];
}

const issued = (rows: readonly Row[], kind: string) =>
  rows.filter((d) => d.kind === kind).map((d) => ({ id: Number(d.id), number: String(d.number), issuedOn: String(d.issued_on) }));

function notices(documents: readonly Row[], listed: readonly Row[]): NoticeFact[] {
  const byDocument = new Map(listed.map((r) => [Number(r.document_id), r]));
  return issued(documents, 'notice_of_violation').map((n) => {
    const row = byDocument.get(n.id);
    return {
      ...n,
      violationIds: row ? (JSON.parse(String(row.violation_ids)) as number[]) : [],
      inferred: row !== undefined && Number(row.inferred) === 1,
    };
  });
}

/** Maps one case's rows to CaseFacts; shared by the single-case and the batch builder so both agree. */
export function assembleCaseFacts(rows: CaseRows): CaseFacts {
  const { c, parties, findings, violations, photos, inspections, currentFindings, documents, noticeViolations, attempts, citations, hearings, ledger, liens, priorCases } = rows;
  const caseId = Number(c.id);
  const ownerRow = parties.find((p) => p.role === 'owner_of_record');
  const ownerId = ownerRow ? Number(ownerRow.party_id) : null;
  return {
    caseId,
    caseNumber: String(c.case_number),
    openedOn: String(c.opened_on),
    property: { propertyType: str(c.property_type) as CaseFacts['property']['propertyType'], occupancy: str(c.occupancy) as CaseFacts['property']['occupancy'] },
    owner: ownerRow ? { partyId: Number(ownerRow.party_id), kind: ownerRow.kind as NonNullable<CaseFacts['owner']>['kind'] } : null,
    parties: parties.map((p) => ({ partyId: Number(p.party_id), role: p.role as CaseFacts['parties'][number]['role'] })),
    ownershipFindings: findings.map((f) => ({
      id: Number(f.id),
      source: f.source as CaseFacts['ownershipFindings'][number]['source'],
      performedOn: String(f.performed_on),
      identifiesOwner: ownerId !== null && f.party_id !== null && Number(f.party_id) === ownerId,
    })),
    violations: violations.map((v) => ({
      id: Number(v.id),
      status: v.status as CaseFacts['violations'][number]['status'],
      complianceDate: String(v.compliance_date),
      codeSection: String(v.code_section),
      codeSectionId: v.code_section_id === null ? null : Number(v.code_section_id),
    })),
    photos: photos.map((p) => ({
      id: Number(p.id),
      violationId: p.violation_id === null ? null : Number(p.violation_id),
      exifTakenAt: str(p.exif_taken_at),
      inspectionId: p.inspection_id === null ? null : Number(p.inspection_id),
      cameraDateFlag: cameraDateFlag({ takenAt: str(p.exif_taken_at), addedAt: String(p.added_at) }, String(c.opened_on), str(p.date_explanation)),
    })),
    inspections: inspections.map((i) => ({
      id: Number(i.id),
      kind: i.kind as CaseFacts['inspections'][number]['kind'],
      inspectedOn: String(i.inspected_on),
      entryAuthority: str(i.entry_authority) as CaseFacts['inspections'][number]['entryAuthority'],
      consentGivenBy: str(i.consent_given_by),
      warrantNumber: str(i.warrant_number),
      findings: currentFindings
        .filter((f) => Number(f.inspection_id) === Number(i.id))
        .map((f) => ({ violationId: Number(f.violation_id), finding: f.finding as CaseFacts['inspections'][number]['findings'][number]['finding'] })),
    })),
    notices: notices(documents, noticeViolations),
    demands: issued(documents, 'demand_for_payment'),
    hearingNotices: documents
      .filter((d) => d.kind === 'notice_of_hearing' && d.subject_id !== null)
      .map((d) => ({ id: Number(d.id), number: String(d.number), issuedOn: String(d.issued_on), issuedAt: String(d.issued_at), hearingId: Number(d.subject_id) })),
    serviceAttempts: attempts.map((a) => ({
      id: Number(a.id),
      documentId: Number(a.document_id),
      partyId: Number(a.party_id),
      method: a.method as CaseFacts['serviceAttempts'][number]['method'],
      attemptedOn: String(a.attempted_on),
      outcome: a.outcome as CaseFacts['serviceAttempts'][number]['outcome'],
      proofCount: Number(a.proof_count),
    })),
    citations: citations.map((x) => ({
      id: Number(x.id),
      number: String(x.number),
      issuedOn: String(x.issued_on),
      status: x.status as CaseFacts['citations'][number]['status'],
      offenseNumber: Number(x.offense_number),
    })),
    hearings: hearings.map((h) => ({
      id: Number(h.id),
      scheduledAt: String(h.scheduled_at),
      continuedAt: str(h.continued_at),
      outcome: str(h.outcome) as CaseFacts['hearings'][number]['outcome'],
    })),
    ledger: ledger.map((e) => ({
      id: Number(e.id),
      kind: e.kind as CaseFacts['ledger'][number]['kind'],
      deltaCents: Number(e.delta_cents),
      entryDate: String(e.entry_date),
      hasInvoice: Number(e.has_invoice) === 1,
      contractor: str(e.contractor),
      reversed: Number(e.reversed) === 1,
    })),
    liens: liens.map((l) => ({ id: Number(l.id), recordedOn: String(l.recorded_on), released: Number(l.released) === 1 })),
    priorCases: priorCases.map((p) => ({
      caseId: Number(p.id),
      caseNumber: String(p.case_number),
      openedOn: String(p.opened_on),
      noticeCount: Number(p.notice_count),
      citationCount: Number(p.citation_count),
    })),
  };
}
