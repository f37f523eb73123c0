/** Runs the built `caseready` CLI in a child process on a temp data folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const CLI = path.join(ROOT, 'dist', 'cli', 'caseready.cjs');

export interface CliRun {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  json<T = Record<string, unknown>>(): T;
}

export function tempDir(prefix = 'caseready-it-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function cli(dataDir: string, args: string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, '--data-dir', dataDir, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CASEREADY_ACTOR: 'tester', ...env },
    timeout: 120_000,
  });
  return {
    status: r.status,
    signal: r.signal,
    stdout: r.stdout,
    stderr: r.stderr,
    json<T>() {
      try {
        return JSON.parse(r.stdout) as T;
      } catch {
        throw new Error(`not JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
      }
    },
  };
}

/** Creates a case with one violation; returns their ids. */
export function seedCase(dataDir: string, owner = 'Nguyễn Thị Peña'): { caseId: number; violationId: number } {
  const c = cli(dataDir, [
    'case', 'create', '--json',
    '--address', '1418 Maple Street, Model City',
    '--parcel', `07-215-${Math.floor(Math.random() * 900 + 100)}`,
    '--owner', owner,
    '--owner-kind', 'individual',
    '--owner-address', '1418 Maple Street, Model City, ST 40001',
    '--inspector', 'R. Inspector',
    '--opened-on', isoDaysFromToday(-2),
  ]);
  if (c.status !== 0) throw new Error(c.stderr);
  const caseId = c.json<{ id: number }>().id;
  const v = cli(dataDir, [
    'violation', 'add', '--json', '--case', String(caseId),
    '--code', 'IPMC 304.13',
    '--description', 'Two broken windows on the east side.',
    '--action', 'Replace the broken glazing.',
    '--due', isoDaysFromToday(30),
  ]);
  if (v.status !== 0) throw new Error(v.stderr);
  return { caseId, violationId: v.json<{ id: number }>().id };
}

/** Local calendar date N days from today: tests must not go stale as the calendar moves on. */
export function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Makes the model pack's "Issue a notice of violation" checklist ready, so `notice` is not refused
 * with NOT_READY: the owner of record verified from the deed today, an inspection from public view,
 * and a photo with a camera date (DSCN0010.jpg) on the violation, its 2008 camera date explained.
 */
export function readyForNotice(dataDir: string, caseId: number, violationId: number): void {
  const run = (args: string[]) => {
    const r = cli(dataDir, args);
    if (r.status !== 0) throw new Error(`${args.slice(0, 2).join(' ')} failed (exit ${r.status}): ${r.stderr}`);
    return r;
  };
  const ownerId = run(['case', 'show', '--json', String(caseId)]).json<{ owner: { id: number } }>().owner.id;
  const today = isoDaysFromToday(0);
  run(['ownership', 'add', '--case', String(caseId), '--source', 'recorder_deed', '--date', today, '--party', String(ownerId), '--finding', 'Owner of record per the deed']);
  run(['inspection', 'add', '--case', String(caseId), '--type', 'initial', '--date', today, '--inspector', 'R. Inspector', '--entry', 'public_view']);
  const added = run(['evidence', 'add', '--json', '--case', String(caseId), '--violation', String(violationId), path.join(FIXTURES, 'photos', 'DSCN0010.jpg')]);
  // The photo's camera date is 2008: it counts as the case's dated photo only with an explanation.
  const photoId = added.json<{ results: { photoId: number }[] }>().results[0]!.photoId;
  run(['photo', 'explain-date', '--photo', String(photoId), '--text', 'Camera clock never set; taken at the initial inspection']);
}

/**
 * Waives, with a stated reason, every blocking item of the civil_ticket step the case does not
 * meet yet (a fresh case's compliance period is still running, its notice unserved): for CLI
 * tests about what a citation records, not about the gate (enforcementCli.test.ts has the gate).
 */
export function waiveCivilTicketStep(dataDir: string, caseId: number): void {
  const step = cli(dataDir, ['checklist', '--json', '--case', String(caseId), '--step', 'civil_ticket']);
  if (step.status !== 0) throw new Error(step.stderr);
  const open = step.json<{ items: { id: string; severity: string; status: string; applies: boolean }[] }>().items.filter((i) => i.severity === 'blocking' && i.applies && i.status !== 'met' && i.status !== 'waived');
  for (const item of open) {
    const r = cli(dataDir, ['checklist', 'waive', '--case', String(caseId), '--step', 'civil_ticket', '--item', item.id, '--reason', 'Test: citation recorded for the CLI flow']);
    if (r.status !== 0) throw new Error(`checklist waive ${item.id} failed (exit ${r.status}): ${r.stderr}`);
  }
}
