/** Code library methods (area "codes"): sections per jurisdiction, edited, retired, imported from CSV. */
import { z } from 'zod';
import { method } from '../contractMethod';
import type { CodeImportReport, CodeSectionRecord, Severity } from '../inspectionsTypes';
import { addCodeSectionInput, importCodeSectionsInput, listCodeSectionsInput, updateCodeSectionInput } from '../inspectionsSchemas';
import { id, isoDate } from '../schemas';

export const codesMethods = {
  listCodeSections: method<CodeSectionRecord[]>()(listCodeSectionsInput),
  addCodeSection: method<CodeSectionRecord>()(addCodeSectionInput),
  updateCodeSection: method<CodeSectionRecord>()(updateCodeSectionInput),
  /** Dry run by default: the report says what each row would do; `dryRun: false` writes it. */
  importCodeSections: method<CodeImportReport>()(importCodeSectionsInput),
  /** What the library proposes for a violation citing a section (nothing is written). */
  draftViolationFromCode: method<{
    codeSectionId: number;
    codeSection: string;
    description: string;
    correctiveAction: string;
    complianceDate: string;
    severity: Severity;
  }>()(z.object({ codeSectionId: id, from: isoDate.optional() })),
} as const;
