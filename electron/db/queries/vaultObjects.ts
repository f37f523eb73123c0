import type { Db } from '../open';
import { stmt } from '../statements';

/** Records a vault object; a second record of the same bytes is a no-op (content addressing). */
export function recordVaultObject(db: Db, o: { sha256: string; size: number; mediaType: string }, now: string): void {
  stmt(db, 'INSERT INTO vault_objects (sha256, size, media_type, stored_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING').run(
    o.sha256,
    o.size,
    o.mediaType,
    now,
  );
}

export function recordDerivative(db: Db, d: { sha256: string; sourceSha256: string; kind: 'display' | 'thumb' }): void {
  stmt(db, 'INSERT INTO derivatives (sha256, source_sha256, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(
    d.sha256,
    d.sourceSha256,
    d.kind,
  );
}

export function allVaultShas(db: Db): string[] {
  return (stmt(db, 'SELECT sha256 FROM vault_objects ORDER BY sha256').pluck().all() as string[]);
}
