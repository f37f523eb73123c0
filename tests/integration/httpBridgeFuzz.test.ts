/**
 * Property: no request, however malformed, ends the browser harness. fast-check generates request
 * lines, paths, headers and bodies and sends them raw to the real `dist/web/server.cjs`; after
 * each one the process must still be running and answer an authenticated appInfo call. Runs are
 * bounded so the file takes a few seconds.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appInfo, sendRaw, startWebServer, type RawReply, type WebServer } from './webServerHarness';

let server: WebServer;
beforeAll(async () => {
  server = await startWebServer();
});
afterAll(async () => {
  await server.stop();
});

const WAIT_MS = 100; // a request that promised more body than it sent is abandoned after this

async function survives(bytes: Buffer | string): Promise<RawReply> {
  const reply = await sendRaw(server.port, bytes, WAIT_MS);
  const info = await appInfo(server);
  expect(server.child.exitCode, server.log().slice(-2000)).toBeNull();
  expect(info).toMatchObject({ status: 200, body: { ok: true } });
  return reply;
}

/** The error shape every non-200 JSON answer carries. */
function expectErrorShape(reply: RawReply): void {
  const parsed = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
  expect(parsed).toMatchObject({ ok: false, error: { code: expect.any(String), message: expect.any(String) } });
}

const pathPiece = fc.oneof(
  fc.constantFrom('/', '//', '[', ']', '%', '%E0%A4%A', '%ZZ', '%00', '%2e%2e', '..', '/api/', 'appInfo', 'events', '?token=', '#', '@', ':', '\\', ' ', '*'),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
);
const requestPath = fc.oneof(
  fc.array(pathPiece, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.array(pathPiece, { maxLength: 6 }).map((parts) => `/api/${parts.join('')}`),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => `/${'a'.repeat(n)}`),
);
const method = fc.oneof(fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'CONNECT', 'TRACE'), fc.string({ maxLength: 8 }));
const version = fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2', 'HTTP/9.9', '', 'http/1.1');

const hostHeaders = () => fc.constantFrom([`Host: 127.0.0.1:${server.port}`], [`Host: localhost:${server.port}`], [], ['Host: evil.example'], [`Host: 127.0.0.1:${server.port}`, 'Host: evil.example'], ['Host: ']);
const originHeaders = () => fc.constantFrom([], [`Origin: http://127.0.0.1:${server.port}`], ['Origin: http://evil.example'], ['Origin: null'], ['Origin: \u00ff']);
const authHeaders = () =>
  fc.constantFrom([`Authorization: Bearer ${server.token}`], [], ['Authorization: Bearer '], ['Authorization: Basic eA=='], [`Authorization: Bearer ${server.token}`, 'Authorization: Bearer 00'], [`Authorization: Bearer ${'é'.repeat(32)}`]);

const body = fc.oneof(
  fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b)),
  fc.constantFrom('null', '[]', '42', '"x"', 'true', '{', '{"input":', '{"input":null}', '{"jobId":{}}', '{"input":[],"jobId":7}', '\uFEFF{}', ''),
  fc.json().map((j) => `{"input":${j}}`),
  fc.json(),
  fc.integer({ min: 1, max: 100_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => '{"input":'.repeat(n) + '{}' + '}'.repeat(n)),
).map((b) => (typeof b === 'string' ? Buffer.from(b) : b));

/** How the body is framed: honest Content-Length, a lie either way, conflicting ones, chunked. */
const framing = fc.constantFrom('exact', 'short', 'long', 'none', 'duplicate', 'conflicting', 'negative', 'text', 'chunked', 'badChunked');

