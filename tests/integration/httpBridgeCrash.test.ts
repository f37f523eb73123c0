/**
 * Issue 8: single requests that used to end the browser harness process. Each is sent to the real
 * `dist/web/server.cjs`; afterwards the process must still be running and answer appInfo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appInfo, sendRaw, startWebServer, type WebServer } from './webServerHarness';

let server: WebServer;
beforeAll(async () => {
  server = await startWebServer();
});
afterAll(async () => {
  await server.stop();
});

const host = () => `127.0.0.1:${server.port}`;
const auth = () => `Bearer ${server.token}`;

async function expectStillServing(): Promise<void> {
  const info = await appInfo(server);
  expect(server.child.exitCode, server.log()).toBeNull();
  expect(info).toMatchObject({ status: 200, body: { ok: true } });
}

describe('the browser harness survives requests that used to crash it', () => {
  it('GET //[ (no token) answers 400 or 404', async () => {
    const r = await sendRaw(server.port, `GET //[ HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`);
    expect([400, 404]).toContain(r.status);
    await expectStillServing();
  });

  it('POST /api/%E0%A4%A (a broken percent-escape) answers 404 with the error shape', async () => {
    const body = '{"input":{}}';
    const r = await sendRaw(
      server.port,
      `POST /api/%E0%A4%A HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: ${auth()}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(r.status).toBe(404);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await expectStillServing();
  });

  it.each(['null', '[]', '42', '"text"', 'true'])('a JSON body %s answers 400 VALIDATION', async (body) => {
    const r = await sendRaw(
      server.port,
      `POST /api/appInfo HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: ${auth()}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/JSON object/) } });
    await expectStillServing();
  });

  it('a schema-invalid input answers 400 VALIDATION', async () => {
    const body = JSON.stringify({ input: { caseId: 'one' } });
    const r = await sendRaw(
      server.port,
      `POST /api/getCase HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: ${auth()}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/caseId/) } });
  });

  it('a declared 200 MB body answers 413 at once, without the body being sent', async () => {
    const r = await sendRaw(
      server.port,
      `POST /api/importPhoto HTTP/1.1\r\nHost: ${host()}\r\nAuthorization: ${auth()}\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n{"input":`,
      5_000,
    );
    expect(r.status).toBe(413);
    expect(r.head).toMatch(/\r\nconnection: close/i);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/larger than 96 MB/) } });
    await expectStillServing();
  });

  it('a malformed request line answers 400 from the HTTP parser', async () => {
    const r = await sendRaw(server.port, 'GARBAGE\r\n\r\n');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await expectStillServing();
  });
});
