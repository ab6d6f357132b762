import type { NativeConnector, NativePortLike } from './port';

/** A fake native port: the test decides what the "app" says and when. */
export class FakePort implements NativePortLike {
  readonly sent: unknown[] = [];
  disconnected = false;
  error: { message?: string } | null = null;
  private readonly messageListeners: ((message: unknown) => void)[] = [];
  private readonly disconnectListeners: ((port: NativePortLike) => void)[] = [];
  onPost: ((message: unknown) => void) | undefined;

  constructor(readonly host: string) {}

  postMessage(message: unknown): void {
    if (this.disconnected) throw new Error('disconnected port');
    this.sent.push(message);
    this.onPost?.(message);
  }
  disconnect(): void {
    this.disconnected = true;
  }
  onMessage = { addListener: (cb: (message: unknown) => void): void => void this.messageListeners.push(cb) };
  onDisconnect = { addListener: (cb: (port: NativePortLike) => void): void => void this.disconnectListeners.push(cb) };

  /** The app sends a message (asynchronously, as a browser delivers it). */
  emit(message: unknown): void {
    queueMicrotask(() => this.messageListeners.forEach((cb) => cb(message)));
  }
  /** The browser closes the port with a reason (Firefox style: `port.error`). */
  drop(reason: string): void {
    queueMicrotask(() => {
      if (this.disconnected) return;
      this.disconnected = true;
      this.error = { message: reason };
      this.disconnectListeners.forEach((cb) => cb(this));
    });
  }
}

/** A connector whose ports are set up by `behave(port)`; records every port opened. */
export function fakeConnector(behave: (port: FakePort) => void): NativeConnector & { ports: FakePort[] } {
  const ports: FakePort[] = [];
  return {
    ports,
    connect(host) {
      const port = new FakePort(host);
      ports.push(port);
      behave(port);
      return port;
    },
  };
}

/** A well-behaved app: version first, then `reply(command)` once. */
export function app(reply: (command: { command: string; arguments: Record<string, unknown> }) => unknown, version = '2.5.0+700') {
  return (port: FakePort): void => {
    port.emit({ version });
    port.onPost = (message) => port.emit(reply(message as { command: string; arguments: Record<string, unknown> }));
  };
}
