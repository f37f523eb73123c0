/**
 * Cold open of a store with 10,000 cases and listing the first page, each in a fresh process
 * (what a person waits for when the app starts). Peers in the same run: the same list query in
 * the `sqlite3` shell, and a bare better-sqlite3 open + query with no pragmas, no quick_check and
 * no migration check, which is the floor our safety work adds to.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { listCases } from '../electron/db/queries/cases';
import { openDatabase } from '../electron/db/open';
import { createCase } from '../electron/services/cases/caseService';
import { systemClock } from '../electron/services/clock';
import { ms, percentile, record, WORK_DIR } from './record';

const CASES = 10_000;
const RUNS = 15;
const file = path.join(WORK_DIR, 'coldopen', 'caseready.db');

const LIST_SQL = `SELECT c.id, c.case_number, c.status, c.opened_on, p.address, p.parcel_id, o.name,
  (SELECT count(*) FROM violations v WHERE v.case_id = c.id)
  FROM cases c JOIN properties p ON p.id = c.property_id
  JOIN case_parties cp ON cp.case_id = c.id AND cp.role = 'owner_of_record'
  JOIN parties o ON o.id = cp.party_id ORDER BY c.opened_on DESC, c.id DESC LIMIT 50`;

function generate(): void {
  rmSync(path.dirname(file), { recursive: true, force: true });
  require('node:fs').mkdirSync(path.dirname(file), { recursive: true });
  const db = openDatabase(file);
  const t = process.hrtime.bigint();
  db.transaction(() => {
    for (let i = 0; i < CASES; i += 1) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      createCase(
        db,
        {
          property: { address: `${100 + i} Elm Street, Model City`, parcelId: `P-${i}` },
          owner: { name: `Owner ${i}`, kind: i % 3 === 0 ? 'organization' : 'individual', mailingAddress: `${i} Main St` },
          inspector: `Inspector ${i % 7}`,
          openedOn: `2025-${month}-${day}`,
        },
        'bench',
        systemClock,
      );
    }
  })();
  console.log(`generated ${CASES} cases in ${Math.round(ms(t))} ms`);
  db.close();
}

function child(mode: 'caseready' | 'bare'): number {
  const code =
    mode === 'caseready'
      ? `const t=process.hrtime.bigint();const {openDatabase}=require(${JSON.stringify(path.join(WORK_DIR, 'coldOpenChild.cjs'))});` +
        `const r=openDatabase(${JSON.stringify(file)});console.log(Number(process.hrtime.bigint()-t)/1e6)`
      : `const t=process.hrtime.bigint();const D=require('better-sqlite3');const db=new D(${JSON.stringify(file)});` +
        `db.prepare(${JSON.stringify(LIST_SQL)}).all();console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', cwd: path.resolve(__dirname, '..', '..') });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout.trim());
}

async function main(): Promise<void> {
  if (!existsSync(file)) generate();
  // A tiny entry the child processes load: open with all safety steps + first page.
  const { build } = await import('esbuild');
  await build({
    stdin: {
      contents: `import { openDatabase as o } from './electron/db/open'; import { listCases } from './electron/db/queries/cases';
        export function openDatabase(f: string) { const db = o(f); const page = listCases(db, { offset: 0, limit: 50 }); db.close(); return page.items.length; }`,
      resolveDir: path.resolve(__dirname, '..', '..'),
      loader: 'ts',
    },
    outfile: path.join(WORK_DIR, 'coldOpenChild.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });

  const ours: number[] = [];
  const bare: number[] = [];
  const shell: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    ours.push(child('caseready'));
    bare.push(child('bare'));
    const t = process.hrtime.bigint();
    execFileSync('sqlite3', [file, LIST_SQL], { maxBuffer: 2 ** 24 });
    shell.push(ms(t));
  }
  // In-process: what the page query itself costs once open.
  const db = openDatabase(file);
  const pageTimes: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const t = process.hrtime.bigint();
    listCases(db, { offset: (i * 50) % CASES, limit: 50 });
    pageTimes.push(ms(t));
  }
  db.close();

  const med = (v: number[]) => Number(percentile(v, 50).toFixed(2));
  record('coldOpen', {
    cases: CASES,
    runs: RUNS,
    caseready_open_quickcheck_migrate_firstPage_ms: { median: med(ours), p95: Number(percentile(ours, 95).toFixed(2)) },
    peer_bare_better_sqlite3_open_query_ms: { median: med(bare) },
    peer_sqlite3_shell_whole_process_ms: { median: med(shell) },
    listPage_in_process_ms: { median: med(pageTimes), p95: Number(percentile(pageTimes, 95).toFixed(2)) },
    note: 'child-process times exclude Node start-up; the sqlite3 shell time includes its process start',
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
