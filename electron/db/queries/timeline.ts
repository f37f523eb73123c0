/**
 * Every dated fact of one case, from every table that records one, as rows of
 * (at, kind, title, detail, evidence ids). One UNION ALL so the database sorts once; each branch
 * reads one table through its case_id index.
 */
import type { TimelineEntry, TimelineKind } from '../../../shared/searchTypes';
import type { Db } from '../open';
import { stmt } from '../statements';

/** Each branch selects: at, kind, title, detail, photo_id, document_id, violation_id, audit_seq (then padded with party_id, document_shas). */
const BRANCHES: Record<Exclude<TimelineKind, 'audit' | PartyKind>, string> = {
  case: `SELECT opened_on, 'case', 'Case opened', case_number || ' — inspector ' || inspector, NULL, NULL, NULL, NULL
           FROM cases WHERE id = @caseId`,
  violation: `SELECT created_at, 'violation', 'Violation recorded: ' || code_section, description, NULL, NULL, id, NULL
                FROM violations WHERE case_id = @caseId`,
  deadline: `SELECT compliance_date, 'deadline', 'Compliance due: ' || code_section, 'Violation status: ' || status, NULL, NULL, id, NULL
               FROM violations WHERE case_id = @caseId`,
  photo: `SELECT exif_taken_at, 'photo', 'Photo taken (camera clock)', original_name, id, NULL, violation_id, NULL
            FROM photos WHERE case_id = @caseId AND exif_taken_at IS NOT NULL
          UNION ALL
          SELECT added_at, 'photo', 'Photo added to the evidence vault', original_name || ' by ' || added_by, id, NULL, violation_id, NULL
            FROM photos WHERE case_id = @caseId`,
  document: `SELECT issued_at, 'document', 'Issued ' || number, title || ' by ' || issued_by, NULL, id, NULL, NULL
               FROM documents WHERE case_id = @caseId`,
  note: `SELECT created_at, 'note', 'Note by ' || created_by, body, NULL, NULL, NULL, NULL
           FROM case_notes WHERE case_id = @caseId`,
  inspection: `SELECT inspected_on, 'inspection', 'Inspection (' || kind || ')', 'by ' || inspector || '; entry: ' || entry_authority, NULL, NULL, NULL, NULL
                 FROM inspections WHERE case_id = @caseId
               UNION ALL
               SELECT e.effective_on, 'inspection', 'Violation ' || e.from_status || ' → ' || e.to_status, v.code_section || CASE WHEN e.note <> '' THEN ': ' || e.note ELSE '' END, NULL, NULL, v.id, NULL
                 FROM violation_events e JOIN violations v ON v.id = e.violation_id WHERE v.case_id = @caseId`,
  service: `SELECT attempted_on, 'service', 'Service attempt (' || method || '): ' || outcome, 'by ' || server || coalesce(' — tracking ' || tracking_number, ''), NULL, document_id, NULL, NULL
              FROM service_attempts WHERE case_id = @caseId`,
  citation: `SELECT issued_on, 'citation', 'Citation ' || number || ' issued', 'due ' || due_on || '; status ' || status, NULL, NULL, NULL, NULL
               FROM citations WHERE case_id = @caseId`,
  hearing: `SELECT h.scheduled_at, 'hearing', 'Hearing: ' || h.tribunal, 'docket ' || h.docket_number || ', ' || h.place, NULL, NULL, NULL, NULL
              FROM hearings h WHERE h.case_id = @caseId
            UNION ALL
            SELECT o.order_date, 'hearing', 'Hearing outcome: ' || o.outcome, 'appeal deadline ' || o.appeal_deadline, NULL, NULL, NULL, NULL
              FROM hearing_outcomes o JOIN hearings h ON h.id = o.hearing_id WHERE h.case_id = @caseId`,
  payment: `SELECT entry_date, 'payment', 'Ledger: ' || kind, description || ' (' || printf('%.2f', delta_cents / 100.0) || ')', NULL, NULL, NULL, NULL
              FROM ledger_entries WHERE case_id = @caseId`,
  lien: `SELECT recorded_on, 'lien', 'Lien recorded (' || lien_type || ')', printf('%.2f', amount_cents / 100.0), NULL, NULL, NULL, NULL
           FROM liens WHERE case_id = @caseId`,
  referral: `SELECT r.referred_on, 'referral', 'Referred to ' || p.name, r.reason, NULL, NULL, NULL, NULL
               FROM referrals r JOIN partners p ON p.id = r.partner_id WHERE r.case_id = @caseId`,
};

type PartyKind = 'ownership' | 'contact';

/**
 * SQL truth of CaseParty.confidential for the party in `column`: a complainant on this case who
 * is not also a witness on it. Their name never reaches the timeline (it feeds hearing packets).
 */
const confidential = (column: string) => `(EXISTS (SELECT 1 FROM case_parties cp WHERE cp.case_id = @caseId AND cp.party_id = ${column} AND cp.role = 'complainant')
   AND NOT EXISTS (SELECT 1 FROM case_parties cp WHERE cp.case_id = @caseId AND cp.party_id = ${column} AND cp.role = 'witness'))`;

