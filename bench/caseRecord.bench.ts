/**
 * The case record at scale: a store of 100,000 cases with 1,000,000 evidence rows (500,000
 * violations + 500,000 photo rows pointing at six shared vault objects — the point is query
 * speed, not bytes), 50,000 notes and an audit entry per row. Measured in process, p50/p95:
 *   - FTS search page (listCases with a query, alone, with a filter, a later page),
 *   - filtered case-list pages (status / inspector / deadline, sorted),
 *   - opening a full case record (getCaseDetail),
 *   - CSV import throughput for a generated 10,000-row file (into a fresh store).
 * Peer/limit in the same run: the same SQL in the `sqlite3` shell with `.timer on` (the raw
 * query, no Node, no statement cache), and `.import --csv` of the same file for the import.
 * The generated audit entries carry placeholder hashes (the chain is not verifiable); nothing here
 * verifies it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../electron/db/open';
import { listCases } from '../electron/db/queries/cases';
import { caseListPageSql, caseListWhere, COUNT_AHEAD, type CaseListQuery } from '../electron/db/queries/search';
import { getCaseDetail } from '../electron/services/cases/caseService';
import { runCaseImport } from '../electron/services/search/csvImport/runImport';
import { ms, percentile, record, WORK_DIR } from './record';

const CASES = 100_000;
const VIOLATIONS = 500_000;
const PHOTOS = 500_000;
const NOTES = 50_000;
const IMPORT_ROWS = 10_000;
const TODAY = '2026-06-15';
const dir = path.join(WORK_DIR, 'caserecord');
const file = path.join(dir, 'caseready.db');

const STREETS = ['Maple', 'Oak', 'Elm', 'Cedar', 'Pine', 'Birch', 'Walnut', 'Harbor', 'Lakeview', 'Ridge', 'Mill', 'Church', 'Market', 'Union', 'Spring', 'Water', 'Park', 'Hill', 'River', 'Forest', 'Sunset', 'Highland', 'Orchard', 'Meadow', 'Willow', 'Chestnut', 'Franklin', 'Jefferson', 'Lincoln', 'Washington', 'Madison', 'Jackson', 'Peña', 'Nguyễn', 'Kościuszko', 'Müller'];
const FIRST = ['Ana', 'Ben', 'Carla', 'Dmitri', 'Elif', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jamal', 'Kofi', 'Lena', 'Mateo', 'Nora', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq'];
const LAST = ['Smith', 'Garcia', 'Nguyen', 'Peña', 'Okafor', 'Kowalski', 'Haddad', 'Johansson', 'Tanaka', 'Brown', 'Lopez', 'Schmidt', 'Rossi', 'Dubois', 'Murphy', 'Khan', 'Silva', 'Novak', 'Ivanova', 'Mensah', 'Walker', 'Reyes', 'Cohen', 'Park'];
const words = (name: string, list: string[]) => `CREATE TEMP TABLE ${name}(i INTEGER PRIMARY KEY, w TEXT); INSERT INTO ${name}(i, w) VALUES ${list.map((w, i) => `(${i}, '${w}')`).join(',')};`;

/** Generates into a temporary name and renames at the end, so a failed run never leaves half a store. */
function generate(): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.partial`;
  const db = openDatabase(partial);
  const t = process.hrtime.bigint();
  db.exec(words('streets', STREETS) + words('firsts', FIRST) + words('lasts', LAST));
  const S = STREETS.length;
  const step = (label: string, sql: string) => {
    const s = process.hrtime.bigint();
    db.transaction(() => db.exec(sql))();
    console.log(`  ${label}: ${Math.round(ms(s))} ms`);
  };
  step('properties, parties, cases', `
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CASES})
    INSERT INTO properties (id, parcel_id, address, created_at)
      SELECT i, printf('%02d-%03d-%03d', i % 97, (i / 97) % 1000, i % 1000) || '-' || i,
             (i % 4000 + 1) || ' ' || (SELECT w FROM streets WHERE streets.i = n.i % ${S}) || ' ' || CASE i % 3 WHEN 0 THEN 'Street' WHEN 1 THEN 'Avenue' ELSE 'Road' END,
             '2025-01-01T00:00:00Z' FROM n;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CASES})
    INSERT INTO parties (id, name, kind, mailing_address, created_at)
      SELECT i, (SELECT w FROM firsts WHERE firsts.i = n.i % ${FIRST.length}) || ' ' || (SELECT w FROM lasts WHERE lasts.i = (n.i / 7) % ${LAST.length}),
             'individual', 'PO Box ' || i, '2025-01-01T00:00:00Z' FROM n;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${CASES})
    INSERT INTO cases (id, case_number, property_id, status, opened_on, inspector, created_at)
      SELECT i, printf('CE-%d-%06d', 2020 + i % 7, i), i, CASE WHEN i % 5 = 0 THEN 'closed' ELSE 'open' END,
             date('2020-01-01', '+' || (i % 2350) || ' days'), 'Inspector ' || (i % 12), '2025-01-01T00:00:00Z' FROM n;
    INSERT INTO case_parties (case_id, party_id, role) SELECT id, id, 'owner_of_record' FROM cases;`);
  step('violations', `
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${VIOLATIONS})
    INSERT INTO violations (id, case_id, code_section, description, corrective_action, compliance_date, status, created_at)
      SELECT i, (i - 1) % ${CASES} + 1, 'IPMC 304.' || (i % 18), 'Exterior condition ' || (i % 50), 'Repair', date('2020-02-01', '+' || (i * 7 % 2400) || ' days'),
             CASE WHEN i % 3 = 0 THEN 'corrected' ELSE 'open' END, '2025-01-01T00:00:00Z' FROM n;`);
  const sha = (c: string) => c.repeat(64);
  step('photos', `
    INSERT INTO vault_objects VALUES ${['a', 'b', 'c', 'd', 'e', 'f'].map((c) => `('${sha(c)}', 1, 'image/jpeg', 'now')`).join(', ')};
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${PHOTOS})
    INSERT INTO photos (id, case_id, violation_id, original_sha256, display_sha256, thumb_sha256, original_name, media_type, width, height, size_bytes, exif_taken_at, added_at, added_by)
      SELECT i, (i - 1) % ${CASES} + 1, i, replace(printf('%064d', 0), '0', substr('abcde', (i - 1) / ${CASES} + 1, 1)), '${sha('f')}', '${sha('f')}',
             'IMG_' || i || '.jpg', 'image/jpeg', 1600, 1200, 2000000, '2024-05-01T10:00:00', '2025-01-01T00:00:00Z', 'bench' FROM n;`);
  step('notes', `
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${NOTES})
    INSERT INTO case_notes (case_id, body, created_at, created_by)
      SELECT (i * 2) % ${CASES} + 1, 'Called owner; ' || (SELECT w FROM lasts WHERE lasts.i = n.i % ${LAST.length}) || ' said the contractor comes week ' || (i % 52), '2025-01-01T00:00:00Z', 'bench' FROM n;`);
  step('audit entries', `
    INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, prev_hash, hash)
      SELECT rn, '2025-01-01T00:00:00Z', 'bench', action, entity, entity_id, '{}', printf('%064d', rn - 1), printf('%064d', rn)
        FROM (SELECT row_number() OVER () AS rn, * FROM (
          SELECT 'case.create' AS action, 'case' AS entity, CAST(id AS TEXT) AS entity_id FROM cases
          UNION ALL SELECT 'violation.create', 'violation', CAST(id AS TEXT) FROM violations
          UNION ALL SELECT 'photo.import', 'photo', CAST(id AS TEXT) FROM photos
          UNION ALL SELECT 'case_note.add', 'case_note', CAST(id AS TEXT) FROM case_notes));`);
  db.exec('ANALYZE');
  console.log(`generated ${CASES} cases, ${VIOLATIONS + PHOTOS} evidence rows in ${Math.round(ms(t) / 1000)} s`);
  db.close(); // checkpoints the WAL into the file
  renameSync(partial, file);
}

function hasSearchDocument(): boolean {
  const out = execFileSync('sqlite3', [file, "SELECT count(*) FROM sqlite_master WHERE name = 'case_search'"], { encoding: 'utf8' });
  return out.trim() === '1';
}

function timed<T>(n: number, fn: (i: number) => T): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = process.hrtime.bigint();
    fn(i);
    out.push(ms(t));
  }
  return out;
}

const stats = (v: number[]) => ({ p50: Number(percentile(v, 50).toFixed(2)), p95: Number(percentile(v, 95).toFixed(2)) });

/** Inlines bound parameters so the shell runs exactly the query CaseReady runs. */
function inline(sql: string, params: unknown[]): string {
  let k = 0;
  return sql.replace(/\?/g, () => {
    const p = params[k++];
    return typeof p === 'number' ? String(p) : `'${String(p).replace(/'/g, "''")}'`;
  });
}

