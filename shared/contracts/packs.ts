/** Contract methods of the "packs" area: the jurisdiction packs found and the installation's choice. */
import { z } from 'zod';
import { empty, method } from '../contractMethod';
import type { CaseDetail } from '../domain';
import { id } from '../schemas';
import { packIdSchema, type PackList } from '../packs';

export const packsMethods = {
  /** Every pack found (the app's and <dataDir>/packs/), each checked; the one loaded and the stored setting. */
  listPacks: method<PackList>()(empty),
  /** Makes a pack the installation's (the jurisdiction.pack setting, audited) after checking it; applies after a restart. */
  usePack: method<PackList>()(z.object({ packId: packIdSchema }).strict()),
  /** Records the loaded pack (id and version) on a case opened under another, with an audit entry; its documents are refused until then. */
  moveCaseToPack: method<CaseDetail>()(z.object({ caseId: id }).strict()),
} as const;
