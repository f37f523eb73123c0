/**
 * The issued Notice of Hearing, in English and in Spanish, read back from its PDF (pdftotext) and
 * from its DOCX converted by LibreOffice: number, tribunal, docket, the current date and time
 * after the continuance (and the date it was moved from), place, the last day to serve from the
 * pack's hearingNotice rule, the rights, non-appearance and continuance paragraphs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readIssuedDocument } from '../../electron/services/documents/issue/issueKind';
import { lastDayToServe } from '../../electron/services/documents/kinds/hearing/hearingNoticeModel';
import { loadPack, wordingIn } from '../../electron/services/packs/loadPack';
import { deadlineFor } from '../../shared/checklists/deadlineMemo';
import { placeholdersIn } from '../../shared/jurisdictionPack';
import { deadlineSetupFor } from '../../shared/deadlines/packSetup';
import { convertWithLibreOffice, hasPoppler, hasQpdf, hasSoffice, poppler } from './support/docxInspect';
import { hearingWorld, issueHearingNotice } from './support/hearingNoticeFixture';
import { TEMPLATES_DIR } from './support/noticeFixture';

if (!hasPoppler) console.warn('pdftotext is not installed (apt-get install -y poppler-utils): the notice-of-hearing text checks are SKIPPED');

const flat = (text: string) => text.replace(/\s+/g, ' ');

/** What each language must print, as it prints it. */
const ELEMENTS = {
  en: [
    'NOTICE OF HEARING', 'Property Maintenance Appeals Board', 'PMAB-2026-0042', 'December 2, 2026', '9:30 AM', 'City Hall, Room 105, 100 Civic Center Plaza', 'A. Okafor',
    // The continuance: the date and time it was moved from.
    'was set for November 25, 2026 at 2:00 PM', 'Serve by', 'November 20, 2026',
    'at your own expense', 'present documents, photographs and other evidence, bring witnesses', 'free of charge', 'November 25, 2026 by calling',
    'the hearing may proceed without you and an order may be entered against you by default', 'How to ask for a continuance', 'Ask in writing', 'before December 2, 2026', 'good cause',
    'Dorothy M. Smith', '1418 Maple Street',
  ],
  es: [
    'AVISO DE AUDIENCIA', 'Property Maintenance Appeals Board', 'PMAB-2026-0042', '2 de diciembre de 2026', '9:30', 'City Hall, Room 105, 100 Civic Center Plaza', 'A. Okafor',
    'estaba fijada para el 25 de noviembre de 2026 a las 14:00', 'Notificar a más tardar', '20 de noviembre de 2026',
    'a su propio costo', 'presentar documentos, fotografías y otras pruebas, traer testigos', 'sin costo alguno', 'a más tardar el 25 de noviembre de 2026',
    'la audiencia podrá celebrarse sin usted y podrá dictarse en su contra una resolución en rebeldía', 'Cómo solicitar un aplazamiento', 'por escrito', 'antes del 2 de diciembre de 2026', 'causa justificada',
    'Dorothy M. Smith', '1418 Maple Street',
  ],
} as const;

/** Every leaf with its key path (numbers too: the interpreter days must match). */
function leaves(value: unknown, at = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [[at, value]];
}

describe.each(['model-ipmc', 'model-strict'])('%s words the notice of hearing', (packId) => {
  it('in Spanish with every key, placeholder and number of the English, every sentence translated', async () => {
    const loaded = await loadPack(TEMPLATES_DIR, packId);
    const en = new Map(leaves(wordingIn(loaded, 'en').kinds?.hearingNotice));
    const es = new Map(leaves(wordingIn(loaded, 'es').kinds?.hearingNotice));
    expect(en.size).toBeGreaterThan(30);
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of en) {
      if (key === 'language') continue;
      const translated = es.get(key);
      if (typeof value !== 'string') {
        expect(translated, key).toBe(value);
        continue;
      }
      expect(placeholdersIn(translated as string).sort(), key).toEqual(placeholdersIn(value).sort());
      // "Tribunal" is the same word in both languages.
      if (value.replace(/\{[A-Za-z]+\}/g, '').replace(/[^\p{L}]+/gu, '') !== '' && key !== 'particulars.tribunal') expect(translated, `${key} is still English`).not.toBe(value);
    }
  });
});