/** Runs each statement `repeat` times in one sqlite3 shell with `.timer on`; real seconds → ms. */
function shellTimes(statements: string[], repeat: number): number[] {
  const script = ['.timer on', '.output /dev/null', ...Array.from({ length: repeat }, () => statements.map((s) => `${s.replace(/\s+/g, ' ')};`)).flat()].join('\n');
  const out = execFileSync('sqlite3', [file], { input: script, encoding: 'utf8', maxBuffer: 2 ** 26 });
  return [...out.matchAll(/Run Time: real ([\d.]+)/g)].map((m) => Number(m[1]) * 1000);
}

/**
 * What a clerk types: a street, a name (with and without its accent), a parcel or case number
 * being typed, and the hard ones — words found in ~50,000 notes each (every other case), alone,
 * together ("contractor week 7": each word common, the AND of them rare), and with a filter or a
 * later page. The common words make the engine sort and count tens of thousands of matches.
 */
const SEARCHES: Array<Partial<CaseListQuery> & { query: string }> = [
  { query: 'maple' },
  { query: 'Pena' },
  { query: 'nguyen ave' },
  { query: 'lakev' },
  { query: 'garcia 12' },
  { query: 'CE-2023-004' },
  { query: '12-345' },
  { query: 'contractor week 7' },
  { query: 'called owner contractor' },
  { query: 'smith said week' },
  { query: 'contractor' },
  { query: 'street' },
  { query: 'contractor week', status: 'open', sortBy: 'nextDeadline', sortDir: 'asc' },
  { query: 'owner street', inspector: 'Inspector 3' },
  { query: 'street', offset: 500 },
];
const FILTERS: Array<Partial<CaseListQuery>> = [
  { status: 'open' },
  { inspector: 'Inspector 3' },
  { deadline: 'overdue', sortBy: 'nextDeadline', sortDir: 'asc' },
  { deadline: 'dueThisWeek' },
  { status: 'open', inspector: 'Inspector 5', sortBy: 'caseNumber', sortDir: 'asc' },
  { sortBy: 'nextDeadline', sortDir: 'desc' },
  { sortBy: 'nextDeadline', sortDir: 'asc' },
];

