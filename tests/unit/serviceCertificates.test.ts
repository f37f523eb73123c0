/**
 * The certificate of mailing and the affidavits of service and posting, issued through the one
 * path on a real store, vault and model pack: every element of the service record read back from
 * the PDF (pdftotext) in English and in Spanish, the jurat where the pack asks for one, the
 * posting photo's SHA-256, qpdf --check, the DOCX through LibreOffice, and every refusal leaving
 * nothing issued.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { addServiceAttempt } from '../../electron/services/enforcement/serviceOfNotice';
import { issueDocumentOfKind, readIssuedDocument } from '../../electron/services/documents/issue/issueKind';
import { loadPackFromDir } from '../../electron/services/packs/loadPack';
import type { DocumentKind } from '../../shared/domain';
import type { PackLanguage } from '../../shared/packLocalization';
import { convertWithLibreOffice, hasPoppler, hasQpdf, hasSoffice, poppler } from './support/docxInspect';
import { enforcementCounts, enforcementWorld, file } from './support/enforcementFixture';
import { TEMPLATES_DIR } from './support/noticeFixture';
import { serviceWorld, TRACKING, type ServiceWorld } from './support/serviceFixture';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'caseready-service-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const flat = (text: string) => text.replace(/\s+/g, ' ');

function pdfText(bytes: Uint8Array, name: string): string {
  const file = path.join(tmp, `${name}.pdf`);
  writeFileSync(file, bytes);
  if (hasQpdf) {
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.status, `qpdf --check ${name}: ${check.stdout}${check.stderr}`).toBe(0);
  }
  return flat(poppler('pdftotext', [file, '-']));
}

async function issue(s: ServiceWorld, kind: DocumentKind, subjectId: number | null, language: PackLanguage = 'en') {
  const doc = await issueDocumentOfKind(s.deps, kind, s.w.caseId, undefined, { subjectId, language });
  const pdf = await readIssuedDocument(s.w.db, s.deps.vault, doc.id, 'pdf');
  return { doc, pdf: pdf.bytes };
}

const caseNumberOf = (s: ServiceWorld) => s.w.db.prepare('SELECT case_number FROM cases WHERE id = ?').pluck().get(s.w.caseId) as string;
const noticeNumberOf = (s: ServiceWorld) => s.w.db.prepare('SELECT number FROM documents WHERE id = ?').pluck().get(s.w.documentId) as string;

/** What each proof must print, per language: the record as the app stores it, in that language's form. */
const EXPECTED: Record<PackLanguage, Record<'certificate_of_mailing' | 'affidavit_of_service' | 'affidavit_of_posting', string[]>> = {
  en: {
    certificate_of_mailing: ['CERTIFICATE OF MAILING', 'Certified mail, return receipt requested', 'October 7, 2026', TRACKING, 'Ana Ruiz, Clerk', 'Delivered', '10:40 a.m.', 'certify under penalty of perjury', 'Signature:'],
    affidavit_of_service: ['AFFIDAVIT OF SERVICE', 'Personal service', 'October 12, 2026', 'R. Peña', 'Delivered', '2:15 p.m.', 'being first duly sworn', 'Subscribed and sworn to', 'Notary seal', 'My commission expires', 'State of Model'],
    affidavit_of_posting: ['AFFIDAVIT OF POSTING', 'Posting on the property', 'October 14, 2026', 'R. Peña', 'Posted', '9:05 a.m.', 'Posted at', 'conspicuous place', 'PHOTOGRAPH OF THE POSTING', 'posting-front-door.jpg', 'Subscribed and sworn to', 'Notary seal'],
  },
  es: {
    certificate_of_mailing: ['CERTIFICADO DE ENVÍO POR CORREO', 'Correo certificado con acuse de recibo', '7 de octubre de 2026', TRACKING, 'Ana Ruiz, Clerk', 'Entregado', '10:40 a.m.', 'certifico bajo pena de perjurio', 'Firma:'],
    affidavit_of_service: ['DECLARACIÓN JURADA DE NOTIFICACIÓN PERSONAL', 'Notificación personal', '12 de octubre de 2026', 'R. Peña', 'Entregado', '2:15 p.m.', 'habiendo prestado juramento', 'Suscrito y jurado', 'Sello del notario', 'Mi nombramiento vence el', 'Estado de Model'],
    affidavit_of_posting: ['DECLARACIÓN JURADA DE FIJACIÓN', 'Fijación en la propiedad', '14 de octubre de 2026', 'R. Peña', 'Fijado', '9:05 a.m.', 'Lugar de la fijación', 'lugar visible', 'FOTOGRAFÍA DE LA FIJACIÓN', 'posting-front-door.jpg', 'Suscrito y jurado', 'Sello del notario'],
  },
};

