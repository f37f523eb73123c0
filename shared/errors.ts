/**
 * Error codes every transport (IPC, HTTP bridge, CLI) reports. The renderer maps each code to
 * a sentence a person can act on, so a new code must also get an entry in shared/i18n.
 */
export const ERROR_CODES = [
  'VALIDATION', // the input did not match the method's schema
  'NOT_FOUND', // the case, violation, photo or document does not exist
  'CONFLICT', // e.g. a parcel id already used by another property
  'UNSUPPORTED_FILE', // wrong type of file (not a JPEG or HEIC photo)
  'CORRUPT_FILE', // right type, but the bytes cannot be decoded (truncated, damaged)
  'INTEGRITY', // a vault object no longer matches its SHA-256: possible tampering
  'DB_TOO_NEW', // the evidence store was written by a newer CaseReady
  'DB_CORRUPT', // the evidence store failed its integrity check (real corruption, never a full disk)
  'DISK_FULL', // SQLITE_FULL / ENOSPC / EDQUOT: nothing is damaged; free space and try again
  'READ_ONLY', // the data folder is on read-only media (EROFS, SQLITE_READONLY)
  'PERMISSION_DENIED', // the OS refused access to the data folder or a file in it (EACCES, EPERM)
  'DATA_DIR_IN_USE', // another CaseReady process (app, harness or CLI) owns the data folder
  'STORE_BUSY', // the store stayed locked by another program past the busy timeout (SQLITE_BUSY)
  'IO_ERROR', // the disk reported a read/write error (EIO, SQLITE_IOERR): check the drive
  'FORBIDDEN', // the caller (frame origin, HTTP token) is not allowed
  'NOT_READY', // a legal step's checklist still has blocking items missing (fix them or record waivers)
  'INTERNAL', // a bug: the message says where the log is
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Thrown by services; transports turn it into `{ ok: false, error }`. */
export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** Compile-time exhaustiveness for switches over unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
