/** Contract methods of the "documents" area beside generateDocument: what the Documents panel offers per case. */
import { z } from 'zod';
import { method } from '../contractMethod';
import { id } from '../schemas';

export interface DocumentOptions {
  readonly caseId: number;
  /** The languages the case's pack words its documents in, first = its own. */
  readonly languages: readonly string[];
  /** The owner of record's preferred language as recorded (e.g. "es-MX"), or null. */
  readonly recipientLanguage: string | null;
  /** The language "the recipient's language" resolves to with this pack. */
  readonly recipientDefault: string;
}

export const documentsMethods = {
  getDocumentOptions: method<DocumentOptions>()(z.object({ caseId: id }).strict()),
} as const;
