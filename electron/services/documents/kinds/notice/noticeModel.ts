/**
 * The Notice of Violation as plain data: every string already worded (from the jurisdiction
 * pack) and filled in, every date already written for people. The PDF renderer only lays this
 * out, so what a notice says is decided, and tested, here. Pure: no I/O, no clock.
 *
 * Only open violations are listed. The complainant never appears: a notice goes to the owner,
 * and naming the neighbour or tenant who complained invites retaliation.
 */
import { format, isValid, parseISO } from 'date-fns';
import { enUS, es } from 'date-fns/locale';
import { deadlineFor, rolledComplianceDate } from '../../../../../shared/checklists/deadlineMemo';
import { deadlineSetupFor } from '../../../../../shared/deadlines/packSetup';
import type { CaseDetail, Photo, Violation } from '../../../../../shared/domain';
import type { Inspection } from '../../../../../shared/inspectionsTypes';
import { AppError } from '../../../../../shared/errors';
import {
  fillTemplate,
  type JurisdictionPack,
  type NoticePlaceholder,
  type NoticeWording,
} from '../../../../../shared/jurisdictionPack';
import { isoDate } from '../../../../../shared/schemas';
import { letterFrame, letterValues, type LetterModel, type LetterRow, type LetterSection } from '../../model/letterModel';

export type { JurisdictionPack, NoticeWording } from '../../../../../shared/jurisdictionPack';

export type NoticeRow = LetterRow;

export interface NoticePhoto {
  /** The display JPEG (already upright) that is embedded. */
  readonly sha256: string;
  /**
   * The original file's hash, printed under the photo: the file the inspector took and can
   * produce at a hearing (the display copy is derived from it and matches no file they hold).
   */
  readonly originalSha256: string;
  readonly width: number;
  readonly height: number;
  readonly takenAt: string | null; // "2026-10-03 14:22", camera local time
  readonly caption: string;
  readonly hashLabel: string; // "SHA-256", printed before the hash
}

export interface NoticeViolation {
  /** The store's violation id: issuing records that this notice listed it (document_violations). */
  readonly violationId: number;
  readonly number: number;
  readonly heading: string; // "Violation 1 of 3"
  readonly continuedHeading: string; // "Violation 1 of 3 (continued)", atop a later page
  readonly citation: string; // "IPMC 304.13 — Window, skylight and door frames"
  /** The date as the law counts it: the violation's date rolled off a weekend or holiday by the pack's rule. */
  readonly complianceDate: string; // YYYY-MM-DD
  readonly complianceDateText: string; // "January 5, 2027"
  /** Code section, inspected (dates and entry basis), condition found, corrective action. */
  readonly rows: readonly NoticeRow[];
  /** "Correct by" / "January 5, 2027": printed in the heading band and as the last row. */
  readonly deadline: NoticeRow;
  readonly photosLabel: string;
  readonly photos: readonly NoticePhoto[];
}

export type NoticeSection = LetterSection;

export interface NoticeModel extends LetterModel {
  /** Last day to appeal, from the pack's appeal rule counted from the issue date (the deadline list's date). */
  readonly appealBy: string; // YYYY-MM-DD
  readonly violationsHeading: string;
  readonly violations: readonly NoticeViolation[];
  readonly deadlineSentence: string;
}

export interface NoticeModelOptions {
  readonly documentNumber: string;
  readonly issuedOn: string; // YYYY-MM-DD
  readonly auditHead: string;
  readonly pack: JurisdictionPack;
  readonly wording: NoticeWording;
  /** The case's inspections: the dates and entry basis printed for each violation found. */
  readonly inspections?: readonly Inspection[];
}

const DATE_FORMATS: Record<NoticeWording['language'], { pattern: string; locale: typeof enUS }> = {
  en: { pattern: 'MMMM d, yyyy', locale: enUS },
  es: { pattern: "d 'de' MMMM 'de' yyyy", locale: es },
};

