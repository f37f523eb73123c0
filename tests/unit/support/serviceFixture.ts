/**
 * A case with an issued notice and one service attempt of every method (certified mail with its
 * tracking number, first-class mail, personal service, a posting with its photo and a scanned
 * receipt), on a real store and vault, ready to issue the proofs of service through the one path.
 */
import { addServiceAttempt } from '../../../electron/services/enforcement/serviceOfNotice';
import type { IssueDeps } from '../../../electron/services/documents/issue/issueKind';
import { loadPack, type LoadedPack } from '../../../electron/services/packs/loadPack';
import type { AddServiceAttemptInput } from '../../../shared/enforcementSchemas';
import { enforcementWorld, file, PDF_BYTES, type EnforcementWorld } from './enforcementFixture';
import { FONTS_DIR, makeJpeg, TEMPLATES_DIR } from './noticeFixture';

export interface ServiceWorld {
  readonly w: EnforcementWorld;
  readonly deps: IssueDeps;
  readonly loaded: LoadedPack;
  readonly attempts: { readonly certified: number; readonly firstClass: number; readonly personal: number; readonly posting: number; readonly unclaimedPersonal: number };
  readonly photo: { readonly sha256: string; readonly name: string };
}

export const TRACKING = '9407 1118 9876 5432 1012 34';

export async function serviceWorld(packId = 'model-ipmc', loadedPack?: LoadedPack): Promise<ServiceWorld> {
  const loaded = loadedPack ?? (await loadPack(TEMPLATES_DIR, packId));
  const w = await enforcementWorld({ pack: loaded.pack });
  const deps: IssueDeps = { db: w.db, vault: w.deps.vault, clock: w.deps.clock, actor: 'clerk', fontsDir: FONTS_DIR, pack: loaded };
  const base = { documentId: w.documentId, partyId: w.ownerId, notes: '', proofs: [] };
  const add = async (a: Partial<AddServiceAttemptInput> & Pick<AddServiceAttemptInput, 'method' | 'attemptedOn' | 'server' | 'outcome'>) =>
    (await addServiceAttempt(w.deps, { ...base, ...a } as AddServiceAttemptInput)).id;
  const jpeg = await makeJpeg(640, 480, 1.3);
  const certified = await add({ method: 'certified_mail', trackingNumber: TRACKING, attemptedOn: '2026-10-07', server: 'Ana Ruiz, Clerk', outcome: 'delivered', notes: 'Mailed at the Main Street post office at 10:40 a.m.' });
  const firstClass = await add({ method: 'first_class_mail', attemptedOn: '2026-10-08', server: 'Ana Ruiz, Clerk', outcome: 'returned' });
  const personal = await add({ method: 'personal_service', attemptedOn: '2026-10-12', server: 'R. Peña', outcome: 'delivered', notes: 'Handed to the owner at the front door at 2:15 p.m.' });
  const unclaimedPersonal = await add({ method: 'personal_service', attemptedOn: '2026-10-13', server: 'R. Peña', outcome: 'unclaimed' });
  const posting = await add({
    method: 'posting',
    attemptedOn: '2026-10-14',
    server: 'R. Peña',
    outcome: 'posted',
    notes: 'Posted on the front door at 9:05 a.m.',
    proofs: [file('posting-front-door.jpg', jpeg), file('receipt.pdf', PDF_BYTES)],
  });
  const { createHash } = await import('node:crypto');
  return { w, deps, loaded, attempts: { certified, firstClass, personal, posting, unclaimedPersonal }, photo: { sha256: createHash('sha256').update(jpeg).digest('hex'), name: 'posting-front-door.jpg' } };
}
