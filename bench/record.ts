/** Shared bits for benchmarks: machine description, result recording, timing. */
import { execSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BENCH_DIR = path.resolve(__dirname, '..');
export const WORK_DIR = path.join(BENCH_DIR, '.work');

export function machine(): Record<string, unknown> {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: BENCH_DIR, encoding: 'utf8' }).trim();
  } catch {
    /* not a git checkout */
  }
  return {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${process.platform}-${process.arch}`,
    commit,
  };
}

export function record(name: string, result: Record<string, unknown>): void {
  const dir = path.join(BENCH_DIR, 'results');
  mkdirSync(dir, { recursive: true });
  const line = { at: new Date().toISOString(), machine: machine(), ...result };
  appendFileSync(path.join(dir, `${name}.jsonl`), `${JSON.stringify(line)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

export function ms(startNs: bigint): number {
  return Number(process.hrtime.bigint() - startNs) / 1e6;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
