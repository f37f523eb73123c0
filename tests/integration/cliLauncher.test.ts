/**
 * The launcher, dist/cli/caseready.cjs (electron/cli/launcher.ts): the CSV imports run in a child
 * Node process with a tuned heap, every other command in the launcher process itself. Checked on
 * the built bundles, through a preload (-r) that records each Node process the command starts and
 * the packages it loaded: exit codes, stdout and stderr come through the child unchanged, signals
 * reach it, a killed launcher leaves no import running, and `case list` loads none of the heavy
 * libraries (the structural twin of tests/unit/cliStartupModules.test.ts).
 * The memory this buys (peak RSS < 250 MB whatever the file size) and the start-up time are bench
 * measurements (bench/csvImport.bench.ts, bench/cliColdStart.bench.ts), never asserted in a test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../electron/services/dataDirLock';
import { ROOT, tempDir } from './cliHarness';

const LAUNCHER = path.join(ROOT, 'dist', 'cli', 'caseready.cjs');
const HOOK = path.join(__dirname, 'support', 'recordProcesses.cjs');
const MAP = 'Case=sourceCaseNumber,Address=address,Parcel=parcelId,Owner=ownerName,Opened=openedOn,Status=status,Code=violationCode,Description=violationDescription,Due=complianceDate';

interface ProcessSeen {
  readonly pid: number;
  readonly script: string;
  readonly execArgv: string[];
  readonly packages?: string[];
}

/** The processes a command started, recorded by the preload support/recordProcesses.cjs into dir. */
function recorder(dir: string): { hook: string; seen: () => ProcessSeen[] } {
  const log = path.join(dir, 'processes.jsonl');
  process.env.CASEREADY_TEST_PROCESS_LOG = log; // inherited by every process the test starts
  const seen = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ProcessSeen) : []);
  return { hook: HOOK, seen };
}

function run(hook: string, args: string[], script = LAUNCHER) {
  return spawnSync(process.execPath, ['-r', hook, script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CASEREADY_ACTOR: 'tester' }, timeout: 120_000 });
}

function writeCsv(file: string, cases: number, badEvery = 0): void {
  const rows = ['Case,Address,Parcel,Owner,Opened,Status,Code,Description,Due'];
  for (let c = 1; c <= cases; c++) {
    const opened = badEvery && c % badEvery === 0 ? '02/30/2024' : `${(c % 12) + 1}/${(c % 28) + 1}/2024`;
    rows.push(`L-${c},"${c} Launch St, Model City",LP-${c},"Owner ${c}, LLC",${opened},Open,PM-302.4,"weeds, over 10 inches",12/31/2025`);
  }
  writeFileSync(file, `${rows.join('\n')}\n`);
}

const started = (seen: ProcessSeen[]) => seen.filter((p) => !p.packages);

