/**
 * Issues a Notice of Violation: builds the document model from the case record, re-hashes every
 * photo it will print (a tampered vault object stops the notice with INTEGRITY), renders the PDF,
 * stores it in the vault and records it as an immutable, numbered document in one transaction
 * with its audit entry. The audit head printed on the page is the chain head before issuing.
 */
import type { IssuedDocument } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Db } from '../../db/open';
import { insertDocument, getDocument } from '../../db/queries/documents';
import { nextNumber, peekNextNumber } from '../../db/queries/numbers';
import { recordVaultObject } from '../../db/queries/vaultObjects';
import { appendAudit, auditHead, GENESIS_HASH } from '../audit';
import { getCaseDetail } from '../cases/caseService';
import { localIsoDate, type Clock } from '../clock';
import type { Vault } from '../vault/vault';
import { buildNoticeModel } from './noticeModel';
import { renderNoticePdf } from './noticePdf';
import type { LoadedPack } from '../packs/loadPack';

export interface IssueDeps {
  readonly db: Db;
  readonly vault: Vault;
  readonly clock: Clock;
  readonly actor: string;
  readonly fontsDir: string;
  readonly pack: LoadedPack;
}

type Progress = (done: number, total: number, message: string) => void;

/** Serializes issuing so two notices can never be rendered with the same number. */
let issuing: Promise<unknown> = Promise.resolve();

export function issueNotice(deps: IssueDeps, caseId: number, onProgress: Progress = () => {}): Promise<IssuedDocument> {
  const run = issuing.then(() => issueNoticeNow(deps, caseId, onProgress));
  issuing = run.catch(() => undefined);
  return run;
}

async function issueNoticeNow(deps: IssueDeps, caseId: number, onProgress: Progress): Promise<IssuedDocument> {
  const { db, vault } = deps;
  const detail = getCaseDetail(db, caseId);
  const open = detail.violations.filter((v) => v.status === 'open');
  if (open.length === 0) {
    throw new AppError('VALIDATION', `Case ${detail.caseNumber} has no open violations. Add at least one violation before generating a notice.`);
  }
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
  const year = Number(issuedOn.slice(0, 4));
  const documentNumber = peekNextNumber(db, 'NOV', year, 6);
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
  const stored = await vault.put(Buffer.from(bytes));
  const title = `Notice of Violation — ${detail.property.address}`;
  const id = db
    .transaction(() => {
      // Numbers are allocated only when the document is committed, so a failed render never
      // burns one; the issuing queue above guarantees the peeked number is still the next one.
      const number = nextNumber(db, 'NOV', year, 6);
      if (number !== documentNumber) {
        throw new Error(`document number moved from ${documentNumber} to ${number} while rendering`);
      }
      recordVaultObject(db, { sha256: stored.sha256, size: stored.size, mediaType: 'application/pdf' }, now.toISOString());
      const docId = insertDocument(db, {
        caseId,
        kind: 'notice_of_violation',
        number,
        title,
        sha256: stored.sha256,
        sizeBytes: stored.size,
        pageCount,
        issuedAt: now.toISOString(),
        issuedBy: deps.actor,
        auditHead: head,
      });
      appendAudit(
        db,
        {
          actor: deps.actor,
          action: 'document.issue',
          entity: 'document',
          entityId: docId,
          details: { caseId, kind: 'notice_of_violation', number, sha256: stored.sha256, pageCount, auditHeadPrinted: head },
        },
        now,
      );
      return docId;
    })
    .immediate();
  onProgress(total, total, `Issued ${documentNumber}`);
  return getDocument(db, id)!;
}

/** The issued PDF's bytes, re-hashed: a document whose bytes changed is never handed out. */
export async function readIssuedDocument(db: Db, vault: Vault, documentId: number): Promise<{ fileName: string; bytes: Buffer }> {
  const doc = getDocument(db, documentId);
  if (!doc) throw new AppError('NOT_FOUND', `Document ${documentId} does not exist.`);
  const bytes = await vault.read(doc.sha256);
  return { fileName: `${doc.number}.pdf`, bytes };
}
