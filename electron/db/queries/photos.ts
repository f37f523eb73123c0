import type { Photo } from '../../../shared/domain';
import { cameraDateFlag } from '../../../shared/photoDates';
import type { Db } from '../open';
import { stmt } from '../statements';

interface PhotoRow {
  id: number;
  case_id: number;
  violation_id: number | null;
  original_name: string;
  media_type: 'image/jpeg' | 'image/heic';
  original_sha256: string;
  display_sha256: string;
  thumb_sha256: string;
  width: number;
  height: number;
  size_bytes: number;
  exif_taken_at: string | null;
  exif_gps_lat: number | null;
  exif_gps_lon: number | null;
  exif_make: string | null;
  exif_model: string | null;
  exif_orientation: number | null;
  exif_warning: string | null;
  added_at: string;
  /** From the case (the flag needs the day it was opened). */
  opened_on: string;
  /** The latest recorded explanation of the camera date, if any. */
  date_explanation: string | null;
}

/**
 * Every photo read carries its case's opening day and the latest explanation of its camera date,
 * so the flag is computed here, once, for every consumer (case page, notice, CLI).
 */
const SELECT_PHOTOS = `SELECT p.*, c.opened_on,
    (SELECT e.explanation FROM photo_date_explanations e WHERE e.photo_id = p.id ORDER BY e.id DESC LIMIT 1) AS date_explanation
  FROM photos p JOIN cases c ON c.id = p.case_id`;

function toPhoto(r: PhotoRow): Photo {
  return {
    id: r.id,
    caseId: r.case_id,
    violationId: r.violation_id,
    originalName: r.original_name,
    mediaType: r.media_type,
    originalSha256: r.original_sha256,
    displaySha256: r.display_sha256,
    thumbSha256: r.thumb_sha256,
    width: r.width,
    height: r.height,
    sizeBytes: r.size_bytes,
    exif: {
      takenAt: r.exif_taken_at,
      gpsLatitude: r.exif_gps_lat,
      gpsLongitude: r.exif_gps_lon,
      make: r.exif_make,
      model: r.exif_model,
      orientation: r.exif_orientation,
      exifWarning: r.exif_warning,
    },
    addedAt: r.added_at,
    cameraDateFlag: cameraDateFlag({ takenAt: r.exif_taken_at, addedAt: r.added_at }, r.opened_on, r.date_explanation),
  };
}

export function insertPhoto(db: Db, p: Omit<Photo, 'id' | 'addedAt' | 'cameraDateFlag'>, addedAt: string, addedBy: string): number {
  return Number(
    stmt(
      db,
      `INSERT INTO photos (case_id, violation_id, original_sha256, display_sha256, thumb_sha256, original_name,
         media_type, width, height, size_bytes, exif_taken_at, exif_gps_lat, exif_gps_lon, exif_make, exif_model,
         exif_orientation, exif_warning, added_at, added_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      p.caseId,
      p.violationId,
      p.originalSha256,
      p.displaySha256,
      p.thumbSha256,
      p.originalName,
      p.mediaType,
      p.width,
      p.height,
      p.sizeBytes,
      p.exif.takenAt,
      p.exif.gpsLatitude,
      p.exif.gpsLongitude,
      p.exif.make,
      p.exif.model,
      p.exif.orientation,
      p.exif.exifWarning,
      addedAt,
      addedBy,
    ).lastInsertRowid,
  );
}

export function getPhoto(db: Db, id: number): Photo | undefined {
  const r = stmt(db, `${SELECT_PHOTOS} WHERE p.id = ?`).get(id) as PhotoRow | undefined;
  return r && toPhoto(r);
}

export function findPhotoByOriginal(db: Db, caseId: number, sha256: string): Photo | undefined {
  const r = stmt(db, `${SELECT_PHOTOS} WHERE p.case_id = ? AND p.original_sha256 = ?`).get(caseId, sha256) as PhotoRow | undefined;
  return r && toPhoto(r);
}

export function listPhotos(db: Db, caseId: number): Photo[] {
  return (stmt(db, `${SELECT_PHOTOS} WHERE p.case_id = ? ORDER BY p.id`).all(caseId) as PhotoRow[]).map(toPhoto);
}

export interface PhotoDateExplanationRow {
  readonly id: number;
  readonly photoId: number;
  readonly explanation: string;
  readonly recordedAt: string;
  readonly recordedBy: string;
}

export function insertPhotoDateExplanation(db: Db, photoId: number, explanation: string, recordedAt: string, recordedBy: string): number {
  return Number(
    stmt(db, 'INSERT INTO photo_date_explanations (photo_id, explanation, recorded_at, recorded_by) VALUES (?, ?, ?, ?)').run(photoId, explanation, recordedAt, recordedBy)
      .lastInsertRowid,
  );
}

/** Every explanation recorded for a photo, oldest first (the last one is current). */
export function listPhotoDateExplanations(db: Db, photoId: number): PhotoDateExplanationRow[] {
  return stmt(
    db,
    'SELECT id, photo_id AS photoId, explanation, recorded_at AS recordedAt, recorded_by AS recordedBy FROM photo_date_explanations WHERE photo_id = ? ORDER BY id',
  ).all(photoId) as PhotoDateExplanationRow[];
}
