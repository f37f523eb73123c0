/**
 * Every issued notice and demand carries its DOCX rendition, drawn from the same model as the PDF
 * and stored in the vault beside it: fetched re-hashed, refused for documents issued before
 * there was one, and — converted by LibreOffice — reading the same elements as the PDF.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listDocuments } from '../../electron/db/queries/documents';
import { readIssuedDocument, type IssueDeps } from '../../electron/services/documents/issue/issueKind';
import { enforcementWorld } from './support/enforcementFixture';
import { convertWithLibreOffice, hasPoppler, hasSoffice, poppler } from './support/docxInspect';
import { issueNext } from './support/issueNext';
import { FONTS_DIR, loadModelPack } from './support/noticeFixture';

if (!hasSoffice) console.warn('LibreOffice (soffice) is not installed (apt-get install -y libreoffice-writer-nogui): the issued DOCX conversion check is SKIPPED');

async function issuedNotice() {
  const loaded = await loadModelPack();
  const w = await enforcementWorld({ pack: loaded.pack });
  const deps: IssueDeps = { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', fontsDir: FONTS_DIR, pack: { ...loaded, checklists: undefined } };
  w.db.prepare("INSERT INTO number_sequences (prefix, year, last) VALUES ('NOV', 2026, 1)").run();
  w.db.prepare("UPDATE violations SET compliance_date = '2027-01-01' WHERE id = ?").run(w.violationId);
  const handMade = listDocuments(w.db, w.caseId)[0]!;
  const doc = await issueNext(deps, 'notice_of_violation', w.caseId);
  return { w, deps, doc, handMade };
}

describe('the DOCX of an issued document', () => {
  it('is stored with the document, handed out re-hashed, and refused for an older document without one', async () => {
    const { w, deps, doc, handMade } = await issuedNotice();
    expect(doc.docxSha256).toMatch(/^[0-9a-f]{64}$/);
    const file = await readIssuedDocument(w.db, deps.vault, doc.id, 'docx');
    expect(file.fileName).toBe(`${doc.number}.docx`);
    expect(createHash('sha256').update(file.bytes).digest('hex')).toBe(doc.docxSha256);
    expect(file.bytes.subarray(0, 2).toString()).toBe('PK');
    expect(w.db.prepare('SELECT media_type FROM vault_objects WHERE sha256 = ?').pluck().get(doc.docxSha256)).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    await expect(readIssuedDocument(w.db, deps.vault, handMade.id, 'docx')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/has no Word \(DOCX\) version: it was issued before CaseReady made one\. Save its PDF instead\./),
    });
  });

  it.skipIf(!hasSoffice || !hasPoppler)('converts with LibreOffice and reads the same elements as the PDF', async () => {
    const { w, deps, doc } = await issuedNotice();
    const pdf = await readIssuedDocument(w.db, deps.vault, doc.id, 'pdf');
    const docx = await readIssuedDocument(w.db, deps.vault, doc.id, 'docx');
    const converted = await convertWithLibreOffice(docx.bytes, 'issued-notice');
    const pdfPath = `${converted.pdfPath}.original.pdf`;
    writeFileSync(pdfPath, pdf.bytes);
    // Case-blind: the PDF sets the title in capitals, Word keeps it as worded.
    const flat = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
    const fromPdf = flat(poppler('pdftotext', [pdfPath, '-']));
    const fromDocx = flat(poppler('pdftotext', [converted.pdfPath, '-']));
    // The elements a notice must carry, as the PDF prints them, must all be in the DOCX too.
    const elements = [doc.number, 'NOTICE OF VIOLATION', 'January 4, 2027', 'Appeal by', 'Your right to appeal', 'If the violations are not corrected', 'Help is available'];
    for (const element of elements) {
      expect(fromPdf, `PDF prints ${element}`).toContain(element.toLowerCase());
      expect(fromDocx, `DOCX prints ${element}`).toContain(element.toLowerCase());
    }
    const caseNumber = w.db.prepare('SELECT case_number FROM cases WHERE id = ?').pluck().get(w.caseId) as string;
    expect(fromDocx).toContain(caseNumber.toLowerCase());
  });
});
