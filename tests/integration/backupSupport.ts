/** Shared set-up for the backup tests: a data folder with cases, photos and a notice-free audit trail. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { cli, FIXTURES, seedCase } from './cliHarness';

export function seedStoreWithPhotos(dir: string): void {
  const { caseId, violationId } = seedCase(dir);
  const photos = readdirSync(path.join(FIXTURES, 'photos'))
    .filter((n) => /\.jpe?g$/i.test(n))
    .slice(0, 3)
    .map((n) => path.join(FIXTURES, 'photos', n));
  const r = cli(dir, ['evidence', 'add', '--case', String(caseId), '--violation', String(violationId), ...photos]);
  if (r.status !== 0) throw new Error(r.stderr);
  seedCase(dir, 'Second Owner');
}

/** Entries of a folder that are neither complete backups nor anything CaseReady made. */
export function listNames(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
