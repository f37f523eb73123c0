import { z } from 'zod';
import { CASE_STATUSES, PARTY_KINDS } from './domain';
import { CASE_SORT_FIELDS, DEADLINE_FILTERS } from './searchTypes';
import { SEVERITIES } from './inspectionsTypes';

/** Text a person typed: trimmed, no control characters (they break PDFs and CSV exports). */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), {
      message: 'contains control characters',
    });

export const requiredText = (max: number) => text(max).pipe(z.string().min(1, { message: 'is required' }));

/** A real calendar date written YYYY-MM-DD, between 1900 and 2200. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const dt = new Date(Date.UTC(y, m - 1, d));
      return (
        y >= 1900 && y <= 2200 && dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d
      );
    },
    { message: 'is not a real calendar date' },
  );

export const id = z.number().int().positive();

export const newCaseInput = z.object({
  property: z.object({
    address: requiredText(300),
    parcelId: requiredText(64),
  }),
  owner: z.object({
    name: requiredText(200),
    kind: z.enum(PARTY_KINDS),
    mailingAddress: requiredText(400),
  }),
  inspector: requiredText(120),
  openedOn: isoDate.optional(),
});
export type NewCaseInput = z.infer<typeof newCaseInput>;

export const newViolationInput = z.object({
  caseId: id,
  codeSection: requiredText(80),
  description: requiredText(2000),
  correctiveAction: requiredText(2000),
  complianceDate: isoDate,
  /** The code-library section cited (area "inspections"); its severity is the default for the violation. */
  codeSectionId: id.nullable().optional(),
  severity: z.enum(SEVERITIES).nullable().optional(),
});
export type NewViolationInput = z.infer<typeof newViolationInput>;

/** Largest photo we accept over IPC/HTTP: 64 MiB of original bytes (base64 adds a third). */
export const MAX_PHOTO_BYTES = 64 * 1024 * 1024;

export const importPhotoInput = z.object({
  caseId: id,
  violationId: id.nullable(),
  fileName: z.string().min(1).max(255),
  dataBase64: z.string().max(Math.ceil((MAX_PHOTO_BYTES * 4) / 3) + 4),
});
export type ImportPhotoInput = z.infer<typeof importPhotoInput>;

export const listCasesInput = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
  query: text(200).optional(),
  // Filters and sort of the case list (area "search"); all optional, defaults = newest first.
  status: z.enum(CASE_STATUSES).optional(),
  inspector: text(120).optional(),
  deadline: z.enum(DEADLINE_FILTERS).optional(),
  tribunal: text(200).optional(),
  sortBy: z.enum(CASE_SORT_FIELDS).optional(),
  sortDir: z.enum(['asc', 'desc']).optional(),
});
export type ListCasesInput = z.infer<typeof listCasesInput>;