function pageSqlFor(q: CaseListQuery): string {
  const w = caseListWhere(q);
  if (w === 'no-match') throw new Error('no-match');
  const { pageSql, countSql } = caseListPageSql(q, w.where);
  return `${inline(pageSql, [...w.params, q.limit, q.offset])}; ${inline(countSql, [...w.params, q.offset + q.limit + COUNT_AHEAD + 1])}`;
}

function detailSql(caseId: number): string[] {
  return [
    `SELECT c.*, p.*, o.* FROM cases c JOIN properties p ON p.id = c.property_id JOIN case_parties cp ON cp.case_id = c.id AND cp.role = 'owner_of_record' JOIN parties o ON o.id = cp.party_id WHERE c.id = ${caseId}`,
    `SELECT * FROM photos WHERE case_id = ${caseId} ORDER BY id`,
    `SELECT * FROM violations WHERE case_id = ${caseId} ORDER BY id`,
    `SELECT * FROM documents WHERE case_id = ${caseId} ORDER BY id`,
  ];
}

async function importThroughput(): Promise<Record<string, unknown>> {
  const csv = path.join(dir, 'import.csv');
  const lines = ['Case,Address,Parcel,Owner,Opened,Status,Code,Description,Due'];
  for (let i = 0; i < IMPORT_ROWS; i += 1) {
    const c = Math.floor(i / 2); // two violations per case
    lines.push(`L-${c},"${c + 1} ${STREETS[c % STREETS.length]} Street, Rear",IMP-${c},Owner ${c},${(c % 12) + 1}/${(c % 28) + 1}/2024,Open,IPMC 304.${i % 18},"Broken window, pane ${i}",2025-0${(i % 9) + 1}-15`);
  }
  writeFileSync(csv, lines.join('\r\n'));
  const text = lines.join('\r\n');
  const store = path.join(dir, 'import.db');
  rmSync(store, { force: true });
  rmSync(`${store}-wal`, { force: true });
  rmSync(`${store}-shm`, { force: true });
  const db = openDatabase(store);
  const mapping = { sourceCaseNumber: 'Case', address: 'Address', parcelId: 'Parcel', ownerName: 'Owner', openedOn: 'Opened', status: 'Status', violationCode: 'Code', violationDescription: 'Description', complianceDate: 'Due' } as const;
  const clock = { now: () => new Date(`${TODAY}T12:00:00Z`) };
  const t = process.hrtime.bigint();
  const { summary } = await runCaseImport({ db, clock, actor: 'bench' }, { text, source: 'Bench', mapping, dryRun: false });
  const importMs = ms(t);
  const t2 = process.hrtime.bigint();
  const again = await runCaseImport({ db, clock, actor: 'bench' }, { text, source: 'Bench', mapping, dryRun: false });
  const reimportMs = ms(t2);
  db.close();
  if (summary.created !== IMPORT_ROWS / 2 || again.summary.unchanged !== IMPORT_ROWS / 2) throw new Error(`import did not do what it should: ${JSON.stringify(summary).slice(0, 400)}`);
  const t3 = process.hrtime.bigint();
  execFileSync('sqlite3', [':memory:'], { input: `.import --csv ${csv} t\nSELECT count(*) FROM t;`, encoding: 'utf8' });
  const shellMs = ms(t3);
  return {
    rows: IMPORT_ROWS,
    cases: summary.created,
    caseready_ms: Math.round(importMs),
    caseready_rows_per_s: Math.round(IMPORT_ROWS / (importMs / 1000)),
    reimport_noop_ms: Math.round(reimportMs),
    peer_sqlite3_shell_import_csv_whole_process_ms: Math.round(shellMs),
  };
}

