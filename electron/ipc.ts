/**
 * Binds every contract method to an IPC channel by walking METHOD_NAMES, so adding a method to
 * the contract binds it here without a hand-written handler.
 *
 * Each call: (1) the sender frame must exist and be on app://caseready, else FORBIDDEN (a page
 * that navigated elsewhere, an iframe from another origin, or a destroyed frame never reaches the
 * core); (2) the options must be well-formed; (3) `dispatch` validates the input with the
 * method's zod schema and runs the handler; results are always `{ ok, ... }`, never a thrown error.
 *
 * Only *types* come from 'electron': main.ts passes the real ipcMain, and the unit tests pass a
 * fake with the same `handle`/`removeHandler` shape. That fake is the one mock in this project,
 * because the Electron binary cannot be downloaded on the build machines, so ipcMain cannot run.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES, type MethodName, type ProgressEvent, ipcChannel, PROGRESS_CHANNEL } from '../shared/contract';
import type { Result } from '../shared/errors';
import { APP_ORIGIN, originOf } from './appOrigin';
import { createProgressThrottle, parseCallOptions } from './callProgress';
import { dispatch, type Handlers } from './services/dispatch';

/** The parts of an ipcMain invoke event the binding uses; Electron's event satisfies it. */
export interface InvokeEventLike {
  readonly sender: {
    send(channel: string, ...args: unknown[]): void;
    isDestroyed(): boolean;
  };
  readonly senderFrame?: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface BindOptions {
  /** Recorded in the audit log as the person acting (the OS account on a desktop). */
  readonly actor: string;
  /** Minimum gap between progress events of one call; 100 ms is ~10 per second. */
  readonly progressIntervalMs?: number;
  readonly log?: (err: unknown) => void;
}

/**
 * Origin of the frame that sent an invoke, or null. Reading `senderFrame` can yield null (the
 * frame navigated or was destroyed before the message was handled); treat that as no origin.
 */
export function senderOriginOf(event: InvokeEventLike | IpcMainInvokeEvent): string | null {
  try {
    return originOf(event.senderFrame?.url);
  } catch {
    return null;
  }
}

const forbidden: Result<never> = {
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: 'CaseReady refused a request from a page that is not part of CaseReady. Restart CaseReady if this keeps happening.',
  },
};

/** Register one `ipcMain.handle` per contract method; returns a function that removes them all. */
export function bindContract(
  ipc: IpcMainLike,
  core: { readonly handlers: Handlers },
  getSenderOrigin: (event: InvokeEventLike) => string | null = senderOriginOf,
  options: BindOptions = { actor: 'local user' },
): () => void {
  const channels = METHOD_NAMES.map((name) => {
    const channel = ipcChannel(name);
    ipc.handle(channel, (event, input, rawOptions) => handleInvoke(name, event, input, rawOptions));
    return channel;
  });

  async function handleInvoke(name: MethodName, event: InvokeEventLike, input: unknown, rawOptions: unknown) {
    if (getSenderOrigin(event) !== APP_ORIGIN) return forbidden;
    const callOptions = parseCallOptions(rawOptions);
    if (!callOptions.ok) return { ok: false, error: callOptions.error } satisfies Result<never>;

    const { jobId } = callOptions.value;
    const throttle =
      jobId === null
        ? null
        : createProgressThrottle(({ done, total, message }) => {
            // The window may close while a long import is still running.
            if (event.sender.isDestroyed()) return;
            const payload: ProgressEvent = { jobId, method: name, done, total, message };
            event.sender.send(PROGRESS_CHANNEL, payload);
          }, options.progressIntervalMs ?? 100);
    try {
      return await dispatch(
        core.handlers,
        name,
        input,
        { actor: options.actor, progress: throttle ? throttle.report : () => undefined, jobId },
        options.log,
      );
    } finally {
      throttle?.dispose();
    }
  }

  return () => {
    for (const channel of channels) ipc.removeHandler(channel);
  };
}
