import type { Photo } from '../../../shared/domain';
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
}

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
  };
}

export function insertPhoto(db: Db, p: Omit<Photo, 'id' | 'addedAt'>, addedAt: string, addedBy: string): number {
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
  const r = stmt(db, 'SELECT * FROM photos WHERE id = ?').get(id) as PhotoRow | undefined;
  return r && toPhoto(r);
}

export function findPhotoByOriginal(db: Db, caseId: number, sha256: string): Photo | undefined {
  const r = stmt(db, 'SELECT * FROM photos WHERE case_id = ? AND original_sha256 = ?').get(caseId, sha256) as PhotoRow | undefined;
  return r && toPhoto(r);
}

export function listPhotos(db: Db, caseId: number): Photo[] {
  return (stmt(db, 'SELECT * FROM photos WHERE case_id = ? ORDER BY id').all(caseId) as PhotoRow[]).map(toPhoto);
}