const SUBJECT = { certificate_of_mailing: 'certified', affidavit_of_service: 'personal', affidavit_of_posting: 'posting' } as const;

describe.skipIf(!hasPoppler).each(['en', 'es'] as const)('the proofs of service in %s (model-ipmc)', (language) => {
  it.each(Object.keys(SUBJECT) as (keyof typeof SUBJECT)[])('%s prints every element of its service record', async (kind) => {
    const s = await serviceWorld();
    const { doc, pdf } = await issue(s, kind, s.attempts[SUBJECT[kind]], language);
    expect(doc.subject).toEqual({ type: 'service_attempt', id: s.attempts[SUBJECT[kind]] });
    const text = pdfText(pdf, `${kind}-${language}`);
    const common = [doc.number, caseNumberOf(s), '07-215-033', noticeNumberOf(s), 'Dorothy M. Smith', '1418 Maple Street, Model, ST 00000', 'City of Model Department of Code Enforcement'];
    for (const element of [...common, ...EXPECTED[language][kind]]) expect(text, `${kind} (${language}) prints ${element}`).toContain(element);
    if (kind === 'certificate_of_mailing') {
      // model-ipmc: a certificate signed under penalty of perjury, no notary.
      expect(text).not.toMatch(/Subscribed and sworn|Suscrito y jurado|Jurat/);
    }
    if (kind === 'affidavit_of_posting') {
      // The original's hash as stored in the vault, printed in two halves under the photo.
      expect(text).toContain(s.photo.sha256.slice(0, 32));
      expect(text).toContain(s.photo.sha256.slice(32));
      // The scanned receipt (a PDF) is not a photo of the posting.
      expect(text).not.toContain('receipt.pdf');
    }
  });
});

describe.skipIf(!hasPoppler)('a PNG photo of the posting', () => {
  it('is named with its SHA-256 in the service record (the renderers place JPEGs only), and the affidavit is issued', async () => {
    const s = await serviceWorld();
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 120, b: 40 } } }).png().toBuffer();
    const attempt = await addServiceAttempt(s.w.deps, {
      documentId: s.w.documentId, partyId: s.w.ownerId, method: 'posting', attemptedOn: '2026-10-15', server: 'R. Peña', outcome: 'posted', notes: '', proofs: [file('door.png', png)],
    });
    const { pdf } = await issue(s, 'affidavit_of_posting', attempt.id);
    const text = pdfText(pdf, 'posting-png');
    expect(text).toContain('Photo of the posting on October 15, 2026 (door.png)');
    expect(text.replace(/ /g, '')).toContain(createHash('sha256').update(png).digest('hex'));
    expect(text).not.toContain('PHOTOGRAPH OF THE POSTING');
  });
});

describe.skipIf(!hasPoppler)('the pack decides the notary', () => {
  it('model-strict puts a jurat under the certificate of mailing too, and a first-class mailing prints no tracking number', async () => {
    const s = await serviceWorld('model-strict');
    const { pdf } = await issue(s, 'certificate_of_mailing', s.attempts.firstClass);
    const text = pdfText(pdf, 'strict-mailing');
    for (const element of ['CERTIFICATE OF MAILING', 'First-class mail', 'October 8, 2026', 'Returned to sender', 'None recorded', 'JURAT', 'Subscribed and sworn to', 'by Ana Ruiz, Clerk', 'in this certificate']) {
      expect(text).toContain(element);
    }
    expect(text).not.toContain('tracking number');
  });
});

describe.skipIf(!hasSoffice || !hasPoppler)('the DOCX of a proof of service', () => {
  it.each([
    ['affidavit_of_posting', 'es'],
    ['certificate_of_mailing', 'en'],
  ] as const)('%s (%s) converts with LibreOffice and reads the same elements as the PDF', async (kind, language) => {
    const s = await serviceWorld();
    const { doc } = await issue(s, kind, s.attempts[SUBJECT[kind]], language);
    const docx = await readIssuedDocument(s.w.db, s.deps.vault, doc.id, 'docx');
    const converted = await convertWithLibreOffice(docx.bytes, `${kind}-${language}`);
    const text = flat(poppler('pdftotext', [converted.pdfPath, '-'])).toLowerCase();
    const elements = [doc.number, noticeNumberOf(s), 'Dorothy M. Smith', ...EXPECTED[language][kind]];
    if (kind === 'affidavit_of_posting') elements.push(s.photo.sha256.slice(0, 32), s.photo.sha256.slice(32));
    for (const element of elements) expect(text, `DOCX prints ${element}`).toContain(element.toLowerCase());
  });
});

