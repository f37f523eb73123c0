/** The jurisdiction pack a case was opened under (schema 10). */
import type { CasePack } from '../../../shared/domain';
import type { Db } from '../open';

export function getCasePack(db: Db, caseId: number): CasePack | undefined {
  const row = db.prepare('SELECT pack_id AS id, pack_version AS version FROM cases WHERE id = ?').get(caseId) as CasePack | undefined;
  return row ? { id: row.id, version: row.version } : undefined;
}

export function setCasePack(db: Db, caseId: number, pack: CasePack): void {
  db.prepare('UPDATE cases SET pack_id = ?, pack_version = ? WHERE id = ?').run(pack.id, pack.version, caseId);
}
