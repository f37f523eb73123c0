/**
 * The civil ticket (citation) as plain data: every sentence from the pack's `ticket.<lang>.json`
 * (shared/ticketWording.ts) filled with what the app computed — the offense tier and fine from
 * the citation prepared (or recorded), the due date from the pack's fine period, the appeal-by
 * date from the same appeal deadline the notice and the checklist use. Pure: no I/O, no clock.
 *
 * The ticket goes to the owner of record; complainants are never named.
 */
import { format, parseISO } from 'date-fns';
import { enUS, es } from 'date-fns/locale';
import { deadlineFor } from '../../../../../shared/checklists/deadlineMemo';
import { deadlineSetupFor } from '../../../../../shared/deadlines/packSetup';
import type { CaseDetail } from '../../../../../shared/domain';
import type { Hearing } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import { fillTemplate, type FineSeverity, type JurisdictionPack } from '../../../../../shared/jurisdictionPack';
import { formatCents } from '../../../../../shared/money';
import type { TicketPlaceholder, TicketWording } from '../../../../../shared/ticketWording';
import { letterFrame, letterValues, type LetterModel, type LetterRow } from '../../model/letterModel';
import { formatDateForPeople } from '../notice/noticeModel';

/** What the ticket says about its citation: the one being issued, or the one recorded (a corrected print). */
export interface TicketCitation {
  /** Null on a first issue: the citation number is then the ticket's document number. */
  readonly number: string | null;
  readonly severity: FineSeverity;
  readonly offenseNumber: number;
  readonly fineCents: number;
  readonly fineFromSchedule: boolean;
  readonly issuedOn: string; // YYYY-MM-DD
  readonly dueOn: string; // YYYY-MM-DD
  readonly violationIds: readonly number[];
}

export interface TicketInput {
  readonly detail: CaseDetail;
  readonly citation: TicketCitation;
  /** The hearing scheduled on this citation (no outcome yet), if any. */
  readonly hearing: Hearing | null;
}

export interface TicketViolation {
  readonly violationId: number;
  readonly heading: string;
  readonly rows: readonly LetterRow[];
}

export interface TicketModel extends LetterModel {
  readonly citationNumber: string;
  readonly appealBy: string; // YYYY-MM-DD
  readonly violationsHeading: string;
  readonly violations: readonly TicketViolation[];
  readonly fineHeading: string;
  readonly fineRows: readonly LetterRow[];
  readonly fineSource: string;
  readonly payBySentence: string;
}

export interface TicketModelOptions {
  readonly documentNumber: string;
  readonly issuedOn: string; // the document's date, YYYY-MM-DD
  readonly auditHead: string;
  /** The pack in the ticket's language (packInLanguage). */
  readonly pack: JurisdictionPack;
  readonly wording: TicketWording;
}

/** The last day to contest: the pack's appeal rule counted from the citation's issue date. */
export function ticketAppealBy(pack: JurisdictionPack, citationIssuedOn: string): string {
  const appeal = deadlineFor(deadlineSetupFor(pack), 'appeal', citationIssuedOn);
  if (!appeal.ok) {
    throw new AppError('VALIDATION', `The appeal deadline of this citation cannot be computed: ${appeal.problem} Check the appeal rule in the pack's deadlines.`);
  }
  return appeal.result.date;
}

const HEARING_FORMATS: Record<TicketWording['language'], { pattern: string; locale: typeof enUS }> = {
  en: { pattern: "MMMM d, yyyy 'at' h:mm a", locale: enUS },
  es: { pattern: "d 'de' MMMM 'de' yyyy 'a las' HH:mm", locale: es },
};

/** "2026-12-10T09:30" → "December 10, 2026 at 9:30 AM" / "10 de diciembre de 2026 a las 09:30". */
export function formatHearingAt(localDateTime: string, language: TicketWording['language']): string {
  const { pattern, locale } = HEARING_FORMATS[language];
  return format(parseISO(localDateTime), pattern, { locale });
}

