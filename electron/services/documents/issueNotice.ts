/**
 * Issues a Notice of Violation: builds the document model from the case record, re-hashes every
 * photo it will print (a tampered vault object stops the notice with INTEGRITY), renders the PDF,
 * stores it in the vault and records it as an immutable, numbered document in one transaction
 * with its audit entry and one document_violations row per violation printed (what the owner was
 * given notice of). The audit head printed on the page is the chain head before issuing.
 * When the pack's checklist step that guards the notice is not ready the notice is refused
 * (NOT_READY) before anything is rendered, and checked again inside the committing transaction
 * so a waiver withdrawn while the PDF was laid out still stops it.
 */
import type { IssuedDocument } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { getDocument } from '../../db/queries/documents';
import { auditHead, GENESIS_HASH } from '../audit';
import { getCaseDetail } from '../cases/caseService';
import { localIsoDate, type Clock } from '../clock';
import type { Vault } from '../vault/vault';
import { buildNoticeModel } from './noticeModel';
import { renderNoticePdf } from './noticePdf';
import { commitIssuedDocument, peekDocumentNumber, queueIssuing, type Progress } from './issueDocument';
import type { LoadedPack } from '../packs/loadPack';
import { checklistDecisionDeps } from '../checklists/checklistDecisions';
import { assertDocumentUnlocked } from '../checklists/documentGate';

export interface IssueDeps {
  readonly db: Db;
  readonly vault: Vault;
  readonly clock: Clock;
  readonly actor: string;
  readonly fontsDir: string;
  readonly pack: LoadedPack;
}

/** Queued with every other document, so two can never be rendered with the same number. */
export function issueNotice(deps: IssueDeps, caseId: number, onProgress: Progress = () => {}): Promise<IssuedDocument> {
  return queueIssuing(() => issueNoticeNow(deps, caseId, onProgress));
}

async function issueNoticeNow(deps: IssueDeps, caseId: number, onProgress: Progress): Promise<IssuedDocument> {
  const { db, vault } = deps;
  const detail = getCaseDetail(db, caseId);
  const open = detail.violations.filter((v) => v.status === 'open');
  if (open.length === 0) {
    throw new AppError('VALIDATION', `Case ${detail.caseNumber} has no open violations. Add at least one violation before generating a notice.`);
  }
  assertDocumentUnlocked(checklistDecisionDeps(deps), caseId, 'notice_of_violation');
  const photos = open.flatMap((v) => v.photos);
  const total = photos.length + 3;
  onProgress(0, total, 'Checking the evidence against its hashes');
  // Re-hash originals too: a display copy is only as good as the original it was derived from.
  for (const [i, p] of photos.entries()) {
    await vault.read(p.originalSha256);
    onProgress(i + 1, total, `Checked photo ${i + 1} of ${photos.length}`);
  }

  const now = deps.clock.now();
  const issuedOn = localIsoDate(now);
  const documentNumber = peekDocumentNumber(db, 'NOV', issuedOn);
  const head = auditHead(db) ?? GENESIS_HASH;
  const model = buildNoticeModel(detail, {
    documentNumber,
    issuedOn,
    auditHead: head,
    pack: deps.pack.pack,
    wording: deps.pack.notice,
  });
  onProgress(photos.length + 1, total, 'Laying out the notice');
  const { bytes, pageCount } = await renderNoticePdf(model, {
    loadImage: (sha) => vault.read(sha),
    fontsDir: deps.fontsDir,
  });

  onProgress(photos.length + 2, total, 'Storing the issued notice');
  const doc = await commitIssuedDocument(deps, now, {
    caseId,
    kind: 'notice_of_violation',
    prefix: 'NOV',
    issuedOn,
    number: documentNumber,
    title: `Notice of Violation — ${detail.property.address}`,
    bytes,
    pageCount,
    auditHead: head,
    // Exactly the violations printed, so a later ticket can show the owner had notice of each.
    violationIds: model.violations.map((v) => v.violationId),
    auditDetails: { violationIds: model.violations.map((v) => v.violationId) },
    recheck: () => assertDocumentUnlocked(checklistDecisionDeps(deps), caseId, 'notice_of_violation'),
  });
  onProgress(total, total, `Issued ${documentNumber}`);
  return doc;
}

/** The issued PDF's bytes, re-hashed: a document whose bytes changed is never handed out. */
export async function readIssuedDocument(db: Db, vault: Vault, documentId: number): Promise<{ fileName: string; bytes: Buffer }> {
  const doc = getDocument(db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', `Document ${documentId} does not exist.`);
  const bytes = await vault.read(doc.sha256);
  return { fileName: `${doc.number}.pdf`, bytes };
}
