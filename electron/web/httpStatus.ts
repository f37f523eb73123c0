/**
 * The HTTP status the browser harness answers for each error code. The body is always the usual
 * `{ ok: false, error: { code, message } }`; the status lets proxies, logs and tools tell a bad
 * request from a server fault. The switch is exhaustive: a new ErrorCode fails to compile here.
 */
import { assertNever, type ErrorCode } from '../../shared/errors';

export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case 'VALIDATION':
      return 400;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
    case 'NOT_READY': // the case's state (its checklist) does not allow the step yet
      return 409;
    case 'UNSUPPORTED_FILE':
      return 415;
    case 'CORRUPT_FILE': // the upload is the right type but cannot be decoded
      return 422;
    case 'DATA_DIR_IN_USE':
    case 'STORE_BUSY':
    case 'DB_TOO_NEW': // this CaseReady cannot open the store: a newer version must serve it
      return 503;
    case 'DISK_FULL':
      return 507;
    // Faults of the machine serving the request, not of the request: 5xx, never 403 (that would
    // suggest the page's token is wrong).
    case 'READ_ONLY':
    case 'PERMISSION_DENIED':
    case 'IO_ERROR':
    case 'DB_CORRUPT':
    case 'INTEGRITY':
    case 'INTERNAL':
      return 500;
    default:
      return assertNever(code, 'error code');
  }
}
