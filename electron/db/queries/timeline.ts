/**
 * Every dated fact of one case, from every table that records one, as rows of
 * (at, kind, title, detail, evidence ids). One UNION ALL so the database sorts once; each branch
 * reads one table through its case_id index.
 */
import type { TimelineEntry, TimelineKind } from '../../../shared/searchTypes';
import type { Db } from '../open';
import { stmt } from '../statements';

/** Each branch selects: at, kind, title, detail, photo_id, document_id, violation_id, audit_seq. */
const BRANCHES: Record<Exclude<TimelineKind, 'audit'>, string> = {
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
}

const KIND_ORDER = Object.keys(BRANCHES).concat('audit') as TimelineKind[];

export function caseTimeline(db: Db, caseId: number, kinds?: readonly TimelineKind[]): TimelineEntry[] {
  const wanted = KIND_ORDER.filter((k) => !kinds || kinds.length === 0 || kinds.includes(k));
  if (wanted.length === 0) return [];
  const branches = wanted.map((k) => (k === 'audit' ? AUDIT_BRANCH : BRANCHES[k]));
  const sql = `SELECT column1 AS at, column2 AS kind, column3 AS title, column4 AS detail, column5 AS photo_id,
      column6 AS document_id, column7 AS violation_id, column8 AS audit_seq
    FROM (SELECT NULL AS column1, NULL AS column2, NULL AS column3, NULL AS column4, NULL AS column5, NULL AS column6, NULL AS column7, NULL AS column8 WHERE 0
          ${branches.map((b) => `UNION ALL SELECT * FROM (${b})`).join('\n')})
    WHERE column1 IS NOT NULL`;
  const rows = stmt(db, sql).all({ caseId }) as Row[];
  const rank = (k: TimelineKind) => KIND_ORDER.indexOf(k);
  rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : rank(a.kind) - rank(b.kind)));
  return rows.map((r) => {
    const evidence: { photoId?: number; documentId?: number; violationId?: number; auditSeq?: number } = {};
    if (r.photo_id !== null) evidence.photoId = r.photo_id;
    if (r.document_id !== null) evidence.documentId = r.document_id;
    if (r.violation_id !== null) evidence.violationId = r.violation_id;
    if (r.audit_seq !== null) evidence.auditSeq = r.audit_seq;
    return { at: r.at, kind: r.kind, title: r.title, detail: r.detail ?? '', evidence };
  });
}