async function main(): Promise<void> {
  // A store generated before migration 0005 gained the per-case search document is regenerated.
  if (!existsSync(file) || !hasSearchDocument()) generate();
  const db: Db = openDatabase(file, { skipQuickCheck: true });
  const base = { offset: 0, limit: 50, today: TODAY };
  // Warm the page cache and the statement cache once, as a running app would have.
  for (const q of SEARCHES) listCases(db, { ...base, ...q });
  for (const f of FILTERS) listCases(db, { ...base, ...f });

  const searchTimes = timed(SEARCHES.length * 25, (i) => listCases(db, { ...base, ...SEARCHES[i % SEARCHES.length] }));
  const label = (q: Partial<CaseListQuery>) => JSON.stringify(q);
  const hits = Object.fromEntries(SEARCHES.map((q) => [label(q), listCases(db, { ...base, ...q }).total]));
  const perSearch = Object.fromEntries(SEARCHES.map((q, k) => [label(q), stats(searchTimes.filter((_, i) => i % SEARCHES.length === k))]));
  const filterTimes = timed(FILTERS.length * 25, (i) => listCases(db, { ...base, ...FILTERS[i % FILTERS.length], offset: (i % 5) * 50 }));
  const perFilter = Object.fromEntries(FILTERS.map((f, k) => [JSON.stringify(f), stats(filterTimes.filter((_, i) => i % FILTERS.length === k))]));
  const ids = Array.from({ length: 200 }, (_, i) => ((i * 7919) % CASES) + 1);
  const detailTimes = timed(ids.length, (i) => getCaseDetail(db, ids[i]!));
  const evidencePerCase = getCaseDetail(db, ids[0]!).violations.length;
  db.close();

  const shellSearch = shellTimes(SEARCHES.map((q) => pageSqlFor({ ...base, ...q })), 5);
  const shellFilter = shellTimes(FILTERS.map((f) => pageSqlFor({ ...base, ...f })), 5);
  const shellDetail = shellTimes(ids.slice(0, 50).flatMap(detailSql), 1);
  // The shell times each statement; a case record is 4 statements.
  const detailSums = Array.from({ length: shellDetail.length / 4 }, (_, i) => shellDetail.slice(i * 4, i * 4 + 4).reduce((a, b) => a + b, 0));
  const pairs = (v: number[]) => Array.from({ length: v.length / 2 }, (_, i) => v[2 * i]! + v[2 * i + 1]!); // page + count

  record('caseRecord', {
    store: { cases: CASES, violations: VIOLATIONS, photos: PHOTOS, notes: NOTES, auditEntries: CASES + VIOLATIONS + PHOTOS + NOTES },
    search_page_ms: stats(searchTimes),
    search_by_query_ms: perSearch,
    search_hits: hits,
    peer_sqlite3_shell_search_ms: stats(pairs(shellSearch)),
    filtered_page_ms: stats(filterTimes),
    filtered_page_by_filter_ms: perFilter,
    peer_sqlite3_shell_filtered_ms: stats(pairs(shellFilter)),
    case_detail_ms: stats(detailTimes),
    case_detail_violations_per_case: evidencePerCase,
    peer_sqlite3_shell_case_detail_ms: stats(detailSums),
    import: await importThroughput(),
    target: 'search and filtered page p95 under 50 ms',
    note: 'in-process times include row mapping to objects; shell times are `.timer on` real time per statement (page + count summed)',
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
