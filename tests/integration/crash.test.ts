/**
 * A process killed in the middle of an import (SIGKILL at a known point, via CASEREADY_CRASH_AT)
 * must leave: integrity_check ok, no row without its file, and the orphaned files quarantined
 * (not deleted) at the next start.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, FIXTURES, seedCase, tempDir } from './cliHarness';

describe('killed during import', () => {
  it.each(['vault:after-temp-fsync', 'vault:after-rename', 'import:before-commit'])('at %s leaves a consistent store', (point) => {
    const dir = tempDir();
    const { caseId } = seedCase(dir);
    const killed = cli(dir, ['evidence', 'add', '--case', String(caseId), path.join(FIXTURES, 'photos', 'DSCN0010.jpg')], {
      CASEREADY_CRASH_AT: point,
    });
    expect(killed.signal).toBe('SIGKILL');

    const db = new Database(path.join(dir, 'caseready.db'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM photos').pluck().get()).toBe(0);
    for (const sha of db.prepare('SELECT sha256 FROM vault_objects').pluck().all() as string[]) {
      expect(existsSync(path.join(dir, 'vault', 'objects', sha.slice(0, 2), sha))).toBe(true);
    }
    db.close();

    // Next start: reconcile quarantines unrecorded files and removes temp files; verify is clean.
    const verify = cli(dir, ['verify', '--json']);
    expect(verify.status, verify.stdout + verify.stderr).toBe(0);
    const objectsDir = path.join(dir, 'vault', 'objects');
    const leftover = readdirSync(objectsDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(leftover.map((e) => e.name)).toEqual([]);
    if (point !== 'vault:after-temp-fsync') {
      expect(readdirSync(path.join(dir, 'vault', 'quarantine')).length).toBeGreaterThan(0);
    }
    // And the import works when retried.
    const retry = cli(dir, ['evidence', 'add', '--json', '--case', String(caseId), path.join(FIXTURES, 'photos', 'DSCN0010.jpg')]);
    expect(retry.status, retry.stderr).toBe(0);
    expect(retry.json()).toMatchObject({ imported: 1 });
  });
});
