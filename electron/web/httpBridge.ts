/**
 * The browser harness: the same core and contract served over HTTP on 127.0.0.1, so the real
 * renderer runs in Chromium (Playwright e2e, machines without an Electron binary).
 *
 * Defences, because any web page the user visits can send requests to localhost:
 * - a random per-run token is required on every API request (Bearer header; the SSE stream,
 *   which cannot set headers, takes it as a query parameter), compared in constant time;
 * - the Host header must name the loopback address we bound, which defeats DNS rebinding;
 * - a request carrying a foreign Origin is refused;
 * - static files are served with the same path containment and CSP as Electron's app://;
 * - no request can end the process: malformed targets, escapes and bodies answer 4xx, bodies
 *   over the limit answer 413 without being buffered, and any exception answers 500.
 * Errors answer the status httpStatusFor(code) gives, always with the `{ ok: false, error }` body.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import path from 'node:path';
import type { MethodName, ProgressEvent } from '../../shared/contract';
import type { ErrorCode, Result } from '../../shared/errors';
import { buildCsp } from '../csp';
import { resolveContained } from '../protocolPath';
import { dispatch, isMethodName, type Handlers } from '../services/dispatch';
import { httpStatusFor } from './httpStatus';
import { readLimitedBody } from './requestBody';

export interface BridgeOptions {
  readonly handlers: Handlers;
  readonly rendererDir: string;
  readonly port?: number;
  readonly token?: string;
  readonly actor: string;
  /** Largest request body: a 64 MiB photo as base64 plus the envelope. */
  readonly maxBodyBytes?: number;
  /** Where unexpected errors go (default: stderr); tests pass a collector. */
  readonly log?: (err: unknown) => void;
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
  const log = opts.log ?? ((err: unknown) => console.error(err));
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

  const broadcast = (event: ProgressEvent) => {
    const data = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of listeners) res.write(data);
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!allowedHosts.has(req.headers.host ?? '')) return refuse(res, 421, 'Unexpected Host header.');
    if (req.headers.origin && req.headers.origin !== origin) return refuse(res, 403, 'Cross-origin requests are refused.');
    const url = parseTarget(origin, req.url);
    if (!url) return sendError(res, 'VALIDATION', 'The request path is not a valid URL path.');

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
      const name = decodeOrNull(url.pathname.slice('/api/'.length));
      if (name === null || !isMethodName(name)) {
        const shown = (name ?? url.pathname.slice('/api/'.length)).slice(0, 100);
        return sendError(res, 'NOT_FOUND', `There is no method called "${shown}".`);
      }
      return callMethod(req, res, name);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Only GET for pages.');
    return serveStatic(opts.rendererDir, url.pathname, csp, res);
  }

  async function callMethod(req: http.IncomingMessage, res: http.ServerResponse, name: MethodName): Promise<void> {
    const read = await readLimitedBody(req, maxBody);
    if (read.kind === 'aborted') return void res.destroy();
    if (read.kind === 'tooLarge') {
      // Close rather than keep alive: the unread rest of the body must not be parsed as a request.
      res.setHeader('Connection', 'close');
      return sendJson(res, 413, failure('VALIDATION', `The request is larger than ${Math.round(maxBody / 1048576)} MB, the most the harness accepts. Send a smaller file.`));
    }
    let envelope: unknown;
    try {
      envelope = JSON.parse(read.bytes.toString('utf8'));
    } catch {
      return sendError(res, 'VALIDATION', 'The request body is not JSON.');
    }
    if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) {
      return sendError(res, 'VALIDATION', 'The request body must be a JSON object: {"input": ..., "jobId": ...}.');
    }
    const { input, jobId: rawJobId } = envelope as { input?: unknown; jobId?: unknown };
    const jobId = typeof rawJobId === 'string' ? rawJobId.slice(0, 100) : undefined;
    const result = await dispatch(
      opts.handlers,
      name,
      input,
      {
        actor: opts.actor,
        progress: (done, total, message) => {
          if (jobId) broadcast({ jobId, method: name, done, total, message });
        },
        jobId: jobId ?? null,
      },
      log,
    );
    sendJson(res, result.ok ? 200 : httpStatusFor(result.error.code), result);
  }

  const server = http.createServer((req, res) => {
    // Whatever goes wrong while answering (a value JSON cannot encode, a bug in a route) is one
    // failed request, never the end of the harness.
    handle(req, res).catch((err: unknown) => {
      log(err);
      if (res.headersSent) return void res.destroy();
      sendJson(res, 500, failure('INTERNAL', INTERNAL_MESSAGE));
    });
  });
  // Requests Node's HTTP parser cannot read (a malformed request line, bad headers, conflicting
  // Content-Length): answer 400 in the usual error shape instead of a bare close.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => answerClientError(err, socket));
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
  const stream = createReadStream(file);
  // The file can vanish between the check and the read (a rebuild): end this response only.
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

/** Parses the request target; null when it is not an origin-form path ("//[", "*", garbage). */
function parseTarget(origin: string, target: string | undefined): URL | null {
  if (!target?.startsWith('/')) return null;
  try {
    // Concatenated, not `new URL(target, origin)`: a target like '//host/x' would otherwise be
    // read as another host.
    return new URL(origin + target);
  } catch {
    return null;
  }
}

function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null; // a malformed escape such as %E0%A4%A names no method
  }
}

const INTERNAL_MESSAGE = 'Something went wrong inside CaseReady. Nothing was saved by this step; the details are in the log.';

const failure = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

function sendJson(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body); // before writeHead: if it throws, a 500 can still be sent
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendError(res: http.ServerResponse, code: ErrorCode, message: string): void {
  sendJson(res, httpStatusFor(code), failure(code, message));
}

/** Token, Host and Origin refusals keep their precise statuses (401, 421, 403, 405). */
function refuse(res: http.ServerResponse, status: number, message: string): void {
  sendJson(res, status, failure('FORBIDDEN', message));
}

function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  const current = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || current?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, reason, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'The request headers are too large.']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'The request took too long to arrive.']
        : [400, 'Bad Request', 'The request is not valid HTTP.'];
  const body = JSON.stringify(failure('VALIDATION', message));
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
