/**
 * `npm run web`: starts the core on a data folder and serves it plus the renderer on 127.0.0.1.
 * Prints `CASEREADY_URL=<url>` (the e2e tests read that line) and a line for people.
 *   --port N        (default 0: any free port)
 *   --data-dir DIR  (default: the desktop app's data folder, or CASEREADY_DATA_DIR)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isAppError } from '../../shared/errors';
import { createCore } from '../services/core';
import { defaultDataDir } from '../services/defaultDataDir';
import { startBridge } from './httpBridge';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '0' }, 'data-dir': { type: 'string' } },
    allowPositionals: false,
  });
  const appRoot = path.resolve(__dirname, '..', '..');
  const dataDir = values['data-dir'] ? path.resolve(values['data-dir']) : defaultDataDir();
  // One actor for the core's audit entries and the bridge: the person running the harness (or
  // CASEREADY_ACTOR, which the e2e tests set). createCore falls back to the OS account.
  const actor = process.env.CASEREADY_ACTOR;
  const core = await createCore({
    actor,
    dataDir,
    resourcesDir: path.join(appRoot, 'resources'),
    templatesDir: path.join(appRoot, 'templates'),
    ownerKind: 'harness',
  });
  core.startBackupScheduler();
  const bridge = await startBridge({
    handlers: core.handlers,
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    port: Number(values.port),
    actor: actor ?? 'web',
  });
  const { quarantined, missingObjects } = core.startupReport;
  if (core.lock?.tookOverFrom) console.warn(`Took over the data folder's lock from pid ${core.lock.tookOverFrom.pid} (${core.lock.tookOverFrom.kind}, since ${core.lock.tookOverFrom.since}), which ended without releasing it.`);
  if (quarantined.length) console.warn(`Moved ${quarantined.length} unrecorded vault file(s) to quarantine (see \`caseready quarantine list\`).`);
  if (core.restoredFromQuarantine.length) console.warn(`Put back ${core.restoredFromQuarantine.length} recorded vault object(s) from quarantine.`);
  if (missingObjects.length) console.warn(`WARNING: ${missingObjects.length} recorded vault object(s) are missing. Run \`caseready verify\`.`);
  console.log(`CaseReady is serving ${dataDir}`);
  console.log(`Open this address in Chromium (it carries this run's access token):`);
  console.log(`CASEREADY_URL=${bridge.url}`);
  const stop = async () => {
    await bridge.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(isAppError(err) ? `CaseReady could not start: ${err.message}` : err);
  process.exit(1);
});
