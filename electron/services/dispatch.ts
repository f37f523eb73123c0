/**
 * Transport-neutral method dispatch: every transport (Electron IPC, the HTTP bridge) calls
 * `dispatch`, which validates the raw input against the contract's schema, runs the handler and
 * turns any failure into `{ ok: false, error }`. Unknown errors are logged and reported as
 * INTERNAL without leaking stack traces to the page.
 */
import { contract, type MethodName, type MethodOutput, type ParsedInput } from '../../shared/contract';
import { AppError, isAppError, type Result } from '../../shared/errors';
import { classifyIoError } from './ioErrors';
import { startJob } from './jobs';

export interface CallContext {
  /** Who is acting, recorded in the audit log. */
  readonly actor: string;
  readonly progress: (done: number, total: number, message: string) => void;
  /** The id the caller's progress events carry; with it the call can be cancelled (cancelJob). */
  readonly jobId?: string | null;
  /** Aborted when the caller cancels (jobs.ts); long work checks it where stopping is safe. */
  readonly signal?: AbortSignal;
}

export type Handlers = {
  readonly [K in MethodName]: (input: ParsedInput<K>, ctx: CallContext) => Promise<MethodOutput<K>> | MethodOutput<K>;
};

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export function formatZodIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  return issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

export async function dispatch(
  handlers: Handlers,
  name: string,
  rawInput: unknown,
  ctx: CallContext,
  log: (err: unknown) => void = (err) => console.error(err),
): Promise<Result<unknown>> {
  if (!isMethodName(name)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `There is no method called "${name}".` } };
  }
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'VALIDATION', message: formatZodIssues(parsed.error.issues) } };
  }
  const job = startJob(ctx.jobId);
  try {
    const handler = handlers[name] as (input: unknown, ctx: CallContext) => unknown;
    const value = await handler(parsed.data, { ...ctx, signal: ctx.signal ?? job.signal });
    return { ok: true, value };
  } catch (err) {
    if (isAppError(err)) return { ok: false, error: { code: err.code, message: err.message } };
    // A full disk, read-only media, a permission problem, a lock or a failing drive is reported
    // as such (with what to do), never as an internal error or as corruption.
    const io = classifyIoError(err, 'the data folder');
    if (io) return { ok: false, error: { code: io.code, message: io.message } };
    log(err);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside CaseReady. Nothing was saved by this step; the details are in the log.' },
    };
  } finally {
    job.release();
  }
}

export { AppError };
