/**
 * A realistic case for notice tests: an owner whose name needs more than ASCII, open and closed
 * violations, photos with and without camera dates. Photos are generated JPEGs (sharp), kept in
 * a map by a made-up display hash that stands in for the vault.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import sharp from 'sharp';
import type { CaseDetail, Photo, Violation } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { loadPack, type LoadedPack } from '../../../electron/services/packs/loadPack';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const TEMPLATES_DIR = path.join(ROOT, 'templates');
export const FONTS_DIR = path.join(ROOT, 'resources', 'fonts');
export const AUDIT_HEAD = '3f2a9c41d07be5a8' + 'c'.repeat(48);

export function loadModelPack(): Promise<LoadedPack> {
  return loadPack(TEMPLATES_DIR, 'model-ipmc');
}

/** A JPEG of `width` x `height` with a gradient and a block so it is not one flat color. */
export async function makeJpeg(width: number, height: number, hue: number): Promise<Buffer> {
  const r = Math.round(120 + 100 * Math.sin(hue));
  const g = Math.round(120 + 100 * Math.sin(hue + 2));
  const b = Math.round(120 + 100 * Math.sin(hue + 4));
  const block = await sharp({ create: { width: Math.round(width / 3), height: Math.round(height / 3), channels: 3, background: { r: 250, g: 250, b: 245 } } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: { r, g, b } } })
    .composite([{ input: block, left: Math.round(width / 4), top: Math.round(height / 4) }])
    .jpeg({ quality: 80 })
    .toBuffer();
}

export class FakeVault {
  readonly images = new Map<string, Buffer>();
  readonly reads: string[] = [];

  /** Stores a display JPEG and returns a Photo pointing at it. */
  async addPhoto(id: number, violationId: number, opts: { width?: number; height?: number; takenAt?: string | null; cameraDateFlag?: Photo['cameraDateFlag'] } = {}): Promise<Photo> {
    const width = opts.width ?? 800;
    const height = opts.height ?? 600;
    const bytes = await makeJpeg(width, height, id);
    const sha = createHash('sha256').update(bytes).digest('hex');
    this.images.set(sha, bytes);
    return {
      id,
      caseId: 1,
      violationId,
      originalName: `IMG_${1000 + id}.JPG`,
      mediaType: 'image/jpeg',
      originalSha256: createHash('sha256').update(`original-${id}`).digest('hex'),
      displaySha256: sha,
      thumbSha256: createHash('sha256').update(`thumb-${id}`).digest('hex'),
      width,
      height,
      sizeBytes: bytes.length,
      exif: {
        takenAt: opts.takenAt === undefined ? `2026:10:0${1 + (id % 8)} 14:2${id % 10}:05` : opts.takenAt,
        gpsLatitude: null,
        gpsLongitude: null,
        make: 'Apple',
        model: 'iPhone 15',
        orientation: 1,
        exifWarning: null,
      },
      addedAt: '2026-10-04T15:00:00.000Z',
      cameraDateFlag: opts.cameraDateFlag ?? null,
    };
  }

  readonly loadImage = async (sha256: string): Promise<Buffer> => {
    this.reads.push(sha256);
    const bytes = this.images.get(sha256);
    if (!bytes) throw new AppError('INTEGRITY', `Vault object ${sha256} is missing or altered.`);
    return bytes;
  };
}

export function violation(id: number, fields: Partial<Violation> = {}): Violation {
  return {
    id,
    caseId: 1,
    codeSection: '304.13',
    description: 'Two second-floor windows on the north elevation have broken glass, and the lower sash of the kitchen window is rotted and does not close.',
    correctiveAction: 'Replace the broken glass and repair or replace the rotted sash so that each window is weather tight.',
    complianceDate: '2027-01-05',
    status: 'open',
    photos: [],
    ...fields,
  };
}

export function caseDetail(violations: Violation[], fields: Partial<CaseDetail> = {}): CaseDetail {
  return {
    id: 1,
    caseNumber: 'CE-2026-0001',
    status: 'open',
    openedOn: '2026-10-01',
    inspector: 'Łukasz Müller',
    property: { id: 1, address: '1417 Alder Street, Model, ST 00000', parcelId: '14-022-0093' },
    owner: {
      id: 1,
      name: 'Nguyễn Thị Hương Peña',
      kind: 'individual',
      mailingAddress: '88 Bayview Terrace, Apt 4\nPort Model, ST 00001',
    },
    violations,
    unassignedPhotos: [],
    documents: [],
    pack: { id: 'model-ipmc', version: '1.0.0' },
    ...fields,
  };
}
