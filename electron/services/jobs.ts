/**
 * Cancelling a long call: each call that came with a jobId (the same id its progress events
 * carry) gets an AbortSignal for as long as it runs, and `cancelJob` (a contract method, so the
 * app, the HTTP bridge and the CLI cancel the same way) aborts it. The work decides where it can
 * stop without leaving anything half-done: a batch of documents stops between documents, so
 * every document is either issued whole or not at all.
 *
 * One registry per process: jobs are calls running in this process.
 */
const running = new Map<string, AbortController>();

/** Registers a running call; `release` must be called when it ends (finally). */
export function startJob(jobId: string | null | undefined): { readonly signal: AbortSignal; readonly release: () => void } {
  const controller = new AbortController();
  if (!jobId) return { signal: controller.signal, release: () => {} };
  // A reused id names the newer call: the older one can no longer be cancelled by it.
  running.set(jobId, controller);
  return {
    signal: controller.signal,
    release: () => {
      if (running.get(jobId) === controller) running.delete(jobId);
    },
  };
}

/** True when a running call had that id and is now asked to stop; false when none is running. */
export function cancelJob(jobId: string): boolean {
  const controller = running.get(jobId);
  if (!controller) return false;
  controller.abort();
  return true;
}
