/**
 * English and Spanish: every pack shipped words every owner-facing text in every language it
 * offers (a missing file, key or untranslated sentence fails here), and a Spanish notice or
 * demand carries every element the English one does — read back from the rendered PDF's text.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demandDocument } from '../../electron/services/documents/kinds/demand/demandDocument';
import { buildDemandModel, requireDemandWording, type DemandModel } from '../../electron/services/documents/kinds/demand/demandModel';
import { noticeDocument } from '../../electron/services/documents/kinds/notice/noticeDocument';
import { buildNoticeModel, type NoticeModel } from '../../electron/services/documents/kinds/notice/noticeModel';
import { renderPdf } from '../../electron/services/documents/render/pdf/renderPdf';
import { loadPack, loadPackFromDir, wordingIn, type LoadedPack } from '../../electron/services/packs/loadPack';
import { languageForRecipient, packInLanguage, type PackLanguage } from '../../shared/packLocalization';
import { placeholdersIn } from '../../shared/jurisdictionPack';
import { costsOf, linesOf, typicalLedger } from './support/demandFixture';
import { AUDIT_HEAD, FakeVault, FONTS_DIR, TEMPLATES_DIR, caseDetail, violation } from './support/noticeFixture';

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!hasPoppler) console.warn('pdftotext is not installed (apt-get install -y poppler-utils): the Spanish/English text comparison is SKIPPED');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'caseready-lang-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PACK_IDS = readdirSync(path.join(TEMPLATES_DIR, 'jurisdictions'));

/** Every string leaf with its key path. */
function leaves(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
  return [];
}

/** Words outside placeholders: a sentence made only of placeholders and punctuation needs no translation. */
const wordsOf = (text: string) => text.replace(/\{[A-Za-z]+\}/g, '').replace(/SHA-256/g, '').replace(/[^\p{L}]+/gu, '');

describe.each(PACK_IDS)('pack %s in every language it offers', (packId) => {
  it('loads every language, words every key in each, and translates every sentence', async () => {
    const loaded = await loadPack(TEMPLATES_DIR, packId);
    const [base, ...others] = loaded.pack.languages;
    const reference = wordingIn(loaded, base!);
    for (const language of others) {
      const other = wordingIn(loaded, language);
      for (const file of ['notice', 'demand'] as const) {
        const a = new Map(leaves(reference[file]));
        const b = new Map(leaves(other[file]));
        expect([...b.keys()].sort(), `${file}.${language}.json has the keys of ${file}.${base}.json`).toEqual([...a.keys()].sort());
        for (const [key, text] of a) {
          if (key === 'language') continue;
          const translated = b.get(key)!;
          // Same placeholders: a translation that drops {appealBy} would print no date.
          expect(placeholdersIn(translated).sort(), `${file}.${language}.json ${key}`).toEqual(placeholdersIn(text).sort());
          if (wordsOf(text) !== '') expect(translated, `${file}.${language}.json ${key} is still the ${base} text`).not.toBe(text);
        }
      }
      const localized = packInLanguage(loaded.pack, language);
      for (const key of ['codeName', 'inspectorTitle'] as const) expect(localized[key]).not.toBe(loaded.pack[key]);
      expect(localized.department.hours).not.toBe(loaded.pack.department.hours);
      localized.helpResources.forEach((r, i) => expect(r.description).not.toBe(loaded.pack.helpResources[i]!.description));
    }
  });
});

describe('a pack missing a translation', () => {
  function brokenCopy(change: (dir: string) => void): string {
    const dir = mkdtempSync(path.join(tmp, 'pack-'));
    const packDir = path.join(dir, 'model-ipmc');
    cpSync(path.join(TEMPLATES_DIR, 'jurisdictions', 'model-ipmc'), packDir, { recursive: true });
    change(packDir);
    return packDir;
  }

  it('is refused when a listed language has no notice wording', async () => {
    const dir = brokenCopy((d) => rmSync(path.join(d, 'notice.es.json')));
    await expect(loadPackFromDir(dir, 'model-ipmc')).rejects.toThrow(/lists "es" but .*notice\.es\.json is missing/);
  });

  it('is refused when the demand is worded in one language only', async () => {
    const dir = brokenCopy((d) => rmSync(path.join(d, 'demand.es.json')));
    await expect(loadPackFromDir(dir, 'model-ipmc')).rejects.toThrow(/demand\.es\.json is missing: the pack words the Demand for Payment in en and offers es too/);
  });

  it("is refused when pack.json's own text has no Spanish version", async () => {
    const dir = brokenCopy((d) => {
      const file = path.join(d, 'pack.json');
      const pack = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      delete pack.localized;
      writeFileSync(file, JSON.stringify(pack));
    });
    await expect(loadPackFromDir(dir, 'model-ipmc')).rejects.toThrow(/"es" is offered but localized\.es is missing/);
  });

  it('is refused when a Spanish key is missing', async () => {
    const dir = brokenCopy((d) => {
      const file = path.join(d, 'notice.es.json');
      const wording = JSON.parse(readFileSync(file, 'utf8')) as { labels: Record<string, string> };
      delete wording.labels.appealBy;
      writeFileSync(file, JSON.stringify(wording));
    });
    await expect(loadPackFromDir(dir, 'model-ipmc')).rejects.toThrow(/notice\.es\.json.*appealBy/s);
  });
});

