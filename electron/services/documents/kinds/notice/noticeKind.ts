/** The Notice of Violation as a kind: the case's open violations, their photos re-hashed first. */
import { AppError } from '../../../../../shared/errors';
import type { Inspection } from '../../../../../shared/inspectionsTypes';
import { getCaseDetail } from '../../../cases/caseService';
import { listInspections } from '../../../inspections/inspectionService';
import { ownerPreferredLanguage } from '../../../../db/queries/parties';
import { packInLanguage } from '../../../../../shared/packLocalization';
import { wordingIn } from '../../../packs/loadPack';
import type { BaseFacts, KindSpec } from '../kindSpec';
import { noticeDocument } from './noticeDocument';
import { buildNoticeModel } from './noticeModel';

export const noticeKind: KindSpec<BaseFacts & { readonly inspections: readonly Inspection[] }> = {
  kind: 'notice_of_violation',
  prefix: 'NOV',
  formats: ['pdf', 'docx'],
  noun: 'notice',
  title: ({ detail }) => `Notice of Violation — ${detail.property.address}`,
  gather(deps, caseId) {
    const detail = getCaseDetail(deps.db, caseId);
    if (!detail.violations.some((v) => v.status === 'open')) {
      throw new AppError('VALIDATION', `Case ${detail.caseNumber} has no open violations. Add at least one violation before generating a notice.`);
    }
    return { detail, recipientLanguage: ownerPreferredLanguage(deps.db, caseId), inspections: listInspections(deps.db, caseId) };
  },
  async verifyEvidence(deps, { detail }, onChecked) {
    const photos = detail.violations.filter((v) => v.status === 'open').flatMap((v) => v.photos);
    // Re-hash originals too: a display copy is only as good as the original it was derived from.
    for (const [i, p] of photos.entries()) {
      await deps.vault.read(p.originalSha256);
      onChecked(i + 1, photos.length);
    }
  },
  build({ detail, inspections }, opts) {
    const model = buildNoticeModel(detail, {
      documentNumber: opts.documentNumber,
      issuedOn: opts.issuedOn,
      auditHead: opts.auditHead,
      pack: packInLanguage(opts.pack.pack, opts.language),
      wording: wordingIn(opts.pack, opts.language).notice,
      inspections,
    });
    // Exactly the violations printed, so a later ticket can show the owner had notice of each.
    const violationIds = model.violations.map((v) => v.violationId);
    return { document: noticeDocument(model), violationIds, auditDetails: { violationIds } };
  },
};
