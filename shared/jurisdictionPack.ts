/**
 * Jurisdiction packs: the data (not code) that makes CaseReady speak one city's language. A pack
 * is a folder under templates/jurisdictions/<id>/ holding `pack.json` (who the department is, its
 * code library, appeal rules, help resources) and `notice.<lang>.json` (every sentence of the
 * Notice of Violation). These schemas validate both (the Demand for Payment's `demand.<lang>.json`
 * is validated in demandWording.ts with the same wording text rules); the loader in
 * electron/services/packs reads the files. Pure: no node:, DOM or electron imports.
 */
import { z } from 'zod';
import { deadlinesSchema } from './deadlines/deadlinesSchema';

/**
 * Placeholders every letter's wording may use (the notice's and the demand's): the department, the
 * code, the appeal, the case and the document. Each letter adds its own below or in demandWording.ts.
 */
export const LETTER_PLACEHOLDERS = [
  'jurisdictionName',
  'departmentName',
  'departmentPhone',
  'departmentEmail',
  'departmentHours',
  'codeName',
  'codeShortName',
  'appealDays',
  'appealBody',
  'appealAddress',
  'ownerName',
  'propertyAddress',
  'parcelId',
  'caseNumber',
  'documentNumber',
  'issuedOn',
  'auditHead',
] as const;
export type LetterPlaceholder = (typeof LETTER_PLACEHOLDERS)[number];

/** Placeholders a notice wording string may use. Anything else in braces is a typo in the pack. */
export const NOTICE_PLACEHOLDERS = [
  ...LETTER_PLACEHOLDERS,
  'inspector',
  'inspectorTitle',
  'lastDeadline',
  'appealBy',
  'inspectedOn',
  'consentGivenBy',
  'warrantNumber',
  'violation',
  'violationCount',
  'photo',
  'photoCount',
  'takenAt',
  'explanation',
  'section',
  'title',
  'page',
  'pages',
] as const;
export type NoticePlaceholder = (typeof NOTICE_PLACEHOLDERS)[number];

const PLACEHOLDER_PATTERN = /\{([A-Za-z]+)\}/g;

/** Names inside `{...}` in a template, in order of appearance. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1] as string);
}

/**
 * Replaces `{name}` with `values[name]`. Names listed in `keep` are left as written (the PDF
 * renderer fills {page} and {pages} once it knows them). A name with no value is a bug in the
 * caller, not in the pack (the schema already refused unknown names), so it throws. Every
 * document's wording is filled here: P is the notice's placeholders unless the caller names its
 * own (the demand passes DemandPlaceholder).
 */
export function fillTemplate<P extends string = NoticePlaceholder>(
  template: string,
  values: Readonly<Partial<Record<NoInfer<P>, string | number>>>,
  keep: readonly NoInfer<P>[] = [],
): string {
  return template.replace(PLACEHOLDER_PATTERN, (whole, name: string) => {
    if ((keep as readonly string[]).includes(name)) return whole;
    const value = (values as Record<string, string | number | undefined>)[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}

/** Messages a person editing the JSON understands ("is missing", not "received undefined"). */
export const expected = (what: string) => ({
  error: (issue: { code?: string; input?: unknown }) => {
    if (issue.code !== 'invalid_type') return undefined; // zod's own message for anything else
    return issue.input === undefined ? 'is missing' : `must be ${what}`;
  },
});

/**
 * One line of wording: not blank, no control characters, only the placeholders in `known`, and
 * every placeholder in `required` (a pay-by sentence without {payBy} would silently drop the date
 * the letter exists to give). Each document's wording schema passes its own lists.
 */
export function wordingTextOf(known: readonly string[], required: readonly string[] = []) {
  const knownSet: ReadonlySet<string> = new Set(known);
  return z
    .string(expected('text in quotes'))
    .trim()
    .min(1, { message: 'is required' })
    .max(4000, { message: 'must be at most 4000 characters' })
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), { message: 'contains control characters' })
    .superRefine((s, ctx) => {
      const used = placeholdersIn(s);
      const unknown = used.filter((name) => !knownSet.has(name));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `uses unknown placeholder ${unknown.map((n) => `{${n}}`).join(', ')} (${known.length > 0 ? `known: ${known.join(', ')}` : 'this text is printed as written and takes no placeholders'})`,
        });
      }
      const missing = required.filter((name) => !used.includes(name));
      if (missing.length > 0) {
        ctx.addIssue({ code: 'custom', message: `must use ${missing.map((n) => `{${n}}`).join(' and ')}` });
      }
    });
}