export function buildNoticeModel(detail: CaseDetail, opts: NoticeModelOptions): NoticeModel {
  const { pack, wording } = opts;
  checkOptions(opts);
  const open = detail.violations.filter((v) => v.status === 'open');
  if (open.length === 0) {
    throw new AppError(
      'VALIDATION',
      `Case ${detail.caseNumber} has no open violations, so there is nothing to put in a notice. Add a violation (or reopen one) first.`,
    );
  }
  const people = (iso: string) => formatDateForPeople(iso, wording.language);
  const issuedOnText = people(opts.issuedOn);
  for (const v of open) {
    if (v.complianceDate < opts.issuedOn) {
      throw new AppError(
        'VALIDATION',
        `The violation of ${v.codeSection} must be corrected by ${people(v.complianceDate)}, which is before this notice's date (${issuedOnText}). Give it a later compliance date, then issue the notice.`,
      );
    }
  }
  // The dates the checklist and the deadline list use, from the same memoised computations.
  const setup = deadlineSetupFor(pack);
  const rolled = new Map(open.map((v) => [v.id, rolledComplianceDate(setup, v.complianceDate).date]));
  const lastDeadline = [...rolled.values()].reduce((a, b) => (b > a ? b : a));
  const appeal = deadlineFor(setup, 'appeal', opts.issuedOn);
  if (!appeal.ok) {
    throw new AppError('VALIDATION', `The appeal deadline of this notice cannot be computed: ${appeal.problem} Check the appeal rule in the pack's deadlines.`);
  }

  // Everything a wording string may mention about this notice, already written for people.
  const values: Partial<Record<NoticePlaceholder, string | number>> = {
    ...letterValues(pack, detail, { documentNumber: opts.documentNumber, issuedOnText, auditHead: opts.auditHead }),
    inspector: detail.inspector,
    inspectorTitle: pack.inspectorTitle,
    lastDeadline: people(lastDeadline),
    violationCount: open.length,
    appealBy: people(appeal.result.date),
  };
  const fill = (template: string, extra: Partial<Record<NoticePlaceholder, string | number>> = {}) =>
    fillTemplate(template, { ...values, ...extra });

  const doc = { documentNumber: opts.documentNumber, issuedOn: opts.issuedOn, issuedOnText, auditHead: opts.auditHead };
  const frame = letterFrame(pack, detail, doc, wording, { subject: fill(wording.subject), producer: 'CaseReady notice generator (pdf-lib)' });
  const ctx: ViolationContext = { pack, wording, fill, people, rolled, inspections: opts.inspections ?? [] };
  return {
    ...frame,
    references: [...frame.references, { label: wording.labels.appealBy, value: people(appeal.result.date) }],
    appealBy: appeal.result.date,
    regarding: { label: wording.labels.re, value: detail.property.address },
    salutation: fill(wording.salutation),
    intro: fill(wording.intro),
    violationsHeading: wording.violationsHeading,
    violations: open.map((v, i) => violationModel(v, i + 1, ctx)),
    deadlineSentence: fill(wording.deadlineSentence),
    sections: [
      { heading: wording.appeal.heading, paragraph: fill(wording.appeal.paragraph), items: [] },
      { heading: wording.consequences.heading, paragraph: fill(wording.consequences.paragraph), items: [] },
      {
        heading: wording.help.heading,
        paragraph: fill(wording.help.paragraph),
        items: pack.helpResources.map((r) => ({
          title: r.phone ? `${r.name}, ${r.phone}` : r.name,
          text: r.description,
        })),
      },
      { heading: wording.contact.heading, paragraph: fill(wording.contact.paragraph), items: [] },
    ],
    languageAccess: wording.languageAccess ? fill(wording.languageAccess) : null,
    signature: { closing: wording.signature.closing, lines: wording.signature.lines.map((l) => fill(l)) },
    footerTemplate: fillTemplate(wording.footer, values, ['page', 'pages']),
  };
}

interface ViolationContext {
  readonly pack: JurisdictionPack;
  readonly wording: NoticeWording;
  readonly fill: (template: string, extra?: Partial<Record<NoticePlaceholder, string | number>>) => string;
  readonly people: (iso: string) => string;
  readonly rolled: ReadonlyMap<number, string>;
  readonly inspections: readonly Inspection[];
}

function violationModel(v: Violation, number: number, ctx: ViolationContext): NoticeViolation {
  const { wording, fill } = ctx;
  const labels = wording.violationLabels;
  const citation = citeSection(v.codeSection, ctx);
  const complianceDate = ctx.rolled.get(v.id) ?? v.complianceDate;
  const complianceDateText = ctx.people(complianceDate);
  const heading = fill(wording.violationHeading, { violation: number });
  const found = inspectionsFinding(v, ctx);
  return {
    violationId: v.id,
    number,
    heading,
    continuedHeading: `${heading} ${wording.continued}`,
    citation,
    complianceDate,
    complianceDateText,
    rows: [
      { label: labels.codeSection, value: citation },
      ...(found.inspected ? [{ label: labels.inspected, value: found.inspected }] : []),
      { label: labels.description, value: found.observation ?? v.description },
      { label: labels.correctiveAction, value: v.correctiveAction },
    ],
    deadline: { label: labels.deadline, value: complianceDateText },
    photosLabel: labels.photos,
    photos: v.photos.map((p, i) => photoModel(p, number, i + 1, v.photos.length, ctx)),
  };
}

