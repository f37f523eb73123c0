/**
 * The one origin CaseReady's own pages load from, and the checks that compare against it.
 * Pure (no 'electron' import) so the IPC sender check, the navigation guard and the protocol
 * handler share one tested definition.
 *
 * Note on `new URL(...).origin`: WHATWG URL only computes tuple origins for the special schemes
 * (http, https, ws, wss, ftp, file gives 'null'); for `app:` it returns the string 'null'. So the
 * origin is rebuilt from protocol and host here instead.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'caseready';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when the URL cannot be parsed, has no host (file:,
 * about:, data:, blob:), or carries credentials (`app://user@caseready` is not our origin even
 * though the host matches).
 */
export function originOf(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True only for URLs whose origin is exactly `app://caseready` (no port, no credentials). */
export function isAppOrigin(url: string | null | undefined): boolean {
  return originOf(url) === APP_ORIGIN;
}
