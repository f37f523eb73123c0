/**
 * `caseready`: the command line over the same core the app uses.
 * Exit codes: 0 done, 1 the operation failed (message on stderr), 2 wrong usage, 3 verify found problems,
 * 4 a document's legal step is not ready (its checklist has blocking items missing).
 */
import path from 'node:path';
import { isAppError } from '../../shared/errors';
import { createCore, type Core } from '../services/core';
import { defaultDataDir } from '../services/defaultDataDir';
import { COMMANDS, USAGE } from './commands';
import { createOutput, EXIT, UsageError } from './output';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const out = createOutput(json);
  const args = argv.filter((a) => a !== '--json');
  if (args.length === 0 || args[0] === '--help' || args[0] === 'help' || args[0] === '-h') {
    process.stdout.write(USAGE);
    return args.length === 0 ? EXIT.usage : EXIT.ok;
  }
  if (args[0] === '--version') {
    const { VERSION } = await import('../services/version');
    process.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const dataDirIndex = args.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  let dataDir = defaultDataDir();
  if (dataDirIndex >= 0) {
    const a = args[dataDirIndex]!;
    const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[dataDirIndex + 1];
    if (!value) return usage(out, '--data-dir needs a folder');
    dataDir = path.resolve(value);
    args.splice(dataDirIndex, a.includes('=') ? 1 : 2);
  }
  const key = [args[0], args[1]].join(' ');
  const command = COMMANDS[key] ?? COMMANDS[args[0]!];
  if (!command) return usage(out, `unknown command "${args.slice(0, 2).join(' ')}"`);
  const rest = args.slice(COMMANDS[key] ? 2 : 1);

  const appRoot = path.resolve(__dirname, '..', '..');
  let core: Core | undefined;
  try {
    // `restore` writes a new data folder itself: opening a core first would create a store there.
    if (command.opensCore === false) return await command.run({ args: rest, out, dataDir });
    core = await createCore({
      dataDir,
      resourcesDir: path.join(appRoot, 'resources'),
      templatesDir: path.join(appRoot, 'templates'),
      actor: process.env.CASEREADY_ACTOR,
    });
    return await command.run({ core, args: rest, out, dataDir });
  } catch (err) {
    if (err instanceof UsageError) return usage(out, err.message);
    if (isAppError(err)) {
      out.error({ code: err.code, message: err.message });
      return err.code === 'NOT_READY' ? EXIT.notReady : EXIT.failed;
    }
    out.error({ code: 'INTERNAL', message: `unexpected failure: ${(err as Error).stack ?? String(err)}` });
    return EXIT.failed;
  } finally {
    core?.close();
  }
}

function usage(out: ReturnType<typeof createOutput>, message: string): number {
  out.error({ code: 'VALIDATION', message: `${message}. Run \`caseready --help\` for usage.` });
  return EXIT.usage;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = EXIT.failed;
  },
);
