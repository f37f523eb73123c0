/**
 * The notice and certificate of lien, issued through the one issuing path on a real store and
 * the real model packs: every element the recorder and the owner need in the PDF (en and es) and
 * the DOCX, the recorder's page rules measured on the pages (page 1's reserved area blank, no
 * type under the minimum, later pages' margins blank), its refusals (nothing issued, nothing
 * numbered), and the file_lien step's gate.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../electron/db/queries/documents';
import { propertyIdOfCase } from '../../electron/db/queries/parties';
import { issueDocumentOfKind, readIssuedDocument } from '../../electron/services/documents/issue/issueKind';
import { addLedgerEntry } from '../../electron/services/enforcement/ledger';
import { updateProperty } from '../../electron/services/parties/propertyService';
import { convertWithLibreOffice, hasPoppler, hasQpdf, hasSoffice, poppler } from './support/docxInspect';
import { enforcementCounts } from './support/enforcementFixture';
import { fontSizesOf, LEGAL, lienWorld, waiveFileLien, wordBoxes } from './support/lienFixture';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'caseready-lien-'));
const IN = 72;
const PAGE_H = 11 * IN;
const PAGE_W = 8.5 * IN;

function save(bytes: Uint8Array, name: string): string {
  const file = path.join(tmp, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}
// Lower-cased: headings are printed in capitals in the PDF and in small caps or as written in Word.
const flat = (file: string) => poppler('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ').toLowerCase();

/** What the recorder and the owner must find on the filing, per language. */
const ELEMENTS = {
  en: ['NOTICE AND CERTIFICATE OF LIEN', 'Owner of record', 'Dorothy M. Smith', '1418 Maple Street, Model, ST 00000', 'Parcel ID', '07-215-033', LEGAL,
    'Lot mowed and cleared', 'Administrative fee', 'Check 1041', '$1,234.50', '$150.00', '-$100.00', '$1,384.50', '$1,284.50',
    'IPMC 110.3; City of Model Codified Ordinances § 1301.09', 'This instrument was prepared by', 'After recording, return to', 'R. Peña',
    'Code Enforcement Inspector', 'ACKNOWLEDGMENT', 'State of Ohio', 'Notary Public', 'My commission expires', 'LIEN-2026-000001', 'CE-2026-0001', 'Oct 25, 2026'],
  es: ['AVISO Y CERTIFICADO DE GRAVAMEN', 'Propietario registrado', 'Dorothy M. Smith', '1418 Maple Street, Model, ST 00000', 'Número de parcela', '07-215-033', LEGAL,
    'Lot mowed and cleared', 'Cargo administrativo', 'Check 1041', '$1,234.50', '$150.00', '-$100.00', '$1,384.50', '$1,284.50',
    'IPMC 110.3; City of Model Codified Ordinances § 1301.09', 'Este instrumento fue preparado por', 'Después de su inscripción, devuélvase a', 'R. Peña',
    'Inspector(a) de Cumplimiento del Código', 'RECONOCIMIENTO ANTE NOTARIO', 'Estado de Ohio', 'Notario público', 'Mi nombramiento vence el', 'LIEN-2026-000001', 'CE-2026-0001', '25 oct 2026'],
} as const;

/** The recorder's rules measured on a rendered PDF. */
function assertRecordable(file: string, firstTextDepth: number, minFont: number | null): void {
  const words = wordBoxes(file);
  const page1 = words.filter((w) => w.page === 1);
  expect(page1.length).toBeGreaterThan(20);
  // Page 1: nothing printed above the reserved depth (across the full width).
  const top = Math.min(...page1.map((w) => w.yMin));
  expect(top, `first text on page 1 at ${top} pt`).toBeGreaterThanOrEqual(firstTextDepth - 0.5);
  // Every page: nothing in the 1-inch band along any edge (later pages' margins, footer included).
  for (const w of words) {
    expect(w.xMin, `"${w.text}" p${w.page}`).toBeGreaterThanOrEqual(IN - 0.5);
    expect(w.xMax, `"${w.text}" p${w.page}`).toBeLessThanOrEqual(PAGE_W - IN + 0.5);
    expect(w.yMax, `"${w.text}" p${w.page}`).toBeLessThanOrEqual(PAGE_H - IN + 0.5);
    if (w.page > 1) expect(w.yMin, `"${w.text}" p${w.page}`).toBeGreaterThanOrEqual(IN - 0.5);
  }
  if (minFont !== null) {
    const sizes = fontSizesOf(file);
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(minFont);
  }
}