/** Branches that also select party_id and document_shas (a JSON array), linking to the party and vault objects. */
const PARTY_BRANCHES: Record<PartyKind, string> = {
  ownership: `SELECT f.performed_on, 'ownership', 'Ownership research (' || replace(f.source, '_', ' ') || ')',
                     f.finding || ' — by ' || f.performed_by
                       || CASE WHEN p.id IS NULL THEN '' WHEN ${confidential('p.id')} THEN '; identifies a confidential complainant' ELSE '; identifies ' || p.name END,
                     NULL, NULL, NULL, NULL,
                     CASE WHEN ${confidential('f.party_id')} THEN NULL ELSE f.party_id END,
                     (SELECT json_group_array(sha256) FROM (SELECT d.sha256 FROM ownership_finding_documents d WHERE d.finding_id = f.id ORDER BY d.file_name, d.sha256))
                FROM ownership_findings f LEFT JOIN parties p ON p.id = f.party_id WHERE f.case_id = @caseId`,
  contact: `SELECT c.contacted_at, 'contact',
                   CASE WHEN ${confidential('c.party_id')} THEN 'Contact with confidential complainant' ELSE 'Contact with ' || p.name END || ' (' || c.method || ')',
                   c.summary || ' — by ' || c.contacted_by,
                   NULL, NULL, NULL, NULL,
                   CASE WHEN ${confidential('c.party_id')} THEN NULL ELSE c.party_id END,
                   NULL
              FROM party_contacts c JOIN parties p ON p.id = c.party_id WHERE c.case_id = @caseId`,
};

/** Audit entries of the case and of its violations, photos, documents and notes. */
const AUDIT_BRANCH = `
  SELECT a.at, 'audit', a.action, 'by ' || a.actor || ' (entry ' || a.seq || ')', NULL, NULL, NULL, a.seq
    FROM audit_log a
   WHERE (a.entity = 'case' AND a.entity_id = CAST(CAST(@caseId AS INTEGER) AS TEXT))
      OR (a.entity = 'violation' AND a.entity_id IN (SELECT CAST(id AS TEXT) FROM violations WHERE case_id = @caseId))
      OR (a.entity = 'photo' AND a.entity_id IN (SELECT CAST(id AS TEXT) FROM photos WHERE case_id = @caseId))
      OR (a.entity = 'document' AND a.entity_id IN (SELECT CAST(id AS TEXT) FROM documents WHERE case_id = @caseId))
      OR (a.entity = 'case_note' AND a.entity_id IN (SELECT CAST(id AS TEXT) FROM case_notes WHERE case_id = @caseId))`;

interface Row {
  at: string;
  kind: TimelineKind;
  title: string;
  detail: string | null;
  photo_id: number | null;
  document_id: number | null;
  violation_id: number | null;
  audit_seq: number | null;
  party_id: number | null;
  document_shas: string | null;
}

const KIND_ORDER = [...Object.keys(BRANCHES), ...Object.keys(PARTY_BRANCHES), 'audit'] as TimelineKind[];

/** The SELECT of one kind, padded to the ten columns of the union. */
function branchOf(kind: TimelineKind): string {
  if (kind === 'ownership' || kind === 'contact') return PARTY_BRANCHES[kind];
  return `SELECT *, NULL, NULL FROM (${kind === 'audit' ? AUDIT_BRANCH : BRANCHES[kind]})`;
}

export function caseTimeline(db: Db, caseId: number, kinds?: readonly TimelineKind[]): TimelineEntry[] {
  const wanted = KIND_ORDER.filter((k) => !kinds || kinds.length === 0 || kinds.includes(k));
  if (wanted.length === 0) return [];
  const branches = wanted.map(branchOf);
  const sql = `SELECT column1 AS at, column2 AS kind, column3 AS title, column4 AS detail, column5 AS photo_id,
      column6 AS document_id, column7 AS violation_id, column8 AS audit_seq, column9 AS party_id, column10 AS document_shas
    FROM (SELECT NULL AS column1, NULL AS column2, NULL AS column3, NULL AS column4, NULL AS column5, NULL AS column6, NULL AS column7, NULL AS column8,
                 NULL AS column9, NULL AS column10 WHERE 0
          ${branches.map((b) => `UNION ALL SELECT * FROM (${b})`).join('\n')})
    WHERE column1 IS NOT NULL`;
  const rows = stmt(db, sql).all({ caseId }) as Row[];
  const rank = (k: TimelineKind) => KIND_ORDER.indexOf(k);
  rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : rank(a.kind) - rank(b.kind)));
  return rows.map((r) => {
    const evidence: { photoId?: number; documentId?: number; violationId?: number; auditSeq?: number; partyId?: number; documentShas?: string[] } = {};
    if (r.photo_id !== null) evidence.photoId = r.photo_id;
    if (r.document_id !== null) evidence.documentId = r.document_id;
    if (r.violation_id !== null) evidence.violationId = r.violation_id;
    if (r.audit_seq !== null) evidence.auditSeq = r.audit_seq;
    if (r.party_id !== null) evidence.partyId = r.party_id;
    const shas = r.document_shas === null ? [] : (JSON.parse(r.document_shas) as string[]);
    if (shas.length > 0) evidence.documentShas = shas;
    return { at: r.at, kind: r.kind, title: r.title, detail: r.detail ?? '', evidence };
  });
}
