/** Checklist waivers and sign-offs (append-only; the latest row per item is the one in force). */
import type { Db } from '../open';
import { stmt } from '../statements';

export interface WaiverRow {
  readonly itemId: string;
  readonly action: 'waive' | 'withdraw';
  readonly reason: string | null;
  readonly by: string;
  readonly at: string;
}

export interface SignOffRow {
  readonly itemId: string;
  readonly evidenceHash: string;
  readonly by: string;
  readonly at: string;
}

export function insertWaiverRow(
  db: Db,
  w: { caseId: number; step: string; itemId: string; action: 'waive' | 'withdraw'; reason: string | null; by: string },
  now: string,
): number {
  return Number(
    stmt(db, 'INSERT INTO checklist_waivers (case_id, step, item_id, action, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(w.caseId, w.step, w.itemId, w.action, w.reason, w.by, now).lastInsertRowid,
  );
}

/** The latest waiver row of each item of the step (a 'withdraw' row means not waived). */
export function latestWaivers(db: Db, caseId: number, step: string): WaiverRow[] {
  return stmt(
    db,
    `SELECT item_id AS itemId, action, reason, created_by AS by, created_at AS at FROM checklist_waivers w
     WHERE case_id = ? AND step = ? AND id = (SELECT max(id) FROM checklist_waivers x
       WHERE x.case_id = w.case_id AND x.step = w.step AND x.item_id = w.item_id)`,
  ).all(caseId, step) as WaiverRow[];
}

export function insertSignOff(db: Db, s: { caseId: number; step: string; itemId: string; evidenceHash: string; by: string }, now: string): number {
  return Number(
    stmt(db, 'INSERT INTO checklist_signoffs (case_id, step, item_id, evidence_hash, signed_by, signed_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(s.caseId, s.step, s.itemId, s.evidenceHash, s.by, now).lastInsertRowid,
  );
}

export function latestSignOffs(db: Db, caseId: number, step: string): SignOffRow[] {
  return stmt(
    db,
    `SELECT item_id AS itemId, evidence_hash AS evidenceHash, signed_by AS by, signed_at AS at FROM checklist_signoffs s
     WHERE case_id = ? AND step = ? AND id = (SELECT max(id) FROM checklist_signoffs x
       WHERE x.case_id = s.case_id AND x.step = s.step AND x.item_id = s.item_id)`,
  ).all(caseId, step) as SignOffRow[];
}
