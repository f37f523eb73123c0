/** Evidence methods (area "evidence"): what is recorded about a photo beside the photo itself. */
import { z } from 'zod';
import { method } from '../contractMethod';
import type { Photo } from '../domain';
import { MAX_CAMERA_DATE_EXPLANATION } from '../photoDates';
import { id, requiredText } from '../schemas';

export const explainPhotoDateInput = z.object({ photoId: id, explanation: requiredText(MAX_CAMERA_DATE_EXPLANATION) });
export type ExplainPhotoDateInput = z.infer<typeof explainPhotoDateInput>;

export const evidenceMethods = {
  /**
   * Records why a flagged photo's camera date is what it is (append-only; the newest explanation
   * is current). Returns the photo with its flag now carrying the explanation. VALIDATION when the
   * photo's camera date is not flagged, NOT_FOUND for an unknown photo.
   */
  explainPhotoDate: method<Photo>()(explainPhotoDateInput),
} as const;
