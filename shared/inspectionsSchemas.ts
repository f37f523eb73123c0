/** Input schemas of the code library, violation lifecycle and inspections (issue 3). */
import { z } from 'zod';
import { VIOLATION_STATUSES } from './domain';
import { CODE_IMPORT_FIELDS, ENTRY_AUTHORITIES, FINDINGS, INSPECTION_KINDS, SEVERITIES } from './inspectionsTypes';
import { id, isoDate, requiredText, text } from './schemas';

/** As cited: "304.13", "27-72(e)". No spaces, so the same section always compares equal. */
export const sectionNumber = requiredText(40).pipe(
  z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.()-]*$/, { message: 'must look like 304.13 or 27-72(e) (letters, digits, dots, dashes, brackets)' }),
);

export const complianceDays = z.number().int({ message: 'must be a whole number of days' }).min(0, { message: 'cannot be negative' }).max(3650, { message: 'must be at most 3650 days' });

export const codeSectionFields = z.object({
  codeName: requiredText(80),
  section: sectionNumber,
  title: requiredText(200),
  text: text(8000).default(''),
  correctiveAction: text(4000).default(''),
  severity: z.enum(SEVERITIES),
  defaultComplianceDays: complianceDays,
});

export const addCodeSectionInput = codeSectionFields;
export type AddCodeSectionInput = z.infer<typeof addCodeSectionInput>;

/** Section number and code name identify a section and cannot change; everything else can. */
export const updateCodeSectionInput = z.object({
  codeSectionId: id,
  title: requiredText(200).optional(),
  text: text(8000).optional(),
  correctiveAction: text(4000).optional(),
  severity: z.enum(SEVERITIES).optional(),
  defaultComplianceDays: complianceDays.optional(),
  /** A date retires the section (it stays on old violations); null puts it back in force. */
  retiredOn: isoDate.nullable().optional(),
});
export type UpdateCodeSectionInput = z.infer<typeof updateCodeSectionInput>;

export const listCodeSectionsInput = z.object({
  includeRetired: z.boolean().default(false),
  query: text(200).optional(),
});
export type ListCodeSectionsInput = z.infer<typeof listCodeSectionsInput>;

export const codeImportMapping = z
  .partialRecord(z.enum(CODE_IMPORT_FIELDS), requiredText(200))
  .refine((m) => m.label !== undefined || m.section !== undefined, {
    message: 'map either a label column (e.g. "Section 302.4 - Weeds") or a section column',
  })
  .refine((m) => m.label !== undefined || m.title !== undefined, {
    message: 'map a title column, or a label column that holds section and title together',
  });
export type CodeImportMapping = z.infer<typeof codeImportMapping>;

/** Largest CSV accepted over IPC/HTTP. A code library of a few thousand sections is well under. */
export const MAX_CODE_CSV_CHARS = 8 * 1024 * 1024;

export const importCodeSectionsInput = z.object({
  csvText: z.string().max(MAX_CODE_CSV_CHARS, { message: 'is larger than 8 MB; split the file' }),
  mapping: codeImportMapping,
  dryRun: z.boolean().default(true),
  /** Used for rows whose code-name column is not mapped or blank. */
  defaultCodeName: requiredText(80).optional(),
  defaultSeverity: z.enum(SEVERITIES).default('major'),
  defaultComplianceDays: complianceDays.default(30),
});
export type ImportCodeSectionsInput = z.infer<typeof importCodeSectionsInput>;

export const setViolationStatusInput = z.object({
  violationId: id,
  status: z.enum(VIOLATION_STATUSES),
  effectiveOn: isoDate,
  note: text(2000).default(''),
});
export type SetViolationStatusInput = z.infer<typeof setViolationStatusInput>;

export const createInspectionInput = z
  .object({
    caseId: id,
    kind: z.enum(INSPECTION_KINDS),
    inspectedOn: isoDate,
    inspector: requiredText(120),
    entryAuthority: z.enum(ENTRY_AUTHORITIES),
    consentGivenBy: text(200).optional(),
    warrantNumber: text(80).optional(),
    notes: text(4000).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.entryAuthority === 'consent' && !v.consentGivenBy) {
      ctx.addIssue({ code: 'custom', path: ['consentGivenBy'], message: 'entry by consent needs the name of the person who gave it' });
    }
    if (v.entryAuthority === 'administrative_warrant' && !v.warrantNumber) {
      ctx.addIssue({ code: 'custom', path: ['warrantNumber'], message: 'entry under an administrative warrant needs the warrant number' });
    }
  });
export type CreateInspectionInput = z.infer<typeof createInspectionInput>;

export const findingInput = z.object({
  violationId: id,
  finding: z.enum(FINDINGS),
  note: text(2000).default(''),
});

export const recordFindingsInput = z.object({
  inspectionId: id,
  findings: z.array(findingInput).min(1, { message: 'record at least one finding' }).max(500),
  /** When true (the default), a 'corrected' finding moves an open or referred violation to corrected. */
  applyCorrections: z.boolean().default(true),
});
export type RecordFindingsInput = z.infer<typeof recordFindingsInput>;

export const linkPhotoToInspectionInput = z.object({ inspectionId: id, photoId: id });
