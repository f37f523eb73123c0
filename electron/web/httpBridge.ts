/**
 * The browser harness: the same core and contract served over HTTP on 127.0.0.1, so the real
 * renderer runs in Chromium (Playwright e2e, machines without an Electron binary).
 *
 * Defences, because any web page the user visits can send requests to localhost:
 * - a random per-run token is required on every API request (Bearer header; the SSE stream,
 *   which cannot set headers, takes it as a query parameter), compared in constant time;
 * - the Host header must name the loopback address we bound, which defeats DNS rebinding;
 * - a request carrying a foreign Origin is refused;
 * - static files are served with the same path containment and CSP as Electron's app://.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ProgressEvent } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { buildCsp } from '../csp';
import { resolveContained } from '../protocolPath';
import { dispatch, isMethodName, type Handlers } from '../services/dispatch';

export interface BridgeOptions {
  readonly handlers: Handlers;
  readonly rendererDir: string;
  readonly port?: number;
  readonly token?: string;
  readonly actor: string;
  /** Largest request body: a 64 MiB photo as base64 plus the envelope. */
  readonly maxBodyBytes?: number;
}

export interface Bridge {
  readonly url: string; // includes #token=...
  readonly origin: string;
  readonly token: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? randomBytes(32).toString('hex');
  const maxBody = opts.maxBodyBytes ?? 96 * 1024 * 1024;
  const listeners = new Set<http.ServerResponse>();
  let origin = '';
  let allowedHosts = new Set<string>();
  const csp = buildCsp();

  const tokenOk = (given: string | null | undefined): boolean => {
    if (!given) return false;
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const sendJson = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const refuse = (res: http.ServerResponse, status: number, message: string) =>
    sendJson(res, status, { ok: false, error: { code: 'FORBIDDEN', message } } satisfies Result<never>);

  const broadcast = (event: ProgressEvent) => {
    const data = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of listeners) res.write(data);
  };

  const server = http.createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 421, 'Unexpected Host header.');
    if (req.headers.origin && req.headers.origin !== origin) return refuse(res, 403, 'Cross-origin requests are refused.');
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!tokenOk(url.searchParams.get('token'))) return refuse(res, 401, 'Missing or wrong token.');
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'API methods are called with POST.');
      const auth = req.headers.authorization ?? '';
      if (!tokenOk(auth.startsWith('Bearer ') ? auth.slice(7) : null)) return refuse(res, 401, 'Missing or wrong token.');
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      if (!isMethodName(name)) return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: `No method ${name}.` } });
      return void readBody(req, maxBody).then(
        async (body) => {
          let envelope: { input?: unknown; jobId?: unknown };
          try {
            envelope = JSON.parse(body.toString('utf8')) as typeof envelope;
          } catch {
            return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'The request body is not JSON.' } });
          }
          const jobId = typeof envelope.jobId === 'string' ? envelope.jobId.slice(0, 100) : undefined;
          const result = await dispatch(opts.handlers, name, envelope.input, {
            actor: opts.actor,
            progress: (done, total, message) => {
              if (jobId) broadcast({ jobId, method: name, done, total, message });
            },
          });
          sendJson(res, 200, result);
        },
        (err: Error) => sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: err.message } }),
      );
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Only GET for pages.');
    return void serveStatic(opts.rendererDir, url.pathname, csp, res);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise((resolve) => {
        for (const res of listeners) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function serveStatic(root: string, pathname: string, csp: string, res: http.ServerResponse): Promise<void> {
  const file = await resolveContained(root, pathname === '/' ? '/index.html' : pathname);
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': csp,
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}

function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        reject(new Error(`The request is larger than ${Math.round(max / 1048576)} MB.`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
