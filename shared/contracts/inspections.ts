/** Violation lifecycle and inspection methods (area "inspections"). */
import { z } from 'zod';
import { method } from '../contractMethod';
import type { Inspection, RecordFindingsResult, ViolationEvent } from '../inspectionsTypes';
import { createInspectionInput, linkPhotoToInspectionInput, recordFindingsInput, setViolationStatusInput } from '../inspectionsSchemas';
import { id } from '../schemas';

export const inspectionsMethods = {
  setViolationStatus: method<ViolationEvent>()(setViolationStatusInput),
  listViolationEvents: method<ViolationEvent[]>()(z.object({ violationId: id })),
  createInspection: method<Inspection>()(createInspectionInput),
  listInspections: method<Inspection[]>()(z.object({ caseId: id })),
  recordFindings: method<RecordFindingsResult>()(recordFindingsInput),
  linkPhotoToInspection: method<Inspection>()(linkPhotoToInspectionInput),
} as const;
