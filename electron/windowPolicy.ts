/**
 * The security settings every CaseReady window gets, as plain data so the unit tests can pin them
 * (a refactor that flips `sandbox` to false fails a test, not a code review). windowFactory.ts
 * applies them. Only a *type* comes from 'electron'.
 */
import type { WebPreferences } from 'electron';
import { isAppOrigin } from './appOrigin';

export function secureWebPreferences(preloadPath: string, opts: { readonly devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    // The preload and the page run in separate JavaScript worlds: the page cannot reach the
    // preload's objects or tamper with the prototypes it uses. Only contextBridge crosses.
    contextIsolation: true,
    // The renderer process runs in Chromium's OS sandbox; the preload gets a minimal require
    // ('electron' only). A renderer compromise then cannot touch files or spawn processes.
    sandbox: true,
    // No require/process in the page: an XSS cannot become code execution on the machine.
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    // Same-origin policy on: pages cannot read other origins.
    webSecurity: true,
    allowRunningInsecureContent: false,
    // <webview> can host arbitrary content with its own preferences; CaseReady uses none.
    webviewTag: false,
    // Chromium's experimental web-platform features stay off.
    experimentalFeatures: false,
    // Spellchecker downloads dictionaries from a Google CDN on first use; keep the app offline.
    spellcheck: false,
    // DevTools only in development: in a packaged build nobody at the keyboard should be able
    // to call window.api by hand and bypass the UI's confirmations.
    devTools: opts.devTools,
    // Chromium's built-in PDF viewer is a plugin: the renderer previews issued notices in an
    // <iframe> of a blob: URL, which stays blank without it. No third-party plugins exist in
    // Electron, and CSP object-src 'none' still forbids <object>/<embed>.
    plugins: true,
  };
}

/** Only our own pages may be navigated to or redirected to. */
export function isAllowedNavigation(url: string): boolean {
  return isAppOrigin(url);
}

/**
 * What an <iframe> inside our page may show: our own pages, an empty frame, or a Blob URL our
 * page created (the PDF preview: CSP frame-src blob:). A Blob URL names its creator's origin,
 * `blob:app://caseready/<uuid>`, so a blob from any other origin is refused.
 */
export function isAllowedSubframeNavigation(url: string): boolean {
  if (url === 'about:blank') return true;
  if (url.startsWith('blob:')) return isAppOrigin(url.slice('blob:'.length));
  return isAppOrigin(url);
}
