/** Handlers of the documents area (options the Documents panel offers), spread into core.ts. */
import type { documentsMethods } from '../../../shared/contracts/documents';
import { AppError } from '../../../shared/errors';
import { languageForRecipient } from '../../../shared/packLocalization';
import { getCaseRow } from '../../db/queries/cases';
import { ownerPreferredLanguage } from '../../db/queries/parties';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';
import { cancelJob } from '../jobs';

export function documentsHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof documentsMethods> {
  return {
    getDocumentOptions: ({ caseId }) => {
      if (!getCaseRow(deps.db, caseId)) throw new AppError('NOT_FOUND', `Case ${caseId} does not exist.`);
      const recipientLanguage = ownerPreferredLanguage(deps.db, caseId);
      const { pack } = deps.pack;
      return { caseId, languages: pack.languages, recipientLanguage, recipientDefault: languageForRecipient(pack, recipientLanguage) };
    },
    generateDocumentBatch: async ({ kind, caseIds, language }, ctx) => {
      const { issueDocumentBatch } = await import('../documents/issue/issueBatch');
      const { db, vault, clock, actor, fontsDir, pack } = deps;
      return issueDocumentBatch({ db, vault, clock, actor, fontsDir, pack }, kind, caseIds, ctx.progress, { language, ...(ctx.signal ? { signal: ctx.signal } : {}) });
    },
    cancelJob: ({ jobId }) => ({ cancelled: cancelJob(jobId) }),
    listDocumentKinds: async () => {
      const { documentKindSpecs } = await import('../documents/kinds/registry');
      return documentKindSpecs().map((s) => ({ kind: s.kind, prefix: s.prefix, subject: s.subject ?? null }));
    },
  };
}