describe('the notice of hearing as issued', () => {
  it('prints the last day to serve that the checklist counts, and the interpreter date the same way', async () => {
    const { loaded, hearing } = await hearingWorld();
    const checklistDay = deadlineFor(deadlineSetupFor(loaded.pack), 'hearingNotice', hearing.scheduledAt.slice(0, 10));
    expect(checklistDay).toMatchObject({ ok: true, result: { date: '2026-11-20' } });
    expect(lastDayToServe(loaded.pack, hearing.scheduledAt)).toEqual({ date: '2026-11-20', explanation: '2026-12-02 − 10 calendar days = 2026-11-22 (Sunday) → rolled back to 2026-11-20' });
    // 5 days before: Friday 11-27 (the pack's Day after Thanksgiving) and Thanksgiving roll back to Wednesday 11-25.
    expect(lastDayToServe(loaded.pack, hearing.scheduledAt, 5).date).toBe('2026-11-25');
  });

  it.each(['en', 'es'] as const)('%s: the PDF carries every element, passes qpdf --check, and records what it said', async (language) => {
    const h = await hearingWorld();
    const doc = await issueHearingNotice(h, h.hearing.id, language);
    expect(doc.number).toMatch(/^NOH-2026-\d{6}$/);
    const row = h.w.db.prepare('SELECT subject_type, subject_id, title FROM documents WHERE id = ?').get(doc.id);
    expect(row).toEqual({ subject_type: 'hearing', subject_id: h.hearing.id, title: 'Notice of Hearing — Property Maintenance Appeals Board, docket PMAB-2026-0042' });
    const audit = h.w.db.prepare("SELECT details FROM audit_log WHERE action = 'document.issue' ORDER BY seq DESC LIMIT 1").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ hearingId: h.hearing.id, scheduledAt: '2026-12-02T09:30', serveBy: '2026-11-20', interpreterBy: '2026-11-25' });
    if (!hasPoppler) return;
    const pdf = await readIssuedDocument(h.w.db, h.deps.vault, doc.id, 'pdf');
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'caseready-noh-')), `${doc.number}.pdf`);
    writeFileSync(file, pdf.bytes);
    // Case-blind: the PDF sets the title and the reference labels in capitals.
    const text = flat(poppler('pdftotext', [file, '-'])).toLowerCase();
    for (const element of [doc.number, ...ELEMENTS[language]]) expect(text, `${language} PDF prints "${element}"`).toContain(element.toLowerCase());
    if (hasQpdf) expect(spawnSync('qpdf', ['--check', file], { encoding: 'utf8' }).status).toBe(0);
  });

  it.skipIf(!hasSoffice || !hasPoppler)('the DOCX converts with LibreOffice and carries the same elements, in both languages', async () => {
    const h = await hearingWorld();
    for (const language of ['en', 'es'] as const) {
      const doc = await issueHearingNotice(h, h.hearing.id, language, language === 'en' ? null : (h.w.db.prepare("SELECT max(id) FROM documents WHERE kind = 'notice_of_hearing'").pluck().get() as number));
      const docx = await readIssuedDocument(h.w.db, h.deps.vault, doc.id, 'docx');
      const converted = await convertWithLibreOffice(docx.bytes, `hearing-notice-${language}`);
      const text = flat(poppler('pdftotext', [converted.pdfPath, '-'])).toLowerCase();
      for (const element of [doc.number, ...ELEMENTS[language]]) expect(text, `${language} DOCX prints "${element}"`).toContain(element.toLowerCase());
    }
  }, 240_000);
});