function frame(kind: string, payload: Buffer): { headers: string[]; bytes: Buffer } {
  const n = payload.length;
  switch (kind) {
    case 'exact':
      return { headers: [`Content-Length: ${n}`], bytes: payload };
    case 'short':
      return { headers: [`Content-Length: ${Math.max(0, n - 3)}`], bytes: payload };
    case 'long':
      return { headers: [`Content-Length: ${n + 10}`], bytes: payload };
    case 'duplicate':
      return { headers: [`Content-Length: ${n}`, `Content-Length: ${n}`], bytes: payload };
    case 'conflicting':
      return { headers: [`Content-Length: ${n}`, `Content-Length: ${n + 1}`], bytes: payload };
    case 'negative':
      return { headers: ['Content-Length: -1'], bytes: payload };
    case 'text':
      return { headers: ['Content-Length: lots'], bytes: payload };
    case 'chunked':
      return { headers: ['Transfer-Encoding: chunked'], bytes: Buffer.concat([Buffer.from(`${n.toString(16)}\r\n`), payload, Buffer.from('\r\n0\r\n\r\n')]) };
    case 'badChunked':
      return { headers: ['Transfer-Encoding: chunked', `Content-Length: ${n}`], bytes: Buffer.concat([Buffer.from('zz\r\n'), payload]) };
    default:
      return { headers: [], bytes: payload };
  }
}

function request(line: string, headers: readonly string[], payload: Buffer = Buffer.alloc(0)): Buffer {
  return Buffer.concat([Buffer.from(`${line}\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`, 'utf8'), payload]);
}

describe('no request ends the browser harness (fast-check, against the real server process)', () => {
  it('survives arbitrary request lines and paths', async () => {
    await fc.assert(
      fc.asyncProperty(method, requestPath, version, async (m, p, v) => {
        const reply = await survives(request(`${m} ${p} ${v}`.trim(), [`Host: 127.0.0.1:${server.port}`, `Authorization: Bearer ${server.token}`, 'Connection: close']));
        // HEAD answers carry no body; every other JSON error answer has the error shape.
        if (m !== 'HEAD' && reply.status !== null && reply.status >= 400 && reply.head.includes('application/json')) expectErrorShape(reply);
      }),
      { numRuns: 150 },
    );
  });

  it('survives arbitrary Host, Origin, Authorization and Content-Length headers', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostHeaders(),
        originHeaders(),
        authHeaders(),
        framing,
        fc.constantFrom('/api/appInfo', '/api/getCase', '/api/nope', '/', '/api/events?token=x'),
        fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 20 })), { maxLength: 3 }),
        async (host, origin, auth, kind, p, extra) => {
          const { headers, bytes } = frame(kind, Buffer.from('{"input":{}}'));
          const random = extra.map(([k, v]) => `${k}: ${v}`);
          await survives(request(`POST ${p} HTTP/1.1`, [...host, ...origin, ...auth, ...random, ...headers, 'Connection: close'], bytes));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers any body with a Result: 200 only for ok, else the error shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('appInfo', 'getCase', 'listCases', 'createCase', 'addViolation', 'noSuchMethod'), body, framing, async (name, payload, kind) => {
        const { headers, bytes } = frame(kind, payload);
        const reply = await survives(
          request(`POST /api/${name} HTTP/1.1`, [`Host: 127.0.0.1:${server.port}`, `Authorization: Bearer ${server.token}`, ...headers, 'Connection: close'], bytes),
        );
        if (reply.status === null) return; // abandoned by us (body shorter than promised)
        expect(reply.status === 200 || reply.status >= 400).toBe(true);
        if (reply.status >= 400) expectErrorShape(reply);
        else expect(JSON.parse(reply.body)).toMatchObject({ ok: true });
      }),
      { numRuns: 120 },
    );
  });

  it('answers 400 VALIDATION for every honest body that is not a JSON object', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean()),
        async (value) => {
          const payload = Buffer.from(JSON.stringify(value));
          const reply = await survives(
            request('POST /api/appInfo HTTP/1.1', [`Host: 127.0.0.1:${server.port}`, `Authorization: Bearer ${server.token}`, `Content-Length: ${payload.length}`, 'Connection: close'], payload),
          );
          expect(reply.status).toBe(400);
          expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        },
      ),
      { numRuns: 50 },
    );
  });
});
