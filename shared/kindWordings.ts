/**
 * The wording files a jurisdiction pack may carry for the kinds of document beyond the notice
 * and the demand: `<file>.<lang>.json`, one per language the pack offers, each checked by its
 * schema when the pack loads. A kind reads its wording with `kindWording()` (electron/services/
 * packs/loadPack.ts), which refuses — naming the file — when the pack does not word it.
 *
 * Adding a kind's wording is one line here: its file's base name and its zod schema. Every
 * schema must have `language` (checked against the file name).
 */
import type { z } from 'zod';
import { hearingNoticeWordingSchema } from './hearingNoticeWording';
import { serviceCertificatesWordingSchema } from './serviceCertificatesWording';
import { ticketWordingSchema } from './ticketWording';
import { costsWordingSchema } from './costsWording';
import { lienWordingSchema } from './lienWording';

export interface KindWordingFile {
  /** Base file name: "ticket" → ticket.en.json, ticket.es.json. */
  readonly file: string;
  /** What the file words, for messages ("the civil ticket"). */
  readonly words: string;
  readonly schema: z.ZodType<{ language: string }>;
}

export const KIND_WORDING_FILES: readonly KindWordingFile[] = [
  { file: 'hearingNotice', words: 'the notice of hearing', schema: hearingNoticeWordingSchema },
  { file: 'serviceCertificates', words: 'the certificate of mailing and the affidavits of service and posting', schema: serviceCertificatesWordingSchema },
  { file: 'ticket', words: 'the civil ticket (citation)', schema: ticketWordingSchema },
  { file: 'costs', words: 'the statement of costs (also the demand for payment\'s statement)', schema: costsWordingSchema },
  { file: 'lien', words: 'the lien filing and the release of lien', schema: lienWordingSchema },
];

export function kindWordingFile(file: string): KindWordingFile {
  const found = KIND_WORDING_FILES.find((f) => f.file === file);
  if (!found) throw new Error(`no wording file "${file}" is registered in shared/kindWordings.ts`);
  return found;
}
