import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFArray, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseDetail } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { buildNoticeModel, type NoticeModel } from '../../electron/services/documents/kinds/notice/noticeModel';
import { noticeDocument } from '../../electron/services/documents/kinds/notice/noticeDocument';
import { renderPdf } from '../../electron/services/documents/render/pdf/renderPdf';
import type { NoticeModel as RenderedNotice } from '../../electron/services/documents/kinds/notice/noticeModel';
import type { LoadedPack } from '../../electron/services/packs/loadPack';
import { AUDIT_HEAD, FONTS_DIR, FakeVault, caseDetail, loadModelPack, violation } from './support/noticeFixture';

/** poppler-utils (pdftotext, pdfimages, pdffonts); CI installs it. Without it those checks are skipped, loudly. */
const renderNoticePdf = (m: RenderedNotice, deps: Parameters<typeof renderPdf>[1]) => renderPdf(noticeDocument(m), deps);

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!hasPoppler) console.warn('pdftotext is not installed (apt-get install -y poppler-utils): text-extraction checks are SKIPPED');

let tmp: string;
let loaded: LoadedPack;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'caseready-notice-'));
  loaded = await loadModelPack();
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function model(detail: CaseDetail): NoticeModel {
  return buildNoticeModel(detail, {
    documentNumber: 'NOV-2026-000012',
    issuedOn: '2026-11-27',
    auditHead: AUDIT_HEAD,
    pack: loaded.pack,
    wording: loaded.notice,
  });
}

async function typicalCase(vault: FakeVault): Promise<CaseDetail> {
  return caseDetail([
    violation(1, { photos: [await vault.addPhoto(1, 1), await vault.addPhoto(2, 1, { width: 600, height: 800 })] }),
    violation(2, {
      codeSection: '302.4',
      description: 'Weeds and grass 18 to 30 inches high across the front and side yards.',
      correctiveAction: 'Cut all weeds and grass to 10 inches or less.',
      complianceDate: '2026-12-15',
      photos: [await vault.addPhoto(3, 2, { takenAt: null })],
    }),
    violation(3, { codeSection: '602.2', complianceDate: '2026-12-01', status: 'corrected' }),
  ]);
}

