/**
 * A complainant's identity never reaches a generated document (tenants fear retaliation) unless
 * they are also a listed witness. Proven end to end: model, rendered PDF text (pdftotext), and
 * the partiesForDocuments gate that witness lists and packets must use.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCaseDetail } from '../../electron/services/cases/caseService';
import { createCore, type Core } from '../../electron/services/core';
import { dispatch } from '../../electron/services/dispatch';
import { buildNoticeModel } from '../../electron/services/documents/kinds/notice/noticeModel';
import { partiesForDocuments } from '../../electron/services/parties/partyService';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';

const ROOT = path.resolve(__dirname, '..', '..');
const COMPLAINANT = 'Zelda Quietwater';
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!hasPoppler) console.warn('pdftotext is not installed (apt-get install -y poppler-utils): the PDF text check is SKIPPED');

let dir: string;
let core: Core;
async function call<K extends MethodName>(name: K, input: MethodInput<K>): Promise<MethodOutput<K>> {
  const r = await dispatch(core.handlers, name, input, { actor: 'clerk', progress: () => {} });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as MethodOutput<K>;
}

let caseId: number;
let complainantId: number;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'caseready-complainant-'));
  core = await createCore({
    dataDir: dir,
    resourcesDir: path.join(ROOT, 'resources'),
    templatesDir: path.join(ROOT, 'templates'),
    actor: 'clerk',
    clock: { now: () => new Date('2026-11-02T15:00:00Z') },
  });
  const c = await call('createCase', {
    property: { address: '1418 Maple Street', parcelId: '07-215-033' },
    owner: { name: 'Dorothy M. Smith', kind: 'individual', mailingAddress: '1418 Maple Street' },
    inspector: 'R. Peña',
    openedOn: '2026-10-05',
  });
  caseId = c.id;
  await call('addViolation', { caseId, codeSection: 'IPMC 304.13', description: 'Two broken windows.', correctiveAction: 'Replace the glazing.', complianceDate: '2026-12-15' });
  const complainant = await call('addParty', {
    caseId,
    role: 'complainant',
    party: { name: COMPLAINANT, kind: 'individual', mailingAddress: '1420 Maple Street, Apt 2' },
  });
  complainantId = complainant.partyId;
  await call('logContact', { caseId, partyId: complainantId, contactedAt: '2026-10-05T08:00', method: 'phone', summary: 'Called 311 about the windows.' });
  // This file is about confidentiality, not readiness: the notice's checklist gaps are waived (the gate is tested in documentGate.test.ts).
  for (const itemId of ['owner-verified', 'dated-photos', 'entry-authority']) {
    await call('waiveChecklistItem', { caseId, step: 'notice_of_violation', itemId, reason: 'Not what this test is about' });
  }
});
afterAll(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('complainant confidentiality in documents', () => {
  it('keeps the complainant out of the notice model even though they are on the case', async () => {
    expect((await call('listCaseParties', { caseId })).map((p) => p.name)).toContain(COMPLAINANT);
    const model = buildNoticeModel(getCaseDetail(core.db, caseId), {
      documentNumber: 'NOV-2026-000001',
      issuedOn: '2026-11-02',
      auditHead: 'f'.repeat(64),
      pack: core.pack.pack,
      wording: core.pack.notice,
    });
    expect(model.recipient.name).toBe('Dorothy M. Smith');
    const json = JSON.stringify(model);
    expect(json).not.toContain(COMPLAINANT);
    expect(json).not.toContain('Quietwater');
    expect(json).not.toContain('Apt 2');
  });

  it.skipIf(!hasPoppler)('keeps the complainant out of the rendered notice PDF text', async () => {
    const doc = await call('generateDocument', { caseId, kind: 'notice_of_violation' });
    const pdf = await call('getDocumentPdf', { documentId: doc.id });
    const file = path.join(dir, 'notice.pdf');
    writeFileSync(file, Buffer.from(pdf.dataBase64, 'base64'));
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Dorothy M. Smith'); // the extraction works: the owner is there
    expect(text).not.toMatch(/Quietwater|Zelda/);
  });

  it('lets documents name a complainant only once they are also a listed witness', async () => {
    expect(partiesForDocuments(core.db, caseId).map((p) => p.name)).toEqual(['Dorothy M. Smith']);
    await call('addParty', { caseId, role: 'witness', partyId: complainantId });
    const allowed = partiesForDocuments(core.db, caseId);
    expect(allowed.map((p) => [p.name, p.roles])).toEqual([
      ['Dorothy M. Smith', ['owner_of_record']],
      [COMPLAINANT, ['complainant', 'witness']],
    ]);
  });
});
