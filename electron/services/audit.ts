/**
 * The audit log is the chain of custody: every change to the evidence store appends one entry
 * in the same transaction as the change. Entries are hash-chained (each hash covers the previous
 * hash and a canonical form of the entry), and triggers refuse UPDATE/DELETE, so an edit made
 * behind CaseReady's back (e.g. with the sqlite3 shell after dropping the triggers) shows up as
 * the first broken link in `verifyAuditChain`. The head hash is printed on issued documents, so
 * tampering is also detectable from outside the database.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/canonicalJson';
import type { AuditVerification } from '../../shared/domain';
import type { Db } from '../db/open';
import { stmt } from '../db/statements';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  readonly actor: string;
  readonly action: string; // e.g. 'case.create', 'photo.import', 'document.issue'
  readonly entity: string; // table-ish name: 'case', 'violation', 'photo', 'document'
  readonly entityId: string | number;
  readonly details: Record<string, unknown>;
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  details: string;
  prev_hash: string;
  hash: string;
}

export function entryHash(prevHash: string, row: Omit<AuditRow, 'prev_hash' | 'hash'>): string {
  const canonical = canonicalJson({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    details: row.details,
  });
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/** Appends one entry. Must run inside the transaction that makes the change it records. */
export function appendAudit(db: Db, input: AuditInput, now: Date = new Date()): { seq: number; hash: string } {
  if (!db.inTransaction) {
    throw new Error('appendAudit must be called inside the transaction that makes the change');
  }
  const last = stmt(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: now.toISOString(),
    actor: input.actor,
    action: input.action,
    entity: input.entity,
    entity_id: String(input.entityId),
    details: canonicalJson(input.details),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = entryHash(prevHash, row);
  stmt(
    db,
    `INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, prev_hash, hash)
     VALUES (@seq, @at, @actor, @action, @entity, @entity_id, @details, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prevHash, hash });
  return { seq: row.seq, hash };
}

export function auditHead(db: Db): string | null {
  const last = stmt(db, 'SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  return last?.hash ?? null;
}

/** Walks the whole chain and reports the first entry whose link or hash does not hold. */
export function verifyAuditChain(db: Db): AuditVerification {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  let head: string | null = null;
  for (const row of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    entries += 1;
    const broken = (reason: string): AuditVerification => ({ ok: false, entries, head, firstBroken: { seq: row.seq, reason } });
    if (row.seq !== expectedSeq) return broken(`entry ${expectedSeq} is missing (next entry is ${row.seq})`);
    if (row.prev_hash !== prevHash) return broken('its link to the previous entry does not match (an entry before it was changed or removed)');
    if (entryHash(prevHash, row) !== row.hash) return broken('its contents no longer match its hash (the entry was edited)');
    prevHash = row.hash;
    head = row.hash;
    expectedSeq += 1;
  }
  return { ok: true, entries, head, firstBroken: null };
}

export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly details: unknown;
  readonly hash: string;
}

export function listAudit(db: Db, opts: { entity?: string; entityId?: string; limit?: number } = {}): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT * FROM audit_log
       WHERE (@entity IS NULL OR entity = @entity) AND (@entityId IS NULL OR entity_id = @entityId)
       ORDER BY seq DESC LIMIT @limit`,
    )
    .all({ entity: opts.entity ?? null, entityId: opts.entityId ?? null, limit: opts.limit ?? 1000 }) as AuditRow[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    details: JSON.parse(r.details) as unknown,
    hash: r.hash,
  }));
}