function photoModel(p: Photo, violation: number, photo: number, photoCount: number, ctx: ViolationContext): NoticePhoto {
  const takenAt = formatCameraDate(p.exif.takenAt);
  const extra = { violation, photo, photoCount };
  return {
    sha256: p.displaySha256,
    originalSha256: p.originalSha256,
    width: p.width,
    height: p.height,
    takenAt,
    caption: takenAt ? photoCaption(p, takenAt, extra, ctx) : ctx.fill(ctx.wording.photoCaptionUndated, extra),
    hashLabel: ctx.wording.photoHashLabel,
  };
}

/** A questionable camera date says so on the notice, with the explanation recorded (the flag the app computed, p.cameraDateFlag). */
function photoCaption(p: Photo, takenAt: string, extra: { violation: number; photo: number; photoCount: number }, ctx: ViolationContext): string {
  const flag = p.cameraDateFlag;
  if (flag === null) return ctx.fill(ctx.wording.photoCaption, { ...extra, takenAt });
  if (flag.explanation === null) return ctx.fill(ctx.wording.photoCaptionDateFlagged, { ...extra, takenAt });
  return ctx.fill(ctx.wording.photoCaptionDateExplained, { ...extra, takenAt, explanation: flag.explanation });
}

/**
 * The inspections that found this violation present, oldest first, each with its date and the
 * basis for being where the inspector stood (public view, consent, warrant); and the inspector's
 * own words from the latest of them, which are what the owner is told was found (the code's text
 * says what is required, not what was seen).
 */
function inspectionsFinding(v: Violation, ctx: ViolationContext): { inspected: string | null; observation: string | null } {
  const found = ctx.inspections
    .flatMap((i) => i.findings.filter((f) => f.violationId === v.id && f.finding === 'present').map((f) => ({ i, f })))
    .sort((a, b) => a.i.inspectedOn.localeCompare(b.i.inspectedOn) || a.i.id - b.i.id);
  if (found.length === 0) return { inspected: null, observation: null };
  const basis = ctx.wording.entryBasis;
  const inspected = found
    .map(({ i }) =>
      ctx.fill(basis[i.entryAuthority], {
        inspectedOn: ctx.people(i.inspectedOn),
        consentGivenBy: i.consentGivenBy ?? '',
        warrantNumber: i.warrantNumber ?? '',
      }),
    )
    .join('; ');
  const latest = found.at(-1)?.f.note.trim() ?? '';
  return { inspected, observation: latest === '' ? null : latest };
}

/**
 * "304.13" or "IPMC 304.13" found in the pack's code library is cited with its title; anything
 * else is printed exactly as the inspector typed it (a local ordinance the pack does not list).
 */
function citeSection(codeSection: string, ctx: ViolationContext): string {
  const { pack } = ctx;
  const typed = codeSection.trim();
  const prefix = pack.codeShortName.toLowerCase();
  const bare = typed.toLowerCase().startsWith(prefix) ? typed.slice(prefix.length).replace(/^[\s§-]+/, '') : typed;
  const found = pack.codeSections.find((s) => s.section === bare.replace(/^§\s*/, ''));
  if (!found) return typed;
  return ctx.fill(ctx.wording.codeSectionCitation, { section: found.section, title: found.title });
}

/** "2027-01-05" → "January 5, 2027" (in the notice's language). */
export function formatDateForPeople(iso: string, language: NoticeWording['language']): string {
  const date = parseISO(iso); // date-only strings parse as local midnight: no zone shift
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !isValid(date)) {
    throw new AppError('VALIDATION', `"${iso}" is not a date written YYYY-MM-DD.`);
  }
  const { pattern, locale } = DATE_FORMATS[language];
  return format(date, pattern, { locale });
}

/**
 * EXIF DateTimeOriginal as stored at intake ("2026:10:03 14:22:05", "2026-10-03T14:22:05" or
 * similar) → "2026-10-03 14:22". It is the camera's clock in its own zone, so it is never
 * converted; the caption says "camera date" for that reason.
 */
export function formatCameraDate(raw: string | null): string | null {
  if (raw === null) return null;
  const text = raw.trim();
  if (text === '') return null;
  const m = /^(\d{4})[-:](\d{2})[-:](\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(text);
  if (!m) return text.slice(0, 40);
  return m[4] === undefined ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`;
}

function checkOptions(opts: NoticeModelOptions): void {
  if (opts.documentNumber.trim() === '') throw new AppError('VALIDATION', 'A notice needs a document number.');
  if (!isoDate.safeParse(opts.issuedOn).success) {
    throw new AppError('VALIDATION', `The notice date "${opts.issuedOn}" is not a real date written YYYY-MM-DD.`);
  }
  if (!/^[0-9a-f]{64}$/.test(opts.auditHead)) {
    throw new AppError('VALIDATION', 'The audit chain head printed on a notice must be a SHA-256 in lowercase hex.');
  }
}
