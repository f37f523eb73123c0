/**
 * Where CaseReady keeps its data when nobody says otherwise: the same folder Electron's
 * app.getPath('userData') gives for productName "CaseReady", plus /data, so the desktop app,
 * the browser harness and the CLI all find the same evidence store.
 */
import os from 'node:os';
import path from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.CASEREADY_DATA_DIR) return path.resolve(env.CASEREADY_DATA_DIR);
  const home = os.homedir();
  const appData =
    platform === 'win32'
      ? env.APPDATA ?? path.join(home, 'AppData', 'Roaming')
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : env.XDG_CONFIG_HOME ?? path.join(home, '.config');
  return path.join(appData, 'CaseReady', 'data');
}