describe('the caseready launcher', () => {
  it('runs an import of a generated file in a child with the tuned heap; exit code and output come through', () => {
    const dir = tempDir();
    const { hook, seen } = recorder(dir);
    const csv = path.join(dir, 'cases.csv');
    writeCsv(csv, 300, 100);

    const imp = run(hook, ['--data-dir', dir, 'import', 'cases', csv, '--source', 'Launcher', '--map', MAP]);
    expect(imp.stderr).toBe('');
    expect(imp.stdout).toMatch(/^300 row\(s\): 297 case\(s\) created, 0 already imported, 3 row\(s\) rejected\n/);
    expect(imp.stdout).toMatch(/line 101: openedOn "02\/30\/2024" is not a real calendar date/);
    expect(imp.status).toBe(1); // rejected rows: exit 1, from the child
    const procs = started(seen());
    expect(procs.map((p) => path.basename(p.script))).toEqual(['caseready.cjs', 'caseready-main.cjs']);
    // The tuned heap first, then the caller's own Node flags (this -r preload), which therefore win.
    expect(procs[1]!.execArgv).toEqual(['--max-semi-space-size=8', '--max-old-space-size=256', '-r', hook]);

    // The cases are in the store (read back in-process: one Node process, no child).
    const list = run(hook, ['--data-dir', dir, 'case', 'list', '--json', '--limit', '1']);
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject({ total: 297 });
    expect(started(seen())).toHaveLength(3);
  });

  it('passes the usage (2) and data-folder-in-use (5) exits and their messages through the child', () => {
    const dir = tempDir();
    const { hook } = recorder(dir);
    const usage = run(hook, ['--data-dir', dir, 'import', 'cases', '--json']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('caseready: FILE is required. Run `caseready --help` for usage. [VALIDATION]\n');
    expect(JSON.parse(usage.stdout)).toMatchObject({ error: { code: 'VALIDATION', message: expect.stringContaining('FILE is required') } });

    const csv = path.join(dir, 'cases.csv');
    writeCsv(csv, 2);
    const holder = acquireDataDirLock(dir, 'harness');
    try {
      const busy = run(hook, ['--data-dir', dir, 'code', 'import', csv, '--map', 'section=Case']);
      expect(busy.status).toBe(5);
      expect(busy.stderr).toMatch(/browser harness.*\[DATA_DIR_IN_USE\]/s);
    } finally {
      holder.release();
    }
  });

  it('case list, --version and help run in one process and load none of the heavy libraries', () => {
    const dir = tempDir();
    const { hook, seen } = recorder(dir);
    for (const args of [['--data-dir', dir, 'case', 'list'], ['--version'], ['help']]) {
      const r = run(hook, args);
      expect(r.status, r.stderr).toBe(0);
    }
    const exits = seen().filter((p) => p.packages);
    expect(exits).toHaveLength(3);
    expect(new Set(exits.map((p) => p.pid)).size).toBe(3);
    expect(exits[0]!.packages).toContain('better-sqlite3'); // case list did open the store
    for (const p of exits) {
      for (const heavy of ['pdf-lib', '@pdf-lib/fontkit', 'sharp', 'heic-decode', 'exifr', 'papaparse', 'docx', 'date-fns barrel index', 'date-fns barrel locale']) expect(p.packages).not.toContain(heavy);
    }
  });

  it('forwards SIGTERM to the import and reports it as its own; a SIGKILLed launcher leaves no import running', async () => {
    const dir = tempDir();
    const { hook, seen } = recorder(dir);
    const csv = path.join(dir, 'cases.csv');
    writeCsv(csv, 60_000); // ~30 s of import at least: far longer than the 5 s the child gets to end
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      const before = started(seen()).length;
      const launcher = spawn(process.execPath, ['-r', hook, LAUNCHER, '--data-dir', dir, 'import', 'cases', csv, '--source', 'Signals', '--map', MAP], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => launcher.once('exit', (_code, sig) => resolve(sig)));
      const child = await waitFor(() => started(seen()).slice(before).find((p) => p.script.endsWith('caseready-main.cjs')));
      await new Promise((r) => setTimeout(r, 300)); // let the import start
      launcher.kill(signal);
      expect(await exited).toBe(signal);
      await waitFor(() => !alive(child.pid), 5_000);
    }
    const list = spawnSync(process.execPath, [LAUNCHER, '--data-dir', dir, 'case', 'list', '--json', '--limit', '1'], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(list.stdout).total).toBeLessThan(60_000); // stopped, not finished
  });

  it('bin/caseready.cjs runs through the launcher, and a launcher without its CLI bundle says how to fix it', () => {
    const dir = tempDir();
    const { hook, seen } = recorder(dir);
    const version = run(hook, ['--version'], path.join(ROOT, 'bin', 'caseready.cjs'));
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    const csv = path.join(dir, 'cases.csv');
    writeCsv(csv, 3);
    const imp = run(hook, ['--data-dir', dir, 'import', 'cases', csv, '--source', 'Bin', '--map', MAP, '--json'], path.join(ROOT, 'bin', 'caseready.cjs'));
    expect(imp.status, imp.stderr).toBe(0);
    expect(JSON.parse(imp.stdout)).toMatchObject({ created: 3 });
    expect(started(seen()).map((p) => path.basename(p.script))).toEqual(['caseready.cjs', 'caseready.cjs', 'caseready-main.cjs']);

    const lone = path.join(dir, 'caseready.cjs');
    copyFileSync(LAUNCHER, lone);
    const partial = run(hook, ['case', 'list'], lone);
    expect(partial.status).toBe(2);
    expect(partial.stderr).toMatch(/caseready-main\.cjs is missing.*Run `npm run build`/);
  });
});

/** Running, not a zombie: an orphan's zombie may wait for a reaper that a container's pid 1 never is. */
function alive(pid: number): boolean {
  if (existsSync('/proc/self/stat')) {
    try {
      return !/^[ZX]$/.test(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0] ?? '');
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor<T>(probe: () => T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
