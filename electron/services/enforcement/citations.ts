/**
 * Citations (civil tickets). The fine escalates with repeat offenses: the offense number is the
 * count of earlier citations on the same property or the same owner (dismissed ones do not
 * count) plus one, and the amount comes from the jurisdiction pack's fine schedule. A citation is
 * issued only as its civil ticket (documents/kinds/ticket, gated by the pack's civil_ticket step):
 * the ticket's number is the citation's, and recording it charges the fine to the case ledger in
 * the ticket's transaction.
 */
import type { Citation, CitationStatus } from '../../../shared/enforcementTypes';
import type { IssueCitationInput } from '../../../shared/enforcementSchemas';
import { deadlineAfter, packCalendar } from '../../../shared/enforcementDates';
import { AppError } from '../../../shared/errors';
import type { FineSeverity, JurisdictionPack } from '../../../shared/jurisdictionPack';
import * as q from '../../db/queries/enforcement';
import { findFineEntryForCitation } from '../../db/queries/enforcementMoney';
import type { Db } from '../../db/open';
import { getViolation } from '../../db/queries/violations';
import { appendAudit } from '../audit';
import { requireCase } from '../cases/caseService';
import { localIsoDate } from '../clock';
import type { EnforcementDeps } from './deps';
import { postFine, postReversal } from './ledger';

/** The scheduled fine for an offense number (1, 2, 3+) at a severity, or null without a schedule. */
export function scheduledFine(pack: JurisdictionPack, severity: FineSeverity, offenseNumber: number): number | null {
  const row = pack.fines?.schedule[severity];
  if (!row) return null;
  return offenseNumber <= 1 ? row.first : offenseNumber === 2 ? row.second : row.thirdOrMore;
}

/** What a citation will be, computed and checked before anything is written (the ticket prints it). */
export interface PreparedCitation {
  readonly caseId: number;
  readonly caseNumber: string;
  readonly propertyId: number;
  readonly partyId: number;
  readonly violationIds: readonly number[];
  readonly severity: FineSeverity;
  /** Prior citations on the property or the owner (dismissed ones excluded) + 1. */
  readonly offenseNumber: number;
  readonly fineCents: number;
  /** True when the amount is the pack's schedule's, false when given (no schedule, or the ordinance says otherwise). */
  readonly fineFromSchedule: boolean;
  readonly issuedOn: string;
  readonly dueOn: string;
}

/**
 * Reads the case and refuses what would make a citation wrong: a violation of another case, an
 * issue date before the case was opened, no fine (no schedule and none given), no due date, a due
 * date before the issue date. Writes nothing.
 */
export function prepareCitation(db: Db, pack: JurisdictionPack, input: IssueCitationInput, now: Date): PreparedCitation {
  const c = requireCase(db, input.caseId);
  for (const vid of input.violationIds) {
    const v = getViolation(db, vid);
    if (!v || v.caseId !== c.id) throw new AppError('NOT_FOUND', `Violation ${vid} is not part of case ${c.caseNumber}.`);
  }
  const issuedOn = input.issuedOn ?? localIsoDate(now);
  if (issuedOn < c.openedOn) {
    throw new AppError('VALIDATION', `issuedOn: ${issuedOn} is before the case was opened (${c.openedOn}).`);
  }
  const offenseNumber = q.countPriorCitations(db, c.property.id, c.owner.id) + 1;
  const scheduled = scheduledFine(pack, input.severity, offenseNumber);
  const fineCents = input.fine ?? scheduled;
  if (fineCents === null) {
    throw new AppError('VALIDATION', `fine: the ${pack.name} pack has no fine schedule. Give the fine amount from the ordinance.`);
  }
  const dueOn = input.dueOn ?? (pack.fines ? deadlineAfter(issuedOn, pack.fines.dueDays, packCalendar(pack)) : null);
  if (dueOn === null) throw new AppError('VALIDATION', `dueOn: the ${pack.name} pack sets no payment period. Give the due date.`);
  if (dueOn < issuedOn) throw new AppError('VALIDATION', `dueOn: ${dueOn} is before the citation is issued (${issuedOn}).`);
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    propertyId: c.property.id,
    partyId: c.owner.id,
    violationIds: [...new Set(input.violationIds)],
    severity: input.severity,
    offenseNumber,
    fineCents,
    fineFromSchedule: input.fine === undefined,
    issuedOn,
    dueOn,
  };
}

/**
 * Inside the caller's transaction (the civil ticket's, which numbers it): the citation row with
 * its violations, its audit entry and its fine on the ledger. Refused (CONFLICT) if the offense
 * number changed since it was prepared (another citation on the property or owner meanwhile), as
 * the ticket would then print the wrong tier and fine.
 */
export function recordCitation(db: Db, actor: string, now: Date, citation: PreparedCitation, number: string): number {
  const offenseNumber = q.countPriorCitations(db, citation.propertyId, citation.partyId) + 1;
  if (offenseNumber !== citation.offenseNumber) {
    throw new AppError('CONFLICT', `Another citation on this property or owner was recorded while this one was prepared, so it is now offense ${offenseNumber}, not ${citation.offenseNumber}. Nothing was issued; issue the citation again.`);
  }
  const { caseId, propertyId, partyId, severity, fineCents, issuedOn, dueOn, violationIds } = citation;
  const citationId = q.insertCitation(db, { caseId, number, propertyId, partyId, severity, offenseNumber, fineCents, issuedOn, dueOn, issuedBy: actor }, now.toISOString());
  for (const vid of violationIds) q.insertCitationViolation(db, citationId, vid);
  appendAudit(
    db,
    { actor, action: 'citation.issue', entity: 'citation', entityId: citationId, details: { caseId, violationIds, severity, number, offenseNumber, fineCents, issuedOn, dueOn } },
    now,
  );
  postFine(db, { caseId, cents: fineCents, entryDate: issuedOn, description: `Fine, citation ${number} (offense ${offenseNumber})`, citationId }, actor, now);
  return citationId;
}

/** Moves a citation's status; dismissing it reverses its fine on the ledger in the same transaction. */
export function changeCitationStatus(
  deps: Pick<EnforcementDeps, 'db' | 'clock' | 'actor'>,
  input: { citationId: number; status: CitationStatus; reason: string },
): Citation {
  const { db, clock } = deps;
  const now = clock.now();
  db.transaction(() => applyCitationStatus(deps, input.citationId, input.status, input.reason, now)).immediate();
  return q.getCitation(db, input.citationId)!;
}

/** Inside a caller's transaction. */
export function applyCitationStatus(
  deps: Pick<EnforcementDeps, 'db' | 'actor'>,
  citationId: number,
  status: CitationStatus,
  reason: string,
  now: Date,
): void {
  const { db, actor } = deps;
  const citation = q.getCitation(db, citationId);
  if (!citation) throw new AppError('NOT_FOUND', `Citation ${citationId} does not exist.`);
  if (citation.status === status) return;
  if (citation.status === 'dismissed') {
    throw new AppError('CONFLICT', `Citation ${citation.number} was dismissed; its fine was reversed. Issue a new citation instead.`);
  }
  q.setCitationStatus(db, citationId, status);
  appendAudit(db, { actor, action: 'citation.status', entity: 'citation', entityId: citationId, details: { from: citation.status, to: status, reason } }, now);
  if (status === 'dismissed') {
    const fine = findFineEntryForCitation(db, citationId);
    if (fine && fine.reversedByEntryId === null) {
      const today = localIsoDate(now);
      postReversal(db, fine.id, `citation ${citation.number} dismissed: ${reason}`, today < fine.entryDate ? fine.entryDate : today, actor, now);
    }
  }
}
