/**
 * The Notice of Hearing as a kind: one per hearing of the case (its subject), in the pack's
 * `hearingNotice.<lang>.json`. Refused when the hearing is not one of this case's, already has
 * its outcome, the owner of record has no mailing address, or the last day to serve it (the
 * pack's hearingNotice rule) has passed. The hearing is read again inside the committing
 * transaction: a continuance recorded while the PDF was laid out would print the old date.
 */
import type { Hearing } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import type { HearingNoticeWording } from '../../../../../shared/hearingNoticeWording';
import { packInLanguage } from '../../../../../shared/packLocalization';
import { ownerPreferredLanguage } from '../../../../db/queries/parties';
import { getHearing } from '../../../../db/queries/enforcement';
import { getCaseDetail } from '../../../cases/caseService';
import { localIsoDate } from '../../../clock';
import { kindWording } from '../../../packs/loadPack';
import { splitLines } from '../../model/letterModel';
import type { BaseFacts, GatherDeps, KindSpec } from '../kindSpec';
import { hearingNoticeDocument } from './hearingNoticeDocument';
import { buildHearingNoticeModel, lastDayToServe } from './hearingNoticeModel';

export const HEARING_NOTICE_PREFIX = 'NOH';
const WORDING_FILE = 'hearingNotice';

interface HearingNoticeFacts extends BaseFacts {
  readonly hearing: Hearing;
}

export const hearingNoticeKind: KindSpec<HearingNoticeFacts> = {
  kind: 'notice_of_hearing',
  subject: 'hearing',
  prefix: HEARING_NOTICE_PREFIX,
  formats: ['pdf', 'docx'],
  noun: 'notice of hearing',
  title: ({ hearing }) => `Notice of Hearing — ${hearing.tribunal}, docket ${hearing.docketNumber}`,
  gather(deps, caseId, { subjectId }) {
    const detail = getCaseDetail(deps.db, caseId);
    if (subjectId === null) {
      throw new AppError('VALIDATION', `A notice of hearing is about one hearing: say which hearing of case ${detail.caseNumber} (subjectId; CLI --subject).`);
    }
    const hearing = openHearingOf(deps, detail.caseNumber, caseId, subjectId);
    const owner = detail.owner;
    if (owner.name.trim() === '' || splitLines(owner.mailingAddress).length === 0) {
      throw new AppError('VALIDATION', `Case ${detail.caseNumber} has no mailing address for its owner of record${owner.name.trim() ? ` (${owner.name})` : ''}, so the notice of hearing cannot be served. Add the owner's current mailing address in the Parties tab, then issue the notice.`);
    }
    refuseLateNotice(deps, hearing);
    // Refused here, before the gate, when the pack does not word it (names the file to add).
    kindWording(deps.pack, WORDING_FILE, deps.pack.notice.language);
    return { detail, subjectId: hearing.id, recipientLanguage: ownerPreferredLanguage(deps.db, caseId), hearing };
  },
  build(facts, opts) {
    const model = buildHearingNoticeModel(facts, {
      documentNumber: opts.documentNumber,
      issuedOn: opts.issuedOn,
      auditHead: opts.auditHead,
      pack: packInLanguage(opts.pack.pack, opts.language),
      wording: kindWording<HearingNoticeWording>(opts.pack, WORDING_FILE, opts.language),
    });
    return {
      document: hearingNoticeDocument(model),
      auditDetails: { hearingId: facts.hearing.id, docketNumber: facts.hearing.docketNumber, scheduledAt: facts.hearing.scheduledAt, serveBy: model.serveBy.date, interpreterBy: model.interpreterBy },
    };
  },
  recheck(deps, _caseId, { detail, hearing }) {
    const now = getHearing(deps.db, hearing.id);
    if (!now || now.scheduledAt !== hearing.scheduledAt || now.continuances.length !== hearing.continuances.length || (now.outcome !== null) !== (hearing.outcome !== null)) {
      throw new AppError('CONFLICT', `Hearing ${hearing.docketNumber} of case ${detail.caseNumber} changed while the notice of hearing was being prepared (a continuance or an outcome was recorded). Issue the notice again so it shows the current date.`);
    }
  },
};

/** The hearing, if it is this case's and still to be held. */
function openHearingOf(deps: Pick<GatherDeps, 'db'>, caseNumber: string, caseId: number, hearingId: number): Hearing {
  const hearing = getHearing(deps.db, hearingId);
  if (!hearing || hearing.caseId !== caseId) {
    throw new AppError('NOT_FOUND', `Hearing ${hearingId} is not a hearing of case ${caseNumber}. Choose one of the case's hearings (Hearings tab; CLI: hearing list).`);
  }
  if (hearing.outcome) {
    throw new AppError('CONFLICT', `Hearing ${hearing.docketNumber} has already been held (${hearing.outcome.outcome.replace('_', ' ')}, ordered ${hearing.outcome.orderDate}); there is nothing left to give notice of.`);
  }
  return hearing;
}

/**
 * No policy in the codebase says what to do with a notice that can no longer be served in time,
 * so: refused. A notice served after the pack's last day is late notice; the hearing officer
 * would find service defective and continue the hearing anyway (or, worse, a default order
 * entered on it could be set aside). Issuing it would only give the clerk a document that looks
 * like notice and is not. The remedy is to continue the hearing to a date that leaves time for
 * service, then issue the notice for the new date.
 */
function refuseLateNotice(deps: GatherDeps, hearing: Hearing): void {
  const today = localIsoDate(deps.clock.now());
  const serveBy = lastDayToServe(deps.pack.pack, hearing.scheduledAt);
  if (serveBy.date < today) {
    throw new AppError(
      'VALIDATION',
      `The last day to serve notice of hearing ${hearing.docketNumber} (set for ${hearing.scheduledAt.replace('T', ' ')}) was ${serveBy.date} (${serveBy.explanation}), so notice served now would be late. Record a continuance of the hearing to a date that leaves time for service, then issue the notice for the new date.`,
    );
  }
}
