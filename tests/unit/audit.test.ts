import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyPragmas, migrate } from '../../electron/db/open';
import { appendAudit, auditHead, entryHash, GENESIS_HASH, verifyAuditChain } from '../../electron/services/audit';

function store() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  migrate(db);
  return db;
}

function append(db: Database.Database, n: number) {
  for (let i = 1; i <= n; i += 1) {
    db.transaction(() => appendAudit(db, { actor: 'tester', action: 'case.create', entity: 'case', entityId: i, details: { i, name: 'Nguyễn' } }))();
  }
}

describe('audit log', () => {
  it('chains entries from the genesis hash and verifies', () => {
    const db = store();
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 0, head: null, firstBroken: null });
    append(db, 5);
    const first = db.prepare('SELECT prev_hash FROM audit_log WHERE seq = 1').pluck().get();
    expect(first).toBe(GENESIS_HASH);
    const report = verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true, entries: 5, firstBroken: null });
    expect(report.head).toBe(auditHead(db));
  });

  it('refuses to write outside a transaction', () => {
    const db = store();
    expect(() => appendAudit(db, { actor: 'a', action: 'x', entity: 'case', entityId: 1, details: {} })).toThrow(/inside the transaction/);
  });

  it('blocks UPDATE and DELETE through triggers', () => {
    const db = store();
    append(db, 2);
    expect(() => db.prepare("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
  });

  it('finds the first edited entry when someone drops the triggers and edits the log', () => {
    const db = store();
    append(db, 6);
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare(`UPDATE audit_log SET details = '{"i":3,"name":"Smith"}' WHERE seq = 3`).run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: expect.stringMatching(/edited/) } });
  });

  it('finds a deleted entry', () => {
    const db = store();
    append(db, 6);
    db.exec('DROP TRIGGER audit_log_no_delete');
    db.prepare('DELETE FROM audit_log WHERE seq = 4').run();
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBroken: { seq: 5, reason: expect.stringMatching(/entry 4 is missing/) } });
  });

  it('finds a rewritten chain whose hashes were recomputed from one point on', () => {
    const db = store();
    append(db, 4);
    db.exec('DROP TRIGGER audit_log_no_update');
    // Forger recomputes entry 2's hash correctly but cannot fix entry 3's link without rewriting it too.
    const row2 = db.prepare('SELECT * FROM audit_log WHERE seq = 2').get() as Record<string, string>;
    const forged = { ...row2, actor: 'mallory' };
    const hash = entryHash(row2.prev_hash!, forged as never);
    db.prepare('UPDATE audit_log SET actor = ?, hash = ? WHERE seq = 2').run('mallory', hash);
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: expect.stringMatching(/link/) } });
  });
});
