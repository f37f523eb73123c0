/** A real store (in memory), a real vault (temp folder) and a case with one issued notice, for enforcement tests. */
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyPragmas, migrate, type Db } from '../../../electron/db/open';
import { insertDocument, insertDocumentViolations } from '../../../electron/db/queries/documents';
import { recordVaultObject } from '../../../electron/db/queries/vaultObjects';
import { addViolation, createCase } from '../../../electron/services/cases/caseService';
import type { Clock } from '../../../electron/services/clock';
import type { EnforcementDeps } from '../../../electron/services/enforcement/deps';
import { openVault } from '../../../electron/services/vault/vault';
import type { JurisdictionPack } from '../../../shared/jurisdictionPack';
import { loadModelPack } from './noticeFixture';

export const fixedClock = (iso = '2026-11-02T15:00:00Z'): Clock => ({ now: () => new Date(iso) });

export function memoryStore(): Db {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  migrate(db);
  return db;
}

export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
export const TIFF_BYTES = Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, 0, 0]);
export const file = (fileName: string, bytes: Buffer) => ({ fileName, dataBase64: bytes.toString('base64') });

export interface EnforcementWorld {
  readonly deps: EnforcementDeps;
  readonly db: Db;
  readonly caseId: number;
  readonly ownerId: number;
  readonly violationId: number;
  readonly documentId: number;
  readonly vaultDir: string;
  readonly pack: JurisdictionPack;
}

export async function enforcementWorld(opts: { pack?: JurisdictionPack; parcelId?: string; db?: Db } = {}): Promise<EnforcementWorld> {
  const db = opts.db ?? memoryStore();
  const clock = fixedClock();
  const pack = opts.pack ?? (await loadModelPack()).pack;
  const vaultDir = mkdtempSync(path.join(os.tmpdir(), 'caseready-enf-'));
  const vault = await openVault(vaultDir);
  const c = createCase(
    db,
    {
      property: { address: '1418 Maple Street', parcelId: opts.parcelId ?? '07-215-033' },
      owner: { name: 'Dorothy M. Smith', kind: 'individual', mailingAddress: '1418 Maple Street, Model, ST 00000' },
      inspector: 'R. Peña',
      openedOn: '2026-10-05',
    },
    'clerk',
    clock,
  );
  const v = addViolation(
    db,
    { caseId: c.id, codeSection: '302.4', description: 'Tall weeds', correctiveAction: 'Cut the weeds', complianceDate: '2026-10-20' },
    'clerk',
    clock,
  );
  const sha = (c.id.toString(16) + 'd').padEnd(64, 'd');
  const documentId = db.transaction(() => {
    recordVaultObject(db, { sha256: sha, size: 10, mediaType: 'application/pdf' }, '2026-10-06T10:00:00Z');
    const id = insertDocument(db, {
      caseId: c.id,
      kind: 'notice_of_violation',
      number: `NOV-2026-${String(c.id).padStart(6, '0')}`,
      title: 'Notice of Violation',
      sha256: sha,
      sizeBytes: 10,
      pageCount: 1,
      issuedAt: '2026-10-06T10:00:00.000Z',
      issuedBy: 'clerk',
      auditHead: '0'.repeat(64),
    });
    // As issueNotice records it: the notice listed the case's one violation.
    insertDocumentViolations(db, id, [v.id]);
    return id;
  })();
  return {
    deps: { db, vault, clock, actor: 'clerk', pack },
    db,
    caseId: c.id,
    ownerId: c.owner.id,
    violationId: v.id,
    documentId,
    vaultDir,
    pack,
  };
}

/** Row counts of every enforcement table, to prove a refused write left nothing behind. */
export function enforcementCounts(db: Db): Record<string, number> {
  const tables = ['service_attempts', 'service_proofs', 'citations', 'citation_violations', 'hearings', 'hearing_continuances',
    'hearing_outcomes', 'ledger_entries', 'liens', 'lien_releases', 'partners', 'referrals', 'audit_log', 'vault_objects', 'number_sequences'];
  const counts = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]));
  // A burned citation number shows as a higher sequence, not as another row.
  counts.number_sequences = db.prepare('SELECT coalesce(sum(last), 0) FROM number_sequences').pluck().get() as number;
  return counts;
}
