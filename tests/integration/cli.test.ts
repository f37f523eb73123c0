import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { cli, FIXTURES, readyForNotice, seedCase, tempDir } from './cliHarness';

const photo = (name: string) => path.join(FIXTURES, 'photos', name);

function counts(dataDir: string) {
  const db = new Database(path.join(dataDir, 'caseready.db'), { readonly: true });
  const r = {
    photos: db.prepare('SELECT count(*) FROM photos').pluck().get() as number,
    objects: db.prepare('SELECT count(*) FROM vault_objects').pluck().get() as number,
    audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number,
  };
  db.close();
  return r;
}

describe('caseready CLI', () => {
  it('takes a case from creation to an issued notice and verifies clean', () => {
    const dir = tempDir();
    expect(cli(dir, ['init', '--json']).json()).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION });
    const { caseId, violationId } = seedCase(dir);
    const add = cli(dir, ['evidence', 'add', '--json', '--case', String(caseId), '--violation', String(violationId), photo('DSCN0010.jpg'), photo('landscape_6.jpg')]);
    expect(add.status, add.stderr).toBe(0);
    expect(add.json()).toMatchObject({ imported: 2, failed: 0 });

    // The checklist guarding the notice is not ready yet: exit 4, NOT_READY, the items named, nothing written.
    const out = path.join(dir, 'notice.pdf');
    const auditBefore = counts(dir).audit;
    const refused = cli(dir, ['notice', '--case', String(caseId), '--out', out]);
    expect(refused.status).toBe(4);
    // DSCN0010.jpg's camera date is 2008 (landscape_6.jpg has none): not yet a dated photo of this case.
    expect(refused.stderr).toMatch(
      /cannot be issued yet: 3 blocking items are missing .*— Owner of record verified recently; Every violation has a dated photo; Entry authority recorded for every inspection\. Fix them in Prepare or record a waiver\. \[NOT_READY\]/,
    );
    expect(existsSync(out)).toBe(false);
    expect(counts(dir).audit).toBe(auditBefore);
    const refusedJson = cli(dir, ['notice', '--json', '--case', String(caseId)]);
    expect(refusedJson.status).toBe(4);
    expect(refusedJson.json()).toMatchObject({ ok: false, error: { code: 'NOT_READY' } });

    readyForNotice(dir, caseId, violationId);
    const notice = cli(dir, ['notice', '--json', '--case', String(caseId), '--out', out]);
    expect(notice.status, notice.stderr).toBe(0);
    const doc = notice.json<{ number: string; sha256: string; pageCount: number }>();
    expect(doc.number).toMatch(/^NOV-\d{4}-000001$/);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');

    const show = cli(dir, ['case', 'show', '--json', String(caseId)]).json<{ documents: unknown[]; violations: Array<{ photos: unknown[] }> }>();
    expect(show.documents).toHaveLength(1);
    expect(show.violations[0]!.photos).toHaveLength(2);

    const verify = cli(dir, ['verify', '--json']);
    expect(verify.status, verify.stdout).toBe(0);
    expect(verify.json()).toMatchObject({ ok: true, integrityCheck: 'ok', audit: { ok: true }, vault: { ok: true } });
  });

  it('stores the same photo once however often it is imported', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    cli(dir, ['evidence', 'add', '--case', String(caseId), photo('Canon_40D.jpg')]);
    const before = counts(dir);
    const again = cli(dir, ['evidence', 'add', '--json', '--case', String(caseId), photo('Canon_40D.jpg')]);
    expect(again.json<{ results: Array<{ duplicate: boolean }> }>().results[0]!.duplicate).toBe(true);
    expect(counts(dir)).toEqual(before);
  });

  it.each([
    ['a zero-byte file', 'empty.jpg', Buffer.alloc(0), /empty/i],
    ['a PDF named .jpg', 'scan.jpg', Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), /PDF/],
    ['a text file', 'notes.txt', Buffer.from('inspection notes, not a photo\n'), /not a photo|not an image|text/i],
  ])('refuses %s with a clear error and writes nothing', (_what, name, bytes, message) => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const file = path.join(tempDir(), name);
    writeFileSync(file, bytes);
    const before = counts(dir);
    const r = cli(dir, ['evidence', 'add', '--case', String(caseId), file]);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(message);
    expect(counts(dir)).toEqual(before);
    expect(readdirSync(path.join(dir, 'vault', 'objects')).length).toBe(0);
  });

  it('refuses a truncated JPEG as damaged', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const whole = readFileSync(photo('DSCN0010.jpg'));
    const file = path.join(tempDir(), 'truncated.jpg');
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const r = cli(dir, ['evidence', 'add', '--case', String(caseId), file]);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/damaged|incomplete/i);
    expect(counts(dir).photos).toBe(0);
  });

  it('imports a folder whose file names are not UTF-8 and never uses the name as a path', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const folder = tempDir('caseready-sd-');
    const rawName = Buffer.concat([Buffer.from(folder + path.sep), Buffer.from([0x49, 0x4d, 0x47, 0xff, 0xfe, 0x2e, 0x6a, 0x70, 0x67])]);
    writeFileSync(rawName, readFileSync(photo('Canon_40D.jpg')));
    const r = cli(dir, ['evidence', 'add', '--json', '--case', String(caseId), folder]);
    expect(r.status, r.stderr).toBe(0);
    const shown = cli(dir, ['case', 'show', '--json', String(caseId)]).json<{ unassignedPhotos: Array<{ originalName: string }> }>();
    expect(shown.unassignedPhotos[0]!.originalName).toBe('IMG\uFFFD\uFFFD.jpg');
  });

  it('reports a tampered vault object in verify (exit 3) and refuses to issue a notice from it', () => {
    const dir = tempDir();
    const { caseId, violationId } = seedCase(dir);
    const add = cli(dir, ['evidence', 'add', '--json', '--case', String(caseId), '--violation', String(violationId), photo('DSCN0010.jpg')]);
    const sha = add.json<{ results: Array<{ sha256: string }> }>().results[0]!.sha256;
    readyForNotice(dir, caseId, violationId); // so the refusal below is the tampering, not the checklist
    const objectPath = path.join(dir, 'vault', 'objects', sha.slice(0, 2), sha);
    chmodSync(objectPath, 0o644);
    const bytes = readFileSync(objectPath);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(objectPath, bytes);

    const verify = cli(dir, ['verify', '--json']);
    expect(verify.status).toBe(3);
    expect(verify.json()).toMatchObject({ ok: false, vault: { ok: false, mismatched: [sha] } });

    const before = counts(dir);
    const notice = cli(dir, ['notice', '--case', String(caseId)]);
    expect(notice.status).toBe(1);
    expect(notice.stderr).toMatch(/INTEGRITY/);
    expect(counts(dir)).toEqual(before);
  });

  it('refuses a store from a newer version without touching it', () => {
    const dir = tempDir();
    cli(dir, ['init']);
    const file = path.join(dir, 'caseready.db');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(file);
    const r = cli(dir, ['case', 'list']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/newer version of CaseReady \(schema 99/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('exits 2 with usage help for wrong usage', () => {
    const dir = tempDir();
    expect(cli(dir, ['frobnicate']).status).toBe(2);
    const r = cli(dir, ['case', 'create', '--address', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--parcel is required/);
    expect(cli(dir, ['violation', 'add', '--case', '1', '--bogus', 'x']).status).toBe(2);
  });

  it('reports schema errors from the contract (bad date) as a failure, not a crash', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const r = cli(dir, ['violation', 'add', '--case', String(caseId), '--code', 'X', '--description', 'd', '--action', 'a', '--due', '2026-02-30']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/complianceDate: is not a real calendar date/);
  });

  it('backs up the store and the vault into a folder that verifies on its own', () => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    cli(dir, ['evidence', 'add', '--case', String(caseId), photo('Canon_40D.jpg')]);
    const dest = path.join(tempDir(), 'backup');
    const r = cli(dir, ['backup', '--json', dest]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ folder: dest, manifest: { counts: { objects: 3, photos: 1 } } });
    expect(existsSync(path.join(dest, 'caseready.db'))).toBe(true);
    const verify = cli(dest, ['verify', '--json']);
    expect(verify.status, verify.stdout).toBe(0);
  });

  it('copies the photo fixture set it depends on', () => {
    for (const f of ['Canon_40D.jpg', 'DSCN0010.jpg', 'landscape_6.jpg', 'samplefilehub.heif']) expect(existsSync(photo(f))).toBe(true);
  });
});