async function poppler(tool: 'pdftotext' | 'pdfimages' | 'pdffonts', args: string[], bytes: Uint8Array): Promise<string> {
  const file = path.join(tmp, `${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}.pdf`);
  await writeFile(file, bytes);
  const output = { pdftotext: ['-'], pdfimages: [file.replace(/\.pdf$/, '-img')], pdffonts: [] }[tool] ?? [];
  const run = spawnSync(tool, [...args, file, ...output], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr}`);
  return run.stdout;
}

describe('renderNoticePdf', () => {
  it('prints the owner, the code sections, the deadlines and a footer on every page', async () => {
    const vault = new FakeVault();
    const { bytes, pageCount } = await renderNoticePdf(model(await typicalCase(vault)), { loadImage: vault.loadImage, fontsDir: FONTS_DIR });

    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(pageCount);
    expect(pageCount).toBeGreaterThanOrEqual(2);
    for (const page of doc.getPages()) expect(page.getSize()).toEqual({ width: 612, height: 792 });

    if (!hasPoppler) return;
    const text = await poppler('pdftotext', ['-enc', 'UTF-8'], bytes);
    expect(text).toContain('Nguyễn Thị Hương Peña');
    expect(text).toContain('Łukasz Müller');
    expect(text).toContain('IPMC 304.13 — Window, skylight and door frames');
    expect(text).toContain('IPMC 302.4 — Weeds');
    expect(text).not.toContain('602.2'); // corrected: not part of the notice
    expect(text).toContain('January 5, 2027');
    expect(text).toContain('December 15, 2026');
    expect(text).toContain('Photo 2 of violation 1 — taken');
    expect(text).toContain('Photo 1 of violation 2 — camera date not recorded');
    for (let page = 1; page <= pageCount; page++) {
      expect(text).toContain(
        `Notice NOV-2026-000012 · Case CE-2026-0001 · Page ${page} of ${pageCount} · Audit chain head 3f2a9c41d07be5a8…`,
      );
    }
    // Every page's text ends with its footer (pages are separated by form feeds).
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(pageCount);

    const fonts = await poppler('pdffonts', [], bytes);
    expect(fonts).toMatch(/CRNOTA\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/CRNOTB\+DejaVuSans-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it("embeds each photo as the exact display JPEG and prints the original's hash under it", async () => {
    if (!hasPoppler) return;
    const vault = new FakeVault();
    const detail = await typicalCase(vault);
    const { bytes } = await renderNoticePdf(model(detail), { loadImage: vault.loadImage, fontsDir: FONTS_DIR });
    await poppler('pdfimages', ['-j'], bytes);
    const prefix = `${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}-img`;
    const extracted = (await readdir(tmp)).filter((f) => f.startsWith(prefix) && f.endsWith('.jpg')).sort();
    expect(extracted).toHaveLength(3);
    const hashes = await Promise.all(extracted.map(async (f) => createHash('sha256').update(await readFile(path.join(tmp, f))).digest('hex')));
    const open = detail.violations.filter((v) => v.status === 'open').flatMap((v) => v.photos);
    expect(hashes).toEqual(open.map((p) => p.displaySha256));
    const text = (await poppler('pdftotext', [], bytes)).replace(/\s+/g, ' ');
    // The hash the inspector can match against the file they took, never the derived copy's.
    for (const p of open) {
      expect(text).toContain(`SHA-256 of the original ${p.originalSha256.slice(0, 32)}`);
      expect(text).not.toContain(p.displaySha256.slice(0, 32));
    }
  });

  it('is deterministic: the same model gives the same bytes, whatever the clock or Math.random say', async () => {
    const vault = new FakeVault();
    const notice = model(await typicalCase(vault));
    const first = await renderNoticePdf(notice, { loadImage: vault.loadImage, fontsDir: FONTS_DIR });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.987654321);
    try {
      const second = await renderNoticePdf(notice, { loadImage: vault.loadImage, fontsDir: FONTS_DIR });
      expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    } finally {
      vi.useRealTimers();
      random.mockRestore();
    }
  });

  it('sets the document metadata from the model, with no encryption and no links', async () => {
    const vault = new FakeVault();
    const { bytes } = await renderNoticePdf(model(await typicalCase(vault)), { loadImage: vault.loadImage, fontsDir: FONTS_DIR });
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Notice of Violation NOV-2026-000012');
    expect(doc.getAuthor()).toBe('City of Model Department of Code Enforcement');
    expect(doc.getSubject()).toBe('Notice of property maintenance code violations at 1417 Alder Street, Model, ST 00000, case CE-2026-0001');
    expect(doc.getCreator()).toBe('CaseReady');
    expect(doc.getProducer()).toMatch(/^CaseReady/);
    expect(doc.getKeywords()).toContain('CE-2026-0001');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-27T12:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-11-27T12:00:00.000Z');
    expect(doc.isEncrypted).toBe(false);
    expect(doc.context.trailerInfo.ID).toBeDefined();
    for (const page of doc.getPages()) {
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      expect(annots?.size() ?? 0).toBe(0);
    }
  });

  it('paginates a violation with six photos, repeating its heading on the next page', async () => {
    const vault = new FakeVault();
    const photos = [];
    for (let i = 1; i <= 6; i++) photos.push(await vault.addPhoto(i, 1, i % 2 ? { width: 600, height: 800 } : {}));
    const detail = caseDetail([violation(1, { photos })]);
    const progress: Array<[number, number]> = [];
    const { bytes, pageCount } = await renderNoticePdf(model(detail), {
      loadImage: vault.loadImage,
      fontsDir: FONTS_DIR,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(pageCount).toBeGreaterThanOrEqual(3);
    expect(vault.reads).toEqual(photos.map((p) => p.displaySha256));
    expect(progress.at(-1)).toEqual([8, 8]);
    for (let i = 1; i < progress.length; i++) expect(progress[i]![0]).toBeGreaterThanOrEqual(progress[i - 1]![0]);

    if (!hasPoppler) return;
    const text = await poppler('pdftotext', [], bytes);
    for (let i = 1; i <= 6; i++) expect(text).toContain(`Photo ${i} of violation 1 — taken`);
    expect(text).toContain('Violation 1 of 1 (continued)');
    // No photo lands below the bottom margin: every caption sits on a page above its footer.
    const pages = text.split('\f');
    for (const page of pages.filter((p) => p.includes('Photo '))) {
      expect(page.lastIndexOf('Photo ')).toBeLessThan(page.indexOf('Notice NOV-2026-000012 ·'));
    }
  });

  it('refuses to render when a photo fails its integrity check, with that same error', async () => {
    const vault = new FakeVault();
    const detail = await typicalCase(vault);
    const tampered = detail.violations[1]!.photos[0]!.displaySha256;
    vault.images.delete(tampered);
    const err = await renderNoticePdf(model(detail), { loadImage: vault.loadImage, fontsDir: FONTS_DIR }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('INTEGRITY');
    expect((err as AppError).message).toContain(tampered);
  });

  it('refuses a display copy that is not a JPEG', async () => {
    const vault = new FakeVault();
    const detail = await typicalCase(vault);
    vault.images.set(detail.violations[0]!.photos[0]!.displaySha256, Buffer.from('%PDF-1.7 not a photo'));
    const err = await renderNoticePdf(model(detail), { loadImage: vault.loadImage, fontsDir: FONTS_DIR }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('CORRUPT_FILE');
    expect((err as AppError).message).toMatch(/Re-import the photo/);
  });

  it('refuses text the font cannot print rather than printing empty boxes', async () => {
    const detail = caseDetail([violation(1)], {
      owner: { id: 1, name: '王小明', kind: 'individual', mailingAddress: '1 Main St' },
    });
    const err = await renderNoticePdf(model(detail), { loadImage: new FakeVault().loadImage, fontsDir: FONTS_DIR }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('VALIDATION');
    expect((err as AppError).message).toContain('"王" (U+738B)');
  });

  it('says which font is missing when the fonts folder is wrong', async () => {
    const err = await renderNoticePdf(model(caseDetail([violation(1)])), {
      loadImage: new FakeVault().loadImage,
      fontsDir: path.join(tmp, 'no-fonts-here'),
    }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('INTERNAL');
    expect((err as AppError).message).toMatch(/DejaVuSans(-Bold)?\.ttf is missing/);
  });
});
