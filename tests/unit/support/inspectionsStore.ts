/** A migrated :memory: store with one case and one violation, for the code-library and inspection tests. */
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyPragmas, migrate } from '../../../electron/db/open';
import { addViolation, createCase } from '../../../electron/services/cases/caseService';
import type { Clock } from '../../../electron/services/clock';
import type { CodeLibraryDeps } from '../../../electron/services/codes/codeLibrary';
import { loadPack } from '../../../electron/services/packs/loadPack';

export const clock: Clock = { now: () => new Date('2026-11-02T15:00:00Z') };
export const TEMPLATES = path.resolve(__dirname, '../../../templates');

export function store() {
  const db = new Database(':memory:');
  applyPragmas(db, false);
  migrate(db);
  return db;
}

export function libDeps(db: Database.Database, jurisdictionId = 'model-ipmc'): CodeLibraryDeps {
  return { db, clock, actor: 'clerk', jurisdictionId };
}

export async function modelPack() {
  return (await loadPack(TEMPLATES, 'model-ipmc')).pack;
}

export function seedCaseWithViolations(db: Database.Database, count = 2) {
  const c = createCase(
    db,
    {
      property: { address: '1418 Maple Street', parcelId: '07-215-033' },
      owner: { name: 'Dorothy M. Smith', kind: 'individual', mailingAddress: '1418 Maple Street' },
      inspector: 'R. Peña',
      openedOn: '2026-10-05',
    },
    'clerk',
    clock,
  );
  const violations = Array.from({ length: count }, (_, i) =>
    addViolation(db, { caseId: c.id, codeSection: `IPMC 304.${i + 1}`, description: `Condition ${i + 1}`, correctiveAction: 'Repair it', complianceDate: '2026-12-01' }, 'insp', clock),
  );
  return { caseId: c.id, violations };
}

export function auditActions(db: Database.Database): string[] {
  return db.prepare('SELECT action FROM audit_log ORDER BY seq').pluck().all() as string[];
}
