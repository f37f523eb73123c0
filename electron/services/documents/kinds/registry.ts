/**
 * Every kind of document CaseReady issues: kind → its spec (number prefix, formats, what it
 * reads and refuses, its pure builder). The issuing path, the contract and the CLI take a kind
 * from here; nothing else lists kinds.
 */
import type { DocumentKind } from '../../../../shared/domain';
import { AppError } from '../../../../shared/errors';
import { costsKind } from './costs/costsKind';
import { demandKind } from './demand/demandKind';
import { hearingNoticeKind } from './hearing/hearingNoticeKind';
import { lienFilingKind } from './lien/lienFilingKind';
import { lienReleaseKind } from './lien/lienReleaseKind';
import type { BaseFacts, KindSpec } from './kindSpec';
import { noticeKind } from './notice/noticeKind';
import { affidavitOfPostingKind, affidavitOfServiceKind, certificateOfMailingKind } from './service/serviceKinds';
import { ticketKind } from './ticket/ticketKind';

type AnySpec = KindSpec<BaseFacts>;

const KINDS: Record<DocumentKind, AnySpec> = {
  notice_of_violation: noticeKind as unknown as AnySpec,
  demand_for_payment: demandKind as unknown as AnySpec,
  notice_of_hearing: hearingNoticeKind as unknown as AnySpec,
  certificate_of_mailing: certificateOfMailingKind as unknown as AnySpec,
  affidavit_of_service: affidavitOfServiceKind as unknown as AnySpec,
  affidavit_of_posting: affidavitOfPostingKind as unknown as AnySpec,
  civil_ticket: ticketKind as unknown as AnySpec,
  statement_of_costs: costsKind as unknown as AnySpec,
  lien_filing: lienFilingKind as unknown as AnySpec,
  lien_release: lienReleaseKind as unknown as AnySpec,
};

export function kindSpec(kind: DocumentKind): AnySpec {
  const spec = (KINDS as Partial<Record<string, AnySpec>>)[kind];
  if (!spec) throw new AppError('VALIDATION', `"${kind}" is not a kind of document CaseReady can issue. Known kinds: ${Object.keys(KINDS).join(', ')}.`);
  return spec;
}

export function documentKindSpecs(): readonly AnySpec[] {
  return Object.values(KINDS);
}
