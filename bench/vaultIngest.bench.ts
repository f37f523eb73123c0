/**
 * Vault ingest of ~1 GB of photos, against the plain-tools peer on the same files in the same
 * run: `sha256sum` (hash) + `cp` (copy) + `sync` (durability, which the vault gets per file from
 * fsync + rename + directory fsync). The files are real JPEGs (noise, so they do not compress),
 * each made unique by bytes after the end-of-image marker, as phone photos are.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { openVault } from '../electron/services/vault/vault';
import { ms, record, WORK_DIR } from './record';

const FILES = Number(process.env.BENCH_FILES ?? 256);

async function makePhotos(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir).filter((f) => f.endsWith('.jpg'));
  if (existing.length === FILES) return existing.map((f) => path.join(dir, f));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const width = 2400;
  const height = 1800;
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24 ^ (i & 0xff);
  const base = await sharp(noise, { raw: { width, height, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
  const files: string[] = [];
  for (let i = 0; i < FILES; i += 1) {
    const file = path.join(dir, `IMG_${String(i).padStart(4, '0')}.jpg`);
    writeFileSync(file, Buffer.concat([base, Buffer.from(`unique-${i}`)]));
    files.push(file);
  }
  return files;
}

async function main(): Promise<void> {
  const files = await makePhotos(path.join(WORK_DIR, 'photos'));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const mb = bytes / 1e6;

  // Warm the page cache for both contenders equally: read everything once.
  execFileSync('cat', files, { maxBuffer: 2 ** 31, stdio: ['ignore', 'ignore', 'inherit'] });

  const peerDir = path.join(WORK_DIR, 'peer-copy');
  rmSync(peerDir, { recursive: true, force: true });
  mkdirSync(peerDir, { recursive: true });
  let t = process.hrtime.bigint();
  execFileSync('sha256sum', files, { maxBuffer: 2 ** 26 });
  execFileSync('cp', [...files, peerDir]);
  execFileSync('sync', ['-f', peerDir]);
  const peerMs = ms(t);

  const vaultDir = path.join(WORK_DIR, 'vault');
  rmSync(vaultDir, { recursive: true, force: true });
  const vault = openVault(vaultDir);
  t = process.hrtime.bigint();
  for (const f of files) await vault.put(f);
  const vaultMs = ms(t);

  // Second ingest of the same files: content addressing makes it hash-only.
  t = process.hrtime.bigint();
  for (const f of files) await vault.put(f);
  const dedupMs = ms(t);

  record('vaultIngest', {
    files: files.length,
    megabytes: Math.round(mb),
    vault: { ms: Math.round(vaultMs), mbPerSec: Math.round(mb / (vaultMs / 1000)) },
    vaultSecondIngestDeduplicated: { ms: Math.round(dedupMs), mbPerSec: Math.round(mb / (dedupMs / 1000)) },
    peer_sha256sum_cp_sync: { ms: Math.round(peerMs), mbPerSec: Math.round(mb / (peerMs / 1000)) },
    vaultVsPeer: Number((vaultMs / peerMs).toFixed(2)),
    note: 'vault fsyncs each object and its folder; the peer syncs once at the end',
  });
  rmSync(peerDir, { recursive: true, force: true });
  rmSync(vaultDir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
