/** The part of `runtime.Port` the bridge uses, so tests can pass a fake. */
export interface NativePortLike {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(callback: (message: unknown) => void): void };
  onDisconnect: { addListener(callback: (port: NativePortLike) => void): void };
  /** Firefox puts the reason here; Chromium uses `runtime.lastError`. */
  error?: { message?: string } | null;
}

/** `runtime.connectNative`, injected. `lastError` reads Chromium's reason on disconnect. */
export interface NativeConnector {
  connect(host: string): NativePortLike;
  lastError?(): string | undefined;
}

/** Why waiting for the next message ended without one. */
export type WaitFailure =
  | { kind: 'disconnected'; reason: string }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

export class WaitError extends Error {
  constructor(readonly failure: WaitFailure) {
    super(failure.kind);
  }
}

/**
 * One open port, read message by message. Messages that arrive before anyone waits are
 * kept in order; a disconnect fails the current and every later wait.
 */
export class PortReader {
  private readonly inbox: unknown[] = [];
  private waiter: ((message: unknown) => void) | undefined;
  private failWaiter: ((failure: WaitFailure) => void) | undefined;
  private closed: WaitFailure | undefined;

  constructor(
    readonly port: NativePortLike,
    connector: NativeConnector,
  ) {
    port.onMessage.addListener((message) => {
      if (this.waiter) this.waiter(message);
      else this.inbox.push(message);
    });
    port.onDisconnect.addListener((p) => {
      const reason = p.error?.message ?? connector.lastError?.() ?? '';
      this.closed = { kind: 'disconnected', reason };
      this.failWaiter?.(this.closed);
    });
    // A port that failed before we listened may never fire onDisconnect.
    if (port.error) this.closed = { kind: 'disconnected', reason: port.error.message ?? '' };
  }

  /** The next message, or a WaitError after `timeoutMs`, on abort or on disconnect. */
  next(timeoutMs: number, signal?: AbortSignal): Promise<unknown> {
    if (this.inbox.length > 0) return Promise.resolve(this.inbox.shift());
    if (this.closed) return Promise.reject(new WaitError(this.closed));
    if (signal?.aborted) return Promise.reject(new WaitError({ kind: 'aborted' }));
    return new Promise((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.waiter = undefined;
        this.failWaiter = undefined;
      };
      const onAbort = (): void => {
        done();
        reject(new WaitError({ kind: 'aborted' }));
      };
      const timer = setTimeout(() => {
        done();
        reject(new WaitError({ kind: 'timeout' }));
      }, timeoutMs);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiter = (message) => {
        done();
        resolve(message);
      };
      this.failWaiter = (failure) => {
        done();
        reject(new WaitError(failure));
      };
    });
  }

  /** Closes the port; the app sees end of input and exits. Safe to call twice. */
  close(): void {
    try {
      this.port.disconnect();
    } catch {
      // Already gone: nothing to close.
    }
  }
}
