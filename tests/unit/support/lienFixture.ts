/**
 * A case ready for its lien instruments, on a real store with a real pack: the enforcement
 * fixture's case, the legal description from the deed, an itemized ledger (an invoiced
 * abatement, the administrative fee, a payment), and helpers to read where a PDF prints text
 * (pdftotext -bbox) and at what sizes (the uncompressed content streams, via qpdf).
 */
import { spawnSync } from 'node:child_process';
import { checklistDecisionDeps, reviewChecklist, waiveChecklistItem } from '../../../electron/services/checklists/checklistDecisions';
import type { IssueDeps } from '../../../electron/services/documents/issue/issueKind';
import { addLedgerEntry } from '../../../electron/services/enforcement/ledger';
import { loadPack, type LoadedPack } from '../../../electron/services/packs/loadPack';
import { updateProperty } from '../../../electron/services/parties/propertyService';
import { propertyIdOfCase } from '../../../electron/db/queries/parties';
import { enforcementWorld, file, PDF_BYTES, type EnforcementWorld } from './enforcementFixture';
import { unescapeXml } from './docxInspect';
import { FONTS_DIR, TEMPLATES_DIR } from './noticeFixture';

export const LEGAL = 'Lot 12, Block 4, Maple Addition to the City of Model, as recorded in Plat Book 7, Page 33';

export async function lienWorld(packId: 'model-ipmc' | 'model-strict' = 'model-ipmc', opts: { legal?: boolean; ledger?: boolean } = {}): Promise<{ w: EnforcementWorld; deps: IssueDeps; loaded: LoadedPack }> {
  const loaded = await loadPack(TEMPLATES_DIR, packId);
  const w = await enforcementWorld({ pack: loaded.pack });
  const deps: IssueDeps = { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', fontsDir: FONTS_DIR, pack: loaded };
  if (opts.legal !== false) updateProperty(w.db, { propertyId: propertyIdOfCase(w.db, w.caseId)!, legalDescription: LEGAL }, 'clerk', w.deps.clock);
  if (opts.ledger !== false) {
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'abatement', amount: 123450, entryDate: '2026-10-25', description: 'Lot mowed and cleared', contractor: 'GreenCut LLC', invoice: file('invoice.pdf', PDF_BYTES) });
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'admin_fee', amount: 15000, entryDate: '2026-10-26', description: 'Administrative fee' });
    await addLedgerEntry(w.deps, { caseId: w.caseId, kind: 'payment', amount: 10000, entryDate: '2026-10-29', description: 'Check 1041' });
  }
  return { w, deps, loaded };
}

/** Waives every blocking item of the pack's file_lien step still open, as a supervisor would. */
export function waiveFileLien(deps: IssueDeps, caseId: number): void {
  const decisions = checklistDecisionDeps(deps);
  for (const item of reviewChecklist(decisions, caseId, 'file_lien').items) {
    if (item.applies && item.severity === 'blocking' && (item.status === 'missing' || item.status === 'stale')) waiveChecklistItem(decisions, { caseId, step: 'file_lien', itemId: item.id, reason: 'Test: step met on paper' });
  }
}

export interface PdfBox {
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

/** Every word with its box, in points from the page's top-left (pdftotext -bbox). */
export function wordBoxes(pdfPath: string): PdfBox[] {
  const run = spawnSync('pdftotext', ['-bbox', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext -bbox failed: ${run.stderr}`);
  const words: PdfBox[] = [];
  let page = 0;
  for (const line of run.stdout.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: unescapeXml(m[5]!) });
  }
  return words;
}

/** The font sizes every text operator (Tf) of the PDF sets, from its uncompressed content streams. */
export function fontSizesOf(pdfPath: string): number[] {
  const run = spawnSync('qpdf', ['--qdf', '--object-streams=disable', pdfPath, '-'], { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 && run.status !== 3) throw new Error(`qpdf --qdf failed: ${run.stderr}`);
  return [...run.stdout.matchAll(/\/[A-Za-z0-9_-]+\s+([\d.]+)\s+Tf\b/g)].map((m) => Number(m[1]));
}
