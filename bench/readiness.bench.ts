/**
 * Readiness of all six legal steps for 10,000 open cases (issue 4: under 1 second). A store is
 * generated in bulk SQL (kept in .work/readiness/): 10,000 open cases, each with an owner, 3
 * violations, 3 dated photos, an ownership finding, an inspection with a finding per violation
 * and a photo linked, a Notice of Violation listing the violations (document_violations; every
 * 10th case's third violation left off, as if added after the notice) and a certified-mail attempt
 * (every 4th photo without an EXIF date, every 4th attempt without proof, every 5th unclaimed, so
 * readiness varies); every 3rd case an abatement charge and a Demand for Payment served by
 * certified mail with proof, every 7th an upcoming hearing, so the deadline predicates (service
 * completion, lien waiting, minimum hearing notice on the pack calendar) do their work. Delete .work/readiness after changing this.
 * Measured in process, several runs, p50/p95:
 *   - batch facts: buildCaseFactsForCases(db, 'allOpen'),
 *   - evaluation: evaluateChecklist for the 6 model-ipmc steps × 10,000 cases,
 *   - the whole getDashboard computation (both of the above + deadline lists).
 * The machine's baseline, in the same run: (1) the `sqlite3` shell reading the same rows (one
 * plain SELECT per table for the open cases, `.timer on`, summed), the floor for reading the
 * data; (2) a fixed CPU loop (50 million xorshift steps in Node), to compare machines.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../electron/db/open';
import { buildCaseFactsForCases } from '../electron/services/checklists/caseFactsBatch';
import { computeDashboard, readinessOfAllSteps } from '../electron/services/dashboard/dashboard';
import { loadPack } from '../electron/services/packs/loadPack';
import { deadlineSetupFor } from '../shared/deadlines/packSetup';
import { ms, percentile, record, WORK_DIR } from './record';

const CASES = 10_000;
const RUNS = 7;
const TODAY = '2026-06-15';
const dir = path.join(WORK_DIR, 'readiness');
const file = path.join(dir, 'caseready.db');
const sha = (c: string) => c.repeat(64);
const n = (count: number) => `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})`;

/** Generates into a temporary name and renames at the end, so a failed run never leaves half a store. */
function generate(): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.partial`;
  const db = openDatabase(partial);
  const t = process.hrtime.bigint();
  const at = "'2026-01-01T00:00:00Z'";
  // Imported after they were taken (2026-03-01): a camera date after the import is flagged (shared/photoDates.ts).
  const photosAddedAt = "'2026-06-01T12:00:00Z'";
  db.transaction(() =>
    db.exec(`
    INSERT INTO vault_objects VALUES ${['a', 'b', 'c', 'd', 'e', 'f'].map((c) => `('${sha(c)}', 1, 'application/pdf', 'now')`).join(', ')};
    ${n(CASES)} INSERT INTO properties (id, parcel_id, address, created_at) SELECT i, 'P-' || i, i || ' Elm Street', ${at} FROM n;
    ${n(CASES)} INSERT INTO parties (id, name, kind, mailing_address, created_at) SELECT i, 'Owner ' || i, 'individual', 'PO Box ' || i, ${at} FROM n;
    ${n(CASES)} INSERT INTO cases (id, case_number, property_id, status, opened_on, inspector, created_at)
      SELECT i, printf('CE-2026-%06d', i), i, 'open', date('2026-01-01', '+' || (i % 120) || ' days'), 'Inspector ' || (i % 7), ${at} FROM n;
    INSERT INTO case_parties (case_id, party_id, role) SELECT id, id, 'owner_of_record' FROM cases;
    INSERT INTO ownership_findings (case_id, source, performed_on, performed_by, finding, party_id, recorded_at, recorded_by)
      SELECT id, 'assessor', date(opened_on, '+1 day'), 'bench', 'Owner per roll', id, ${at}, 'bench' FROM cases;
    ${n(CASES * 3)} INSERT INTO violations (id, case_id, code_section, description, corrective_action, compliance_date, status, created_at)
      SELECT i, (i - 1) % ${CASES} + 1, 'IPMC 304.' || (i % 18), 'Exterior condition', 'Repair', date('2026-05-01', '+' || (i * 7 % 90) || ' days'), 'open', ${at} FROM n;
    ${n(CASES * 3)} INSERT INTO photos (id, case_id, violation_id, original_sha256, display_sha256, thumb_sha256, original_name, media_type, width, height, size_bytes, exif_taken_at, added_at, added_by)
      SELECT i, (i - 1) % ${CASES} + 1, i, replace(printf('%064d', 0), '0', substr('def', (i - 1) / ${CASES} + 1, 1)), '${sha('a')}', '${sha('a')}', 'IMG_' || i || '.jpg', 'image/jpeg', 1600, 1200, 2000000,
             CASE WHEN i % 4 = 0 THEN NULL ELSE '2026-03-01T10:00:00' END, ${photosAddedAt}, 'bench' FROM n;
    INSERT INTO inspections (id, case_id, kind, inspected_on, inspector, entry_authority, consent_given_by, created_at, created_by)
      SELECT id, id, 'reinspection', '2026-06-01', 'Inspector', CASE WHEN id % 2 = 0 THEN 'consent' ELSE 'public_view' END, CASE WHEN id % 2 = 0 THEN 'Tenant' END, ${at}, 'bench' FROM cases;
    INSERT INTO inspection_findings (inspection_id, violation_id, finding, recorded_at, recorded_by)
      SELECT case_id, id, CASE WHEN id % 3 = 0 THEN 'corrected' ELSE 'present' END, ${at}, 'bench' FROM violations;
    INSERT INTO inspection_photos (photo_id, inspection_id, linked_at, linked_by) SELECT id, case_id, ${at}, 'bench' FROM photos WHERE id <= ${CASES};
    INSERT INTO documents (id, case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head)
      SELECT id, id, 'notice_of_violation', printf('NOV-2026-%06d', id), 'Notice of Violation', '${sha('b')}', 1, 1, date(opened_on, '+2 days') || 'T10:00:00Z', 'bench', '${'0'.repeat(64)}' FROM cases;
    INSERT INTO document_violations (document_id, violation_id, position)
      SELECT d.id, v.id, row_number() OVER (PARTITION BY d.id ORDER BY v.id) FROM documents d JOIN violations v ON v.case_id = d.case_id
      WHERE d.kind = 'notice_of_violation' AND NOT (d.case_id % 10 = 0 AND v.id > ${CASES * 2});
    INSERT INTO service_attempts (id, case_id, document_id, party_id, method, tracking_number, attempted_on, server, outcome, recorded_at, recorded_by)
      SELECT id, id, id, id, 'certified_mail', 'T' || id, date(opened_on, '+3 days'), 'Clerk', CASE WHEN id % 5 = 0 THEN 'unclaimed' ELSE 'delivered' END, ${at}, 'bench' FROM cases;
    INSERT INTO service_proofs (attempt_id, sha256, original_name, media_type, size_bytes) SELECT id, '${sha('c')}', 'card.pdf', 'application/pdf', 1 FROM service_attempts WHERE id % 4 <> 0;
    INSERT INTO ledger_entries (case_id, kind, delta_cents, entry_date, description, contractor, invoice_sha256, recorded_at, recorded_by)
      SELECT id, 'abatement', 45000, date(opened_on, '+40 days'), 'Lot cleaned', 'GreenCut LLC', '${sha('d')}', ${at}, 'bench' FROM cases WHERE id % 3 = 0;
    INSERT INTO documents (id, case_id, kind, number, title, sha256, size_bytes, page_count, issued_at, issued_by, audit_head)
      SELECT ${CASES} + id, id, 'demand_for_payment', printf('DFP-2026-%06d', id), 'Demand for Payment', '${sha('e')}', 1, 1, date(opened_on, '+45 days') || 'T10:00:00Z', 'bench', '${'0'.repeat(64)}' FROM cases WHERE id % 3 = 0;
    INSERT INTO service_attempts (id, case_id, document_id, party_id, method, tracking_number, attempted_on, server, outcome, recorded_at, recorded_by)
      SELECT ${CASES} + id, id, ${CASES} + id, id, 'certified_mail', 'D' || id, date(opened_on, '+46 days'), 'Clerk', 'delivered', ${at}, 'bench' FROM cases WHERE id % 3 = 0;
    INSERT INTO service_proofs (attempt_id, sha256, original_name, media_type, size_bytes) SELECT id, '${sha('c')}', 'card.pdf', 'application/pdf', 1 FROM service_attempts WHERE id > ${CASES};
    INSERT INTO hearings (case_id, tribunal, docket_number, scheduled_at, place, hearing_officer, created_at, created_by)
      SELECT id, 'Appeals Board', 'PMAB-' || id, date('${TODAY}', '+' || (id % 40) || ' days') || 'T09:30', 'Room 105', 'Officer', ${at}, 'bench' FROM cases WHERE id % 7 = 0;
    `),
  )();
  db.exec('ANALYZE');
  console.log(`generated ${CASES} cases in ${Math.round(ms(t))} ms`);
  db.close();
  renameSync(partial, file);
}

/** Rows the batch builder reads, as plain SELECTs the sqlite3 shell runs (`.timer on`, summed). */
const OPEN = `(SELECT id FROM cases WHERE status = 'open')`;
const PLAIN_SELECTS = [
  `SELECT c.*, p.* FROM cases c JOIN properties p ON p.id = c.property_id WHERE c.status = 'open'`,
  ...['case_parties', 'ownership_findings', 'violations', 'photos', 'inspections', 'documents', 'service_attempts', 'citations', 'hearings', 'ledger_entries', 'liens'].map(
    (t) => `SELECT * FROM ${t} WHERE case_id IN ${OPEN}`,
  ),
  `SELECT * FROM inspection_findings`,
  `SELECT * FROM service_proofs`,
  `SELECT * FROM document_violations`,
];

function shellSelectMs(): number {
  const script = ['.timer on', '.output /dev/null', ...PLAIN_SELECTS.map((s) => `${s};`)].join('\n');
  const out = execFileSync('sqlite3', [file], { input: script, encoding: 'utf8' });
  return [...out.matchAll(/Run Time: real ([\d.]+)/g)].reduce((sum, m) => sum + Number(m[1]) * 1000, 0);
}

/** A fixed amount of pure CPU work, so figures from two machines can be put side by side. */
function cpuLoopMs(): number {
  const t = process.hrtime.bigint();
  let x = 2463534242;
  for (let i = 0; i < 50_000_000; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  if (x === 42) console.log('');
  return ms(t);
}

const stats = (v: number[]) => ({ p50: Number(percentile(v, 50).toFixed(1)), p95: Number(percentile(v, 95).toFixed(1)), runs: v.length });

async function main(): Promise<void> {
  if (!existsSync(file)) generate();
  const { checklists, pack } = await loadPack(path.resolve(__dirname, '..', '..', 'templates'), 'model-ipmc');
  if (!checklists) throw new Error('model-ipmc has no checklists.json');
  const db = openDatabase(file);
  const facts: number[] = [];
  const evaluation: number[] = [];
  const total: number[] = [];
  const dashboard: number[] = [];
  let readyCounts: Record<string, number> = {};
  for (let r = 0; r < RUNS; r += 1) {
    const t0 = process.hrtime.bigint();
    const f = buildCaseFactsForCases(db, 'allOpen');
    facts.push(ms(t0));
    const t1 = process.hrtime.bigint();
    const readiness = readinessOfAllSteps(checklists, f, { today: TODAY, deadlines: deadlineSetupFor(pack) });
    evaluation.push(ms(t1));
    total.push(ms(t0));
    if (f.length !== CASES || readiness.size !== CASES) throw new Error(`expected ${CASES} cases, got ${f.length}`);
    readyCounts = Object.fromEntries(checklists.steps.map((s) => [s.id, [...readiness.values()].filter((m) => m.get(s.id) === 100).length]));
    const t2 = process.hrtime.bigint();
    computeDashboard(db, checklists, TODAY, deadlineSetupFor(pack));
    dashboard.push(ms(t2));
  }
  db.close();
  const shell = [shellSelectMs(), shellSelectMs(), shellSelectMs()];
  const cpu = [cpuLoopMs(), cpuLoopMs(), cpuLoopMs()];
  record('readiness', {
    cases: CASES,
    steps: checklists.steps.length,
    evaluations: CASES * checklists.steps.length,
    casesAt100PercentPerStep: readyCounts,
    readinessAllStepsMs: stats(total),
    batchFactsMs: stats(facts),
    evaluationMs: stats(evaluation),
    getDashboardMs: stats(dashboard),
    baseline: {
      sqlite3ShellPlainSelectsMs: stats(shell),
      cpuLoop50MXorshiftMs: stats(cpu),
    },
    targetMs: 1000,
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
