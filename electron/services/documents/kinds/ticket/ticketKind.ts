/**
 * The civil ticket (citation) as a kind. Issuing a citation IS issuing its ticket: a first issue
 * (no subject) carries the citation's inputs in `params`; gather computes everything the ticket
 * prints (offense tier, scheduled fine, due date, appeal-by date) and refuses what a citation
 * may not be; createSubject records the citation — numbered as the ticket is (CT-2026-000001),
 * with its violations, its audit entry and its fine on the ledger — inside the ticket's own
 * transaction, after the checklist gate is checked again. So no citation exists without its
 * ticket, and none is issued while the pack's civil_ticket step is not ready.
 *
 * A corrected print of an existing citation names it as the subject (and the current ticket as
 * `replaces`): it reprints the citation as recorded, and creates no citation and no fine.
 */
import { issueCitationInput } from '../../../../../shared/enforcementSchemas';
import type { Hearing } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import { packInLanguage } from '../../../../../shared/packLocalization';
import type { TicketWording } from '../../../../../shared/ticketWording';
import * as q from '../../../../db/queries/enforcement';
import { ownerPreferredLanguage } from '../../../../db/queries/parties';
import { getCaseDetail } from '../../../cases/caseService';
import { prepareCitation, recordCitation, scheduledFine, type PreparedCitation } from '../../../enforcement/citations';
import { kindWording } from '../../../packs/loadPack';
import { refuseWithoutOwner } from '../demand/demandKind';
import { splitLines } from '../../model/letterModel';
import type { BaseFacts, GatherDeps, KindSpec } from '../kindSpec';
import { ticketDocument } from './ticketDocument';
import { buildTicketModel, ticketAppealBy, type TicketCitation } from './ticketModel';

/** The ticket number is the citation number. */
export const TICKET_PREFIX = 'CT';

/** A first issue's params: the citation's inputs (today's issueCitation input without the case). */
export const ticketParams = issueCitationInput.omit({ caseId: true }).strict();

interface TicketFacts extends BaseFacts {
  readonly citation: TicketCitation;
  /** The citation to record on a first issue; null for a corrected print of a recorded one. */
  readonly prepared: PreparedCitation | null;
  readonly hearing: Hearing | null;
}

export const ticketKind: KindSpec<TicketFacts> = {
  kind: 'civil_ticket',
  subject: 'citation',
  prefix: TICKET_PREFIX,
  formats: ['pdf', 'docx'],
  noun: 'civil ticket',
  title: ({ detail }) => `Civil Citation — ${detail.property.address}`,
  gather(deps, caseId, { subjectId, params }) {
    refuseWithoutOwner(deps, caseId);
    const detail = getCaseDetail(deps.db, caseId);
    if (detail.owner.name.trim() === '' || splitLines(detail.owner.mailingAddress).length === 0) {
      throw new AppError(
        'VALIDATION',
        `Case ${detail.caseNumber} has no mailing address for its owner of record${detail.owner.name.trim() ? ` (${detail.owner.name})` : ''}, so the citation cannot be served. Add the owner's current mailing address in the Parties tab, then issue the citation.`,
      );
    }
    const recipientLanguage = ownerPreferredLanguage(deps.db, caseId);
    const facts = subjectId === null ? firstIssue(deps, caseId, params) : correctedPrint(deps, detail.caseNumber, caseId, subjectId, params);
    // The contest-by date is printed: a pack whose appeal rule cannot be counted is refused now.
    ticketAppealBy(deps.pack.pack, facts.citation.issuedOn);
    return { detail, recipientLanguage, ...facts };
  },
  build(facts, opts) {
    const model = buildTicketModel(facts, {
      documentNumber: opts.documentNumber,
      issuedOn: opts.issuedOn,
      auditHead: opts.auditHead,
      pack: packInLanguage(opts.pack.pack, opts.language),
      wording: kindWording<TicketWording>(opts.pack, 'ticket', opts.language),
    });
    const { citation } = facts;
    return {
      document: ticketDocument(model),
      violationIds: citation.violationIds,
      auditDetails: {
        citationNumber: model.citationNumber,
        offenseNumber: citation.offenseNumber,
        fineCents: citation.fineCents,
        dueOn: citation.dueOn,
        appealBy: model.appealBy,
        hearingId: facts.hearing?.id ?? null,
        correctedPrint: facts.prepared === null,
      },
    };
  },
  createSubject(deps, facts, ctx) {
    if (!facts.prepared) throw new Error('createSubject called for a corrected print: the citation already exists');
    return recordCitation(deps.db, ctx.actor, ctx.now, facts.prepared, ctx.documentNumber);
  },
};

type CitationFacts = Pick<TicketFacts, 'citation' | 'prepared' | 'hearing' | 'subjectId'>;

function firstIssue(deps: GatherDeps, caseId: number, params: unknown): CitationFacts {
  if (params === undefined || params === null) {
    throw new AppError('VALIDATION', 'A civil ticket issues a citation: give its violations and severity (params: violationIds, severity; optional fine, dueOn, issuedOn), or name the citation to reprint (subjectId).');
  }
  const parsed = ticketParams.safeParse(params);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
    throw new AppError('VALIDATION', `The citation cannot be issued: ${problems.join('; ')}.`);
  }
  const prepared = prepareCitation(deps.db, deps.pack.pack, { ...parsed.data, caseId }, deps.clock.now());
  const { severity, offenseNumber, fineCents, fineFromSchedule, issuedOn, dueOn, violationIds } = prepared;
  return { subjectId: null, prepared, hearing: null, citation: { number: null, severity, offenseNumber, fineCents, fineFromSchedule, issuedOn, dueOn, violationIds } };
}

function correctedPrint(deps: GatherDeps, caseNumber: string, caseId: number, citationId: number, params: unknown): CitationFacts {
  const recorded = q.getCitation(deps.db, citationId);
  if (!recorded || recorded.caseId !== caseId) throw new AppError('NOT_FOUND', `Citation ${citationId} is not a citation of case ${caseNumber}.`);
  if (params !== undefined && params !== null) {
    throw new AppError(
      'VALIDATION',
      `A corrected print of citation ${recorded.number} prints it as recorded; its violations, severity and fine cannot be changed. To cite differently, dismiss ${recorded.number} and issue a new citation.`,
    );
  }
  if (recorded.status === 'dismissed') {
    throw new AppError('CONFLICT', `Citation ${recorded.number} was dismissed, so no ticket is printed for it again. Issue a new citation instead.`);
  }
  const hearing = q.listHearings(deps.db, caseId).filter((h) => h.citationId === citationId && h.outcome === null).at(-1) ?? null;
  const { number, severity, offenseNumber, fineCents, issuedOn, dueOn, violationIds } = recorded;
  // A recorded fine equal to the schedule's for its tier reads as the schedule's amount.
  const scheduled = scheduledFine(deps.pack.pack, severity, offenseNumber);
  return {
    subjectId: citationId,
    prepared: null,
    hearing,
    citation: { number, severity, offenseNumber, fineCents, fineFromSchedule: scheduled === fineCents, issuedOn, dueOn, violationIds },
  };
}
