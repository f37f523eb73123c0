/**
 * Reading a rendered DOCX back for tests: its parts, a strict well-formedness check of its XML
 * (tags balanced, entities known), the text of its paragraphs, and LibreOffice's PDF of it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Block } from '../../../electron/services/documents/model/blocks';

export function docxParts(bytes: Uint8Array): Map<string, string | Uint8Array> {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files).map(([name, data]) => [name, name.endsWith('.xml') || name.endsWith('.rels') ? new TextDecoder().decode(data) : data]));
}

export function xmlPart(parts: Map<string, string | Uint8Array>, name: string): string {
  const part = parts.get(name);
  if (typeof part !== 'string') throw new Error(`${name} is not in the package`);
  return part;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const known = ENTITY[name];
    if (known === undefined) throw new Error(`unknown XML entity ${all}`);
    return known;
  });
}

/** Throws unless every tag closes in order, attributes are quoted and text has no bare `<` or `&`. */
export function assertWellFormed(xml: string, name: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let at = 0;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    at = token.lastIndex;
    const [, closing, tag, , selfClosing, text] = m;
    if (text !== undefined) {
      unescapeXml(text);
      if (/&(?!(#x[0-9a-f]+|#\d+|\w+);)/i.test(text)) throw new Error(`${name}: bare & in text`);
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (open !== tag) throw new Error(`${name}: </${tag}> closes <${open}>`);
    } else if (!selfClosing) stack.push(tag!);
  }
  if (at !== body.length) throw new Error(`${name}: not well-formed near ${JSON.stringify(body.slice(at, at + 60))}`);
  if (stack.length !== 0) throw new Error(`${name}: unclosed <${stack.join('>, <')}>`);
}

/** The text of each paragraph (w:p) of a part, its runs' texts joined, entities decoded. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map(([, inner]) =>
    [...(inner ?? '').matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => unescapeXml(t!)).join(''),
  );
}

/** The blocks without the continuation bands of groups, which the DOCX does not draw (see drawBlocks.ts). */
export function withoutRepeatBands(blocks: readonly Block[]): Block[] {
  return blocks.map((b) => (b.type === 'group' ? { type: 'group', blocks: withoutRepeatBands(b.blocks), ...(b.keepTogether ? { keepTogether: true } : {}) } : b));
}

export const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0;
export const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
export const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;

/**
 * LibreOffice's PDF of a DOCX: headless, with a profile folder of its own (two conversions at once
 * would otherwise fight over the user profile's lock) and a time limit.
 */
export async function convertWithLibreOffice(bytes: Uint8Array, name: string): Promise<{ pdf: Buffer; pdfPath: string; seconds: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'caseready-docx-lo-'));
  const docx = path.join(dir, `${name}.docx`);
  await writeFile(docx, bytes);
  const profile = path.join(dir, 'profile');
  const started = process.hrtime.bigint();
  const run = spawnSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', path.join(dir, 'out'), docx],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const pdfPath = path.join(dir, 'out', `${name}.pdf`);
  const pdf = await readFile(pdfPath).catch(() => null);
  if (run.status !== 0 || !pdf) throw new Error(`soffice could not convert ${name}.docx (status ${run.status}, ${run.error ?? ''}): ${run.stderr}`);
  await rm(profile, { recursive: true, force: true });
  return { pdf, pdfPath, seconds };
}

export function poppler(tool: string, args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${run.stderr}`);
  return run.stdout;
}

export interface PdfWord {
  readonly page: number;
  readonly yMin: number;
  readonly xMin: number;
  readonly text: string;
}

/** Words with their positions (points from the top-left), from `pdftotext -bbox`. */
export function pdfWords(pdfPath: string): PdfWord[] {
  const html = poppler('pdftotext', ['-bbox', '-enc', 'UTF-8', pdfPath, '-']);
  const words: PdfWord[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), text: unescapeXml(m[3]!) });
  }
  return words;
}
