import type { ErrorCode } from '../../../shared/errors';
import { en, type MessageKey } from './en';

export type { MessageKey };
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Looks up an English string and fills its `{name}` placeholders. A placeholder without a value
 * stays visible as `{name}` so a missing parameter shows up in review rather than as blank text.
 */
export function t(key: MessageKey, params?: MessageParams): string {
  const template: string = en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Every error code needs a heading; the record type makes a new code a compile error here. */
const ERROR_HEADINGS: Readonly<Record<ErrorCode, MessageKey>> = {
  VALIDATION: 'error.VALIDATION',
  NOT_FOUND: 'error.NOT_FOUND',
  CONFLICT: 'error.CONFLICT',
  UNSUPPORTED_FILE: 'error.UNSUPPORTED_FILE',
  CORRUPT_FILE: 'error.CORRUPT_FILE',
  INTEGRITY: 'error.INTEGRITY',
  DB_TOO_NEW: 'error.DB_TOO_NEW',
  DB_CORRUPT: 'error.DB_CORRUPT',
  DISK_FULL: 'error.DISK_FULL',
  READ_ONLY: 'error.READ_ONLY',
  PERMISSION_DENIED: 'error.PERMISSION_DENIED',
  DATA_DIR_IN_USE: 'error.DATA_DIR_IN_USE',
  STORE_BUSY: 'error.STORE_BUSY',
  IO_ERROR: 'error.IO_ERROR',
  FORBIDDEN: 'error.FORBIDDEN',
  NOT_READY: 'error.NOT_READY',
  INTERNAL: 'error.INTERNAL',
};

export function errorHeading(code: ErrorCode): string {
  return t(ERROR_HEADINGS[code]);
}
