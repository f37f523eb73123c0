/** Contract methods of the "search" area: case notes, CSV case import, timeline, list filter choices. */
import { z } from 'zod';
import { empty, method } from '../contractMethod';
import { id } from '../schemas';
import { addCaseNoteInput, getTimelineInput, previewCaseImportInput, runCaseImportInput } from '../searchSchemas';
import type { CaseNote, ImportPreview, ImportSummary, TimelineEntry } from '../searchTypes';

export const searchMethods = {
  addCaseNote: method<CaseNote>()(addCaseNoteInput),
  listCaseNotes: method<CaseNote[]>()(z.object({ caseId: id })),
  /** Values the case list can be filtered by (inspectors on cases, tribunals of hearings). */
  listCaseFilterChoices: method<{ inspectors: string[]; tribunals: string[] }>()(empty),
  /** Parses the CSV with a column mapping: the first rows as they would be imported, and every problem. */
  previewCaseImport: method<ImportPreview>()(previewCaseImportInput),
  runCaseImport: method<ImportSummary>()(runCaseImportInput, { progress: true }),
  getTimeline: method<TimelineEntry[]>()(getTimelineInput),
} as const;
