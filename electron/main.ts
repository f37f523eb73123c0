/**
 * Electron main process: lifecycle only. Everything with logic lives in pure modules that the unit
 * tests cover (dataDir, runtimePaths, protocolPath, ipc, windowPolicy, menuTemplate,
 * startupError); this file wires them to Electron in the order Electron requires.
 */
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveDataDir } from './dataDir';
import { bindContract, senderOriginOf } from './ipc';
import { installAppMenu } from './menu';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './protocol';
import { appPathsFromBundleDir, chooseSqliteBinding, SQLITE_BINDING_ENV } from './runtimePaths';
import { createCore, type Core } from './services/core';
import { describeStartupFailure } from './startupError';
import { createAppWindow } from './windowFactory';

const isDev = !app.isPackaged;
// This file is bundled to dist/electron/main.cjs; every other path is relative to that folder.
const paths = appPathsFromBundleDir(__dirname);

function fail(err: unknown): void {
  const { title, message } = describeStartupFailure(err, { isDev });
  console.error(err);
  // showErrorBox is safe before 'ready' and blocks until dismissed.
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function osAccountName(): string {
  try {
    return os.userInfo().username || 'local user';
  } catch {
    return 'local user';
  }
}

function start(): void {
  // Before ready: Chromium reads scheme privileges at startup; sandbox every renderer, even one
  // some future code creates without going through windowFactory.
  registerAppSchemeAsPrivileged();
  app.enableSandbox();

  let dataDir: string;
  try {
    const choice = resolveDataDir({
      argv: process.argv,
      env: process.env,
      userDataDir: () => app.getPath('userData'),
      cwd: process.cwd(),
    });
    dataDir = choice.dataDir;
    // A store chosen by argument or environment gets its own Chromium profile inside it. The
    // single-instance lock is keyed on the profile folder, so this makes the lock mean "one
    // CaseReady per evidence store": two stores may be open at once, one store never twice
    // (one process owns writes). It also keeps e2e runs out of the user's real profile.
    if (choice.source !== 'default') app.setPath('userData', path.join(dataDir, 'electron-profile'));
  } catch (err) {
    fail(err);
    return;
  }

  if (!app.requestSingleInstanceLock()) {
    // The first instance gets 'second-instance' and brings its window forward.
    app.quit();
    return;
  }

  // Which better-sqlite3 binary the core loads: see runtimePaths.ts and docs/electron.md.
  const binding = chooseSqliteBinding({ isPackaged: app.isPackaged, env: process.env, appRoot: paths.appRoot, exists: existsSync });
  if (binding) process.env[SQLITE_BINDING_ENV] = binding;
  else delete process.env[SQLITE_BINDING_ENV];

  let core: Core | null = null;
  let mainWindow: BrowserWindow | null = null;
  const openWindow = (): BrowserWindow => {
    const win = createAppWindow({ preloadPath: paths.preloadPath, isDev });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    return win;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open reopens one on the same core.
    if (core && BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
  });
  app.on('before-quit', () => {
    core?.close();
    core = null;
  });

  app
    .whenReady()
    .then(async () => {
      const actor = osAccountName();
      core = await createCore({ dataDir, resourcesDir: paths.resourcesDir, templatesDir: paths.templatesDir, actor, ownerKind: 'app' });
      core.startBackupScheduler();
      handleAppProtocol(paths.rendererDir);
      bindContract(ipcMain, core, senderOriginOf, { actor });
      installAppMenu({ core, dataDir, isDev, getWindow: () => mainWindow });
      mainWindow = openWindow();
    })
    .catch(fail);
}

start();
