/**
 * CSV case import of big exports through the CLI (the path that reads files): a ~50 MB and a
 * ~200 MB generated export (two rows per case — one per violation — with long descriptions, quoted
 * commas, a two-line value and a few bad rows), each imported into a fresh store by
 * `dist/cli/caseready.cjs import cases` as a child process under `/usr/bin/time -v` (wall time and
 * peak RSS). `dist/cli/caseready.cjs` is the launcher, which runs the import in a child Node process
 * with a tuned heap (electron/cli/launchPlan.ts), so "the whole process" is a process tree:
 * /usr/bin/time's figure is the largest single process of the tree (Linux ru_maxrss of waited
 * children is a maximum, not a sum), and the bench also samples /proc every 100 ms for the sum of
 * VmRSS over the tree (counts the Node binary's shared pages once per process: an upper bound) and
 * the sum of Pss (shared pages split between the processes: the memory the tree really uses).
 * Limit: the tree's summed peak RSS under 250 MB whatever the file size. A bench measurement,
 * never asserted in a test (tests/integration/cliLauncher.test.ts checks the launcher's behaviour).
 * Peer in the same run: `sqlite3 :memory: '.import --csv FILE t'` of the same file (the raw parse +
 * insert floor), also under /usr/bin/time. Needs `node scripts/build.mjs` first.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, record, WORK_DIR } from './record';

const CLI = path.resolve(BENCH_DIR, '..', 'dist', 'cli', 'caseready.cjs');
const MAP = 'Case=sourceCaseNumber,Address=address,Parcel=parcelId,Owner=ownerName,Opened=openedOn,Status=status,Code=violationCode,Description=violationDescription,Due=complianceDate';
const WORDS = 'overgrown weeds exceed ten inches debris accumulated rear yard gutter detached peeling paint exterior surfaces broken window second floor unsecured vacant structure tires stored driveway rodent harborage'.split(' ');

function generate(file: string, targetBytes: number): number {
  const fd = openSync(file, 'w');
  writeSync(fd, 'Case,Address,Parcel,Owner,Opened,Status,Code,Description,Due\n');
  let bytes = 0;
  let rows = 0;
  let buf = '';
  for (let c = 1; bytes < targetBytes; c++) {
    for (let v = 0; v < 2; v++) {
      const words = Array.from({ length: 40 }, (_, i) => WORDS[(c * 7 + v * 13 + i * 3) % WORDS.length]).join(' ');
      const description = c % 1000 === 0 && v === 0 ? `"${words},\nsee photos"` : `"${words}, per inspection ${c}-${v}"`;
      const opened = c % 5000 === 0 ? '02/30/2024' : `${(c % 12) + 1}/${(c % 28) + 1}/2024`;
      const line = `C-${c},"${c} Maple St, Unit ${v}",P-${c},"Owner ${c}, LLC",${opened},Open,PM-302.${v + 1},${description},12/31/2025\n`;
      buf += line.replace(`Unit ${v}`, "Unit 0"); // both rows of a case name one property
      rows += 1;
    }
    if (buf.length > 1 << 20) {
      bytes += writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
  return rows;
}

/** The pids below `root` (children, grandchildren, ...), from /proc/PID/stat parent links. */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parentOf.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* ended meanwhile */
    }
  }
  const found: number[] = [];
  for (let frontier = [root]; frontier.length; ) {
    frontier = [...parentOf].filter(([, ppid]) => frontier.includes(ppid)).map(([pid]) => pid);
    found.push(...frontier);
  }
  return found;
}

/** Summed VmRSS and Pss (kB) of the processes; 0 for one that ended meanwhile. */
function treeMemoryKb(pids: number[]): { rss: number; pss: number } {
  let rss = 0;
  let pss = 0;
  for (const pid of pids) {
    try {
      rss += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      pss += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      /* ended meanwhile */
    }
  }
  return { rss, pss };
}

interface Timed {
  wallMs: number;
  /** /usr/bin/time -v: the largest single process of the tree. */
  maxRssMb: number;
  /** Sampled every 100 ms: peak of the summed RSS / Pss of every process under /usr/bin/time. */
  treeRssMb: number;
  treePssMb: number;
  processes: number;
  status: number | null;
  stdout: string;
}

/** Runs a command under /usr/bin/time -v, sampling the memory of its process tree meanwhile. */
async function timed(cmd: string, args: string[], input?: string): Promise<Timed> {
  const start = process.hrtime.bigint();
  const child = spawn('/usr/bin/time', ['-v', cmd, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdin.end(input ?? '');
  let peak = { rss: 0, pss: 0 };
  const seen = new Set<number>();
  const sampler = setInterval(() => {
    const pids = descendants(child.pid!);
    pids.forEach((p) => seen.add(p));
    const now = treeMemoryKb(pids);
    peak = { rss: Math.max(peak.rss, now.rss), pss: Math.max(peak.pss, now.pss) };
  }, 100);
  const status = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearInterval(sampler);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (!rss) throw new Error(`no RSS from /usr/bin/time:\n${stderr.slice(-2000)}`);
  return {
    wallMs: Math.round(wallMs),
    maxRssMb: Math.round(Number(rss[1]) / 1024),
    treeRssMb: Math.round(peak.rss / 1024),
    treePssMb: Math.round(peak.pss / 1024),
    processes: seen.size,
    status,
    stdout,
  };
}

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run node scripts/build.mjs first`);
const dir = path.join(WORK_DIR, 'csvimport');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const sqliteVersion = execFileSync('sqlite3', ['--version'], { encoding: 'utf8' }).trim().split(' ')[0];
const sizes = (process.env.CSV_BENCH_MB ?? '50,200').split(',').map(Number);
async function main(): Promise<void> {
  for (const mb of sizes) {
    const csv = path.join(dir, `cases-${mb}mb.csv`);
    const rows = generate(csv, mb * 1024 * 1024);
    const fileMb = Math.round(statSync(csv).size / 1024 / 1024);
    const data = path.join(dir, `store-${mb}`);
    mkdirSync(data);
    const imp = await timed(process.execPath, [CLI, '--data-dir', data, 'import', 'cases', csv, '--source', 'Bench', '--map', MAP, '--json']);
    const summary = JSON.parse(imp.stdout) as { totalRows: number; created: number; unchanged: number; rejected: number };
    if (summary.totalRows !== rows) throw new Error(`import saw ${summary.totalRows} rows, file has ${rows}`);
    const peer = await timed('sqlite3', [':memory:'], `.import --csv ${csv} t\nSELECT count(*) FROM t;\n`);
    const run = {
      fileMb,
      rows,
      cases: summary.created,
      rejectedRows: summary.rejected,
      import_wall_ms: imp.wallMs,
      import_rows_per_s: Math.round(rows / (imp.wallMs / 1000)),
      import_processes: imp.processes,
      import_peak_rss_mb: imp.treeRssMb,
      import_peak_pss_mb: imp.treePssMb,
      import_largest_process_peak_rss_mb: imp.maxRssMb,
      peer_sqlite3_import_csv_wall_ms: peer.wallMs,
      peer_sqlite3_import_csv_peak_rss_mb: peer.maxRssMb,
      ratio_wall_vs_peer: Math.round((imp.wallMs / peer.wallMs) * 10) / 10,
      under_250mb: imp.treeRssMb < 250 && imp.maxRssMb < 250,
    };
    // Recorded per size, so a long 200 MB run never loses the 50 MB figure.
    record('csvImport', { bench: 'csvImport', sqlite3: sqliteVersion, ...run });
    rmSync(data, { recursive: true, force: true });
    rmSync(csv, { force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
