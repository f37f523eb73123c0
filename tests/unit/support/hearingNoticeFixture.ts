/**
 * The enforcement fixture's case with a hearing before the Appeals Board, continued once, ready
 * for a notice of hearing: the clock reads 2026-11-02; the hearing, first set for 2026-11-25 at
 * 2:00 PM, is now on Wednesday 2026-12-02 at 9:30 AM, so the last day to serve its notice is
 * Friday 2026-11-20 (12-02 − 10 calendar days = Sunday 11-22, rolled back).
 */
import { issueDocumentOfKind, type IssueDeps } from '../../../electron/services/documents/issue/issueKind';
import { addHearing, continueHearing } from '../../../electron/services/enforcement/hearings';
import type { LoadedPack } from '../../../electron/services/packs/loadPack';
import type { DocumentLanguageChoice } from '../../../shared/domain';
import { addHearingInput } from '../../../shared/enforcementSchemas';
import type { Hearing } from '../../../shared/enforcementTypes';
import { enforcementWorld, type EnforcementWorld } from './enforcementFixture';
import { FONTS_DIR, loadModelPack } from './noticeFixture';

export interface HearingWorld {
  readonly w: EnforcementWorld;
  readonly loaded: LoadedPack;
  readonly deps: IssueDeps;
  readonly hearing: Hearing;
}

export async function hearingWorld(opts: { checklists?: boolean } = {}): Promise<HearingWorld> {
  const loaded = await loadModelPack();
  const w = await enforcementWorld({ pack: loaded.pack });
  const deps: IssueDeps = { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', fontsDir: FONTS_DIR, pack: opts.checklists ? loaded : { ...loaded, checklists: undefined } };
  const first = addHearing(
    w.deps,
    addHearingInput.parse({ caseId: w.caseId, tribunal: 'Property Maintenance Appeals Board', docketNumber: 'PMAB-2026-0042', scheduledAt: '2026-11-25T14:00', place: 'City Hall, Room 105, 100 Civic Center Plaza', hearingOfficer: 'A. Okafor' }),
  );
  const hearing = continueHearing(w.deps, { hearingId: first.id, newAt: '2026-12-02T09:30', reason: 'Board quorum' });
  return { w, loaded, deps, hearing };
}

export function issueHearingNotice(h: Pick<HearingWorld, 'deps' | 'w'>, subjectId: number | null, language: DocumentLanguageChoice = 'en', replaces: number | null = null) {
  return issueDocumentOfKind(h.deps, 'notice_of_hearing', h.w.caseId, undefined, { subjectId, language, replaces });
}

/** Documents and burnt numbers of the notice-of-hearing kind: both must stay 0 when it is refused. */
export function hearingNoticesIssued(h: Pick<HearingWorld, 'w'>): { documents: number; numbers: number } {
  const { db } = h.w;
  return {
    documents: db.prepare("SELECT count(*) FROM documents WHERE kind = 'notice_of_hearing'").pluck().get() as number,
    numbers: (db.prepare("SELECT coalesce(sum(last), 0) FROM number_sequences WHERE prefix = 'NOH'").pluck().get() as number) ?? 0,
  };
}
