/**
 * Progress reporting for long calls (photo import, notice generation, verify), shared by the
 * transports: the caller's options are checked here, and reports are throttled so a loop that
 * reports per item cannot flood the renderer with thousands of messages.
 * Pure: no 'electron' import, timers injectable for tests.
 */
import type { AppErrorShape } from '../shared/errors';

export interface ParsedCallOptions {
  readonly jobId: string | null;
}

const JOB_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Options arrive from the page beside the input, so they are untrusted like the input:
 * `undefined`/`null` or `{}` mean no progress; `{ jobId }` must be a short token (it is echoed back
 * in every progress event, so an unbounded string would be echoed unbounded).
 */
export function parseCallOptions(raw: unknown): { ok: true; value: ParsedCallOptions } | { ok: false; error: AppErrorShape } {
  if (raw === undefined || raw === null) return { ok: true, value: { jobId: null } };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, error: { code: 'VALIDATION', message: 'options: must be an object such as { jobId: "import-1" }' } };
  }
  const jobId = (raw as { jobId?: unknown }).jobId;
  if (jobId === undefined) return { ok: true, value: { jobId: null } };
  if (typeof jobId !== 'string' || !JOB_ID.test(jobId)) {
    return {
      ok: false,
      error: { code: 'VALIDATION', message: 'options.jobId: must be 1-64 letters, digits, "-" or "_"' },
    };
  }
  return { ok: true, value: { jobId } };
}

export interface ProgressUpdate {
  readonly done: number;
  readonly total: number;
  readonly message: string;
}

export interface ProgressThrottle {
  readonly report: (done: number, total: number, message: string) => void;
  /** Drop any update still waiting for its slot (the call finished; its result supersedes it). */
  readonly dispose: () => void;
}

export interface ThrottleClock {
  readonly now: () => number;
  readonly setTimer: (fn: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
}

const realClock: ThrottleClock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * At most one update per `intervalMs` (100 ms, about 10 a second). The first update and the
 * final one (done >= total) go out at once; an update that arrives too early is held and sent
 * when its slot opens unless a newer one replaces it first, so the last state is never lost.
 */
export function createProgressThrottle(
  emit: (update: ProgressUpdate) => void,
  intervalMs = 100,
  clock: ThrottleClock = realClock,
): ProgressThrottle {
  let lastEmitAt = Number.NEGATIVE_INFINITY;
  let pending: ProgressUpdate | null = null;
  let timer: unknown = null;
  let disposed = false;

  const send = (update: ProgressUpdate): void => {
    lastEmitAt = clock.now();
    pending = null;
    emit(update);
  };
  const cancelTimer = (): void => {
    if (timer !== null) clock.clearTimer(timer);
    timer = null;
  };

  return {
    report(done, total, message) {
      if (disposed) return;
      const update = { done, total, message };
      const wait = lastEmitAt + intervalMs - clock.now();
      if (done >= total || wait <= 0) {
        cancelTimer();
        send(update);
        return;
      }
      pending = update;
      if (timer === null) {
        timer = clock.setTimer(() => {
          timer = null;
          if (pending && !disposed) send(pending);
        }, wait);
      }
    },
    dispose() {
      disposed = true;
      pending = null;
      cancelTimer();
    },
  };
}
