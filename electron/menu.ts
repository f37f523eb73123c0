/**
 * Installs the application menu (menuTemplate.ts) with its actions: New Case is forwarded to the
 * page (window.api.onMenu), the rest run in the main process with native dialogs.
 */
import { app, dialog, Menu, shell, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '../shared/methodNames';
import { isAppError } from '../shared/errors';
import type { Core } from './services/core';
import { backupDestinationProblem, buildMenuTemplate, defaultBackupFolderName } from './menuTemplate';
import path from 'node:path';

export interface MenuDeps {
  readonly core: Pick<Core, 'backup'>;
  readonly dataDir: string;
  readonly isDev: boolean;
  readonly getWindow: () => BrowserWindow | null;
}

export function installAppMenu(deps: MenuDeps): void {
  const template = buildMenuTemplate({
    isDev: deps.isDev,
    platform: process.platform,
    appName: app.name,
    actions: {
      newCase: () => sendMenuCommand(deps, 'newCase'),
      backUp: () => void backUpEvidenceStore(deps),
      openDataFolder: () => void openDataFolder(deps),
      about: () => void showAbout(deps),
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function sendMenuCommand(deps: MenuDeps, command: MenuCommand): void {
  const win = deps.getWindow();
  if (win && !win.isDestroyed()) win.webContents.send(MENU_CHANNEL, command);
}

async function messageBox(deps: MenuDeps, options: MessageBoxOptions): Promise<void> {
  const win = deps.getWindow();
  if (win && !win.isDestroyed()) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}

async function backUpEvidenceStore(deps: MenuDeps): Promise<void> {
  const win = deps.getWindow();
  const dialogOptions = {
    title: 'Back Up Evidence Store',
    buttonLabel: 'Back Up Here',
    message: 'Name a new folder for the backup, ideally on another drive.',
    defaultPath: path.join(app.getPath('documents'), defaultBackupFolderName(new Date())),
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
  };
  const choice = win ? await dialog.showSaveDialog(win, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
  if (choice.canceled || !choice.filePath) return;

  const problem = backupDestinationProblem(deps.dataDir, choice.filePath);
  if (problem) {
    dialog.showErrorBox('Backup not started', problem);
    return;
  }
  const progressBar = (fraction: number) => {
    if (win && !win.isDestroyed()) win.setProgressBar(fraction);
  };
  try {
    progressBar(2); // >1 shows an indeterminate bar until the first object is copied
    const report = await deps.core.backup(choice.filePath, (done, total) => progressBar(total > 0 ? done / total : 1));
    progressBar(-1);
    await messageBox(deps, {
      type: 'info',
      title: 'Backup finished',
      message: 'The evidence store was backed up.',
      detail:
        `Folder: ${report.folder}\n` +
        `${report.manifest.counts.cases} case(s), ${report.manifest.counts.objects} vault object(s); the copy was verified (integrity, audit chain, every object re-hashed).`,
    });
  } catch (err) {
    progressBar(-1);
    const detail = isAppError(err)
      ? err.message
      : `The backup could not be written (${(err as Error).message}). Check that the folder is writable and the drive has room, then try again.`;
    dialog.showErrorBox('Backup failed', detail);
  }
}

async function openDataFolder(deps: MenuDeps): Promise<void> {
  const failure = await shell.openPath(deps.dataDir);
  if (failure) dialog.showErrorBox('Could not open the data folder', `${deps.dataDir}\n\n${failure}`);
}

async function showAbout(deps: MenuDeps): Promise<void> {
  await messageBox(deps, {
    type: 'info',
    title: `About ${app.name}`,
    message: `${app.name} ${app.getVersion()}`,
    detail:
      'Municipal code enforcement: from evidence to hearing.\n\n' +
      `Data folder: ${deps.dataDir}\n` +
      `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node}`,
  });
}
