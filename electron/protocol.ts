/**
 * The app:// scheme: CaseReady's pages are served from the renderer folder through a handler we
 * control instead of file://, so that (1) the pages have a real origin (`app://caseready`) the IPC
 * layer can check, (2) every response carries our CSP header, and (3) a request cannot read any
 * file outside the renderer folder (see protocolPath.ts, which holds all the logic and the tests).
 */
import { protocol } from 'electron';
import { APP_SCHEME } from './appOrigin';
import { serveAppRequest } from './protocolPath';

/**
 * Must run before `app` is ready: Chromium reads scheme privileges at startup.
 * - standard: URLs parse like http (host, relative paths, a real origin, localStorage).
 * - secure: treated like https, so secure-context APIs (crypto.subtle) work without a warning.
 * - supportFetchAPI: the renderer may fetch() its own bundled files.
 * Deliberately NOT set: corsEnabled (it would let other origins read app:// responses) and
 * bypassCSP (our CSP must apply).
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** After ready: serve app://caseready/* from `rendererDir` (on the default session). */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await serveAppRequest(rendererDir, request.method, request.url);
    // Copy into a fresh ArrayBuffer-backed view: Response accepts BodyInit, and a Node Buffer
    // may be a slice of a larger pooled ArrayBuffer.
    const body = answer.body ? new Uint8Array(answer.body) : null;
    return new Response(body, { status: answer.status, headers: answer.headers });
  });
}