const wordingText = wordingTextOf(NOTICE_PLACEHOLDERS);

const codeSection = z
  .object({
    /** As cited, without the code's short name: "304.13". */
    section: z.string(expected('text in quotes')).trim().regex(/^[0-9A-Za-z][0-9A-Za-z.()-]*$/, { message: 'must look like 304.13 or 602.2' }),
    title: wordingText,
    /** Plain-language summary of what the section requires, offered when recording a violation. */
    summary: wordingText,
    suggestedCorrectiveAction: wordingText,
    /** Default days to comply; the inspector may choose another date. */
    suggestedDays: z.number(expected('a number')).int().min(1).max(365),
  }, expected('an object in braces'))
  .strict();

const helpResource = z
  .object({
    name: wordingText,
    description: wordingText,
    phone: wordingText.optional(),
  }, expected('an object in braces'))
  .strict();

/** Severity levels a citation is issued at; the fine schedule has one row per level. */
export const FINE_SEVERITIES = ['minor', 'major', 'life_safety'] as const;
export type FineSeverity = (typeof FINE_SEVERITIES)[number];

const fineCents = z.number(expected('a whole number of cents')).int().min(0).max(10_000_000_000);

/** Escalating fines for one severity, in integer cents: first, second, third and later offenses. */
const offenseAmounts = z
  .object({ first: fineCents, second: fineCents, thirdOrMore: fineCents }, expected('an object in braces'))
  .strict()
  .refine((a) => a.first <= a.second && a.second <= a.thirdOrMore, { message: 'fines must not go down for repeat offenses' });

/** Optional (packs written before citations existed have none): the civil ticket fine schedule. */
const finesSchema = z
  .object({
    /** Days after issue a citation is due (a due date on a weekend moves to Monday). */
    dueDays: z.number(expected('a number')).int().min(1).max(365),
    schedule: z
      .object({ minor: offenseAmounts, major: offenseAmounts, life_safety: offenseAmounts }, expected('an object in braces'))
      .strict(),
  }, expected('an object in braces'))
  .strict();

/** The version of a pack.json that states none. */
export const PACK_DEFAULT_VERSION = '1.0.0';

export const jurisdictionPackSchema = z
  .object({
    /** Same as the folder name. */
    id: z.string(expected('text in quotes')).regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'must be lowercase letters, digits and dashes' }),
    name: wordingText,
    /**
     * The pack's own version ("1.0.0"): each case records the id and version it was opened under.
     * Optional so packs written before versions still load; they count as "1.0.0".
     */
    version: z
      .string(expected('text in quotes'))
      .regex(/^[0-9]+\.[0-9]+\.[0-9]+$/, { message: 'must look like 1.0.0 (three numbers with dots)' })
      .default(PACK_DEFAULT_VERSION),
    jurisdictionName: wordingText,
    codeName: wordingText,
    codeShortName: wordingText,
    department: z
      .object({
        name: wordingText,
        addressLines: z.array(wordingText, expected('a list')).min(1, { message: 'needs at least one line' }).max(4),
        phone: wordingText,
        email: wordingText,
        hours: wordingText,
      }, expected('an object in braces'))
      .strict(),
    inspectorTitle: wordingText,
    appeal: z
      .object({
        days: z.number(expected('a number')).int().min(1).max(365),
        body: wordingText,
        address: wordingText,
      }, expected('an object in braces'))
      .strict(),
    languages: z.array(z.enum(['en', 'es']), expected('a list')).min(1, { message: 'needs at least one language' }),
    helpResources: z.array(helpResource, expected('a list')).max(12),
    codeSections: z.array(codeSection, expected('a list')).min(1, { message: 'needs at least one code section' }),
    fines: finesSchema.optional(),
    /** Optional (older packs have none; they get the federal holidays only): periods, service days, local holidays. */
    deadlines: deadlinesSchema.optional(),
    /**
     * The owner-facing text of pack.json in each further language the pack offers (languages[0]
     * is the language pack.json itself is written in). Proper names — the jurisdiction, the
     * department, the programs' names, code section titles as enacted — stay as written.
     */
    localized: z
      .partialRecord(
        z.enum(['en', 'es']),
        z
          .object({
            codeName: wordingText,
            inspectorTitle: wordingText,
            department: z.object({ hours: wordingText }, expected('an object in braces')).strict(),
            appeal: z.object({ body: wordingText }, expected('an object in braces')).strict(),
            /** One per entry of helpResources, in the same order. */
            helpResources: z.array(z.object({ description: wordingText }, expected('an object in braces')).strict(), expected('a list')),
          }, expected('an object in braces'))
          .strict(),
        expected('an object in braces'),
      )
      .optional(),
  }, expected('an object in braces'))
  .strict()
  .superRefine((pack, ctx) => {
    // One appeal period: deadlines.rules.appeal is the source when present; appeal.days must not say otherwise.
    const appealRule = pack.deadlines?.rules.appeal;
    if (appealRule && appealRule.days !== pack.appeal.days) {
      ctx.addIssue({
        code: 'custom',
        path: ['appeal', 'days'],
        message: `is ${pack.appeal.days} but deadlines.rules.appeal.days is ${appealRule.days}; the appeal period is counted from deadlines.rules.appeal, so state the same number of days in both`,
      });
    }
    pack.languages.slice(1).forEach((language, i) => {
      const text = pack.localized?.[language];
      if (!text) {
        ctx.addIssue({ code: 'custom', path: ['languages', i + 1], message: `"${language}" is offered but localized.${language} is missing: every owner-facing text of pack.json (codeName, inspectorTitle, department.hours, appeal.body, helpResources) needs a ${language} version` });
      } else if (text.helpResources.length !== pack.helpResources.length) {
        ctx.addIssue({ code: 'custom', path: ['localized', language, 'helpResources'], message: `has ${text.helpResources.length} entries but helpResources has ${pack.helpResources.length}; give one description per program, in the same order` });
      }
    });
    const seen = new Set<string>();
    pack.codeSections.forEach((s, i) => {
      if (seen.has(s.section)) {
        ctx.addIssue({ code: 'custom', path: ['codeSections', i, 'section'], message: `${s.section} is listed twice` });
      }
      seen.add(s.section);
    });
  });
