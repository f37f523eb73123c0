/**
 * THE one place BrowserWindows are created (VS Code's windows.ts pattern): every window gets the
 * secure preferences from windowPolicy.ts and the guards below, so no code path can open a window
 * with weaker settings. The reasons for each setting are in docs/electron.md.
 */
import { BrowserWindow, type Session } from 'electron';
import { APP_ENTRY_URL } from './appOrigin';
import { isAllowedNavigation, isAllowedSubframeNavigation, secureWebPreferences } from './windowPolicy';

export interface WindowOptions {
  readonly preloadPath: string;
  readonly isDev: boolean;
  readonly title?: string;
}

/**
 * Deny every permission (camera, microphone, geolocation, notifications, clipboard-read, HID,
 * serial, ...): CaseReady needs none, and a denied check cannot be abused by injected content.
 * Installed once per session; calling it again just replaces the same handlers.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function createAppWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    title: options.title ?? 'CaseReady',
    show: false, // shown on ready-to-show, so the user never sees a blank white frame
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.isDev }),
  });
  const contents = win.webContents;

  denyAllPermissions(contents.session);

  // window.open / target=_blank: never a new Electron window. (Links to outside sites are not
  // opened in the system browser either: nothing in CaseReady needs one, and an injected link
  // must not be able to launch a URL handler on the machine.)
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  // The page may only ever be one of our own: a navigation or redirect anywhere else (a dropped
  // file:// path, an http link, a redirect from a compromised response) is cancelled.
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    // will-navigate covers the main frame only; iframes are checked here.
    if (!details.isMainFrame && !isAllowedSubframeNavigation(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
