/**
 * A sweep: one kind of document for many cases (e.g. a notice for every case the inspector
 * visited this week). Each case goes through the same issuing path as a single document — its
 * own refusals, gate, version check and committing transaction — so a batch can never issue
 * what a single request would refuse, and every document is issued whole or not at all.
 *
 * What a batch shares is only what is the same for every case: the fonts, read, parsed and
 * measured once (render/pdf/fontSession.ts). A case that
 * is refused is named with the reason and the sweep goes on; a failure of the machine (a full
 * disk, a read-only folder) stops it, because every later case would fail the same way, and is
 * reported as what it is. Cancelling stops between two documents.
 */
import type { DocumentBatchResult, DocumentKind, DocumentLanguageChoice } from '../../../../shared/domain';
import { isAppError } from '../../../../shared/errors';
import { stmt } from '../../../db/statements';
import { requireCaseOnLoadedPack } from '../../cases/casePack';
import { classifyIoError } from '../../ioErrors';
import { kindSpec } from '../kinds/registry';
import { openFontSession } from '../render/pdf/fontSession';
import { issueDocumentOfKind, type IssueDeps } from './issueKind';
import type { Progress } from './issueDocument';

export interface BatchOptions {
  readonly language?: DocumentLanguageChoice;
  readonly signal?: AbortSignal;
}

export async function issueDocumentBatch(
  deps: IssueDeps,
  kind: DocumentKind,
  caseIds: readonly number[],
  onProgress: Progress = () => {},
  options: BatchOptions = {},
): Promise<DocumentBatchResult> {
  const spec = kindSpec(kind);
  // The fonts are the same for every document of the sweep: parsed and measured once.
  const shared: IssueDeps = { ...deps, fonts: deps.fonts ?? (await openFontSession(deps.fontsDir)) };
  const issued: DocumentBatchResult['issued'][number][] = [];
  const failed: DocumentBatchResult['failed'][number][] = [];
  const total = caseIds.length;
  let stoppedBy: DocumentBatchResult['stoppedBy'] = null;
  let next = 0;
  for (; next < total; next++) {
    if (options.signal?.aborted) break;
    const caseId = caseIds[next]!;
    const caseNumber = caseNumberOf(deps, caseId);
    onProgress(next, total, `${spec.noun} ${next + 1} of ${total}${caseNumber ? ` (case ${caseNumber})` : ''}`);
    try {
      requireCaseOnLoadedPack(deps.db, caseId, deps.pack);
      const doc = await issueDocumentOfKind(shared, kind, caseId, undefined, { language: options.language ?? 'recipient' });
      issued.push({ caseId, caseNumber, documentId: doc.id, number: doc.number });
    } catch (err) {
      if (isAppError(err)) {
        failed.push({ caseId, caseNumber, code: err.code, message: err.message });
        continue;
      }
      const io = classifyIoError(err, 'the data folder');
      if (!io) throw err;
      failed.push({ caseId, caseNumber, code: io.code, message: io.message });
      stoppedBy = { code: io.code, message: io.message };
      next++;
      break;
    }
  }
  const notStarted = caseIds.slice(next);
  const cancelled = options.signal?.aborted === true && notStarted.length > 0;
  onProgress(total, total, cancelled ? `Cancelled: ${issued.length} issued, ${notStarted.length} not started` : `${issued.length} issued, ${failed.length} refused`);
  return { kind, requested: total, issued, failed, notStarted, cancelled, stoppedBy };
}

/** The case number for the message, or null for an id with no case (refused by the issuing path). */
function caseNumberOf(deps: IssueDeps, caseId: number): string | null {
  return (stmt(deps.db, 'SELECT case_number FROM cases WHERE id = ?').pluck().get(caseId) as string | undefined) ?? null;
}
