/** Ownership research findings, their vault documents and "owner verified as of", through the real core. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/services/audit';
import { createCore, type Core } from '../../electron/services/core';
import { dispatch } from '../../electron/services/dispatch';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';

const ROOT = path.resolve(__dirname, '..', '..');
const clock = { now: () => new Date('2026-11-02T15:00:00Z') };
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const TIFF = Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]);
const b64 = (b: Buffer) => b.toString('base64');

const opened: Array<{ core: Core; dir: string }> = [];
afterEach(() => {
  for (const { core, dir } of opened.splice(0)) {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'caseready-ownership-'));
  const core = await createCore({ dataDir: dir, resourcesDir: path.join(ROOT, 'resources'), templatesDir: path.join(ROOT, 'templates'), actor: 'clerk', clock });
  opened.push({ core, dir });
  async function call<K extends MethodName>(name: K, input: MethodInput<K>): Promise<MethodOutput<K>> {
    const r = await dispatch(core.handlers, name, input, { actor: 'clerk', progress: () => {} });
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as MethodOutput<K>;
  }
  const c = await call('createCase', {
    property: { address: '1418 Maple Street', parcelId: '07-215-033' },
    owner: { name: 'Maple Holdings LLC', kind: 'organization', mailingAddress: '500 Commerce Dr' },
    inspector: 'R. Peña',
    openedOn: '2026-10-05',
  });
  const rows = () => ({
    findings: core.db.prepare('SELECT count(*) FROM ownership_findings').pluck().get(),
    docs: core.db.prepare('SELECT count(*) FROM ownership_finding_documents').pluck().get(),
    objects: core.db.prepare('SELECT count(*) FROM vault_objects').pluck().get(),
    audit: core.db.prepare('SELECT count(*) FROM audit_log').pluck().get(),
  });
  return { core, dir, call, c, rows };
}

describe('ownership research', () => {
  it('records findings with documents in the vault; verified-as-of is the latest authoritative owner finding', async () => {
    const { core, call, c } = await setup();
    const empty = await call('getOwnershipStatus', { caseId: c.id });
    expect(empty).toEqual({ verifiedAsOf: null, findings: [] });

    const deed = await call('addOwnershipFinding', {
      caseId: c.id,
      source: 'recorder_deed',
      performedOn: '2026-10-06',
      finding: 'Owner of record: Maple Holdings LLC per deed book 123 page 45',
      partyId: c.owner.id,
      documents: [
        { fileName: 'deed.pdf', dataBase64: b64(PDF) },
        { fileName: '../scan page 2.png', dataBase64: b64(PNG) },
      ],
    });
    expect(deed).toMatchObject({ performedBy: 'clerk', verifiesOwner: true, partyName: 'Maple Holdings LLC' });
    expect(deed.documents.map((d) => [d.fileName, d.mediaType])).toEqual([
      ['deed.pdf', 'application/pdf'],
      ['scan page 2.png', 'image/png'],
    ]);
    // A later lead from a non-authoritative source does not move the date; neither does a finding without a party.
    await call('addOwnershipFinding', { caseId: c.id, source: 'probate', performedOn: '2026-10-20', finding: 'No probate filing found', partyId: c.owner.id });
    await call('addOwnershipFinding', { caseId: c.id, source: 'assessor', performedOn: '2026-10-21', finding: 'Assessor lists a taxpayer address only' });
    const agent = await call('addParty', { caseId: c.id, role: 'registered_agent', party: { name: 'CT Corporation', kind: 'organization' } });
    await call('addOwnershipFinding', { caseId: c.id, source: 'secretary_of_state', performedOn: '2026-10-22', finding: 'Agent: CT Corporation', partyId: agent.partyId, performedBy: 'J. Clerk' });
    let status = await call('getOwnershipStatus', { caseId: c.id });
    expect(status.verifiedAsOf).toBe('2026-10-06');
    expect(status.findings.map((f) => f.performedOn)).toEqual(['2026-10-22', '2026-10-21', '2026-10-20', '2026-10-06']);

    await call('addOwnershipFinding', { caseId: c.id, source: 'title_search', performedOn: '2026-11-01', finding: 'Title search confirms owner', partyId: c.owner.id, documents: [{ fileName: 'title.tif', dataBase64: b64(TIFF) }] });
    status = await call('getOwnershipStatus', { caseId: c.id });
    expect(status.verifiedAsOf).toBe('2026-11-01');

    const doc = await call('getOwnershipDocument', { findingId: deed.id, sha256: deed.documents[0]!.sha256 });
    expect(Buffer.from(doc.dataBase64, 'base64').equals(PDF)).toBe(true);
    const verify = await call('verify', {});
    expect(verify.ok).toBe(true);
    expect(verifyAuditChain(core.db).ok).toBe(true);
    expect(() => core.db.prepare('DELETE FROM ownership_findings').run()).toThrow(/append-only/);
  });

  it.each([
    ['a zero-byte file', Buffer.alloc(0), /empty \(0 bytes\)/],
    ['a text file', Buffer.from('owner is probably Bob\n'), /not a PDF, JPEG, PNG or TIFF/],
    ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /not a PDF, JPEG, PNG or TIFF/],
  ])('refuses %s as UNSUPPORTED_FILE and writes nothing (not even the finding)', async (_what, bytes, message) => {
    const { call, c, rows, dir } = await setup();
    const before = rows();
    await expect(
      call('addOwnershipFinding', {
        caseId: c.id,
        source: 'recorder_deed',
        performedOn: '2026-10-06',
        finding: 'Deed',
        partyId: c.owner.id,
        documents: [{ fileName: 'ok.pdf', dataBase64: b64(PDF) }, { fileName: 'bad.pdf', dataBase64: b64(bytes) }],
      }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE', message: expect.stringMatching(message) });
    expect(rows()).toEqual(before);
    expect(readdirSync(path.join(dir, 'vault', 'objects')).length).toBe(0);
  });

  it.each([
    ['a future date', { performedOn: '2026-12-01' }, 'VALIDATION', /in the future/],
    ['an impossible date', { performedOn: '2026-02-30' }, 'VALIDATION', /real calendar date/],
    ['an unknown source', { source: 'rumour' }, 'VALIDATION', /source/],
    ['an empty finding', { finding: ' ' }, 'VALIDATION', /required/],
    ['a party not on the case', { partyId: 999 }, 'NOT_FOUND', /Party 999/],
    ['a missing case', { caseId: 999 }, 'NOT_FOUND', /Case 999/],
  ])('refuses %s and writes nothing', async (_what, patch, code, message) => {
    const { call, c, rows } = await setup();
    const before = rows();
    await expect(
      call('addOwnershipFinding', { caseId: c.id, source: 'recorder_deed', performedOn: '2026-10-06', finding: 'Deed', ...patch } as MethodInput<'addOwnershipFinding'>),
    ).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect(rows()).toEqual(before);
  });

  it('reports a document that is not attached to the finding as NOT_FOUND', async () => {
    const { call } = await setup();
    await expect(call('getOwnershipDocument', { findingId: 1, sha256: 'a'.repeat(64) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
