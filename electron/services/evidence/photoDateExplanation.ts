/**
 * Recording why a photo's camera date is what it is. The photo row is evidence and never changes;
 * the explanation is a new append-only row (migration 0011), written with its audit entry in one
 * transaction. The newest explanation is the one shown, counted and printed; older ones stay.
 */
import type { Photo } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { MAX_CAMERA_DATE_EXPLANATION } from '../../../shared/photoDates';
import type { Db } from '../../db/open';
import { getPhoto, insertPhotoDateExplanation } from '../../db/queries/photos';
import { appendAudit } from '../audit';
import type { Clock } from '../clock';

export interface ExplainDateDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly actor: string;
}

export function explainPhotoDate(deps: ExplainDateDeps, input: { photoId: number; explanation: string }): Photo {
  const { db, clock, actor } = deps;
  const explanation = input.explanation.trim();
  if (explanation === '') {
    throw new AppError('VALIDATION', 'The explanation is blank. Say why the camera date is what it is (for example "camera clock never set; taken at the inspection").');
  }
  if (explanation.length > MAX_CAMERA_DATE_EXPLANATION) {
    throw new AppError(
      'VALIDATION',
      `The explanation is ${explanation.length} characters; at most ${MAX_CAMERA_DATE_EXPLANATION} fit under the photo on the notice. Shorten it.`,
    );
  }
  const now = clock.now();
  db.transaction(() => {
    const photo = getPhoto(db, input.photoId);
    if (!photo) throw new AppError('NOT_FOUND', `Photo ${input.photoId} does not exist. It may belong to another data folder.`);
    if (photo.cameraDateFlag === null) {
      throw new AppError(
        'VALIDATION',
        photo.exif.takenAt === null
          ? `Photo ${photo.id} carries no camera date, so there is no date to explain.`
          : `Photo ${photo.id}'s camera date is within the case's dates, so there is nothing to explain.`,
      );
    }
    const id = insertPhotoDateExplanation(db, photo.id, explanation, now.toISOString(), actor);
    appendAudit(
      db,
      {
        actor,
        action: 'photo.explainDate',
        entity: 'photo',
        entityId: photo.id,
        details: { explanationId: id, explanation, reason: photo.cameraDateFlag.reason, takenAt: photo.exif.takenAt, sha256: photo.originalSha256 },
      },
      now,
    );
  }).immediate();
  return getPhoto(db, input.photoId)!;
}
