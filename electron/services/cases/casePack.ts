/**
 * A case stays under the jurisdiction pack (id and version) it was opened under. Documents are
 * refused while the loaded pack differs, so editing or swapping a pack never silently changes a
 * pending case's deadlines or wording; moving the case is an explicit, audited step.
 */
import type { CasePack, CaseDetail } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { getCasePack, setCasePack } from '../../db/queries/casePacks';
import { appendAudit } from '../audit';
import type { Clock } from '../clock';
import type { LoadedPack } from '../packs/loadPack';
import { getCaseDetail, requireCase } from './caseService';

const describe = (p: CasePack) => `"${p.id}" ${p.version}`;
const loadedOf = (pack: LoadedPack): CasePack => ({ id: pack.pack.id, version: pack.pack.version });

/** Throws CONFLICT, naming both packs and the step to move the case, when the case's pack is not the loaded one. */
export function requireCaseOnLoadedPack(db: Db, caseId: number, pack: LoadedPack): void {
  const c = requireCase(db, caseId);
  const recorded = getCasePack(db, caseId)!;
  const loaded = loadedOf(pack);
  if (recorded.id === loaded.id && recorded.version === loaded.version) return;
  throw new AppError(
    'CONFLICT',
    `Case ${c.caseNumber} was opened under the jurisdiction pack ${describe(recorded)}, but CaseReady has loaded ${describe(loaded)}. ` +
      `No document is issued under rules the case was not opened with. To move the case to ${describe(loaded)} (its deadlines and wording then follow it), run \`caseready case move-pack --case ${c.caseNumber}\` or use "Move to this pack" in the app; or run with \`--pack ${recorded.id}\`.`,
  );
}

/** Records the loaded pack on the case, with an audit entry saying from which pack it moved. */
export function moveCaseToPack(db: Db, caseId: number, pack: LoadedPack, actor: string, clock: Clock): CaseDetail {
  const now = clock.now();
  db.transaction(() => {
    requireCase(db, caseId);
    const before = getCasePack(db, caseId)!;
    const after = loadedOf(pack);
    if (before.id === after.id && before.version === after.version) {
      throw new AppError('CONFLICT', `The case is already under the jurisdiction pack ${describe(after)}; nothing to move.`);
    }
    setCasePack(db, caseId, after);
    appendAudit(db, { actor, action: 'case.move_pack', entity: 'case', entityId: caseId, details: { before, after } }, now);
  }).immediate();
  return withPackName(getCaseDetail(db, caseId), pack);
}

/** The loaded pack's name on a case under that pack (the header prints "Pack: <name> <version>"). */
export function withPackName(detail: CaseDetail, pack: LoadedPack): CaseDetail {
  return detail.pack.id === pack.pack.id ? { ...detail, pack: { ...detail.pack, name: pack.pack.name } } : detail;
}
