/**
 * Issues a citation the only way there is — as its civil ticket, through issueDocumentOfKind —
 * for tests about what a citation records (numbering, repeat-offense tiers, fines, due dates).
 * The pack's checklists are left out so the civil_ticket gate does not decide those tests; the
 * gate itself is tested in ticketGate.test.ts with the pack's real checklists.
 */
import type { Citation } from '../../../shared/enforcementTypes';
import type { IssueCitationInput } from '../../../shared/enforcementSchemas';
import type { IssueDeps } from '../../../electron/services/documents/issue/issueKind';
import { issueCitation } from '../../../electron/services/enforcement/issueCitation';
import type { LoadedPack } from '../../../electron/services/packs/loadPack';
import type { EnforcementWorld } from './enforcementFixture';
import { FONTS_DIR, loadModelPack } from './noticeFixture';

let modelPack: Promise<LoadedPack> | undefined;

/** The IssueDeps of an enforcement world, its pack (as the world has it) worded by the model pack, without checklists. */
export async function ungatedIssueDeps(w: Pick<EnforcementWorld, 'db' | 'deps' | 'pack'>): Promise<IssueDeps> {
  modelPack ??= loadModelPack();
  const loaded = await modelPack;
  return { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: w.deps.actor, fontsDir: FONTS_DIR, pack: { ...loaded, pack: w.pack, checklists: undefined } };
}

export async function citeUngated(w: Pick<EnforcementWorld, 'db' | 'deps' | 'pack'>, input: IssueCitationInput): Promise<Citation> {
  return issueCitation(await ungatedIssueDeps(w), input);
}
