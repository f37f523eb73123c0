/**
 * Geometry checks on a rendered notice, read back with `pdftotext -bbox`: every word inside the
 * 1 in margins (or in the footer band), and no two words overlapping. A hard case on purpose:
 * a very long organisation name, a multi-line agent address, a description that spans pages, an
 * unbreakable 120-character token and six photos.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNoticeModel } from '../../electron/services/documents/kinds/notice/noticeModel';
import { noticeDocument } from '../../electron/services/documents/kinds/notice/noticeDocument';
import { renderPdf } from '../../electron/services/documents/render/pdf/renderPdf';
import type { NoticeModel as RenderedNotice } from '../../electron/services/documents/kinds/notice/noticeModel';
import { linesToKeep } from '../../electron/services/documents/render/pdf/pdfFlow';
import { AUDIT_HEAD, FONTS_DIR, FakeVault, caseDetail, loadModelPack, violation } from './support/noticeFixture';

const renderNoticePdf = (m: RenderedNotice, deps: Parameters<typeof renderPdf>[1]) => renderPdf(noticeDocument(m), deps);

const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

interface Word {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

async function wordsOf(bytes: Uint8Array): Promise<{ words: Word[]; pages: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'caseready-layout-'));
  try {
    const file = path.join(dir, 'notice.pdf');
    await writeFile(file, bytes);
    const run = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    const words: Word[] = [];
    let page = 0;
    for (const line of run.stdout.split('\n')) {
      if (line.includes('<page ')) page++;
      const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
      if (m) words.push({ page, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: m[5]! });
    }
    return { words, pages: page };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('notice layout', () => {
  it('keeps the first two and last two lines of a paragraph together', () => {
    expect([0, 1, 2, 3, 4].map((i) => linesToKeep(i, 5))).toEqual([2, 1, 1, 2, 1]);
    expect(linesToKeep(0, 1)).toBe(1);
    expect([0, 1].map((i) => linesToKeep(i, 2))).toEqual([2, 1]);
  });

  it.skipIf(!hasPoppler)('puts every word inside the margins or the footer band, with none overlapping', async () => {
    const { pack, notice } = await loadModelPack();
    const vault = new FakeVault();
    const photos = [];
    for (let i = 1; i <= 6; i++) photos.push(await vault.addPhoto(i, 1, i % 2 ? { width: 600, height: 800 } : { width: 1600, height: 900 }));
    const long = 'The rear porch deck boards are rotted through in several places and the guardrail is loose. '.repeat(10);
    const detail = caseDetail(
      [
        violation(1, { description: `${long}Ref:${'x1'.repeat(60)}`, photos }),
        violation(2, { codeSection: '304.2', correctiveAction: long.slice(0, 500), complianceDate: '2027-02-01' }),
      ],
      {
        owner: {
          id: 1,
          name: 'Fundación Comunitaria de Vivienda Asequible Nuestra Señora de Guadalupe del Valle, Sociedad Anónima de Capital Variable',
          kind: 'organization',
          mailingAddress: 'Attn: Registered Agent — María José Núñez-Łopuszańska\n1200 Avenida de los Insurgentes Sur, Piso 14\nModel, ST 00000',
        },
      },
    );
    const model = buildNoticeModel(detail, { documentNumber: 'NOV-2026-000013', issuedOn: '2026-11-27', auditHead: AUDIT_HEAD, pack, wording: notice });
    const { bytes, pageCount } = await renderNoticePdf(model, { loadImage: vault.loadImage, fontsDir: FONTS_DIR });
    const { words, pages } = await wordsOf(bytes);
    expect(pages).toBe(pageCount);

    const slack = 0.5;
    const footerWords = new Set(['Notice', 'NOV-2026-000013', '·', 'Case', 'CE-2026-0001', 'Page', 'of', 'Audit', 'chain', 'head', '3f2a9c41d07be5a8…']);
    for (const w of words) {
      expect(w.xMin, `"${w.text}" on page ${w.page}`).toBeGreaterThanOrEqual(72 - slack);
      expect(w.xMax, `"${w.text}" on page ${w.page}`).toBeLessThanOrEqual(540 + slack);
      const inBody = w.yMin >= 72 - slack && w.yMax <= 720 + slack;
      const inFooter = w.yMin > 720 && w.yMax < 792 - 18 && (footerWords.has(w.text) || /^\d+$/.test(w.text));
      expect(inBody || inFooter, `"${w.text}" on page ${w.page} at y ${w.yMin.toFixed(1)}–${w.yMax.toFixed(1)}`).toBe(true);
    }
    for (let page = 1; page <= pages; page++) {
      const onPage = words.filter((w) => w.page === page);
      for (let i = 0; i < onPage.length; i++) {
        for (let j = i + 1; j < onPage.length; j++) {
          const a = onPage[i]!;
          const b = onPage[j]!;
          const overlap = a.xMin < b.xMax - slack && b.xMin < a.xMax - slack && a.yMin < b.yMax - slack && b.yMin < a.yMax - slack;
          expect(overlap, `"${a.text}" overlaps "${b.text}" on page ${page}`).toBe(false);
        }
      }
    }
  });
});
