/**
 * CLI cold start: the wall time, from spawn to exit, of `caseready case list` on a two-case store
 * (the demo's), and of `caseready --version` and `caseready help`, each a fresh process started
 * the way people start it (`node dist/cli/caseready.cjs`, the launcher; needs `node
 * scripts/build.mjs` first). Target: `case list` < 0.4 s (issue 9, "Start-up").
 * Peers in the same run, interleaved with the CLI runs so load hits all alike: `node -e ''` (the
 * floor of any Node CLI), a plain Node process opening the store with better-sqlite3 and running
 * the case list query (the floor of a Node CLI that reads the store), and the `sqlite3` shell
 * running the same query (whole process), when /usr/bin/sqlite3 exists.
 * COLD_START_BEFORE_CLI=/path/to/an/older/dist/cli/caseready.cjs also times that build's `case list`
 * in the same run (a before/after on the same machine and load).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BENCH_DIR, percentile, record, WORK_DIR } from './record';

const ROOT = path.resolve(BENCH_DIR, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'caseready.cjs');
const RUNS = Number(process.env.COLD_START_RUNS ?? 21);
const BEFORE = process.env.COLD_START_BEFORE_CLI;
const dataDir = path.join(WORK_DIR, 'coldstart');
const dbFile = path.join(dataDir, 'caseready.db');

// The case list page query (as LIST_PAGE_SQL in electron/db/queries/cases.ts, first page of 50).
const LIST_SQL = `SELECT c.id, c.case_number, c.status, c.opened_on, p.address, o.name,
  (SELECT count(*) FROM violations v WHERE v.case_id = c.id)
  FROM (SELECT id FROM cases ORDER BY opened_on DESC, id DESC LIMIT 50) page CROSS JOIN cases c ON c.id = page.id
  JOIN properties p ON p.id = c.property_id
  JOIN case_parties cp ON cp.case_id = c.id AND cp.role = 'owner_of_record'
  JOIN parties o ON o.id = cp.party_id`;

/** Wall ms of one process, spawn to exit; throws when it fails (a fast failure is no figure). */
function wall(cmd: string, args: string[], input?: string): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', input });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stderr}`);
  return ms;
}

const stats = (xs: number[]) => ({ median: Math.round(percentile(xs, 50)), p95: Math.round(percentile(xs, 95)) });

if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run node scripts/build.mjs first`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
execFileSync(process.execPath, [CLI, '--data-dir', dataDir, 'demo', '--json'], { cwd: ROOT, stdio: 'ignore' });
const sqlite3 = existsSync('/usr/bin/sqlite3') ? '/usr/bin/sqlite3' : null;
const bareOpenQuery = `const D=require('better-sqlite3');const db=new D(${JSON.stringify(dbFile)},{readonly:true});db.prepare(${JSON.stringify(LIST_SQL)}).all();db.close()`;

const runs: Record<string, () => number> = {
  caseList: () => wall(process.execPath, [CLI, '--data-dir', dataDir, 'case', 'list']),
  version: () => wall(process.execPath, [CLI, '--version']),
  help: () => wall(process.execPath, [CLI, 'help']),
  peer_node_e_empty: () => wall(process.execPath, ['-e', '']),
  peer_node_better_sqlite3_open_query: () => wall(process.execPath, ['-e', bareOpenQuery]),
  ...(BEFORE ? { caseList_before: () => wall(process.execPath, [BEFORE, '--data-dir', dataDir, 'case', 'list']) } : {}),
  ...(sqlite3 ? { peer_sqlite3_shell_query: () => wall(sqlite3, ['-readonly', dbFile], `${LIST_SQL};\n`) } : {}),
};
const times: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
for (const run of Object.values(runs)) run(); // warm the page cache for every file involved
for (let i = 0; i < RUNS; i++) for (const [name, run] of Object.entries(runs)) times[name]!.push(run());

const result = Object.fromEntries(Object.entries(times).map(([k, v]) => [`${k}_ms`, stats(v)]));
record('cliColdStart', {
  bench: 'cliColdStart',
  cases: 2,
  ...(BEFORE ? { before: BEFORE } : {}),
  runs: RUNS,
  loadAverage1m: Math.round(os.loadavg()[0]! * 100) / 100,
  sqlite3: sqlite3 ? execFileSync(sqlite3, ['--version'], { encoding: 'utf8' }).trim().split(' ')[0] : 'missing: peer is the better-sqlite3 open+query only',
  ...result,
  caseList_under_400ms: percentile(times.caseList!, 50) < 400,
  note: 'wall time spawn to exit of each whole process; the runs of all commands and peers are interleaved',
});
