/**
 * Schema 6 (area "checklist decisions"): what people decided about checklist items.
 *
 * - checklist_waivers: a person waives an item with a reason (the law department reads the reason
 *   beside the gap), or withdraws an earlier waiver. Append-only: the latest row for
 *   (case, step, item) says whether the item is waived now, and the history stays readable.
 * - checklist_signoffs: a solicitor signs off an item that is met. The row keeps the SHA-256 of
 *   the canonical JSON of what the item relied on at that moment (evidence refs, status, detail),
 *   so the sign-off lapses — visibly — as soon as that evidence changes. Append-only; the latest
 *   row per item is the sign-off in force.
 */
import type { Db } from '../open';

export const version = 6;
export const name = 'checklist-decisions';

const STEPS = `'notice_of_violation', 'civil_ticket', 'refer_to_law', 'hearing_readiness', 'abatement', 'file_lien'`;
const ITEM_ID = `length(item_id) BETWEEN 1 AND 80 AND item_id NOT GLOB '*[^a-z0-9-]*'`;

export function up(db: Db): void {
  db.exec(`
    CREATE TABLE checklist_waivers (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      step TEXT NOT NULL CHECK (step IN (${STEPS})),
      item_id TEXT NOT NULL CHECK (${ITEM_ID}),
      action TEXT NOT NULL CHECK (action IN ('waive', 'withdraw')),
      -- A waiver without a reason is worthless to the law department; a withdrawal may say why.
      reason TEXT CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 2000),
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      CHECK (action = 'withdraw' OR reason IS NOT NULL)
    ) STRICT;
    CREATE INDEX checklist_waivers_item ON checklist_waivers(case_id, step, item_id, id);
    CREATE TRIGGER checklist_waivers_no_update BEFORE UPDATE ON checklist_waivers
      BEGIN SELECT RAISE(ABORT, 'checklist waivers are append-only; withdraw a waiver with a new row'); END;
    CREATE TRIGGER checklist_waivers_no_delete BEFORE DELETE ON checklist_waivers
      BEGIN SELECT RAISE(ABORT, 'checklist waivers are append-only; withdraw a waiver with a new row'); END;

    CREATE TABLE checklist_signoffs (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES cases(id),
      step TEXT NOT NULL CHECK (step IN (${STEPS})),
      item_id TEXT NOT NULL CHECK (${ITEM_ID}),
      evidence_hash TEXT NOT NULL CHECK (length(evidence_hash) = 64 AND evidence_hash NOT GLOB '*[^0-9a-f]*'),
      signed_by TEXT NOT NULL,
      signed_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX checklist_signoffs_item ON checklist_signoffs(case_id, step, item_id, id);
    CREATE TRIGGER checklist_signoffs_no_update BEFORE UPDATE ON checklist_signoffs
      BEGIN SELECT RAISE(ABORT, 'checklist sign-offs are append-only; sign off again instead'); END;
    CREATE TRIGGER checklist_signoffs_no_delete BEFORE DELETE ON checklist_signoffs
      BEGIN SELECT RAISE(ABORT, 'checklist sign-offs are append-only; sign off again instead'); END;
  `);
}
