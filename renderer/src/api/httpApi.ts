/**
 * The browser side of the localhost HTTP bridge: the same `Api` that Electron's preload exposes,
 * built by walking the contract's method list so a new method needs no change here.
 *   call:     POST /api/<method>  {"input": ..., "jobId": ...}  Authorization: Bearer <token>
 *   progress: EventSource /api/events?token=<token>, one ProgressEvent JSON per message
 * Failed calls answer 4xx/5xx (400 VALIDATION, 404 NOT_FOUND, 409 NOT_READY, 413, 500 ...) with
 * the same `{ ok: false, error }` body, so the body is read whatever the status.
 */
import type { Api, CallOptions, MethodName, ProgressEvent } from '../../../shared/contract';
import { METHOD_NAMES } from '../../../shared/methodNames';
import { ERROR_CODES, type ErrorCode, type Result } from '../../../shared/errors';
import { t } from '../i18n/t';

/**
 * Opens the progress stream and calls `onData` with each message's data. A function rather than
 * the EventSource class, so tests can hand in a fake and Node needs none.
 */
export type OpenEventStream = (url: string, onData: (data: unknown) => void) => { close(): void };

export interface HttpApiOptions {
  /** Origin of the bridge; '' means the page's own origin. */
  readonly baseUrl: string;
  readonly token: string | null;
  readonly fetch: typeof fetch;
  readonly openEventStream: OpenEventStream | null;
}

const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Accepts only the Result shape; anything else (an HTML error page, a proxy, a success claimed by
 * an error status) is reported.
 */
export function toResult(body: unknown, status: number): Result<unknown> {
  if (isRecord(body) && body.ok === true && 'value' in body && status < 400) return { ok: true, value: body.value };
  if (isRecord(body) && body.ok === false && isRecord(body.error) && typeof body.error.message === 'string') {
    const code = (ERROR_CODES as readonly unknown[]).includes(body.error.code) ? (body.error.code as ErrorCode) : 'INTERNAL';
    return fail(code, body.error.message);
  }
  return fail('INTERNAL', t('error.badAnswer', { status }));
}

function isProgressEvent(value: unknown): value is ProgressEvent {
  return (
    isRecord(value) &&
    typeof value.jobId === 'string' &&
    typeof value.method === 'string' &&
    typeof value.done === 'number' &&
    typeof value.total === 'number' &&
    typeof value.message === 'string'
  );
}

export function createHttpApiWith(options: HttpApiOptions): Api {
  const { baseUrl, token } = options;
  const listeners = new Set<(event: ProgressEvent) => void>();

  // Opened at once rather than on the first subscription: a job's first events would otherwise
  // race the connection being set up.
  if (token && options.openEventStream) {
    options.openEventStream(`${baseUrl}/api/events?token=${encodeURIComponent(token)}`, (data) => {
      if (typeof data !== 'string') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(data);
      } catch {
        return; // a keep-alive or a malformed line: progress is advisory, the call result is not
      }
      if (!isProgressEvent(parsed)) return;
      for (const listener of listeners) listener(parsed);
    });
  }

  async function call(name: MethodName, input: unknown, callOptions?: CallOptions): Promise<Result<unknown>> {
    if (!token) return fail('FORBIDDEN', t('error.noToken'));
    let response: Response;
    try {
      response = await options.fetch(`${baseUrl}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ input, jobId: callOptions?.jobId }),
      });
    } catch {
      return fail('INTERNAL', t('error.lostContact'));
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return fail('INTERNAL', t('error.badAnswer', { status: response.status }));
    }
    return toResult(body, response.status);
  }

  const methods: Record<string, (input: unknown, callOptions?: CallOptions) => Promise<Result<unknown>>> = {};
  for (const name of METHOD_NAMES) methods[name] = (input, callOptions) => call(name, input, callOptions);

  // The loop above fills exactly the contract's methods, which TypeScript cannot follow
  // through a mapped type, hence the single cast.
  return {
    ...(methods as unknown as Omit<Api, 'onProgress' | 'onMenu' | 'transport'>),
    onProgress(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    transport: 'http',
  };
}
