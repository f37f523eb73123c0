/** Input schemas of the "search" area: case notes, CSV case import and the timeline. */
import { z } from 'zod';
import { id, requiredText, text } from './schemas';
import { IMPORT_FIELDS, TIMELINE_KINDS } from './searchTypes';

export const addCaseNoteInput = z.object({
  caseId: id,
  body: z
    .string()
    .trim()
    .min(1, { message: 'is required' })
    .max(10000, { message: 'must be at most 10000 characters' })
    // Notes may span lines (\n, \r, \t) but no other control characters.
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), { message: 'contains control characters' }),
});
export type AddCaseNoteInput = z.infer<typeof addCaseNoteInput>;

export const columnMapping = z.partialRecord(z.enum(IMPORT_FIELDS), text(200).pipe(z.string().min(1)));

/** Largest CSV accepted as text over IPC/HTTP: 64 MiB. Larger files go through the CLI by path. */
export const MAX_IMPORT_CSV_CHARS = 64 * 1024 * 1024;

const importSource = z
  .object({
    /** The CSV itself (renderer), or a path the core reads (CLI); exactly one. */
    csvText: z.string().max(MAX_IMPORT_CSV_CHARS).optional(),
    filePath: z.string().min(1).max(4096).optional(),
    mapping: columnMapping,
  })
  .refine((v) => (v.csvText === undefined) !== (v.filePath === undefined), {
    message: 'give either csvText or filePath, not both',
  });

export const previewCaseImportInput = importSource.and(
  z.object({ limit: z.number().int().min(1).max(200).default(20) }),
);
export type PreviewCaseImportInput = z.infer<typeof previewCaseImportInput>;

export const runCaseImportInput = importSource.and(
  z.object({
    /** Name of the system the cases come from ("Syracuse DOCE"): part of the re-import key. */
    source: requiredText(80),
    dryRun: z.boolean().default(false),
    /** Where to write rejected rows; default <input>.errors.csv next to filePath. */
    errorsFile: z.string().min(1).max(4096).optional(),
  }),
);
export type RunCaseImportInput = z.infer<typeof runCaseImportInput>;

export const getTimelineInput = z.object({
  caseId: id,
  kinds: z.array(z.enum(TIMELINE_KINDS)).max(TIMELINE_KINDS.length).optional(),
});
export type GetTimelineInput = z.infer<typeof getTimelineInput>;