describe('the lien filing', () => {
  it.skipIf(!hasPoppler || !hasQpdf)('prints every element, in English and in Spanish, on a recordable page (Ohio-like: 3 inches blank at the top)', async () => {
    const { w, deps } = await lienWorld();
    waiveFileLien(deps, w.caseId);
    const doc = await issueDocumentOfKind(deps, 'lien_filing', w.caseId, undefined, { language: 'both' });
    expect(doc).toMatchObject({ kind: 'lien_filing', number: 'LIEN-2026-000001', title: 'Notice and Certificate of Lien — 1418 Maple Street' });
    const { bytes } = await readIssuedDocument(w.db, w.deps.vault, doc.id);
    const file = save(bytes, 'filing-both');
    expect(poppler('qpdf', ['--check', file])).toMatch(/No syntax or stream encoding errors/);
    const [en, es] = flat(file).split('aviso y certificado de gravamen') as [string, string];
    for (const e of ELEMENTS.en) expect(en, e).toContain(e.toLowerCase());
    for (const e of ELEMENTS.es) expect(`aviso y certificado de gravamen${es}`, e).toContain(e.toLowerCase());
    assertRecordable(file, 3 * IN, 10);
    // The Spanish version starts a page of its own, which is a later page: 1-inch top margin.
    const words = wordBoxes(file);
    const esPage = words.find((x) => x.text === 'AVISO')!.page;
    expect(esPage).toBeGreaterThan(1);
    expect(Math.min(...words.filter((x) => x.page === esPage).map((x) => x.yMin))).toBeLessThan(2 * IN);
  });

  it.skipIf(!hasPoppler || !hasQpdf)('keeps the Florida-like 3 x 3 inch box at the top right blank (model-strict), citing that pack\'s authority', async () => {
    const { w, deps } = await lienWorld('model-strict');
    waiveFileLien(deps, w.caseId);
    const doc = await issueDocumentOfKind(deps, 'lien_filing', w.caseId, undefined, { language: 'en' });
    const file = save((await readIssuedDocument(w.db, w.deps.vault, doc.id)).bytes, 'filing-strict');
    // The box is outlined under the 1-inch margin: nothing is printed above its bottom edge.
    assertRecordable(file, 4 * IN, 10);
    expect(flat(file)).toContain('city of model code § 2-145');
  });

  it.skipIf(!hasSoffice || !hasPoppler)('the DOCX carries the same elements and keeps page 1\'s reserved area blank in LibreOffice', async () => {
    const { w, deps } = await lienWorld();
    waiveFileLien(deps, w.caseId);
    const doc = await issueDocumentOfKind(deps, 'lien_filing', w.caseId, undefined, { language: 'es' });
    const { bytes } = await readIssuedDocument(w.db, w.deps.vault, doc.id, 'docx');
    const { pdfPath } = await convertWithLibreOffice(bytes, 'filing-es');
    const text = flat(pdfPath);
    for (const e of ELEMENTS.es) expect(text, e).toContain(e.toLowerCase());
    // LibreOffice's fonts differ from the embedded DejaVu: the reserved area and the margins are what must hold.
    assertRecordable(pdfPath, 3 * IN, null);
  }, 180_000);

  it('is refused (NOT_READY) while the file_lien step is not ready, and nothing is issued or numbered', async () => {
    const { w, deps } = await lienWorld();
    const before = enforcementCounts(w.db);
    await expect(issueDocumentOfKind(deps, 'lien_filing', w.caseId)).rejects.toMatchObject({
      code: 'NOT_READY',
      message: expect.stringMatching(/^The lien filing cannot be issued yet: \d+ blocking items? (is|are) missing from "File a lien" — .*Demand for payment served on the owner/),
    });
    expect(enforcementCounts(w.db)).toEqual(before);
    expect(listDocuments(w.db, w.caseId).map((d) => d.kind)).toEqual(['notice_of_violation']);
  });

  it('refuses a property without a legal description, naming where to add it, and issues nothing', async () => {
    const { w, deps } = await lienWorld('model-ipmc', { legal: false });
    waiveFileLien(deps, w.caseId);
    const before = enforcementCounts(w.db);
    await expect(issueDocumentOfKind(deps, 'lien_filing', w.caseId)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/no legal description.*Add the legal description from the deed in the Property tab \(CLI: caseready property update --case CE-2026-0001 --legal/),
    });
    expect(enforcementCounts(w.db)).toEqual(before);
    expect(listDocuments(w.db, w.caseId)).toHaveLength(1);
    // A blank one is no better.
    updateProperty(w.db, { propertyId: propertyIdOfCase(w.db, w.caseId)!, legalDescription: '   ' }, 'clerk', w.deps.clock);
    await expect(issueDocumentOfKind(deps, 'lien_filing', w.caseId)).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('refuses when nothing is owed, and when only charges the pack does not lien remain', async () => {
    const { w, deps } = await lienWorld('model-ipmc', { ledger: false });
    waiveFileLien(deps, w.caseId);
    const before = enforcementCounts(w.db);
    await expect(issueDocumentOfKind(deps, 'lien_filing', w.caseId)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/no abatement or admin fee charge on its ledger that the pack allows to be liened/) });
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 20000, entryDate: '2026-10-25', description: 'Mowing' });
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'payment', amount: 20000, entryDate: '2026-10-30', description: 'Paid in full' });
    const paid = enforcementCounts(w.db);
    await expect(issueDocumentOfKind(deps, 'lien_filing', w.caseId)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/owes nothing that can be liened \(balance \$0\.00\)/) });
    expect(enforcementCounts(w.db)).toEqual(paid);
    expect(before.number_sequences).toBe(paid.number_sequences);
    expect(listDocuments(w.db, w.caseId)).toHaveLength(1);
  });
});
