/**
 * What issuing any document shares: one queue so two documents are never rendered with the same
 * number, the number peeked before rendering and taken only when the document is committed (a
 * failed render never burns one), the PDF stored in the vault, and the immutable documents row
 * recorded with its audit entry (and the violations it lists) in one transaction.
 */
import type { DocumentKind, DocumentSubject, IssuedDocument } from '../../../../shared/domain';
import type { Db } from '../../../db/open';
import { getDocument, insertDocument, insertDocumentViolations } from '../../../db/queries/documents';
import { nextNumber, peekNextNumber } from '../../../db/queries/numbers';
import { recordVaultObject } from '../../../db/queries/vaultObjects';
import { appendAudit } from '../../audit';
import type { Vault } from '../../vault/vault';

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type Progress = (done: number, total: number, message: string) => void;

/** Digits of the sequence part of a document number: NOV-2026-000012. */
const NUMBER_WIDTH = 6;

let issuing: Promise<unknown> = Promise.resolve();

/** Runs `work` after every issuing already queued (notices and demands share the queue). */
export function queueIssuing<T>(work: () => Promise<T>): Promise<T> {
  const run = issuing.then(work);
  issuing = run.catch(() => undefined);
  return run;
}

/** The number the next document with this prefix will get; only valid inside queueIssuing. */
export function peekDocumentNumber(db: Db, prefix: string, issuedOn: string): string {
  return peekNextNumber(db, prefix, Number(issuedOn.slice(0, 4)), NUMBER_WIDTH);
}

export interface DocumentToCommit {
  readonly caseId: number;
  readonly kind: DocumentKind;
  readonly prefix: string;
  readonly issuedOn: string; // YYYY-MM-DD, its year picks the number series
  readonly number: string; // from peekDocumentNumber
  readonly title: string;
  readonly bytes: Uint8Array;
  /** The DOCX rendition of the same model, stored beside the PDF (the PDF's hash is the identity). */
  readonly docxBytes?: Uint8Array;
  readonly pageCount: number;
  readonly auditHead: string; // printed on the document
  /** Extra facts for the audit entry (what the document said). */
  readonly auditDetails?: Record<string, unknown>;
  /** The violations the document lists, in printed order; recorded with it (document_violations). */
  readonly violationIds?: readonly number[];
  /** The version this one replaces (checked by the caller's recheck against the current one). */
  readonly replacesDocumentId?: number | null;
  /** The languages it is written in, joined with "+". */
  readonly languages?: string;
  /** Re-checks inside the committing transaction (e.g. a checklist gate); throws to abort. */
  readonly recheck?: () => void;
  /** After the rechecks, inside the transaction: the record the document is about (may create it). */
  readonly subject?: () => DocumentSubject | null;
}

export interface CommitDeps {
  readonly db: Db;
  readonly vault: Vault;
  readonly actor: string;
}

export async function commitIssuedDocument(deps: CommitDeps, now: Date, d: DocumentToCommit): Promise<IssuedDocument> {
  const { db } = deps;
  const stored = await deps.vault.put(Buffer.from(d.bytes));
  const docx = d.docxBytes ? await deps.vault.put(Buffer.from(d.docxBytes)) : null;
  const id = db
    .transaction(() => {
      d.recheck?.();
      const number = nextNumber(db, d.prefix, Number(d.issuedOn.slice(0, 4)), NUMBER_WIDTH);
      if (number !== d.number) {
        throw new Error(`document number moved from ${d.number} to ${number} while rendering`);
      }
      const subject = d.subject?.() ?? null;
      recordVaultObject(db, { sha256: stored.sha256, size: stored.size, mediaType: 'application/pdf' }, now.toISOString());
      if (docx) recordVaultObject(db, { sha256: docx.sha256, size: docx.size, mediaType: DOCX_MEDIA_TYPE }, now.toISOString());
      const docId = insertDocument(db, {
        caseId: d.caseId,
        kind: d.kind,
        number,
        title: d.title,
        sha256: stored.sha256,
        sizeBytes: stored.size,
        pageCount: d.pageCount,
        issuedAt: now.toISOString(),
        issuedBy: deps.actor,
        auditHead: d.auditHead,
        replacesDocumentId: d.replacesDocumentId ?? null,
        languages: d.languages ?? null,
        docxSha256: docx?.sha256 ?? null,
        subject,
      });
      insertDocumentViolations(db, docId, d.violationIds ?? []);
      appendAudit(
        db,
        {
          actor: deps.actor,
          action: 'document.issue',
          entity: 'document',
          entityId: docId,
          details: { caseId: d.caseId, kind: d.kind, number, sha256: stored.sha256, pageCount: d.pageCount, auditHeadPrinted: d.auditHead, replacesDocumentId: d.replacesDocumentId ?? null, docxSha256: docx?.sha256 ?? null, subject, ...d.auditDetails },
        },
        now,
      );
      return docId;
    })
    .immediate();
  return getDocument(db, id)!;
}
