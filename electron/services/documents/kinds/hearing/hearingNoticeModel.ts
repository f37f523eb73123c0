/**
 * The Notice of Hearing as plain data: the letter that tells the owner of record when and where
 * the tribunal hears the case, their rights there, what happens if they do not come and how to
 * ask for a continuance. Every sentence comes from the pack's `hearingNotice.<lang>.json`; the
 * hearing's particulars are the hearing record as read (its current date is the last
 * continuance's, computed where hearings are read), and the last day to serve is the pack's
 * hearingNotice rule through deadlineFor, the very function the hearing-notice checklist item
 * and the case's deadline list use. Pure: no I/O, no clock.
 */
import { format } from 'date-fns';
import { enUS, es } from 'date-fns/locale';
import { deadlineFor } from '../../../../../shared/checklists/deadlineMemo';
import { deadlineSetupFor } from '../../../../../shared/deadlines/packSetup';
import type { CaseDetail } from '../../../../../shared/domain';
import type { Hearing } from '../../../../../shared/enforcementTypes';
import { AppError } from '../../../../../shared/errors';
import type { HearingNoticePlaceholder, HearingNoticeWording } from '../../../../../shared/hearingNoticeWording';
import { fillTemplate, type JurisdictionPack } from '../../../../../shared/jurisdictionPack';
import { letterFrame, letterValues, type LetterModel, type LetterRow } from '../../model/letterModel';
import { formatDateForPeople } from '../notice/noticeModel';

export interface ServeBy {
  readonly date: string; // YYYY-MM-DD
  /** How it was counted ("2026-12-02 − 10 calendar days = … → rolled back to …"). */
  readonly explanation: string;
}

export interface HearingNoticeModel extends LetterModel {
  readonly particularsHeading: string;
  readonly particulars: readonly LetterRow[];
  /** Said only when the hearing was continued; null otherwise. */
  readonly continuedSentence: string | null;
  readonly whenAndWhere: string;
  readonly serveBy: ServeBy;
  readonly interpreterBy: string; // YYYY-MM-DD
}

export interface HearingNoticeInput {
  readonly detail: CaseDetail;
  readonly hearing: Hearing;
}

export interface HearingNoticeModelOptions {
  readonly documentNumber: string;
  readonly issuedOn: string;
  readonly auditHead: string;
  readonly pack: JurisdictionPack;
  readonly wording: HearingNoticeWording;
}

/**
 * The last day the notice may be served: the hearing date minus the pack's hearingNotice period,
 * rolled back off closed days. Refused (VALIDATION) when the pack sets no such rule.
 */
export function lastDayToServe(pack: JurisdictionPack, hearingAt: string, days?: number): ServeBy {
  const answer = deadlineFor(deadlineSetupFor(pack), 'hearingNotice', hearingAt.slice(0, 10), undefined, days);
  if (!answer.ok) throw new AppError('VALIDATION', `${answer.problem} Without it CaseReady cannot say by when the notice of hearing must be served.`);
  return { date: answer.result.date, explanation: answer.result.explanation };
}

/** "9:30 AM" / "9:30": the hearing's local wall-clock time as recorded (never converted). */
const TIME_FORMATS: Record<HearingNoticeWording['language'], { pattern: string; locale: typeof enUS }> = {
  en: { pattern: 'h:mm a', locale: enUS },
  es: { pattern: 'H:mm', locale: es },
};

export function formatHearingTime(at: string, language: HearingNoticeWording['language']): string {
  const match = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})/.exec(at);
  if (!match) throw new AppError('VALIDATION', `"${at}" is not a hearing date and time written YYYY-MM-DDTHH:MM.`);
  const { pattern, locale } = TIME_FORMATS[language];
  return format(new Date(2000, 0, 1, Number(match[1]), Number(match[2])), pattern, { locale });
}

export function buildHearingNoticeModel(input: HearingNoticeInput, opts: HearingNoticeModelOptions): HearingNoticeModel {
  const { detail, hearing } = input;
  const { pack, wording } = opts;
  const people = (iso: string) => formatDateForPeople(iso.slice(0, 10), wording.language);
  const time = (at: string) => formatHearingTime(at, wording.language);
  const serveBy = lastDayToServe(pack, hearing.scheduledAt);
  const interpreterBy = lastDayToServe(pack, hearing.scheduledAt, wording.interpreterRequestDays).date;
  const issuedOnText = people(opts.issuedOn);
  const values: Partial<Record<HearingNoticePlaceholder, string | number>> = {
    ...letterValues(pack, detail, { documentNumber: opts.documentNumber, issuedOnText, auditHead: opts.auditHead }),
    departmentAddress: pack.department.addressLines.join(', '),
    tribunal: hearing.tribunal,
    docketNumber: hearing.docketNumber,
    hearingDate: people(hearing.scheduledAt),
    hearingTime: time(hearing.scheduledAt),
    place: hearing.place,
    hearingOfficer: hearing.hearingOfficer,
    serveBy: people(serveBy.date),
    interpreterBy: people(interpreterBy),
  };
  const fill = (template: string, extra: Partial<Record<HearingNoticePlaceholder, string>> = {}) => fillTemplate<HearingNoticePlaceholder>(template, { ...values, ...extra });
  const section = (s: { heading: string; paragraph: string }) => ({ heading: s.heading, paragraph: fill(s.paragraph), items: [] });
  const p = wording.particulars;
  const previous = hearing.continuances.at(-1)?.previousAt;
  const doc = { documentNumber: opts.documentNumber, issuedOn: opts.issuedOn, issuedOnText, auditHead: opts.auditHead };
  const frame = letterFrame(pack, detail, doc, wording, { subject: fill(wording.subject), producer: 'CaseReady notice-of-hearing generator (pdf-lib)' });
  const r = wording.rights;
  return {
    ...frame,
    references: [...frame.references, { label: wording.labels.serveBy, value: people(serveBy.date) }],
    regarding: { label: wording.labels.re, value: detail.property.address },
    salutation: fill(wording.salutation),
    intro: fill(wording.intro),
    particularsHeading: p.heading,
    particulars: [
      { label: p.tribunal, value: hearing.tribunal },
      { label: p.docketNumber, value: hearing.docketNumber },
      { label: p.date, value: people(hearing.scheduledAt) },
      { label: p.time, value: time(hearing.scheduledAt) },
      { label: p.place, value: hearing.place },
      ...(hearing.hearingOfficer.trim() !== '' ? [{ label: p.hearingOfficer, value: hearing.hearingOfficer }] : []),
    ],
    continuedSentence: previous !== undefined ? fill(wording.continued, { previousDate: people(previous), previousTime: time(previous) }) : null,
    whenAndWhere: fill(wording.whenAndWhere),
    serveBy,
    interpreterBy,
    sections: [
      { heading: r.heading, paragraph: fill(r.paragraph), items: [r.counsel, r.evidence, r.interpreter].map((x) => ({ title: x.title, text: fill(x.text) })) },
      section(wording.nonAppearance),
      section(wording.continuance),
      section(wording.contact),
    ],
    languageAccess: null,
    signature: { closing: wording.signature.closing, lines: wording.signature.lines.map((l) => fill(l)) },
    footerTemplate: fillTemplate<HearingNoticePlaceholder>(wording.footer, values, ['page', 'pages']),
  };
}
