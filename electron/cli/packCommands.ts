/**
 * CLI verbs `pack check`, `pack list`, `pack use`: run before (and without) the core, so a broken
 * pack can be checked, listed and replaced even when it is the one the installation uses.
 */
import path from 'node:path';
import type { PackList } from '../../shared/packs';
import { checkPackDir, formatProblem } from '../services/packs/checkPack';
import { listPacks, usePack, withPackStore } from '../services/packs/packSelection';
import { systemClock } from '../services/clock';
import { call, options, resolveCase, type Command } from './cliSupport';
import { EXIT, escapeControls, UsageError, type Output } from './output';

export const PACK_USAGE = `  pack check DIR                        check a jurisdiction pack folder: every problem, each as file:line:column
  pack list                             every pack found (the app's and DATA_DIR/packs/), valid or not, the one in use
  pack use ID                           make ID the installation's pack (checked first; applies from the next start)
  --pack ID                             (any command) use pack ID for this one command
  case move-pack --case CASE            record the loaded pack (id and version) on a case opened under another (audited);
                                        until then its documents are refused
`;

/** `case move-pack` needs the loaded pack, so it runs on the core like other case commands. */
export const CASE_PACK_COMMANDS: Record<string, Command> = {
  'case move-pack': {
    run: async (ctx) => {
      const { values } = options(ctx.args, { case: { type: 'string' } });
      const detail = await call(ctx, 'moveCaseToPack', { caseId: resolveCase(ctx, values.case) });
      ctx.out.result(detail, () => `${detail.caseNumber} is now under the jurisdiction pack "${detail.pack.id}" ${detail.pack.version}.`);
      return EXIT.ok;
    },
  },
};

export interface PackCommandContext {
  readonly args: string[];
  readonly out: Output;
  readonly dataDir: string;
  readonly templatesDir: string;
  /** `--pack ID` of this command line. */
  readonly packOverride?: string;
}

export type PackCommand = (ctx: PackCommandContext) => Promise<number>;

function onePositional(args: string[], what: string): string {
  const { positionals } = options(args, {}, true);
  if (positionals.length !== 1) throw new UsageError(`${what} is required (exactly one)`);
  return positionals[0]!;
}

export function describePackList(list: PackList): string {
  const lines = [`Jurisdiction packs (in use: ${list.inUse}${list.setting !== list.inUse ? `; setting: ${list.setting}` : ''}):`];
  for (const p of list.packs) {
    const mark = p.id === list.inUse && !p.shadowed ? '*' : ' ';
    const state = p.shadowed ? 'replaced by the data folder\'s copy' : p.valid ? 'valid' : 'INVALID';
    lines.push(`${mark} ${p.id}  ${p.name ?? '(no name)'}  ${p.version ?? '-'}  [${p.source === 'app' ? 'app' : 'data folder'}] ${state}`, `      ${p.dir}`);
    for (const problem of p.problems) lines.push(`      ${escapeControls(problem)}`);
  }
  return lines.join('\n');
}

export const PACK_COMMANDS: Record<string, PackCommand> = {
  'pack check': async (ctx) => {
    const dir = path.resolve(onePositional(ctx.args, 'DIR'));
    const result = await checkPackDir(dir);
    const lines = result.problems.map(formatProblem);
    ctx.out.result({ ...result, ok: lines.length === 0 }, () =>
      lines.length === 0 ? `${dir}: the pack "${result.id ?? '?'}" ${result.version ?? ''} has no problems.` : [...lines.map(escapeControls), `${lines.length} problem(s).`].join('\n'),
    );
    return lines.length === 0 ? EXIT.ok : EXIT.failed;
  },
  'pack list': async (ctx) => {
    options(ctx.args, {});
    const list = await withPackStore(ctx.dataDir, 'read', 'caseready pack list', (db) => listPacks(db, ctx.templatesDir, ctx.dataDir, ctx.packOverride));
    ctx.out.result(list, () => describePackList(list));
    return EXIT.ok;
  },
  'pack use': async (ctx) => {
    const id = onePositional(ctx.args, 'ID');
    const actor = process.env.CASEREADY_ACTOR ?? 'cli';
    const list = await withPackStore(ctx.dataDir, 'write', 'caseready pack use', (db) => usePack(db!, ctx.templatesDir, ctx.dataDir, id, actor, systemClock));
    ctx.out.result(list, () => `The installation's jurisdiction pack is now "${id}"; it applies from the next start of CaseReady (each command already uses it).`);
    return EXIT.ok;
  },
};