export function buildTicketModel(input: TicketInput, opts: TicketModelOptions): TicketModel {
  const { detail, citation, hearing } = input;
  const { pack, wording } = opts;
  const people = (iso: string) => formatDateForPeople(iso, wording.language);
  const citationNumber = citation.number ?? opts.documentNumber;
  const appealBy = ticketAppealBy(pack, citation.issuedOn);
  const violations = citation.violationIds.map((id) => {
    const v = detail.violations.find((x) => x.id === id);
    if (!v) throw new AppError('NOT_FOUND', `Violation ${id} is not part of case ${detail.caseNumber}.`);
    return v;
  });
  const tier = fillTemplate<TicketPlaceholder>(
    citation.offenseNumber <= 1 ? wording.offenseTiers.first : citation.offenseNumber === 2 ? wording.offenseTiers.second : wording.offenseTiers.thirdOrMore,
    { offenseNumber: citation.offenseNumber },
  );
  const issuedOnText = people(opts.issuedOn);
  const values: Partial<Record<TicketPlaceholder, string | number>> = {
    ...letterValues(pack, detail, { documentNumber: opts.documentNumber, issuedOnText, auditHead: opts.auditHead }),
    departmentAddress: pack.department.addressLines.join(', '),
    citationNumber,
    citationIssuedOn: people(citation.issuedOn),
    fine: formatCents(citation.fineCents),
    dueOn: people(citation.dueOn),
    appealBy: people(appealBy),
    offenseTier: tier,
    violationCount: violations.length,
  };
  const fill = (template: string, extra: Partial<Record<TicketPlaceholder, string | number>> = {}) => fillTemplate<TicketPlaceholder>(template, { ...values, ...extra });
  const section = (s: { heading: string; paragraph: string }) => ({ heading: s.heading, paragraph: fill(s.paragraph), items: [] });

  const doc = { documentNumber: opts.documentNumber, issuedOn: opts.issuedOn, issuedOnText, auditHead: opts.auditHead };
  const frame = letterFrame(pack, detail, doc, wording, { subject: fill(wording.subject), producer: 'CaseReady civil ticket generator (pdf-lib)' });
  const [, ...otherReferences] = frame.references;
  const labels = wording.labels;
  const hearingParagraph = hearing
    ? fill(wording.hearing.scheduled, {
        hearingAt: formatHearingAt(hearing.scheduledAt, wording.language),
        hearingPlace: hearing.place,
        tribunal: hearing.tribunal,
        docketNumber: hearing.docketNumber,
      })
    : fill(wording.hearing.notScheduled);
  return {
    ...frame,
    // The ticket's reference is the citation number; its issue date is the citation's.
    references: [
      { label: labels.documentNumber, value: citationNumber },
      ...otherReferences.map((r) => (r.label === labels.issuedOn ? { ...r, value: people(citation.issuedOn) } : r)),
      { label: labels.dueOn, value: people(citation.dueOn) },
    ],
    citationNumber,
    appealBy,
    regarding: { label: labels.re, value: `${detail.property.address} (${detail.property.parcelId})` },
    salutation: fill(wording.salutation),
    intro: fill(wording.intro),
    violationsHeading: wording.violationsHeading,
    violations: violations.map((v, i) => ({
      violationId: v.id,
      heading: fill(wording.violationHeading, { violation: i + 1 }),
      rows: [
        { label: wording.violationLabels.codeSection, value: citeSection(v.codeSection, pack, wording, fill) },
        { label: wording.violationLabels.description, value: v.description },
      ],
    })),
    fineHeading: wording.fineHeading,
    fineRows: [
      { label: wording.fineLabels.severity, value: wording.severities[citation.severity] },
      { label: wording.fineLabels.offense, value: tier },
      { label: wording.fineLabels.fine, value: formatCents(citation.fineCents) },
      { label: wording.fineLabels.dueOn, value: people(citation.dueOn) },
    ],
    fineSource: fill(citation.fineFromSchedule ? wording.fineSource.schedule : wording.fineSource.given),
    payBySentence: fill(wording.payBySentence),
    sections: [
      section(wording.howToPay),
      section(wording.contest),
      { heading: wording.hearing.heading, paragraph: hearingParagraph, items: [] },
      section(wording.consequences),
      section(wording.contact),
    ],
    languageAccess: null,
    signature: { closing: wording.signature.closing, lines: wording.signature.lines.map((l) => fill(l)) },
    footerTemplate: fillTemplate<TicketPlaceholder>(wording.footer, values, ['page', 'pages']),
  };
}

/** "IPMC 302.4 — Weeds" when the pack lists the section; as typed otherwise (as the notice does). */
function citeSection(codeSection: string, pack: JurisdictionPack, wording: TicketWording, fill: (t: string, extra?: Partial<Record<TicketPlaceholder, string>>) => string): string {
  const typed = codeSection.trim();
  const prefix = pack.codeShortName.toLowerCase();
  const bare = typed.toLowerCase().startsWith(prefix) ? typed.slice(prefix.length).replace(/^[\s§-]+/, '') : typed;
  const found = pack.codeSections.find((s) => s.section === bare.replace(/^§\s*/, ''));
  return found ? fill(wording.codeSectionCitation, { section: found.section, title: found.title }) : typed;
}
