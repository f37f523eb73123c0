/**
 * The Content-Security-Policy CaseReady's pages are served with. Sent as a response header (by the
 * app:// protocol handler in Electron, and by the HTTP bridge for the browser harness) rather than
 * a <meta> tag, because a header applies before any byte of the page is parsed and also covers
 * directives a meta tag cannot carry.
 *
 * Pure module: the web server imports it too and widens `connect-src` for its API endpoint.
 */
export interface CspOptions {
  /** Extra sources for fetch/XHR/EventSource beyond 'self' (the HTTP bridge's API origin). */
  readonly connectSrc?: readonly string[];
}

/** Directive -> sources, in the order they are emitted. */
function directives(options: CspOptions): ReadonlyArray<readonly [string, readonly string[]]> {
  return [
    // Everything not listed below: only our own origin.
    ['default-src', ["'self'"]],
    // No inline script, no eval, no remote script: the renderer bundle is the only code that runs.
    ['script-src', ["'self'"]],
    // 'unsafe-inline' for styles only: MUI styles components through emotion, which injects
    // <style> elements and sets style attributes at run time. Without it every MUI component
    // renders unstyled. Inline *styles* cannot run code, so this does not weaken script-src.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // data:/blob: for photo thumbnails and display images the renderer builds from base64.
    ['img-src', ["'self'", 'data:', 'blob:']],
    // blob: for previewing a generated PDF in an <iframe> from a Blob URL.
    ['frame-src', ['blob:']],
    // Bundled fonts only.
    ['font-src', ["'self'"]],
    // No plugins (<object>/<embed>), no <base> rewriting of relative URLs, no form posts anywhere.
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['connect-src', ["'self'", ...(options.connectSrc ?? [])]],
  ];
}

const SOURCE_PATTERN = /^(?:'[a-z-]+'|[a-z][a-z0-9+.-]*:(?:\/\/[a-z0-9.-]+(?::\d{1,5})?)?)$/i;

/**
 * Build the policy string. Extra connect-src entries must be a quoted keyword or a
 * `scheme:` / `scheme://host[:port]` source: anything containing ';' or whitespace would inject
 * another directive, so it is refused rather than escaped.
 */
export function buildCsp(options: CspOptions = {}): string {
  for (const source of options.connectSrc ?? []) {
    if (!SOURCE_PATTERN.test(source)) {
      throw new Error(`Not a valid CSP source for connect-src: ${JSON.stringify(source)}`);
    }
  }
  return directives(options)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy for pages served from app://caseready in Electron. */
export const APP_CSP = buildCsp();
