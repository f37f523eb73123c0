/** Handlers of the violation lifecycle and inspections area, spread into core.ts. */
import type { inspectionsMethods } from '../../../shared/contracts/inspections';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';
import { createInspection, linkPhotoToInspection, listInspections, recordFindings } from '../inspections/inspectionService';
import { listViolationEvents, setViolationStatus, type LifecycleDeps } from '../inspections/violationLifecycle';

export function inspectionsHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof inspectionsMethods> {
  const life: LifecycleDeps = { db: deps.db, clock: deps.clock, actor: deps.actor };
  return {
    setViolationStatus: (input) => setViolationStatus(life, input),
    listViolationEvents: ({ violationId }) => listViolationEvents(deps.db, violationId),
    createInspection: (input) => createInspection(life, input),
    listInspections: ({ caseId }) => listInspections(deps.db, caseId),
    recordFindings: (input) => recordFindings(life, input),
    linkPhotoToInspection: (input) => linkPhotoToInspection(life, input),
  };
}
