/** The browser harness's HTTP bridge, against the real core on a temp data folder. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { createCore, type Core } from '../../electron/services/core';
import { startBridge, type Bridge } from '../../electron/web/httpBridge';

const ROOT = path.resolve(__dirname, '..', '..');
let core: Core;
let bridge: Bridge;
let port: number;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: { host: `127.0.0.1:${port}`, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const call = (method: string, input: unknown, headers: Record<string, string> = {}, jobId?: string) =>
  request({
    method: 'POST',
    path: `/api/${method}`,
    headers: { authorization: `Bearer ${bridge.token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ input, jobId }),
  });

beforeAll(async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'caseready-bridge-'));
  const rendererDir = path.join(tmp, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>CaseReady</title>');
  mkdirSync(path.join(tmp, 'renderer-evil'));
  writeFileSync(path.join(tmp, 'renderer-evil', 'secret.txt'), 'secret');
  core = await createCore({ dataDir: path.join(tmp, 'data'), resourcesDir: path.join(ROOT, 'resources'), templatesDir: path.join(ROOT, 'templates') });
  bridge = await startBridge({ handlers: core.handlers, rendererDir, actor: 'test' });
  port = Number(new URL(bridge.origin).port);
});

afterAll(async () => {
  await bridge.close();
  core.close();
});

describe('HTTP bridge', () => {
  it('serves the renderer with the CSP header', async () => {
    const r = await request({ path: '/' });
    expect(r.status).toBe(200);
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a call that carries the token', async () => {
    const r = await call('appInfo', {});
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { schemaVersion: LATEST_SCHEMA_VERSION } });
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: 'Bearer 00' }],
    ['a token of the right length but wrong', { authorization: `Bearer ${'0'.repeat(64)}` }],
  ])('refuses a call with %s', async (_what, headers) => {
    const r = await request({ method: 'POST', path: '/api/appInfo', headers, body: '{"input":{}}' });
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await call('appInfo', {}, { host: `evil.example:${port}` })).status).toBe(421);
    expect((await call('appInfo', {}, { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('refuses the event stream without the token', async () => {
    expect((await request({ path: '/api/events' })).status).toBe(401);
  });

  it.each(['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2frenderer-evil/secret.txt', '/%2e%2e%2frenderer-evil%2fsecret.txt'])(
    'does not serve files outside the renderer: %s',
    async (p) => {
      const r = await request({ path: p });
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('secret');
      expect(r.body).not.toContain('root:');
    },
  );

  it('returns validation errors as 400 results, not crashes', async () => {
    const reply = await call('getCase', { caseId: 'one' });
    expect(reply.status).toBe(400);
    const r = JSON.parse(reply.body);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/caseId/) } });
    const bad = await request({ method: 'POST', path: '/api/getCase', headers: { authorization: `Bearer ${bridge.token}` }, body: '{nope' });
    expect(bad.status).toBe(400);
    const unknown = await call('noSuchMethod', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no method called "noSuchMethod".' } });
    expect((await call('getCase', { caseId: 999_999 })).status).toBe(404);
    expect((await request({ path: '/api/appInfo', headers: { authorization: `Bearer ${bridge.token}` } })).status).toBe(405);
  });

  it('answers NOT_READY with the missing items when a notice is asked for before its checklist is ready', async () => {
    const created = JSON.parse(
      (
        await call('createCase', {
          property: { address: '5 Birch Lane', parcelId: '33-10-200-001' },
          owner: { name: 'Birch Lane Trust', kind: 'trust', mailingAddress: '5 Birch Lane' },
          inspector: 'R. Alvarez',
          openedOn: '2026-10-05',
        })
      ).body,
    ) as { value: { id: number } };
    const caseId = created.value.id;
    await call('addViolation', { caseId, codeSection: 'IPMC 302.4', description: 'Weeds over 10 inches.', correctiveAction: 'Cut the weeds.', complianceDate: '2026-12-15' });
    const r = await call('generateDocument', { caseId, kind: 'notice_of_violation' });
    expect(r.status).toBe(409);
    expect(JSON.parse(r.body)).toEqual({
      ok: false,
      error: {
        code: 'NOT_READY',
        message: expect.stringMatching(/^The notice of violation cannot be issued yet: 3 blocking items are missing .*— Owner of record verified recently; Every violation has a dated photo; Entry authority recorded for every inspection\. Fix them in Prepare or record a waiver\.$/),
      },
    });
    const gates = JSON.parse((await call('getDocumentGates', { caseId })).body);
    expect(gates).toMatchObject({ ok: true, value: [{ kind: 'notice_of_violation', unlocked: false }, { kind: 'demand_for_payment', step: 'abatement', unlocked: false }, { kind: 'civil_ticket', step: 'civil_ticket', unlocked: false }, { kind: 'lien_filing', step: 'file_lien', unlocked: false }] });
  });

  it('refuses file paths from the page: CSV import over the bridge takes text only', async () => {
    const mapping = { address: 'Address' };
    for (const input of [
      { filePath: '/etc/passwd', source: 'x', mapping },
      { csvText: 'Address\n1 Main St\n', source: 'x', mapping, errorsFile: '/tmp/caseready-should-not-exist.csv' },
    ]) {
      const reply = await call('runCaseImport', input);
      expect(reply.status).toBe(403);
      const r = JSON.parse(reply.body);
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const preview = JSON.parse((await call('previewCaseImport', { filePath: '/etc/passwd', mapping })).body);
    expect(preview).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('streams progress events for a job to the event stream', async () => {
    const created = JSON.parse(
      (
        await call('createCase', {
          property: { address: '22 Orchard Avenue', parcelId: '11-048-120' },
          owner: { name: 'Lakeview Rental Holdings LLC', kind: 'organization', mailingAddress: 'Wilmington, DE' },
          inspector: 'T. Nguyễn',
        })
      ).body,
    );
    expect(created.ok).toBe(true);
    const events: Array<{ jobId: string; done: number; total: number }> = [];
    const stream = http.get({ host: '127.0.0.1', port, path: `/api/events?token=${bridge.token}`, headers: { host: `127.0.0.1:${port}` } });
    await new Promise<void>((resolve) =>
      stream.on('response', (res) => {
        res.on('data', (c: Buffer) => {
          for (const line of c.toString().split('\n')) if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)));
        });
        resolve();
      }),
    );
    const jpeg = readFileSync(path.join(ROOT, 'tests/fixtures/photos/Canon_40D.jpg'));
    const r = JSON.parse((await call('importPhoto', { caseId: created.value.id, violationId: null, fileName: 'Canon_40D.jpg', dataBase64: jpeg.toString('base64') }, {}, 'job-1')).body);
    expect(r).toMatchObject({ ok: true, value: { exif: { make: 'Canon', model: 'Canon EOS 40D' } } });
    await new Promise((res) => setTimeout(res, 100));
    stream.destroy();
    expect(events.length).toBeGreaterThan(1);
    expect(events.every((e) => e.jobId === 'job-1')).toBe(true);
    expect(events.at(-1)).toMatchObject({ done: 4, total: 4 });
  });
});
