/**
 * The renderer's HTTP client against the real bridge (electron/web/httpBridge.ts) and the real
 * dispatch, with small in-memory handlers: the wire protocol is exercised end to end, byte for
 * byte, without a database.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { METHOD_NAMES } from '../../../shared/methodNames';
import { startBridge, type Bridge } from '../../../electron/web/httpBridge';
import type { Handlers } from '../../../electron/services/dispatch';
import { createHttpApiWith, toResult } from '../../../renderer/src/api/httpApi';
import { en } from '../../../renderer/src/i18n/en';
import { openSseWithFetch } from './sseReader';

const received: { method: string; input: unknown }[] = [];

const handlers = {
  appInfo: () => ({ version: '9.9.9', dataDir: '/tmp/x', schemaVersion: 1, auditHead: null, startupReport: { missingObjects: [], quarantined: [] } }),
  getCase: (input: { caseId: number }) => {
    received.push({ method: 'getCase', input });
    throw new AppError('NOT_FOUND', `There is no case with id ${input.caseId}.`);
  },
  listCases: (input: unknown) => {
    received.push({ method: 'listCases', input });
    return { items: [], total: 0 };
  },
  generateDocument: async (input: { caseId: number }, ctx: { progress: (d: number, t: number, m: string) => void }) => {
    ctx.progress(1, 3, 'Gathering the case');
    ctx.progress(2, 3, 'Laying out the notice');
    ctx.progress(3, 3, 'Storing the PDF');
    return { id: 1, caseId: input.caseId, number: 'NOV-2026-000001' };
  },
} as unknown as Handlers;

let bridge: Bridge;
let rendererDir: string;

beforeAll(async () => {
  rendererDir = mkdtempSync(path.join(os.tmpdir(), 'caseready-httpapi-'));
  bridge = await startBridge({ handlers, rendererDir, port: 0, actor: 'test' });
});

afterAll(async () => {
  await bridge.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

function apiFor(token: string | null, events: ProgressEvent[] = []) {
  let stream: ReturnType<typeof openSseWithFetch> | null = null;
  const api = createHttpApiWith({
    baseUrl: bridge.origin,
    token,
    fetch,
    openEventStream: (url, onData) => (stream = openSseWithFetch(url, onData)),
  });
  api.onProgress((event) => events.push(event));
  return { api, stream: () => stream };
}

describe('createHttpApiWith (against the real bridge)', () => {
  it('has exactly the contract methods, onProgress and the http transport', () => {
    const { api, stream } = apiFor(bridge.token);
    stream()?.close();
    const methodKeys = Object.keys(api).filter((k) => typeof (api as Record<string, unknown>)[k] === 'function' && k !== 'onProgress');
    expect(methodKeys.sort()).toEqual([...METHOD_NAMES].sort());
    expect(api.transport).toBe('http');
    expect(api.onMenu).toBeUndefined();
  });

  it('sends the input and returns the value', async () => {
    const { api, stream } = apiFor(bridge.token);
    const result = await api.listCases({ query: 'harrison', offset: 0, limit: 10 });
    stream()?.close();
    expect(result).toEqual({ ok: true, value: { items: [], total: 0 } });
    expect(received.at(-1)).toEqual({ method: 'listCases', input: { query: 'harrison', offset: 0, limit: 10 } });
  });

  it('passes the core’s AppError through as a failed Result', async () => {
    const { api, stream } = apiFor(bridge.token);
    const result = await api.getCase({ caseId: 404 });
    stream()?.close();
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no case with id 404.' } });
  });

  it('reports the server’s validation of a bad input', async () => {
    const { api, stream } = apiFor(bridge.token);
    const result = await api.getCase({ caseId: -1 });
    stream()?.close();
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.message).toContain('caseId');
    }
  });

  it('is refused with a wrong token', async () => {
    const { api, stream } = apiFor('0'.repeat(64));
    const result = await api.appInfo({});
    stream()?.close();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FORBIDDEN');
  });

  it('explains a missing token without calling the server', async () => {
    let calls = 0;
    const api = createHttpApiWith({
      baseUrl: bridge.origin,
      token: null,
      fetch: (() => {
        calls += 1;
        throw new Error('must not be called');
      }) as typeof fetch,
      openEventStream: null,
    });
    const result = await api.appInfo({});
    expect(calls).toBe(0);
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: en['error.noToken'] } });
  });

  it('turns a network failure into INTERNAL "Lost contact"', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const api = createHttpApiWith({ baseUrl: `http://127.0.0.1:${port}`, token: 'abc', fetch, openEventStream: null });
    const result = await api.appInfo({});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: en['error.lostContact'] } });
    expect(en['error.lostContact']).toMatch(/^Lost contact with the CaseReady core/);
  });

  it('reports an answer that is not JSON with its HTTP status', async () => {
    const proxy = http.createServer((_req, res) => {
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<html>Bad gateway</html>');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const port = (proxy.address() as AddressInfo).port;
    try {
      const api = createHttpApiWith({ baseUrl: `http://127.0.0.1:${port}`, token: 'abc', fetch, openEventStream: null });
      const result = await api.appInfo({});
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('INTERNAL');
        expect(result.error.message).toContain('HTTP 502');
      }
    } finally {
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });

  it('reads the error body of 4xx and 5xx JSON answers, and reports the unreadable ones', async () => {
    const answers: Array<[number, string, string]> = [
      [409, 'application/json', JSON.stringify({ ok: false, error: { code: 'NOT_READY', message: 'Two items are missing.' } })],
      [413, 'application/json', JSON.stringify({ ok: false, error: { code: 'VALIDATION', message: 'The request is larger than 96 MB.' } })],
      [503, 'application/json', JSON.stringify({ ok: false, error: { code: 'STORE_BUSY', message: 'The store is busy.' } })],
      [500, 'text/plain', 'Internal Server Error'],
      [500, 'application/json', JSON.stringify({ ok: true, value: 1 })],
    ];
    let next = 0;
    const server = http.createServer((_req, res) => {
      const [status, type, text] = answers[next++]!;
      res.writeHead(status, { 'Content-Type': type });
      res.end(text);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const api = createHttpApiWith({ baseUrl: `http://127.0.0.1:${port}`, token: 'abc', fetch, openEventStream: null });
      expect(await api.appInfo({})).toEqual({ ok: false, error: { code: 'NOT_READY', message: 'Two items are missing.' } });
      expect(await api.appInfo({})).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'The request is larger than 96 MB.' } });
      expect(await api.appInfo({})).toEqual({ ok: false, error: { code: 'STORE_BUSY', message: 'The store is busy.' } });
      const badAnswer = en['error.badAnswer'].replace('{status}', '500');
      expect(await api.appInfo({})).toEqual({ ok: false, error: { code: 'INTERNAL', message: badAnswer } });
      expect(await api.appInfo({})).toEqual({ ok: false, error: { code: 'INTERNAL', message: badAnswer } });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('reads the real bridge’s 404 for an unknown case as NOT_FOUND', async () => {
    const response = await fetch(`${bridge.origin}/api/getCase`, {
      method: 'POST',
      headers: { authorization: `Bearer ${bridge.token}` },
      body: JSON.stringify({ input: { caseId: 404 } }),
    });
    expect(response.status).toBe(404);
    expect(toResult(await response.json(), response.status)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no case with id 404.' } });
  });

  it('delivers progress events for the job over the event stream, until unsubscribed', async () => {
    const events: ProgressEvent[] = [];
    const { api, stream } = apiFor(bridge.token, events);
    await stream()?.ready;
    const result = await api.generateDocument({ caseId: 7, kind: 'notice_of_violation' }, { jobId: 'job-123' });
    expect(result.ok).toBe(true);
    await expect.poll(() => events.length).toBe(3);
    expect(events.map((e) => [e.jobId, e.method, e.done, e.total])).toEqual([
      ['job-123', 'generateDocument', 1, 3],
      ['job-123', 'generateDocument', 2, 3],
      ['job-123', 'generateDocument', 3, 3],
    ]);
    expect(events[2]?.message).toBe('Storing the PDF');

    const later: ProgressEvent[] = [];
    const unsubscribe = api.onProgress((event) => later.push(event));
    unsubscribe();
    await api.generateDocument({ caseId: 7, kind: 'notice_of_violation' }, { jobId: 'job-456' });
    await expect.poll(() => events.length).toBe(6);
    expect(later).toEqual([]);
    stream()?.close();
  });
});

describe('toResult', () => {
  it('accepts both Result shapes', () => {
    expect(toResult({ ok: true, value: 5 }, 200)).toEqual({ ok: true, value: 5 });
    expect(toResult({ ok: false, error: { code: 'CONFLICT', message: 'Parcel in use.' } }, 200)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Parcel in use.' },
    });
  });

  it('maps an unknown error code to INTERNAL but keeps the message', () => {
    expect(toResult({ ok: false, error: { code: 'TEAPOT', message: 'Short and stout.' } }, 418)).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Short and stout.' },
    });
  });

  it.each([[null], ['text'], [{}], [{ ok: true }], [{ ok: false, error: 'x' }], [{ ok: false, error: { code: 'NOT_FOUND' } }]])(
    'rejects %j as an unreadable answer',
    (body) => {
      const result = toResult(body, 200);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain('HTTP 200');
    },
  );
});
