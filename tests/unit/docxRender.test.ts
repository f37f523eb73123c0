import { afterEach, describe, expect, it, vi } from 'vitest';
import sharp from 'sharp';
import { AppError } from '../../shared/errors';
import { LETTER_PAGE, inch, textsOf, type BlockType, type DocumentModel } from '../../electron/services/documents/model/blocks';
import { renderDocx } from '../../electron/services/documents/render/docx/renderDocx';
import { jpegSize } from '../../electron/services/documents/render/docx/jpegSize';
import { realPhoto, truncated } from '../fixtures/makePhotos';
import { FONTS_DIR, makeJpeg } from './support/noticeFixture';
import { LIEN_PAGE, PhotoVault, blockTypes, everyBlockModel } from './support/docxFixture';
import {
  assertWellFormed,
  convertWithLibreOffice,
  docxParts,
  hasPoppler,
  hasQpdf,
  hasSoffice,
  paragraphTexts,
  pdfWords,
  poppler,
  withoutRepeatBands,
  xmlPart,
} from './support/docxInspect';

if (!hasSoffice) console.warn('soffice is not installed (apt-get install -y libreoffice-writer-nogui): the DOCX LibreOffice conversion checks are SKIPPED');
if (!hasPoppler) console.warn('pdftotext is not installed (apt-get install -y poppler-utils): the DOCX LibreOffice conversion checks are SKIPPED');

/** Compile-time list of every block type: adding one to the union without covering it here fails tsc. */
const ALL_BLOCK_TYPES: Record<BlockType, true> = {
  letterhead: true, title: true, address: true, heading: true, paragraph: true, leadIn: true, rows: true, table: true, list: true,
  photoGrid: true, band: true, noticeBox: true, signature: true, notary: true, pageBreak: true, outlineEntry: true, group: true,
};

async function render(page = LETTER_PAGE): Promise<{ model: DocumentModel; bytes: Uint8Array; vault: PhotoVault }> {
  const vault = new PhotoVault();
  const model = await everyBlockModel(vault, page);
  const { bytes } = await renderDocx(model, { loadImage: vault.loadImage, fontsDir: FONTS_DIR });
  return { model, bytes, vault };
}

/** What the DOCX must print: every text of the model but the continuation bands it cannot repeat. */
const printed = (model: DocumentModel) => [...textsOf(withoutRepeatBands(model.blocks))];
/** Whitespace as one space, lower case (small labels print in capitals: the model's text, styled). */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

afterEach(() => {
  vi.useRealTimers();
});

describe('renderDocx determinism', () => {
  it('gives the same bytes for the same model whatever the clock and the time zone say', async () => {
    const zone = process.env.TZ;
    try {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2031-03-04T05:06:07Z'));
      process.env.TZ = 'America/Los_Angeles';
      const first = (await render()).bytes;
      vi.setSystemTime(new Date('2027-08-09T22:58:01Z'));
      process.env.TZ = 'Asia/Tokyo';
      const second = (await render()).bytes;
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);

      const core = xmlPart(docxParts(first), 'docProps/core.xml');
      expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-27T12:00:00Z</dcterms:created>');
      expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-27T12:00:00Z</dcterms:modified>');
      expect(core).not.toMatch(/2031|2027-08/);
    } finally {
      process.env.TZ = zone;
    }
  });

  it('writes [Content_Types].xml first and every zip entry stamped with the issue date at noon', async () => {
    const { bytes } = await render();
    const buf = Buffer.from(bytes);
    const names: string[] = [];
    // Local file headers: signature PK\3\4, DOS time at +10, date at +12, name length at +26.
    for (let at = buf.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = buf.indexOf('PK\x03\x04', at + 4, 'latin1')) {
      const nameLength = buf.readUInt16LE(at + 26);
      const name = buf.toString('utf8', at + 30, at + 30 + nameLength);
      if (!/^[\w[\]./-]+$/.test(name)) continue; // the signature's bytes inside compressed data
      names.push(name);
      const time = buf.readUInt16LE(at + 10);
      const date = buf.readUInt16LE(at + 12);
      expect({ name, year: 1980 + (date >> 9), month: (date >> 5) & 15, day: date & 31, hour: time >> 11, minute: (time >> 5) & 63 }).toEqual({ name, year: 2026, month: 11, day: 27, hour: 12, minute: 0 });
      expect(buf.readUInt16LE(at + 8)).toBe(8); // DEFLATE
    }
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
  });
});

