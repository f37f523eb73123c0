/**
 * 500 notices of violation issued in one batch (generateDocumentBatch's service) against 500
 * single generations (issueDocumentOfKind once per case, as 500 clicks would), in the same run,
 * each in its own fresh process on the same store (its own half of the cases): wall time and peak
 * RSS (VmHWM). Target: batch ≤ 0.5 × the singles' time, peak RSS < 400 MB.
 *
 * The store: 2 × N cases made through the services (createCase, addViolation × 2), the first violation
 * with one photo row pointing at one real 1600×1200 JPEG in the vault (re-hashed on every read,
 * as for real evidence). The pack's checklists are left out so the gate passes without a ready
 * checklist per case (the gate is one evaluation per document either way).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { openDatabase, type Db } from '../electron/db/open';
import { addViolation, createCase } from '../electron/services/cases/caseService';
import { issueDocumentBatch } from '../electron/services/documents/issue/issueBatch';
import { issueDocumentOfKind, type IssueDeps } from '../electron/services/documents/issue/issueKind';
import { loadPack } from '../electron/services/packs/loadPack';
import { openVault } from '../electron/services/vault/vault';
import { BENCH_DIR, ms, record, WORK_DIR } from './record';

const N = Number(process.env.BATCH_BENCH_N ?? 500);
const ROOT = path.resolve(BENCH_DIR, '..');
const dir = path.join(WORK_DIR, 'documentBatch');
const clock = { now: () => new Date('2026-11-02T15:00:00Z') };

async function generate(): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = openDatabase(path.join(dir, 'caseready.db'));
  const vault = await openVault(path.join(dir, 'vault'));
  const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 120, g: 140, b: 90 } } }).jpeg({ quality: 85 }).toBuffer();
  const photo = await vault.put(jpeg);
  db.prepare("INSERT INTO vault_objects (sha256, size, media_type, stored_at) VALUES (?, ?, 'image/jpeg', 'now')").run(photo.sha256, photo.size);
  const insertPhoto = db.prepare(
    `INSERT INTO photos (case_id, violation_id, original_sha256, display_sha256, thumb_sha256, original_name, media_type, width, height, size_bytes, exif_taken_at, added_at, added_by)
     VALUES (?, ?, ?, ?, ?, ?, 'image/jpeg', 1600, 1200, ?, '2026-10-04T10:00:00', '2026-10-05T12:00:00Z', 'bench')`,
  );
  db.transaction(() => {
    for (let i = 0; i < 2 * N; i++) {
      const c = createCase(
        db,
        {
          property: { address: `${100 + i} Elm Street`, parcelId: `09-${String(i).padStart(6, '0')}` },
          owner: { name: `Owner ${i}`, kind: 'individual', mailingAddress: `${100 + i} Elm Street, Model, ST 00000` },
          inspector: 'R. Peña',
          openedOn: '2026-10-05',
        },
        'bench',
        clock,
      );
      for (const [section, what] of [['302.4', 'Weeds over 10 inches high across the front and side yards'], ['304.7', 'Roof shingles missing over the rear porch']] as const) {
        const v = addViolation(db, { caseId: c.id, codeSection: section, description: what, correctiveAction: 'Correct the condition', complianceDate: '2026-12-20' }, 'bench', clock);
        // A case holds an original once (photos are unique per case and hash): the first violation's.
        if (section === '302.4') insertPhoto.run(c.id, v.id, photo.sha256, photo.sha256, photo.sha256, `IMG_${i}.JPG`, photo.size);
      }
    }
  })();
  db.close();
}

async function child(mode: 'single' | 'batch'): Promise<void> {
  const db: Db = openDatabase(path.join(dir, 'caseready.db'));
  const vault = await openVault(path.join(dir, 'vault'));
  const loaded = await loadPack(path.join(ROOT, 'templates'), 'model-ipmc');
  const deps: IssueDeps = { db, vault, clock, actor: 'bench', fontsDir: path.join(ROOT, 'resources', 'fonts'), pack: { ...loaded, checklists: undefined } };
  const first = mode === 'single' ? 1 : N + 1;
  const ids = Array.from({ length: N }, (_, i) => first + i);
  const t = process.hrtime.bigint();
  let issued = 0;
  if (mode === 'single') {
    for (const caseId of ids) {
      await issueDocumentOfKind(deps, 'notice_of_violation', caseId);
      issued++;
    }
  } else {
    const result = await issueDocumentBatch(deps, 'notice_of_violation', ids);
    issued = result.issued.length;
    if (result.failed.length) throw new Error(`batch refused ${result.failed.length}: ${result.failed[0]!.message}`);
  }
  const wall = ms(t);
  const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;
  process.stdout.write(JSON.stringify({ mode, issued, wallMs: Math.round(wall), peakRssMb: Math.round(hwm) }) + '\n');
  db.close();
}

async function main(): Promise<void> {
  const mode = process.env.BATCH_BENCH_MODE as 'single' | 'batch' | undefined;
  if (mode) return child(mode);
  const t = process.hrtime.bigint();
  await generate();
  console.log(`generated ${2 * N} cases in ${Math.round(ms(t))} ms`);
  const run = (m: string) => {
    // BATCH_BENCH_PROFILE=DIR writes a V8 CPU profile of each run there (to see where time goes).
    const prof = process.env.BATCH_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BATCH_BENCH_PROFILE}`] : [];
    const r = spawnSync(process.execPath, [...prof, __filename], { env: { ...process.env, BATCH_BENCH_MODE: m }, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`${m} run failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { wallMs: number; peakRssMb: number; issued: number };
  };
  // BATCH_BENCH_ONLY=batch skips the singles (for profiling; such a run is not recorded).
  const only = process.env.BATCH_BENCH_ONLY;
  const batch = run('batch');
  if (only === 'batch') return void console.log(JSON.stringify(batch));
  const single = run('single');
  const load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ')[0];
  record('documentBatch', {
    notices: N,
    single_wall_ms: single.wallMs,
    single_peak_rss_mb: single.peakRssMb,
    batch_wall_ms: batch.wallMs,
    batch_peak_rss_mb: batch.peakRssMb,
    batch_over_single: Number((batch.wallMs / single.wallMs).toFixed(3)),
    per_notice_single_ms: Math.round(single.wallMs / N),
    per_notice_batch_ms: Math.round(batch.wallMs / N),
    load_average: Number(load),
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
