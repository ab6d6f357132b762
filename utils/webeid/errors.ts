import type { MessageKey } from '@/utils/i18n';

/** Every way a Web eID operation can fail, as the popup sees it. */
export const WEBEID_ERROR_CODES = [
  'ERR_WEBEID_NATIVE_UNAVAILABLE',
  'ERR_WEBEID_NOT_ALLOWED',
  'ERR_WEBEID_NO_READER',
  'ERR_WEBEID_USER_CANCELLED',
  'ERR_WEBEID_USER_TIMEOUT',
  'ERR_WEBEID_VERSION_MISMATCH',
  'ERR_WEBEID_NATIVE_CRASHED',
  'ERR_WEBEID_NATIVE_FATAL',
  'ERR_WEBEID_ACTION_PENDING',
  'ERR_WEBEID_MESSAGE_TOO_LARGE',
  'ERR_WEBEID_UNKNOWN_ERROR',
  'ERR_WEBEID_BAD_CERTIFICATE',
  'ERR_WEBEID_BAD_PDF',
  'ERR_WEBEID_BAD_SIGNATURE',
] as const;
export type WebEidErrorCode = (typeof WEBEID_ERROR_CODES)[number];

/** The short Italian (it/en/de) message with what to do, per failure. */
export const WEBEID_ERROR_KEYS: Record<WebEidErrorCode, MessageKey> = {
  ERR_WEBEID_NATIVE_UNAVAILABLE: 'webeidErrNotInstalled',
  ERR_WEBEID_NOT_ALLOWED: 'webeidErrNotAllowed',
  ERR_WEBEID_NO_READER: 'webeidErrNoReader',
  ERR_WEBEID_USER_CANCELLED: 'webeidErrCancelled',
  ERR_WEBEID_USER_TIMEOUT: 'webeidErrTimeout',
  ERR_WEBEID_VERSION_MISMATCH: 'webeidErrVersion',
  ERR_WEBEID_NATIVE_CRASHED: 'webeidErrCrashed',
  ERR_WEBEID_NATIVE_FATAL: 'webeidErrFatal',
  ERR_WEBEID_ACTION_PENDING: 'webeidErrBusy',
  ERR_WEBEID_MESSAGE_TOO_LARGE: 'webeidErrTooLarge',
  ERR_WEBEID_UNKNOWN_ERROR: 'webeidErrInvalidReply',
  ERR_WEBEID_BAD_CERTIFICATE: 'webeidErrCertificate',
  ERR_WEBEID_BAD_PDF: 'webeidErrPdf',
  ERR_WEBEID_BAD_SIGNATURE: 'webeidErrSignature',
};

/** A failure with a code the UI can translate; `detail` is for logs, never shown raw. */
export class WebEidError extends Error {
  constructor(
    readonly code: WebEidErrorCode,
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'WebEidError';
  }
}

/** Any thrown value as a WebEidError (unexpected ones become UNKNOWN_ERROR). */
export function toWebEidError(error: unknown): WebEidError {
  if (error instanceof WebEidError) return error;
  return new WebEidError('ERR_WEBEID_UNKNOWN_ERROR', error instanceof Error ? error.message : String(error));
}

/**
 * What a port disconnect before the version means. Browsers word it differently:
 * Chromium "Specified native messaging host not found." / "Access to the specified native
 * messaging host is forbidden."; Firefox "No such native application ..." / "... does not
 * have permission ...". Firefox says "No such native application" also when the manifest does
 * not list our ID, so there "not allowed" shows as "not installed" (the message covers both).
 */
export function classifyConnectFailure(message: string): 'not-found' | 'forbidden' | 'exited' {
  if (/forbidden|permission|not allowed/i.test(message)) return 'forbidden';
  if (/not found|no such native application|not registered/i.test(message)) return 'not-found';
  return 'exited';
}

/** An `{"error":{code,message}}` reply from the app as our code. */
export function mapAppError(code: string, message = ''): WebEidError {
  if (code === 'ERR_WEBEID_USER_CANCELLED') return new WebEidError('ERR_WEBEID_USER_CANCELLED', message);
  // The app reports a missing reader as a fatal error; its wording names the reader.
  if (/reader|SCARD_E_NO_READERS|no card/i.test(message)) return new WebEidError('ERR_WEBEID_NO_READER', message);
  if (code === 'ERR_WEBEID_NATIVE_FATAL') return new WebEidError('ERR_WEBEID_NATIVE_FATAL', message);
  return new WebEidError('ERR_WEBEID_UNKNOWN_ERROR', `${code} ${message}`);
}