describe('a proof of service is refused, and nothing is issued', () => {
  async function refused(s: ServiceWorld, kind: DocumentKind, subjectId: number | null, message: RegExp, code = 'VALIDATION') {
    const before = { ...enforcementCounts(s.w.db), documents: s.w.db.prepare('SELECT count(*) FROM documents').pluck().get() };
    await expect(issueDocumentOfKind(s.deps, kind, s.w.caseId, undefined, { subjectId })).rejects.toMatchObject({ code, message: expect.stringMatching(message) });
    expect({ ...enforcementCounts(s.w.db), documents: s.w.db.prepare('SELECT count(*) FROM documents').pluck().get() }).toEqual(before);
  }

  it('without a service attempt named', async () => {
    const s = await serviceWorld();
    await refused(s, 'affidavit_of_service', null, /An affidavit of service is about one service attempt: say which \(subjectId; CLI --subject\)/);
  });

  it('for an attempt that does not exist or is on another case', async () => {
    const s = await serviceWorld();
    await refused(s, 'affidavit_of_posting', 999, /Service attempt 999 is not on case .+, so no affidavit of posting can be issued for it/, 'NOT_FOUND');
    const other = await enforcementWorld({ db: s.w.db, pack: s.loaded.pack, parcelId: '09-000-001' });
    const s2 = { ...s, w: other };
    await refused(s2, 'affidavit_of_posting', s.attempts.posting, new RegExp(`Service attempt ${s.attempts.posting} is not on case`), 'NOT_FOUND');
  });

  it.each([
    ['certificate_of_mailing', 'personal', /was by personal service, so a certificate of mailing does not fit it: issue the affidavit of service \(affidavit_of_service\) instead/],
    ['certificate_of_mailing', 'posting', /was by posting, so a certificate of mailing does not fit it: issue the affidavit of posting \(affidavit_of_posting\) instead/],
    ['affidavit_of_service', 'certified', /was by certified mail, so an affidavit of service does not fit it: issue the certificate of mailing \(certificate_of_mailing\) instead/],
    ['affidavit_of_posting', 'firstClass', /was by first class mail, so an affidavit of posting does not fit it: issue the certificate of mailing \(certificate_of_mailing\) instead/],
  ] as const)('%s for the %s attempt: the method does not fit, and the message names the kind that does', async (kind, attempt, message) => {
    const s = await serviceWorld();
    await refused(s, kind, s.attempts[attempt], message);
  });

  it('an affidavit of service for an attempt nobody received', async () => {
    const s = await serviceWorld();
    await refused(s, 'affidavit_of_service', s.attempts.unclaimedPersonal, /is recorded as unclaimed, which an affidavit of service cannot state\. Only a delivery/);
  });

  it('an affidavit of posting whose photo was altered in the vault', async () => {
    const s = await serviceWorld();
    const objects = path.join(s.w.vaultDir, 'objects', s.photo.sha256.slice(0, 2));
    const name = readdirSync(objects).find((f) => f === s.photo.sha256)!;
    writeFileSync(path.join(objects, name), Buffer.from('not the photo that was posted'));
    await refused(s, 'affidavit_of_posting', s.attempts.posting, /./, 'INTEGRITY');
  });

  it('with a pack that does not word the proofs of service, naming the file to add', async () => {
    const dir = path.join(mkdtempSync(path.join(tmp, 'pack-')), 'model-ipmc');
    cpSync(path.join(TEMPLATES_DIR, 'jurisdictions', 'model-ipmc'), dir, { recursive: true });
    for (const l of ['en', 'es']) rmSync(path.join(dir, `serviceCertificates.${l}.json`));
    const s = await serviceWorld('model-ipmc', await loadPackFromDir(dir, 'model-ipmc'));
    await refused(s, 'certificate_of_mailing', s.attempts.certified, /does not word the certificate of mailing and the affidavits of service and posting: add serviceCertificates\.en\.json/);
  });
});

describe('the checklist gate', () => {
  it('no step of either model pack lists a proof of service, so one is issued while no step is ready', async () => {
    for (const packId of ['model-ipmc', 'model-strict']) {
      const s = await serviceWorld(packId);
      const listed = (s.loaded.checklists?.steps ?? []).flatMap((step) => step.documents ?? []);
      expect(listed.length, `${packId} lists some documents`).toBeGreaterThan(0);
      for (const kind of Object.keys(SUBJECT)) expect(listed).not.toContain(kind);
      // The notice's step is not ready on this case (no inspection): the affidavit is still issued.
      const doc = await issueDocumentOfKind(s.deps, 'affidavit_of_service', s.w.caseId, undefined, { subjectId: s.attempts.personal });
      expect(doc.number).toMatch(/^AOS-2026-\d{6}$/);
    }
  });
});