export type JurisdictionPack = z.infer<typeof jurisdictionPackSchema>;
export type CodeSection = JurisdictionPack['codeSections'][number];

const labelled = z.object({ heading: wordingText, paragraph: wordingText }, expected('an object with heading and paragraph')).strict();

/** Every sentence of a Notice of Violation, in one language. */
export const noticeWordingSchema = z
  .object({
    language: z.enum(['en', 'es']),
    /** Printed for the document's metadata and as its heading. */
    title: wordingText,
    subtitle: wordingText,
    subject: wordingText,
    labels: z
      .object({
        documentNumber: wordingText,
        caseNumber: wordingText,
        issuedOn: wordingText,
        parcelId: wordingText,
        recipient: wordingText,
        re: wordingText,
        /** The last day to appeal, in the reference box. */
        appealBy: wordingText,
      }, expected('an object in braces'))
      .strict(),
    salutation: wordingText,
    intro: wordingText,
    violationsHeading: wordingText,
    violationHeading: wordingText,
    /** Added to a heading repeated at the top of the next page: "(continued)". */
    continued: wordingText,
    /** How a section found in the pack's code library is cited: "{codeShortName} {section} — {title}". */
    codeSectionCitation: wordingText,
    violationLabels: z
      .object({
        codeSection: wordingText,
        /** The inspections that found it: dates and entry basis. */
        inspected: wordingText,
        description: wordingText,
        correctiveAction: wordingText,
        deadline: wordingText,
        photos: wordingText,
      }, expected('an object in braces'))
      .strict(),
    /** How each inspection's date and basis for entry is written: {inspectedOn}, {consentGivenBy}, {warrantNumber}. */
    entryBasis: z
      .object({
        public_view: wordingText,
        consent: wordingText,
        administrative_warrant: wordingText,
      }, expected('an object in braces'))
      .strict(),
    photoCaption: wordingText,
    photoCaptionUndated: wordingText,
    /** A photo whose camera date is implausible for the case (shared/photoDates.ts), no explanation recorded. */
    photoCaptionDateFlagged: wordingText,
    /** The same with the explanation recorded: must print {explanation}, or the reason would be silently dropped. */
    photoCaptionDateExplained: wordingTextOf(NOTICE_PLACEHOLDERS, ['explanation']),
    photoHashLabel: wordingText,
    deadlineSentence: wordingText,
    appeal: labelled,
    consequences: labelled,
    help: labelled,
    contact: labelled,
    languageAccess: wordingText.optional(),
    signature: z
      .object({
        closing: wordingText,
        lines: z.array(wordingText, expected('a list')).min(1).max(6),
      }, expected('an object in braces'))
      .strict(),
    footer: wordingText,
  }, expected('an object in braces'))
  .strict();
export type NoticeWording = z.infer<typeof noticeWordingSchema>;