describe('renderDocx content', () => {
  it('the fixture covers every block type', async () => {
    const vault = new PhotoVault();
    const types = blockTypes((await everyBlockModel(vault)).blocks);
    expect([...types].sort()).toEqual(Object.keys(ALL_BLOCK_TYPES).sort());
  });

  it('opens: every XML part is well-formed and the document holds every text of the model', async () => {
    const { model, bytes } = await render();
    const parts = docxParts(bytes);
    for (const [name, part] of parts) if (typeof part === 'string') assertWellFormed(part, name);
    const paragraphs = paragraphTexts(xmlPart(parts, 'word/document.xml'));
    const all = paragraphs.join('\n');
    for (const text of printed(model)) expect(all, text).toContain(text);
    // The continuation band is the one text left out (Word cannot repeat it atop a page).
    expect(all).not.toContain('(continued)');
    expect(xmlPart(parts, 'word/document.xml')).toContain('&lt;Parcel 010-123456&gt;');
  });

  it('uses Word structures: heading styles with bookmarks, a repeating header row, rows that do not split, page fields, the language and font', async () => {
    const { bytes } = await render();
    const parts = docxParts(bytes);
    const doc = xmlPart(parts, 'word/document.xml');
    expect(doc.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(2);
    expect(doc.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(1);
    expect(doc).toContain('<w:bookmarkStart w:name="What_we_found" w:id="1"/>');
    expect(doc).toContain('<w:bookmarkStart w:name="Testimony_outline" w:id="3"/>');
    expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(doc).toContain('<w:cantSplit/>');
    expect(doc).toMatch(/<w:keepNext\/>/);
    expect(doc).toContain('<w:br w:type="page"/>');
    const footer = [...parts.keys()].filter((n) => /^word\/footer\d+\.xml$/.test(n)).map((n) => xmlPart(parts, n));
    expect(footer).toHaveLength(1);
    expect(footer[0]).toMatch(/PAGE/);
    expect(footer[0]).toMatch(/NUMPAGES/);
    expect(paragraphTexts(footer[0]!).join('')).toContain('NOV-2026-000012 · Page ');
    const styles = xmlPart(parts, 'word/styles.xml');
    expect(styles).toContain('<w:lang w:val="en-US"/>');
    expect(styles).toContain('w:ascii="DejaVu Sans"');
    expect(xmlPart(parts, 'word/fontTable.xml')).toContain('<w:font w:name="DejaVu Sans"><w:altName w:val="Verdana"/>');
    expect([...parts.keys()].some((n) => n.startsWith('word/fonts/'))).toBe(false); // named, not embedded
    const core = xmlPart(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Notice of Violation NOV-2026-000012</dc:title>');
    expect(core).toContain('<dc:subject>Case CE-2026-0042, 123 Main St</dc:subject>');
    expect(core).toContain('<dc:creator>City of Riverton Code Enforcement</dc:creator>');
    expect(core).toContain('<cp:keywords>CE-2026-0042, NOV-2026-000012, notice</cp:keywords>');
    expect(core).toContain('<dc:description>NOV-2026-000012 · CE-2026-0042 · CaseReady</dc:description>');
    // Page setup: US Letter, 1 in margins, in twips; no first-page header without a reserved area.
    expect(doc).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(doc).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    expect(doc).not.toContain('<w:titlePg/>');
  });

  it('sets the Spanish language on the styles for a Spanish document', async () => {
    const vault = new PhotoVault();
    const model = { ...(await everyBlockModel(vault)), language: 'es' as const };
    const styles = xmlPart(docxParts((await renderDocx(model, { loadImage: vault.loadImage, fontsDir: FONTS_DIR })).bytes), 'word/styles.xml');
    expect(styles).toContain('<w:lang w:val="es-US"/>');
    expect(styles).not.toContain('en-US');
  });

  it('scales each photo to fit 3 x 2.5 in with its shape kept', async () => {
    const { bytes } = await render();
    const extents = [...xmlPart(docxParts(bytes), 'word/document.xml').matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map(([, cx, cy]) => ({ w: Number(cx) / 914400, h: Number(cy) / 914400 }));
    const shapes = [100 / 68, 640 / 480, 600 / 800]; // Canon_40D, DSCN0010, the generated portrait
    expect(extents).toHaveLength(3);
    extents.forEach((e, i) => {
      expect(e.w).toBeLessThanOrEqual(3.0001);
      expect(e.h).toBeLessThanOrEqual(2.5001);
      expect(Math.abs(e.w - 3) < 0.01 || Math.abs(e.h - 2.5) < 0.01).toBe(true); // as large as fits
      expect(e.w / e.h).toBeCloseTo(shapes[i]!, 2);
    });
  });

  it('prints nothing under the page minimum font size and reserves page 1 for the recorder', async () => {
    const { bytes } = await render(LIEN_PAGE);
    const parts = docxParts(bytes);
    for (const [name, part] of parts) {
      if (typeof part !== 'string' || !name.startsWith('word/')) continue;
      for (const [, size] of part.matchAll(/<w:sz(?:Cs)? w:val="(\d+)"\/>/g)) expect(Number(size), name).toBeGreaterThanOrEqual(16);
    }
    const doc = xmlPart(parts, 'word/document.xml');
    expect(doc).toContain('<w:titlePg/>');
    const headers = [...parts.keys()].filter((n) => /^word\/header\d+\.xml$/.test(n)).map((n) => xmlPart(parts, n));
    expect(headers).toHaveLength(1);
    expect(paragraphTexts(headers[0]!).join('')).toBe('Recorder use only');
    expect(headers[0]).toContain('<w:trHeight w:val="4300" w:hRule="exact"/>'); // 3 in box, less the 1 pt closing paragraph
  });
});

describe('renderDocx sparse models', () => {
  it('writes a valid file for empty lists, rows, photos and references, and raises sizes to the minimum', async () => {
    const vault = new PhotoVault();
    const base = await everyBlockModel(vault);
    const model: DocumentModel = {
      ...base,
      page: { ...LETTER_PAGE, minFontSize: 12 },
      blocks: [
        { type: 'letterhead', jurisdictionName: 'City of Riverton', departmentName: 'Code Enforcement', addressLines: [], contactLine: '', references: [] },
        { type: 'rows', rows: [] },
        { type: 'photoGrid', label: 'Photos', photos: [] },
        { type: 'list', items: [] },
        { type: 'table', columns: [{ title: 'Amount', weight: 0, align: 'right' }], rows: [], totals: [{ label: 'Total', value: '$0.00' }] },
        { type: 'group', blocks: [], keepTogether: true },
        { type: 'signature', closing: 'Sincerely,', lines: [] },
        { type: 'notary', heading: 'Jurat', venue: [], text: 'Sworn.', fields: [] },
      ],
    };
    const parts = docxParts((await renderDocx(model, { loadImage: vault.loadImage, fontsDir: FONTS_DIR })).bytes);
    for (const [name, part] of parts) if (typeof part === 'string') assertWellFormed(part, name);
    const doc = xmlPart(parts, 'word/document.xml');
    for (const [, tc] of doc.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)) expect(tc).toContain('<w:p');
    for (const [, tbl] of doc.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)) expect(tbl).toContain('<w:tr');
    for (const [, size] of doc.matchAll(/<w:sz w:val="(\d+)"\/>/g)) expect(Number(size)).toBeGreaterThanOrEqual(24);
    expect(paragraphTexts(doc).join('\n')).toContain('$0.00');
  });
});

describe('renderDocx bad input', () => {
  it('reads JPEG sizes from the frame header, baseline and progressive, like sharp does', async () => {
    for (const name of ['Canon_40D.jpg', 'DSCN0010.jpg', 'landscape_6.jpg'] as const) {
      const bytes = realPhoto(name);
      const meta = await sharp(bytes).metadata();
      expect(jpegSize(bytes, name)).toEqual({ width: meta.width, height: meta.height });
    }
    const progressive = await sharp(await makeJpeg(333, 222, 1)).jpeg({ progressive: true }).toBuffer();
    expect(jpegSize(progressive, 'progressive')).toEqual({ width: 333, height: 222 });
  });

  it('refuses a photo whose bytes are not a JPEG, or are cut short, with CORRUPT_FILE a person can act on', async () => {
    for (const bytes of [Buffer.from('%PDF-1.7 not a photo'), truncated(realPhoto('DSCN0010.jpg'), 0.02)]) {
      const vault = new PhotoVault();
      const model = await everyBlockModel(vault);
      const target = [...vault.images.keys()][1]!;
      vault.images.set(target, bytes);
      const failure = await renderDocx(model, { loadImage: vault.loadImage, fontsDir: FONTS_DIR }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(AppError);
      expect((failure as AppError).code).toBe('CORRUPT_FILE');
      expect((failure as AppError).message).toContain(`photo ${target.slice(0, 12)}`);
      expect((failure as AppError).message).toMatch(/Re-import the photo, then issue the document again/);
    }
  });

  it('lets the vault refusal through as it is', async () => {
    const vault = new PhotoVault();
    const model = await everyBlockModel(vault);
    const refusal = new AppError('INTEGRITY', 'Vault object abc no longer matches its SHA-256.');
    const failure = await renderDocx(model, { loadImage: () => Promise.reject(refusal), fontsDir: FONTS_DIR }).catch((e: unknown) => e);
    expect(failure).toBe(refusal);
  });
});

describe.skipIf(!hasSoffice || !hasPoppler)('renderDocx through LibreOffice', () => {
  it('converts to a PDF that prints every text of the model on Letter pages', async () => {
    const { model, bytes } = await render();
    const { pdfPath, seconds } = await convertWithLibreOffice(bytes, 'every-block');
    console.info(`LibreOffice converted the every-block DOCX in ${seconds.toFixed(1)} s`);
    if (hasQpdf) {
      poppler('qpdf', ['--check', pdfPath]);
      // LibreOffice turns Word's heading styles into the PDF outline: the proof they are headings.
      type Outline = { title: string; kids: Outline[] };
      const outlines = (JSON.parse(poppler('qpdf', ['--json', '--json-key=outlines', pdfPath])) as { outlines: Outline[] }).outlines;
      const tree = (items: Outline[]): unknown[] => items.map((o) => (o.kids.length > 0 ? { [o.title]: tree(o.kids) } : o.title));
      expect(tree(outlines)).toEqual([{ 'What we found': ['Charges'] }, 'Testimony outline']);
    }
    const info = poppler('pdfinfo', [pdfPath]);
    expect(info).toMatch(/Page size:\s+612 x 792 pts/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = squash(poppler('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']));
    const compact = text.replace(/\s/g, '');
    for (const t of printed(model)) {
      // A hash is printed in two halves on two lines; other texts may wrap where a space is.
      if (/^[0-9a-f]{64}$/.test(t)) expect(compact, t).toContain(t);
      else expect(text, t).toContain(squash(t));
    }
    expect(text).toContain(squash(`NOV-2026-000012 · Page 1 of ${pages}`));
    expect(text).toContain(squash(`NOV-2026-000012 · Page ${pages} of ${pages}`));
  });

  it('starts page 1 text below the recorder area, and later pages at the normal margin', async () => {
    const { bytes } = await render(LIEN_PAGE);
    const { pdfPath, seconds } = await convertWithLibreOffice(bytes, 'lien-box');
    console.info(`LibreOffice converted the lien (3 x 3 in box) DOCX in ${seconds.toFixed(1)} s`);
    const words = pdfWords(pdfPath);
    const reservedBottom = LIEN_PAGE.margins.top + inch(3);
    const label = new Set(['Recorder', 'use', 'only']);
    const page1 = words.filter((w) => w.page === 1);
    for (const w of page1.filter((x) => label.has(x.text))) {
      expect(w.yMin).toBeLessThan(reservedBottom);
      expect(w.xMin).toBeGreaterThan(612 - 72 - inch(3)); // inside the box at the top right
    }
    const body = page1.filter((w) => !label.has(w.text));
    expect(body.length).toBeGreaterThan(20);
    expect(Math.min(...body.map((w) => w.yMin))).toBeGreaterThanOrEqual(reservedBottom);
    const page2Top = Math.min(...words.filter((w) => w.page === 2).map((w) => w.yMin));
    expect(page2Top).toBeLessThan(LIEN_PAGE.margins.top + 24);
  });

  it('reserves a top area without a box when only firstPageTopReserved is set', async () => {
    const page = { ...LETTER_PAGE, firstPageTopReserved: inch(2) };
    const { bytes } = await render(page);
    const { pdfPath, seconds } = await convertWithLibreOffice(bytes, 'lien-top');
    console.info(`LibreOffice converted the lien (2 in top) DOCX in ${seconds.toFixed(1)} s`);
    const page1 = pdfWords(pdfPath).filter((w) => w.page === 1);
    expect(Math.min(...page1.map((w) => w.yMin))).toBeGreaterThanOrEqual(page.margins.top + inch(2));
    expect(Math.min(...page1.map((w) => w.yMin))).toBeLessThan(page.margins.top + inch(2) + 24);
  });
});
