/**
 * CSV case import of big exports through the CLI (the path that reads files): a ~50 MB and a
 * ~200 MB generated export (two rows per case — one per violation — with long descriptions, quoted
 * commas, a two-line value and a few bad rows), each imported into a fresh store by
 * `dist/cli/caseready.cjs import cases` as a child process under `/usr/bin/time -v` (wall time and
 * peak RSS of the whole process). Limit: peak RSS under 250 MB whatever the file size.
 * Peer in the same run: `sqlite3 :memory: '.import --csv FILE t'` of the same file (the raw parse +
 * insert floor), also under /usr/bin/time. Needs `node scripts/build.mjs` first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
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

/** Runs a command under /usr/bin/time -v: wall ms and peak RSS in MB. */
function timed(cmd: string, args: string[], input?: string): { wallMs: number; maxRssMb: number; status: number | null; stdout: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { input, encoding: 'utf8', maxBuffer: 2 ** 28 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!rss) throw new Error(`no RSS from /usr/bin/time:\n${r.stderr.slice(-2000)}`);
  return { wallMs: Math.round(wallMs), maxRssMb: Math.round(Number(rss[1]) / 1024), status: r.status, stdout: r.stdout };
}

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run node scripts/build.mjs first`);
const dir = path.join(WORK_DIR, 'csvimport');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const sqliteVersion = execFileSync('sqlite3', ['--version'], { encoding: 'utf8' }).trim().split(' ')[0];
const sizes = (process.env.CSV_BENCH_MB ?? '50,200').split(',').map(Number);
for (const mb of sizes) {
  const csv = path.join(dir, `cases-${mb}mb.csv`);
  const rows = generate(csv, mb * 1024 * 1024);
  const fileMb = Math.round(statSync(csv).size / 1024 / 1024);
  const data = path.join(dir, `store-${mb}`);
  mkdirSync(data);
  const imp = timed(process.execPath, [CLI, '--data-dir', data, 'import', 'cases', csv, '--source', 'Bench', '--map', MAP, '--json']);
  const summary = JSON.parse(imp.stdout) as { totalRows: number; created: number; unchanged: number; rejected: number };
  if (summary.totalRows !== rows) throw new Error(`import saw ${summary.totalRows} rows, file has ${rows}`);
  const peer = timed('sqlite3', [':memory:'], `.import --csv ${csv} t\nSELECT count(*) FROM t;\n`);
  const run = {
    fileMb,
    rows,
    cases: summary.created,
    rejectedRows: summary.rejected,
    import_wall_ms: imp.wallMs,
    import_rows_per_s: Math.round(rows / (imp.wallMs / 1000)),
    import_peak_rss_mb: imp.maxRssMb,
    peer_sqlite3_import_csv_wall_ms: peer.wallMs,
    peer_sqlite3_import_csv_peak_rss_mb: peer.maxRssMb,
    ratio_wall_vs_peer: Math.round((imp.wallMs / peer.wallMs) * 10) / 10,
    under_250mb: imp.maxRssMb < 250,
  };
  // Recorded per size, so a long 200 MB run never loses the 50 MB figure.
  record('csvImport', { bench: 'csvImport', sqlite3: sqliteVersion, ...run });
  rmSync(data, { recursive: true, force: true });
  rmSync(csv, { force: true });
}
