/** Helpers every CLI command module uses: calling the core through dispatch, options, case references. */
import { parseArgs } from 'node:util';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { findCaseIdByNumber } from '../db/queries/cases';
import type { Core } from '../services/core';
import { dispatch } from '../services/dispatch';
import { UsageError, type Output } from './output';

export interface CommandContext {
  readonly core: Core;
  readonly args: string[];
  readonly out: Output;
  readonly dataDir: string;
}

/** A command that runs on the data folder's open core (the usual case). */
export interface CoreCommand {
  readonly opensCore?: true;
  readonly run: (ctx: CommandContext) => Promise<number>;
  /** Never writes: may run on a read-only connection beside the data folder's owner. */
  readonly readOnly?: boolean;
}

/** A command that must not open (and so create) a store in --data-dir, e.g. `restore`. */
export interface CorelessCommand {
  readonly opensCore: false;
  readonly run: (ctx: Omit<CommandContext, 'core'>) => Promise<number>;
}

export type Command = CoreCommand | CorelessCommand;

export async function call<K extends MethodName>(ctx: CommandContext, name: K, input: MethodInput<K>, opts: { signal?: AbortSignal } = {}): Promise<MethodOutput<K>> {
  const result = await dispatch(ctx.core.handlers, name, input, {
    actor: process.env.CASEREADY_ACTOR ?? 'cli',
    progress: ctx.out.progress,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value as MethodOutput<K>;
}

export function options<T extends Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>>(args: string[], spec: T, positionals = false) {
  try {
    return parseArgs({ args, options: spec, allowPositionals: positionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export function need(value: string | undefined, flag: string): string {
  if (value === undefined || value === '') throw new UsageError(`${flag} is required`);
  return value;
}

export function resolveCase(ctx: CommandContext, ref: string | undefined): number {
  const r = need(ref, '--case');
  if (/^\d+$/.test(r)) return Number(r);
  const id = findCaseIdByNumber(ctx.core.db, r);
  if (id === undefined) throw new AppError('NOT_FOUND', `There is no case numbered ${r}.`);
  return id;
}
