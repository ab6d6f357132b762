import { WebEidError } from './errors';
import { runOperation, type OperationOptions } from './operation';
import type { NativeConnector } from './port';
import {
  CertificateReply,
  QuitReply,
  SignReply,
  type HashFunction,
} from './protocol';

/** The operations available inside one exclusive turn. */
export interface WebEidOps {
  getSigningCertificate(origin: string, lang?: string): Promise<CertificateReply>;
  sign(args: { hash: string; hashFunction: HashFunction; certificate: string; origin: string; lang?: string }): Promise<SignReply>;
  quit(): Promise<Record<string, never>>;
}

export interface WebEidBridge {
  /**
   * Runs `task` alone: while it runs every other call is refused with
   * ERR_WEBEID_ACTION_PENDING ("operazione in corso"), so nothing reaches the app in parallel.
   */
  exclusive<T>(task: (ops: WebEidOps) => Promise<T>): Promise<T>;
  /** Cancels the running operation (its port is closed; the app exits). */
  cancel(): boolean;
  readonly busy: boolean;
}

export interface BridgeOptions {
  connector: NativeConnector;
  /** Read at each operation, so a settings change applies to the next one. */
  timeoutMs(): number | Promise<number>;
  hosts?: readonly string[];
  handshakeTimeoutMs?: number;
}

/**
 * The one coordinator of the Web eID app. It keeps no state worth saving: if the worker is
 * stopped, the port closes, the app exits, and a fresh bridge serves the next request.
 */
export function createWebEidBridge(options: BridgeOptions): WebEidBridge {
  let running: AbortController | undefined;

  const operationOptions = async (signal: AbortSignal): Promise<OperationOptions> => ({
    timeoutMs: await options.timeoutMs(),
    signal,
    ...(options.hosts ? { hosts: options.hosts } : {}),
    ...(options.handshakeTimeoutMs ? { handshakeTimeoutMs: options.handshakeTimeoutMs } : {}),
  });

  const opsFor = (signal: AbortSignal): WebEidOps => ({
    getSigningCertificate: async (origin, lang) =>
      runOperation(
        options.connector,
        { command: 'get-signing-certificate', arguments: { origin, ...(lang ? { lang } : {}) } },
        CertificateReply,
        await operationOptions(signal),
      ),
    sign: async ({ lang, ...args }) =>
      runOperation(
        options.connector,
        { command: 'sign', arguments: { ...args, ...(lang ? { lang } : {}) } },
        SignReply,
        await operationOptions(signal),
      ),
    quit: async () =>
      runOperation(options.connector, { command: 'quit', arguments: {} }, QuitReply, await operationOptions(signal)),
  });

  return {
    async exclusive(task) {
      if (running) throw new WebEidError('ERR_WEBEID_ACTION_PENDING');
      const controller = new AbortController();
      running = controller;
      try {
        return await task(opsFor(controller.signal));
      } finally {
        running = undefined;
      }
    },
    cancel() {
      if (!running) return false;
      running.abort();
      return true;
    },
    get busy() {
      return running !== undefined;
    },
  };
}
