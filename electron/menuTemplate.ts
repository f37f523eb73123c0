/**
 * The application menu as data. Pure (only a *type* from 'electron') so tests can check what a
 * packaged build offers: no Reload and no DevTools outside development, where a reload would
 * drop a half-filled form and DevTools would let anyone at the keyboard call window.api directly.
 * menu.ts supplies the actions and installs the menu.
 */
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { isInside } from './protocolPath';

export interface MenuActions {
  readonly newCase: () => void;
  readonly backUp: () => void;
  readonly openDataFolder: () => void;
  readonly about: () => void;
}

export interface MenuOptions {
  readonly isDev: boolean;
  readonly platform: NodeJS.Platform;
  readonly appName: string;
  readonly actions: MenuActions;
}

export function buildMenuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = opts.platform === 'darwin';
  const { actions } = opts;
  const about: MenuItemConstructorOptions = { label: `About ${opts.appName}`, click: actions.about };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Case', accelerator: 'CmdOrCtrl+N', click: actions.newCase },
      { type: 'separator' },
      { label: 'Back Up Evidence Store…', click: actions.backUp },
      { label: 'Open Data Folder', click: actions.openDataFolder },
      // On macOS Quit lives in the application menu; elsewhere File > Quit (Ctrl+Q).
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const devItems: MenuItemConstructorOptions[] = opts.isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...devItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = { label: '&Help', role: 'help', submenu: [about] };
  if (isMac) {
    const appMenu: MenuItemConstructorOptions = {
      label: opts.appName,
      submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    };
    return [appMenu, file, edit, view, { role: 'windowMenu' }, help];
  }
  return [file, edit, view, help];
}

/** Suggested name for a new backup folder: `CaseReady backup 2025-03-07 1405` (local time). */
export function defaultBackupFolderName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `CaseReady backup ${date} ${pad(now.getHours())}${pad(now.getMinutes())}`;
}

/**
 * Why a backup destination is a bad idea, or null when it is fine. A backup inside the data
 * folder would be lost with it (same disk, same accidental delete), and the data folder inside the
 * backup would make the next backup copy itself.
 */
export function backupDestinationProblem(dataDir: string, destination: string): string | null {
  const data = path.resolve(dataDir);
  const dest = path.resolve(destination);
  if (isInside(data, dest)) {
    return 'Choose a folder outside the CaseReady data folder, ideally on another drive: a backup kept next to the data is lost with it.';
  }
  if (isInside(dest, data)) {
    return 'Choose a folder that does not contain the CaseReady data folder.';
  }
  return null;
}