describe('which language a document is written in', () => {
  it("follows the recipient's preferred language when the pack offers it, else the pack's first", async () => {
    const { pack } = await loadPack(TEMPLATES_DIR, 'model-ipmc');
    expect(languageForRecipient(pack, 'es')).toBe('es');
    expect(languageForRecipient(pack, 'es-MX')).toBe('es');
    expect(languageForRecipient(pack, 'vi')).toBe('en');
    expect(languageForRecipient(pack, null)).toBe('en');
  });
});

describe.skipIf(!hasPoppler)('the Spanish documents carry every element of the English ones', () => {
  const textOf = (bytes: Uint8Array, name: string) => {
    const file = path.join(tmp, `${name}.pdf`);
    writeFileSync(file, bytes);
    const run = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return run.stdout.replace(/\s+/g, ' ');
  };

  it('notice: numbers, names, addresses, citations, every date in its language, hashes and help lines', async () => {
    const loaded: LoadedPack = await loadPack(TEMPLATES_DIR, 'model-ipmc');
    const vault = new FakeVault();
    const detail = caseDetail([
      violation(1, { complianceDate: '2027-01-01', photos: [await vault.addPhoto(1, 1)] }),
      violation(2, { codeSection: '302.4', complianceDate: '2026-12-15' }),
    ]);
    const build = (language: PackLanguage): NoticeModel =>
      buildNoticeModel(detail, { documentNumber: 'NOV-2026-000031', issuedOn: '2026-11-27', auditHead: AUDIT_HEAD, pack: packInLanguage(loaded.pack, language), wording: wordingIn(loaded, language).notice });
    const elements = (m: NoticeModel, pack = packInLanguage(loaded.pack, m.language)) => [
      m.documentNumber,
      m.caseNumber,
      detail.property.parcelId,
      detail.owner.name,
      detail.property.address,
      pack.department.phone,
      pack.department.email,
      ...m.references.map((r) => r.value),
      ...m.violations.flatMap((v) => [v.citation, v.complianceDateText, ...v.rows.map((r) => r.value)]),
      ...m.violations.flatMap((v) => v.photos.map((p) => p.originalSha256.slice(0, 32))),
      ...pack.helpResources.flatMap((r) => [r.name, r.phone ?? '', r.description]),
      m.signature.lines[0]!,
    ];
    const en = build('en');
    const es = build('es');
    const texts = { en: textOf((await renderPdf(noticeDocument(en), { loadImage: vault.loadImage, fontsDir: FONTS_DIR })).bytes, 'nov-en'), es: textOf((await renderPdf(noticeDocument(es), { loadImage: vault.loadImage, fontsDir: FONTS_DIR })).bytes, 'nov-es') };
    expect(elements(es)).toHaveLength(elements(en).length);
    for (const [language, m] of [['en', en], ['es', es]] as const) {
      for (const element of elements(m)) expect(texts[language], `${language} notice prints "${element}"`).toContain(element.replace(/\s+/g, ' '));
    }
    // The dates in each language's own words, rolled and computed once.
    expect(texts.en).toContain('January 4, 2027');
    expect(texts.es).toContain('4 de enero de 2027');
    expect(texts.es).toContain('a más tardar el 17 de diciembre de 2026');
    expect(texts.es).toContain('AVISO DE INFRACCIÓN');
    expect(texts.es).not.toMatch(/Correct by|Condition found|Your right to appeal/);
  });

  it('demand: every line, amount and date of the statement, in the Spanish letter too', async () => {
    const loaded: LoadedPack = await loadPack(TEMPLATES_DIR, 'model-ipmc');
    const build = (language: PackLanguage): DemandModel =>
      buildDemandModel(
        { detail: caseDetail([]), ledger: typicalLedger(), notices: [{ number: 'NOV-2026-000012', issuedOn: '2026-10-06' }] },
        { documentNumber: 'DFP-2026-000007', issuedOn: '2026-11-02', auditHead: AUDIT_HEAD, pack: packInLanguage(loaded.pack, language), wording: requireDemandWording({ pack: loaded.pack, ...wordingIn(loaded, language) }), ...costsOf(loaded, language) },
      );
    const elements = (m: DemandModel) => [
      m.documentNumber,
      m.caseNumber,
      'NOV-2026-000012',
      m.payBy.dateText,
      ...linesOf(m).flatMap((l) => [l.dateText, l.amountText]),
      ...m.statement.sections.map((s) => s.subtotal.value),
      ...m.statement.totals.map((t) => t.value),
    ];
    const noPhotos = () => Promise.reject(new Error('a demand has no photos'));
    const en = build('en');
    const es = build('es');
    expect(elements(es)).toHaveLength(elements(en).length);
    for (const [language, m] of [['en', en], ['es', es]] as const) {
      const text = textOf((await renderPdf(demandDocument(m), { loadImage: noPhotos, fontsDir: FONTS_DIR })).bytes, `dfp-${language}`);
      for (const element of elements(m)) expect(text, `${language} demand prints "${element}"`).toContain(element);
    }
    expect(es.payBy.dateText).toBe('9 de diciembre de 2026');
    expect(linesOf(es)[0]!.dateText).toBe('25 oct 2026');
  });
});
