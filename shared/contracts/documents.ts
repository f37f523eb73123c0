/** Contract methods of the "documents" area beside generateDocument: what the Documents panel offers per case. */
import { z } from 'zod';
import { method } from '../contractMethod';
import { id } from '../schemas';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGE_CHOICES, type DocumentBatchResult, type DocumentKind, type DocumentSubjectType } from '../domain';

export interface DocumentOptions {
  readonly caseId: number;
  /** The languages the case's pack words its documents in, first = its own. */
  readonly languages: readonly string[];
  /** The owner of record's preferred language as recorded (e.g. "es-MX"), or null. */
  readonly recipientLanguage: string | null;
  /** The language "the recipient's language" resolves to with this pack. */
  readonly recipientDefault: string;
}

/** A kind CaseReady can issue, as the registry says: a per-record kind names what it is about. */
export interface DocumentKindInfo {
  readonly kind: DocumentKind;
  readonly prefix: string;
  readonly subject: DocumentSubjectType | null;
}

export const documentsMethods = {
  listDocumentKinds: method<readonly DocumentKindInfo[]>()(z.object({}).strict()),
  getDocumentOptions: method<DocumentOptions>()(z.object({ caseId: id }).strict()),
  /**
   * One kind for many cases (a sweep), each through the same path as generateDocument: refusals
   * are named per case and the rest go on; cancelJob stops it between two documents.
   */
  generateDocumentBatch: method<DocumentBatchResult>()(
    z
      .object({
        kind: z.enum(DOCUMENT_KINDS),
        caseIds: z.array(id).min(1).max(1000).refine((ids) => new Set(ids).size === ids.length, 'a case is listed twice'),
        language: z.enum(DOCUMENT_LANGUAGE_CHOICES).default('recipient'),
      })
      .strict(),
    { progress: true },
  ),
  /** Asks a running call (by the jobId its progress carries) to stop where it safely can. */
  cancelJob: method<{ readonly cancelled: boolean }>()(z.object({ jobId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) }).strict()),
} as const;
