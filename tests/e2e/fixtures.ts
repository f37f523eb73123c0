/**
 * `app` fixture: a real HTTP bridge (dist/web/server.cjs, built by `npm test`) on a fresh temp data
 * folder for each test, torn down afterwards. Tests get the URL that carries the run's token.
 */
import { test as base, type APIRequestContext, type Page } from '@playwright/test';
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

/** Calls a core method over the HTTP bridge with the run's token (setup a spec is not about). */
export async function callApi<T>(request: APIRequestContext, app: AppFixture, method: string, input: unknown): Promise<T> {
  const token = new URL(app.url).hash.replace(/^#token=/, '');
  const res = await request.post(`${app.origin}/api/${method}`, { headers: { authorization: `Bearer ${token}` }, data: { input } });
  const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** Opens a case page by id. */
export async function openCase(page: Page, app: AppFixture, caseId: number): Promise<void> {
  // The token is taken from the first URL only; once the page is open, moving the hash is enough.
  if (!page.url().startsWith(app.origin)) await page.goto(app.url);
  else await page.evaluate(() => (window.location.hash = '#/'));
  // On the case list first, so the case heading waited for below is the new case's, not the old one's.
  await page.getByRole('heading', { name: 'Cases' }).waitFor();
  await page.evaluate((id) => {
    window.location.hash = `#/cases/${id}`;
  }, caseId);
  await page.getByRole('heading', { level: 1 }).filter({ hasText: /^CE-\d{4}-\d{4,}$/ }).waitFor();
}

/** Local calendar date N days from today. */
export function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
