/** Handlers of the packs area (list the packs, choose the installation's), spread into core.ts. */
import type { packsMethods } from '../../../shared/contracts/packs';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';
import { listPacks, usePack } from '../packs/packSelection';
import { moveCaseToPack } from '../cases/casePack';

export function packsHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof packsMethods> {
  return {
    listPacks: () => listPacks(deps.db, deps.templatesDir, deps.dataDir, deps.pack.pack.id),
    usePack: async ({ packId }) => ({
      ...(await usePack(deps.db, deps.templatesDir, deps.dataDir, packId, deps.actor, deps.clock)),
      // The running core keeps the pack it loaded until the next start.
      inUse: deps.pack.pack.id,
    }),
    moveCaseToPack: ({ caseId }) => moveCaseToPack(deps.db, caseId, deps.pack, deps.actor, deps.clock),
  };
}
