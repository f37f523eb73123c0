/**
 * Issuing a citation is issuing its civil ticket: the one issuing path (issueDocumentOfKind) with
 * the citation's inputs, so the pack's civil_ticket checklist gate guards it in the app, IPC, HTTP
 * and the CLI alike, and the citation, its fine and its ticket are recorded together or not at all.
 */
import type { Citation } from '../../../shared/enforcementTypes';
import type { IssueCitationInput } from '../../../shared/enforcementSchemas';
import * as q from '../../db/queries/enforcement';
import { issueDocumentOfKind, type IssueDeps } from '../documents/issue/issueKind';
import type { Progress } from '../documents/issue/issueDocument';

export async function issueCitation(deps: IssueDeps, input: IssueCitationInput, onProgress?: Progress): Promise<Citation> {
  const { caseId, ...params } = input;
  const ticket = await issueDocumentOfKind(deps, 'civil_ticket', caseId, onProgress, { subjectId: null, replaces: null, params });
  const citationId = ticket.subject?.id;
  const citation = citationId === undefined ? undefined : q.getCitation(deps.db, citationId);
  if (!citation) throw new Error(`civil ticket ${ticket.number} was issued without its citation`);
  return citation;
}
