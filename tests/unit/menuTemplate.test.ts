import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { backupDestinationProblem, buildMenuTemplate, defaultBackupFolderName, type MenuActions } from '../../electron/menuTemplate';

function recordingActions() {
  const called: string[] = [];
  const actions: MenuActions = {
    newCase: () => called.push('newCase'),
    backUp: () => called.push('backUp'),
    openDataFolder: () => called.push('openDataFolder'),
    about: () => called.push('about'),
  };
  return { called, actions };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}
const roles = (items: MenuItemConstructorOptions[]) => flatten(items).map((i) => i.role).filter(Boolean);
const byLabel = (items: MenuItemConstructorOptions[], label: string) => flatten(items).find((i) => i.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as unknown as () => void)();

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux, with Quit under File', () => {
    const { actions } = recordingActions();
    const menu = buildMenuTemplate({ isDev: false, platform: 'win32', appName: 'CaseReady', actions });
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(roles(menu[0]!.submenu as MenuItemConstructorOptions[])).toEqual(['quit']);
  });

  it('has no reload and no DevTools in a packaged build, but keeps zoom', () => {
    const { actions } = recordingActions();
    const packaged = roles(buildMenuTemplate({ isDev: false, platform: 'linux', appName: 'CaseReady', actions }));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('adds reload and DevTools in development', () => {
    const { actions } = recordingActions();
    const dev = roles(buildMenuTemplate({ isDev: true, platform: 'linux', appName: 'CaseReady', actions }));
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('wires each item to its action', () => {
    const { called, actions } = recordingActions();
    const menu = buildMenuTemplate({ isDev: false, platform: 'linux', appName: 'CaseReady', actions });
    click(byLabel(menu, 'New Case'));
    click(byLabel(menu, 'Back Up Evidence Store…'));
    click(byLabel(menu, 'Open Data Folder'));
    click(byLabel(menu, 'About CaseReady'));
    expect(called).toEqual(['newCase', 'backUp', 'openDataFolder', 'about']);
    expect(byLabel(menu, 'New Case')?.accelerator).toBe('CmdOrCtrl+N');
  });

  it('puts About and Quit in the application menu on macOS', () => {
    const { actions } = recordingActions();
    const menu = buildMenuTemplate({ isDev: false, platform: 'darwin', appName: 'CaseReady', actions });
    expect(menu[0]!.label).toBe('CaseReady');
    expect(roles([menu[0]!])).toContain('quit');
    expect(roles([menu[1]!])).not.toContain('quit');
  });
});

describe('backups', () => {
  it('suggests a dated folder name in local time', () => {
    expect(defaultBackupFolderName(new Date(2025, 2, 7, 14, 5))).toBe('CaseReady backup 2025-03-07 1405');
  });

  const data = path.resolve('/home/u/CaseReady/data');
  it('accepts a folder elsewhere, including a sibling sharing the prefix', () => {
    expect(backupDestinationProblem(data, path.resolve('/media/usb/CaseReady backup'))).toBeNull();
    expect(backupDestinationProblem(data, path.resolve('/home/u/CaseReady/data-backup'))).toBeNull();
  });

  it('refuses the data folder itself, a folder inside it, and a folder containing it', () => {
    expect(backupDestinationProblem(data, data)).toMatch(/outside the CaseReady data folder/);
    expect(backupDestinationProblem(data, path.join(data, 'vault', 'b'))).toMatch(/outside the CaseReady data folder/);
    expect(backupDestinationProblem(data, path.resolve('/home/u'))).toMatch(/does not contain/);
  });
});
