/**
 * Starts the real browser harness (dist/web/server.cjs, built by tests/globalSetup.ts) in a child
 * process on a temp data folder, and speaks raw HTTP to it: a crash shows up as the process
 * exiting, which an in-process bridge could not show.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export interface WebServer {
  readonly child: ChildProcess;
  readonly port: number;
  readonly token: string;
  /** Everything the server wrote to stdout and stderr so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

export async function startWebServer(): Promise<WebServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'caseready-web-'));
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/web/server.cjs'), '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CASEREADY_ACTOR: 'robustness-test' },
  });
  let log = '';
  child.stdout!.on('data', (c: Buffer) => (log += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${log}`)), 30_000);
    child.stdout!.on('data', () => {
      const m = /CASEREADY_URL=(\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(new URL(m[1]!));
      }
    });
    child.once('exit', (code) => reject(new Error(`web server exited with ${code}:\n${log}`)));
  });
  return {
    child,
    port: Number(url.port),
    token: url.hash.replace(/^#token=/, ''),
    log: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface RawReply {
  /** Null when the server closed the connection (or we gave up) without a status line. */
  readonly status: number | null;
  readonly head: string;
  readonly body: string;
}

/**
 * Sends bytes as they are (malformed request lines included) and reads one answer: until the
 * Content-Length is complete, the server closes, or `waitMs` passes (a request that promised
 * more body than it sent legitimately waits; we then hang up, which exercises the abort path).
 */
export function sendRaw(port: number, bytes: Buffer | string, waitMs = 400): Promise<RawReply> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = data.toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const head = split >= 0 ? text.slice(0, split) : text;
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      resolve({ status: m ? Number(m[1]) : null, head, body: split >= 0 ? data.subarray(split + 4).toString('utf8') : '' });
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (c: Buffer) => {
      data = Buffer.concat([data, c]);
      const text = data.toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return;
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, split));
      if (length && data.length - (split + 4) >= Number(length[1])) finish();
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(bytes);
  });
}

/** A well-formed, authenticated appInfo call: the server is still up and serving. */
export function appInfo(server: WebServer): Promise<{ status: number; body: { ok: boolean } }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/api/appInfo',
        agent: false,
        headers: { host: `127.0.0.1:${server.port}`, authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString()) }));
      },
    );
    req.on('error', (err) => reject(new Error(`appInfo failed (${err.message}); server exit code ${server.child.exitCode}:\n${server.log().slice(-2000)}`)));
    req.end('{"input":{}}');
  });
}
