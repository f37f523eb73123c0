/** Handlers of the documents area (options the Documents panel offers), spread into core.ts. */
import type { documentsMethods } from '../../../shared/contracts/documents';
import { AppError } from '../../../shared/errors';
import { languageForRecipient } from '../../../shared/packLocalization';
import { getCaseRow } from '../../db/queries/cases';
import { getParty } from '../../db/queries/parties';
import { stmt } from '../../db/statements';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';

export function documentsHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof documentsMethods> {
  return {
    getDocumentOptions: ({ caseId }) => {
      if (!getCaseRow(deps.db, caseId)) throw new AppError('NOT_FOUND', `Case ${caseId} does not exist.`);
      const ownerId = stmt(deps.db, "SELECT party_id FROM case_parties WHERE case_id = ? AND role = 'owner_of_record' ORDER BY rowid LIMIT 1").pluck().get(caseId) as number | undefined;
      const recipientLanguage = ownerId === undefined ? null : (getParty(deps.db, ownerId)?.preferredLanguage ?? null);
      const { pack } = deps.pack;
      return { caseId, languages: pack.languages, recipientLanguage, recipientDefault: languageForRecipient(pack, recipientLanguage) };
    },
  };
}
