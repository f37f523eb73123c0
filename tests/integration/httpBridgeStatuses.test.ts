/**
 * HTTP statuses of the bridge, in process with small handlers: each error code's status, an
 * exception outside dispatch (a value JSON cannot encode) and bodies over the limit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, type ErrorCode } from '../../shared/errors';
import type { Handlers } from '../../electron/services/dispatch';
import { httpStatusFor } from '../../electron/web/httpStatus';
import { startBridge, type Bridge } from '../../electron/web/httpBridge';

const MAX_BODY = 256 * 1024;
let thrown: ErrorCode = 'INTERNAL';
const logged: unknown[] = [];
const handlers = {
  appInfo: () => ({ version: '1', dataDir: '/tmp/x', schemaVersion: 1, auditHead: null, startupReport: { missingObjects: [], quarantined: [] } }),
  getCase: () => {
    throw new AppError(thrown, `Thrown ${thrown}.`);
  },
  listCases: () => ({ items: [], total: 10n }), // BigInt: JSON.stringify throws in the bridge
} as unknown as Handlers;

let bridge: Bridge;
let dir: string;
let port: number;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'caseready-statuses-'));
  bridge = await startBridge({ handlers, rendererDir: dir, actor: 'test', maxBodyBytes: MAX_BODY, log: (err) => logged.push(err) });
  port = Number(new URL(bridge.origin).port);
});
afterAll(async () => {
  await bridge.close();
  rmSync(dir, { recursive: true, force: true });
});

function post(method: string, body: string): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: `/api/${method}`, headers: { host: `127.0.0.1:${port}`, authorization: `Bearer ${bridge.token}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(Buffer.concat(chunks).toString()) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('HTTP statuses', () => {
  it('maps every error code to a 4xx or 5xx status', () => {
    const statuses = Object.fromEntries(ERROR_CODES.map((code) => [code, httpStatusFor(code)]));
    expect(statuses).toMatchObject({ VALIDATION: 400, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, NOT_READY: 409, DATA_DIR_IN_USE: 503, STORE_BUSY: 503, DISK_FULL: 507, INTERNAL: 500 });
    for (const status of Object.values(statuses)) expect(status).toBeGreaterThanOrEqual(400);
  });

  it.each(ERROR_CODES)('answers a handler’s %s with its status and the error shape', async (code) => {
    thrown = code;
    const r = await post('getCase', JSON.stringify({ input: { caseId: 1 } }));
    expect(r).toEqual({ status: httpStatusFor(code), json: { ok: false, error: { code, message: `Thrown ${code}.` } } });
  });

  it('answers 500 INTERNAL when the bridge itself throws (a value JSON cannot encode), and keeps serving', async () => {
    const r = await post('listCases', JSON.stringify({ input: {} }));
    expect(r.status).toBe(500);
    expect(r.json).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/details are in the log/) } });
    expect(String(logged.at(-1))).toMatch(/BigInt/);
    expect((await post('appInfo', '{"input":{}}')).status).toBe(200);
  });

  it('answers 413 and closes a chunked body as soon as it passes the limit, without reading the rest', async () => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let written = 0;
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.on('data', (c: Buffer) => (answer += c.toString()));
    socket.on('error', () => {}); // the server may reset once it has answered
    socket.write(`POST /api/appInfo HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${bridge.token}\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    // Up to 256x the limit; the server must answer long before (socket buffers allow some slack).
    while (!answer.includes('\r\n\r\n') && !socket.destroyed && written < 256 * MAX_BODY) {
      written += chunk.length;
      if (!socket.write(frame)) await new Promise((r) => setTimeout(r, 5));
    }
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/larger than/) } });
    expect(written).toBeLessThan(256 * MAX_BODY);
    expect((await post('appInfo', '{"input":{}}')).status).toBe(200);
  });

  it('answers 413 for a declared Content-Length over the limit before the body arrives', async () => {
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      let text = '';
      socket.on('data', (c: Buffer) => (text += c.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => {});
      socket.write(`POST /api/appInfo HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${bridge.token}\r\nContent-Length: ${MAX_BODY + 1}\r\n\r\n{`);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  });
});
