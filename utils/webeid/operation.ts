import type { z } from 'zod';
import { classifyConnectFailure, mapAppError, WebEidError } from './errors';
import { PortReader, WaitError, type NativeConnector } from './port';
import {
  ErrorReply,
  HANDSHAKE_TIMEOUT_MS,
  majorOf,
  MAX_MESSAGE_BYTES,
  messageBytes,
  NATIVE_HOSTS,
  NativeCommand,
  SUPPORTED_MAJOR,
  VersionMessage,
} from './protocol';

export interface OperationOptions {
  /** How long the user has to act in the app (PIN entry, card choice). */
  timeoutMs: number;
  signal?: AbortSignal;
  hosts?: readonly string[];
  handshakeTimeoutMs?: number;
}

/**
 * One Web eID operation: a new port (the app answers one command and exits), the version
 * handshake, one command, one validated reply. Every failure is a WebEidError.
 */
export async function runOperation<T>(
  connector: NativeConnector,
  command: NativeCommand,
  replySchema: z.ZodType<T>,
  options: OperationOptions,
): Promise<T> {
  // Refused before anything starts: exact argument set and the 8 KiB cap.
  const checked = NativeCommand.safeParse(command);
  if (!checked.success) throw new WebEidError('ERR_WEBEID_UNKNOWN_ERROR', 'invalid command arguments');
  if (messageBytes(command) > MAX_MESSAGE_BYTES) throw new WebEidError('ERR_WEBEID_MESSAGE_TOO_LARGE', 'request');
  if (options.signal?.aborted) throw new WebEidError('ERR_WEBEID_USER_CANCELLED', 'aborted before start');

  const reader = await openFirstHost(connector, options);
  try {
    reader.port.postMessage(command);
    const reply = await reader.next(options.timeoutMs, options.signal).catch((error: unknown) => {
      throw waitToError(error, 'reply');
    });
    if (messageBytes(reply) > MAX_MESSAGE_BYTES) throw new WebEidError('ERR_WEBEID_MESSAGE_TOO_LARGE', 'reply');
    const appError = ErrorReply.safeParse(reply);
    if (appError.success) throw mapAppError(appError.data.error.code, appError.data.error.message);
    const parsed = replySchema.safeParse(reply);
    if (!parsed.success) throw new WebEidError('ERR_WEBEID_UNKNOWN_ERROR', 'reply fields missing or invalid');
    return parsed.data;
  } finally {
    reader.close();
  }
}

/** Tries our host then Web eID's; the first that says a supported version wins. */
async function openFirstHost(connector: NativeConnector, options: OperationOptions): Promise<PortReader> {
  let forbidden = false;
  let lastDetail = '';
  for (const host of options.hosts ?? NATIVE_HOSTS) {
    let reader: PortReader;
    try {
      reader = new PortReader(connector.connect(host), connector);
    } catch (error) {
      // Firefox may throw synchronously for an unknown host.
      lastDetail = error instanceof Error ? error.message : String(error);
      forbidden ||= classifyConnectFailure(lastDetail) === 'forbidden';
      continue;
    }
    let first: unknown;
    try {
      first = await reader.next(options.handshakeTimeoutMs ?? HANDSHAKE_TIMEOUT_MS, options.signal);
    } catch (error) {
      reader.close();
      const failure = error instanceof WaitError ? error.failure : undefined;
      if (failure?.kind === 'disconnected') {
        lastDetail = `${host}: ${failure.reason}`;
        forbidden ||= classifyConnectFailure(failure.reason) === 'forbidden';
        continue;
      }
      throw waitToError(error, 'version');
    }
    const version = VersionMessage.safeParse(first);
    if (!version.success) {
      reader.close();
      throw new WebEidError('ERR_WEBEID_UNKNOWN_ERROR', `${host}: no version message`);
    }
    if (majorOf(version.data.version) !== SUPPORTED_MAJOR) {
      reader.close();
      throw new WebEidError('ERR_WEBEID_VERSION_MISMATCH', `${host}: ${version.data.version}`);
    }
    return reader;
  }
  throw new WebEidError(forbidden ? 'ERR_WEBEID_NOT_ALLOWED' : 'ERR_WEBEID_NATIVE_UNAVAILABLE', lastDetail);
}

function waitToError(error: unknown, stage: 'version' | 'reply'): WebEidError {
  if (!(error instanceof WaitError)) return new WebEidError('ERR_WEBEID_UNKNOWN_ERROR', String(error));
  const { failure } = error;
  if (failure.kind === 'aborted') return new WebEidError('ERR_WEBEID_USER_CANCELLED', 'cancelled by the extension');
  if (failure.kind === 'timeout') {
    // No version within 5 s means the app is not really there.
    return stage === 'version'
      ? new WebEidError('ERR_WEBEID_NATIVE_UNAVAILABLE', 'no version in time')
      : new WebEidError('ERR_WEBEID_USER_TIMEOUT');
  }
  // Chromium's words for a reply that is not JSON (or too big): the app is alive but wrong.
  if (/error when communicating/i.test(failure.reason)) return new WebEidError('ERR_WEBEID_UNKNOWN_ERROR', failure.reason);
  return new WebEidError('ERR_WEBEID_NATIVE_CRASHED', failure.reason);
}
