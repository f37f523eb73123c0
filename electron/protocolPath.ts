/**
 * Maps app://caseready/<path> requests to files inside the renderer folder, so that no URL can
 * read a file outside it. Pure Node (no 'electron' import): electron/protocol.ts wraps
 * `serveAppRequest` into a `protocol.handle` response, and the unit tests drive it on real temp
 * folders with real symlinks.
 *
 * The fs calls used here (realpath, stat, readFile) are the ones Electron patches for asar
 * archives, so the same code serves dist/renderer from inside app.asar in a packaged build.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { APP_CSP } from './csp';

/** True when `target` is `root` itself or lies below it. Both must be absolute and normalized. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  // path.relative, not startsWith: '/app/dist-evil' starts with '/app/dist' but is a sibling,
  // and relative() gives '../dist-evil' for it. On Windows a different drive gives an absolute
  // result, hence the isAbsolute check.
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/** Decode percent-escapes exactly once; null for malformed escapes. */
function decodeOnce(urlPathname: string): string | null {
  try {
    return decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
}

/**
 * The real path of the file `urlPathname` names inside `rootDir`, or null when it must not be
 * served (traversal, NUL, backslash, absolute or drive-letter paths, symlinks leading out of the
 * root, missing files, directories).
 *
 * Decoding happens once: `%252e%252e` becomes the literal folder name `%2e%2e`, never `..`.
 */
export async function resolveContained(rootDir: string, urlPathname: string): Promise<string | null> {
  const decoded = decodeOnce(urlPathname);
  if (decoded === null) return null;
  // NUL truncates paths in C APIs; a backslash is a separator on Windows (`..\` escapes there)
  // and never appears in our own asset names, so both are refused on every platform.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;

  let relative = decoded.startsWith('/') ? decoded.slice(1) : decoded;
  // '//etc/passwd' or '/C:/Windows' would still be absolute after dropping one slash.
  if (relative.startsWith('/') || /^[a-zA-Z]:/.test(relative) || path.isAbsolute(relative)) return null;
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';

  let realRoot: string;
  try {
    realRoot = await realpath(rootDir);
  } catch {
    return null;
  }
  // Lexical check first, so a `../` request never reaches the file system at all.
  const candidate = path.resolve(realRoot, relative);
  if (!isInside(realRoot, candidate)) return null;

  let realTarget: string;
  try {
    realTarget = await realpath(candidate);
  } catch {
    return null; // missing, or a dangling symlink
  }
  // Second check on the resolved path: a symlink inside the root may point anywhere.
  if (!isInside(realRoot, realTarget)) return null;
  try {
    return (await stat(realTarget)).isFile() ? realTarget : null;
  } catch {
    return null;
  }
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/**
 * Content-Type by file extension. Module scripts are refused by Chromium unless served with a
 * JavaScript MIME type, and `nosniff` (below) stops it guessing, so the table must be right.
 */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Absent for HEAD requests and errors. */
  readonly body?: Buffer;
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': APP_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

function errorResponse(status: 404 | 405): AppResponse {
  const headers = { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' };
  return { status, headers, body: Buffer.from(status === 404 ? 'Not found' : 'Method not allowed') };
}

/**
 * Answer one app:// request: only GET/HEAD, only host `caseready`, only files inside
 * `rendererDir`. Every response, errors included, carries the CSP.
 */
export async function serveAppRequest(rendererDir: string, method: string, url: string): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') return errorResponse(405);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return errorResponse(404);
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return errorResponse(404);

  const file = await resolveContained(rendererDir, parsed.pathname);
  if (file === null) return errorResponse(404);
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return errorResponse(404);
  }
  const headers = {
    ...securityHeaders(),
    'Content-Type': contentTypeFor(file),
    'Content-Length': String(body.length),
  };
  return method === 'HEAD' ? { status: 200, headers } : { status: 200, headers, body };
}
