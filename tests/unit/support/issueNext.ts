/**
 * Issues the next version of a kind: names the case's current version (if any) as the one
 * replaced, as the app does when a person confirms "new version". For tests about what a
 * document says; the versioning rules have their own tests (documentVersions.test.ts).
 */
import type { DocumentKind, IssuedDocument } from '../../../shared/domain';
import { currentDocument } from '../../../electron/db/queries/documents';
import { issueDocumentOfKind, type IssueDeps } from '../../../electron/services/documents/issue/issueKind';
import type { Progress } from '../../../electron/services/documents/issue/issueDocument';

export function issueNext(deps: IssueDeps, kind: DocumentKind, caseId: number, progress?: Progress): Promise<IssuedDocument> {
  return issueDocumentOfKind(deps, kind, caseId, progress, { replaces: currentDocument(deps.db, caseId, kind)?.id ?? null });
}
