/** Handlers of the evidence area (what is recorded beside a photo), spread into core.ts. */
import type { evidenceMethods } from '../../../shared/contracts/evidence';
import type { CoreDeps } from '../core';
import type { Handlers } from '../dispatch';
import { explainPhotoDate } from '../evidence/photoDateExplanation';

export function evidenceHandlers(deps: CoreDeps): Pick<Handlers, keyof typeof evidenceMethods> {
  return {
    explainPhotoDate: (input) => explainPhotoDate(deps, input),
  };
}
