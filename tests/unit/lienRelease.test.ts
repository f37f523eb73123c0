/**
 * The release and satisfaction of lien, about one recorded lien (subject 'lien'): it cites the
 * lien by instrument number or book and page and its recorded date, in English and in Spanish,
 * on the recorder's page; it is refused while the case still owes, for a lien not on the case,
 * without saying which lien, and for a lien already released — each time issuing nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../electron/db/queries/documents';
import { issueDocumentOfKind, readIssuedDocument } from '../../electron/services/documents/issue/issueKind';
import { addLedgerEntry } from '../../electron/services/enforcement/ledger';
import { recordLien, releaseLien } from '../../electron/services/enforcement/liensReferrals';
import { convertWithLibreOffice, hasPoppler, hasQpdf, hasSoffice, poppler } from './support/docxInspect';
import { enforcementCounts } from './support/enforcementFixture';
import { fontSizesOf, LEGAL, lienWorld, wordBoxes } from './support/lienFixture';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'caseready-release-'));
const IN = 72;
const flat = (file: string) => poppler('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ').toLowerCase();

async function paidWithLien(ref: { instrumentNumber?: string; book?: string; page?: string } = { instrumentNumber: '2026-0045512' }) {
  const world = await lienWorld();
  const { w } = world;
  const lien = recordLien(w.deps, { caseId: w.caseId, lienType: 'abatement', amount: 128450, recordedOn: '2026-11-01', ...ref });
  return { ...world, lien, pay: () => addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'payment', amount: 128450, entryDate: '2026-11-02', description: 'Paid at closing' }) };
}

const ELEMENTS = {
  en: ['RELEASE AND SATISFACTION OF LIEN', 'Instrument No. 2026-0045512', 'November 1, 2026', '$1,284.50', 'Dorothy M. Smith', '07-215-033', LEGAL,
    'paid and satisfied in full', 'This instrument was prepared by', 'After recording, return to', 'ACKNOWLEDGMENT', 'State of Ohio', 'REL-2026-000001'],
  es: ['CANCELACIÓN Y LIBERACIÓN DE GRAVAMEN', 'Instrumento N.º 2026-0045512', '1 de noviembre de 2026', '$1,284.50', 'Dorothy M. Smith', '07-215-033', LEGAL,
    'pagado y satisfecho en su totalidad', 'Este instrumento fue preparado por', 'Después de su inscripción, devuélvase a', 'RECONOCIMIENTO ANTE NOTARIO', 'Estado de Ohio', 'REL-2026-000001'],
};

describe('the release of lien', () => {
  it.skipIf(!hasPoppler || !hasQpdf)('cites the lien and its recorded date, in English and Spanish, on the recording page', async () => {
    const { w, deps, lien, pay } = await paidWithLien();
    await pay();
    const doc = await issueDocumentOfKind(deps, 'lien_release', w.caseId, undefined, { subjectId: lien.id, language: 'both' });
    expect(doc).toMatchObject({ kind: 'lien_release', number: 'REL-2026-000001' });
    const file = path.join(tmp, 'release.pdf');
    writeFileSync(file, (await readIssuedDocument(w.db, w.deps.vault, doc.id)).bytes);
    expect(poppler('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
    const [en, es] = flat(file).split('cancelación y liberación de gravamen') as [string, string];
    for (const e of ELEMENTS.en) expect(en, e).toContain(e.toLowerCase());
    for (const e of ELEMENTS.es) expect(`cancelación y liberación de gravamen${es}`, e).toContain(e.toLowerCase());
    const page1 = wordBoxes(file).filter((x) => x.page === 1);
    expect(Math.min(...page1.map((x) => x.yMin))).toBeGreaterThanOrEqual(3 * IN - 0.5);
    expect(Math.min(...fontSizesOf(file))).toBeGreaterThanOrEqual(10);
    // A second release of the same lien is a new version of it, named as such.
    await expect(issueDocumentOfKind(deps, 'lien_release', w.caseId, undefined, { subjectId: lien.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/REL-2026-000001 is already the current lien release for this lien/) });
  });

  it.skipIf(!hasSoffice || !hasPoppler)('cites book and page when the recorder gave those, in the DOCX too', async () => {
    const { w, deps, lien, pay } = await paidWithLien({ book: '1187', page: '220' });
    await pay();
    const doc = await issueDocumentOfKind(deps, 'lien_release', w.caseId, undefined, { subjectId: lien.id, language: 'en' });
    const { pdfPath } = await convertWithLibreOffice((await readIssuedDocument(w.db, w.deps.vault, doc.id, 'docx')).bytes, 'release-en');
    const text = flat(pdfPath);
    expect(text).toContain('book 1187, page 220');
    for (const e of ELEMENTS.en.filter((e) => !e.startsWith('Instrument No.'))) expect(text, e).toContain(e.toLowerCase());
    expect(Math.min(...wordBoxes(pdfPath).filter((x) => x.page === 1).map((x) => x.yMin))).toBeGreaterThanOrEqual(3 * IN - 0.5);
  }, 180_000);

  it('is refused while the case still owes, and issues nothing', async () => {
    const { w, deps, lien } = await paidWithLien();
    const before = enforcementCounts(w.db);
    await expect(issueDocumentOfKind(deps, 'lien_release', w.caseId, undefined, { subjectId: lien.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Case CE-2026-0001 still owes $1,284.50, and a release states that the lien is paid in full, so none can be issued yet. Record the payment in the Costs tab first (CaseReady does not issue partial releases).',
    });
    expect(enforcementCounts(w.db)).toEqual(before);
    expect(listDocuments(w.db, w.caseId)).toHaveLength(1);
  });

  it('is refused without a lien named, for a lien not on the case, and for a lien already released', async () => {
    const { w, deps, lien, pay } = await paidWithLien();
    await pay();
    const before = enforcementCounts(w.db);
    await expect(issueDocumentOfKind(deps, 'lien_release', w.caseId)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/say which \(--subject LIEN_ID\)\. Case CE-2026-0001: its liens are \d+ \(instrument 2026-0045512, recorded 2026-11-01\)/),
    });
    await expect(issueDocumentOfKind(deps, 'lien_release', w.caseId, undefined, { subjectId: lien.id + 99 })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/is not a lien recorded on case CE-2026-0001/) });
    expect(enforcementCounts(w.db)).toEqual(before);
    releaseLien(w.deps, { lienId: lien.id, releasedOn: '2026-11-20', instrumentNumber: '2026-0051200' });
    const released = enforcementCounts(w.db);
    await expect(issueDocumentOfKind(deps, 'lien_release', w.caseId, undefined, { subjectId: lien.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already released: the recorder recorded its release on 2026-11-20/) });
    expect(enforcementCounts(w.db)).toEqual(released);
    expect(listDocuments(w.db, w.caseId)).toHaveLength(1);
  });
});
