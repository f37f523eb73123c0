/**
 * The civil ticket on a real store, vault and the model pack: what it prints in English and in
 * Spanish (pdftotext of the issued PDF; the DOCX converted by LibreOffice), a corrected print
 * that creates no citation and no fine, and every refusal leaving nothing behind.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentDocument, listDocuments } from '../../electron/db/queries/documents';
import * as q from '../../electron/db/queries/enforcement';
import { listAudit, verifyAuditChain } from '../../electron/services/audit';
import { issueDocumentOfKind, type IssueDeps } from '../../electron/services/documents/issue/issueKind';
import { ticketAppealBy } from '../../electron/services/documents/kinds/ticket/ticketModel';
import { changeCitationStatus } from '../../electron/services/enforcement/citations';
import { addHearing } from '../../electron/services/enforcement/hearings';
import { getLedger } from '../../electron/services/enforcement/ledger';
import { issueCitation } from '../../electron/services/enforcement/issueCitation';
import { formatDateForPeople } from '../../electron/services/documents/kinds/notice/noticeModel';
import { ungatedIssueDeps } from './support/citationFixture';
import { convertWithLibreOffice, hasPoppler, hasQpdf, hasSoffice } from './support/docxInspect';
import { enforcementCounts, enforcementWorld, type EnforcementWorld } from './support/enforcementFixture';

const OUT = process.env.TICKET_PNG_DIR; // set to keep the PDFs for looking at them

function pdfText(bytes: Buffer, name: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'caseready-ticket-'));
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  if (OUT) {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, `${name}.pdf`), bytes);
  }
  const run = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  if (hasQpdf) expect(spawnSync('qpdf', ['--check', file], { encoding: 'utf8' }).status).toBe(0);
  return run.stdout.replace(/\s+/g, ' ');
}

/** A case whose owner already had one citation: the next is a second offense. */
async function secondOffenseWorld(): Promise<{ w: EnforcementWorld; deps: IssueDeps }> {
  const w = await enforcementWorld();
  const deps = await ungatedIssueDeps(w);
  const first = await issueCitation(deps, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', issuedOn: '2026-10-26' });
  expect(first).toMatchObject({ number: 'CT-2026-000001', offenseNumber: 1, fineCents: 5000 });
  return { w, deps };
}

const params = { violationIds: [0], severity: 'minor' as const, issuedOn: '2026-11-02' };

/** Every element the issue lists, as the ticket prints it in `language`. */
function expectedElements(w: EnforcementWorld, language: 'en' | 'es', number: string): string[] {
  const people = (iso: string) => formatDateForPeople(iso, language);
  const appealBy = ticketAppealBy(w.pack, '2026-11-02');
  const common = [
    number,
    'CE-2026-',
    people('2026-11-02'), // issued
    'Dorothy M. Smith',
    '1418 Maple Street, Model, ST 00000',
    '07-215-033',
    'IPMC 302.4',
    'Tall weeds',
    '$100.00',
    people('2026-12-02'), // due: 30 days, a Wednesday
    people(appealBy),
    'City Hall, Room 210, 100 Civic Center Plaza, Model, ST 00000',
    '(555) 010-0140',
    'Appeals Board Clerk, City Hall, Room 105',
  ];
  return language === 'en'
    ? [...common, 'Weeds', 'Minor', 'second offense', 'Monday to Friday, 8:30 a.m. to 4:30 p.m.', 'Property Maintenance Appeals Board', 'No hearing is scheduled', 'lien', 'by default']
    : [...common, 'Leve', 'segunda infracción', 'de lunes a viernes, de 8:30 a.m. a 4:30 p.m.', 'Junta de Apelaciones', 'No hay ninguna audiencia programada', 'gravamen', 'por falta de respuesta'];
}

describe('issuing a civil ticket', () => {
  it('records the citation with the ticket: number, violations, audit, fine on the ledger, in one transaction', async () => {
    const { w, deps } = await secondOffenseWorld();
    const c = await issueCitation(deps, { caseId: w.caseId, ...params, violationIds: [w.violationId] });
    expect(c).toMatchObject({ number: 'CT-2026-000002', offenseNumber: 2, fineCents: 10000, dueOn: '2026-12-02', violationIds: [w.violationId] });
    const ticket = currentDocument(w.db, w.caseId, 'civil_ticket', { type: 'citation', id: c.id })!;
    expect(ticket).toMatchObject({ number: 'CT-2026-000002', subject: { type: 'citation', id: c.id } });
    expect(listAudit(w.db, { entity: 'citation', entityId: String(c.id) })[0]).toMatchObject({ action: 'citation.issue', details: { number: 'CT-2026-000002', offenseNumber: 2, fineCents: 10000 } });
    expect(getLedger(w.db, w.caseId).entries.map((e) => [e.citationId, e.deltaCents, e.description])).toEqual([
      [c.id - 1, 5000, 'Fine, citation CT-2026-000001 (offense 1)'],
      [c.id, 10000, 'Fine, citation CT-2026-000002 (offense 2)'],
    ]);
    expect(verifyAuditChain(w.db).ok).toBe(true);
  });

  it.runIf(hasPoppler).each(['en', 'es'] as const)('prints every element the ticket must carry (%s), in the PDF and the DOCX', async (language) => {
    const { w, deps } = await secondOffenseWorld();
    const doc = await issueDocumentOfKind(deps, 'civil_ticket', w.caseId, undefined, { language, params: { ...params, violationIds: [w.violationId] } });
    const text = pdfText(await w.deps.vault.read(doc.sha256), `ticket-${language}`);
    for (const element of expectedElements(w, language, 'CT-2026-000002')) expect(text).toContain(element);
    expect(text).not.toMatch(/\{[a-zA-Z]+\}/); // no placeholder left unfilled
    if (hasSoffice) {
      const { pdfPath } = await convertWithLibreOffice(await w.deps.vault.read(doc.docxSha256!), `ticket-${language}`);
      if (OUT) writeFileSync(path.join(OUT, `ticket-${language}-docx.pdf`), readFileSync(pdfPath));
      const docxText = spawnSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      for (const element of expectedElements(w, language, 'CT-2026-000002')) expect(docxText).toContain(element);
    }
  }, 120_000);

  it.runIf(hasPoppler)('a corrected print reprints the citation with its hearing, and creates no citation and no fine', async () => {
    const { w, deps } = await secondOffenseWorld();
    const c = await issueCitation(deps, { caseId: w.caseId, ...params, violationIds: [w.violationId] });
    addHearing(w.deps, { caseId: w.caseId, citationId: c.id, tribunal: 'Property Maintenance Appeals Board', docketNumber: 'PMAB-26-114', scheduledAt: '2026-12-10T09:30', place: 'City Hall, Room 105', hearingOfficer: '' });
    const before = { citations: q.listCitations(w.db, w.caseId).length, ledger: getLedger(w.db, w.caseId) };
    const original = currentDocument(w.db, w.caseId, 'civil_ticket', { type: 'citation', id: c.id })!;
    const reprint = await issueDocumentOfKind(deps, 'civil_ticket', w.caseId, undefined, { subjectId: c.id, replaces: original.id });
    expect(reprint).toMatchObject({ subject: { type: 'citation', id: c.id }, replacesDocumentId: original.id });
    expect(q.listCitations(w.db, w.caseId)).toHaveLength(before.citations);
    expect(getLedger(w.db, w.caseId)).toEqual(before.ledger);
    const text = pdfText(await w.deps.vault.read(reprint.sha256), 'ticket-reprint');
    // The ticket's number stays the citation's; the reprint's own document number is in the footer.
    expect(text).toContain('CT-2026-000002');
    expect(text).toContain(`Document ${reprint.number}`);
    expect(text).toContain('December 10, 2026 at 9:30 AM');
    expect(text).toContain('City Hall, Room 105 (docket PMAB-26-114)');
    expect(text).not.toContain('No hearing is scheduled');
  }, 60_000);
});

describe('refusing a civil ticket', () => {
  async function expectNothingIssued(w: EnforcementWorld, attempt: () => Promise<unknown>, message: RegExp, code = 'VALIDATION') {
    const counts = enforcementCounts(w.db);
    const documents = listDocuments(w.db, w.caseId).length;
    await expect(attempt()).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect(enforcementCounts(w.db)).toEqual(counts); // no citation, no fine, no audit entry, no number burnt
    expect(listDocuments(w.db, w.caseId)).toHaveLength(documents);
  }

  it('refuses a first issue without valid citation inputs, naming what is wrong', async () => {
    const w = await enforcementWorld();
    const deps = await ungatedIssueDeps(w);
    const issue = (p: unknown) => () => issueDocumentOfKind(deps, 'civil_ticket', w.caseId, undefined, { params: p });
    await expectNothingIssued(w, issue(undefined), /give its violations and severity/);
    await expectNothingIssued(w, issue({ violationIds: [], severity: 'minor' }), /violationIds: name at least one violation/);
    await expectNothingIssued(w, issue({ violationIds: [w.violationId], severity: 'awful' }), /severity: /);
    await expectNothingIssued(w, issue({ violationIds: [w.violationId], severity: 'minor', fine: '-5' }), /fine: .*negative/);
    await expectNothingIssued(w, issue({ violationIds: [w.violationId], severity: 'minor', caseId: w.caseId }), /Unrecognized key|unrecognized/i);
  });

  it('refuses what issueCitation refused: another case\'s violation, dates out of order, no fine schedule', async () => {
    const w = await enforcementWorld();
    const other = await enforcementWorld({ db: w.db, parcelId: '22-222-222' });
    const deps = await ungatedIssueDeps(w);
    const cite = (input: Record<string, unknown>) => () => issueCitation(deps, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor', ...input });
    await expectNothingIssued(w, cite({ violationIds: [other.violationId] }), /is not part of case/, 'NOT_FOUND');
    await expectNothingIssued(w, cite({ issuedOn: '2026-01-01' }), /before the case was opened/);
    await expectNothingIssued(w, cite({ issuedOn: '2026-11-02', dueOn: '2026-11-01' }), /before the citation is issued/);
    const { fines: _none, ...withoutFines } = w.pack;
    const noSchedule = await ungatedIssueDeps({ ...w, pack: withoutFines });
    await expectNothingIssued(w, () => issueCitation(noSchedule, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor' }), /no fine schedule/);
  });

  it('refuses an owner without a mailing address', async () => {
    const w = await enforcementWorld();
    w.db.prepare('UPDATE parties SET mailing_address = ? WHERE id = ?').run('  ', w.ownerId);
    const deps = await ungatedIssueDeps(w);
    await expectNothingIssued(w, () => issueCitation(deps, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor' }), /no mailing address for its owner of record \(Dorothy M\. Smith\)/);
  });

  it('refuses a corrected print of another case\'s citation, with new inputs, or of a dismissed citation', async () => {
    const w = await enforcementWorld();
    const other = await enforcementWorld({ db: w.db, parcelId: '22-222-222' });
    const deps = await ungatedIssueDeps(w);
    const theirs = await issueCitation(await ungatedIssueDeps(other), { caseId: other.caseId, violationIds: [other.violationId], severity: 'minor' });
    const ours = await issueCitation(deps, { caseId: w.caseId, violationIds: [w.violationId], severity: 'minor' });
    const current = currentDocument(w.db, w.caseId, 'civil_ticket', { type: 'citation', id: ours.id })!;
    const reprint = (subjectId: number, p?: unknown) => () => issueDocumentOfKind(deps, 'civil_ticket', w.caseId, undefined, { subjectId, replaces: current.id, params: p });
    await expectNothingIssued(w, reprint(theirs.id), /is not a citation of case/, 'NOT_FOUND');
    await expectNothingIssued(w, reprint(ours.id, { violationIds: [w.violationId], severity: 'major' }), /prints it as recorded/);
    changeCitationStatus(w.deps, { citationId: ours.id, status: 'dismissed', reason: 'Wrong owner' });
    await expectNothingIssued(w, reprint(ours.id), /was dismissed/, 'CONFLICT');
  });
});
