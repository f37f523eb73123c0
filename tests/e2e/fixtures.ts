/**
 * `app` fixture: a real HTTP bridge (dist/web/server.cjs, built by `npm test`) on a fresh temp data
 * folder for each test, torn down afterwards. Tests get the URL that carries the run's token.
 */
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface AppFixture {
  readonly url: string;
  readonly origin: string;
  readonly dataDir: string;
}

const root = path.resolve(__dirname, '..', '..');

export async function startWebServer(dataDir: string): Promise<{ url: string; origin: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(root, 'dist/web/server.cjs'), '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CASEREADY_ACTOR: 'e2e' },
  });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${log}`)), 30_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /CASEREADY_URL=(\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
    child.once('exit', (code) => reject(new Error(`web server exited with ${code}:\n${log}`)));
  });
  return { url, origin: new URL(url).origin, child };
}

export const test = base.extend<{ app: AppFixture }>({
  app: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'caseready-e2e-'));
    const { url, origin, child } = await startWebServer(dataDir);
    await use({ url, origin, dataDir });
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
