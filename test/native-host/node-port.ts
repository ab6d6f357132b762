import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { NativeConnector, NativePortLike } from '@/utils/webeid/port';

/** The simulator's executable. */
export const SIMULATOR_PATH = fileURLToPath(new URL('./web-eid-sim.mjs', import.meta.url));
/** Browsers refuse host messages over 1 MB; so do we, like them. */
const BROWSER_MAX = 1024 * 1024;

/** 4-byte little-endian length + UTF-8 JSON: how the browser frames a message to the host. */
export function encodeFrame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const header = Buffer.alloc(4);
  header.writeUInt32LE(body.length);
  return Buffer.concat([header, body]);
}

/**
 * `runtime.connectNative` in Node: spawns the host and frames messages as a browser does,
 * so the bridge runs unchanged against the real simulator process.
 */
export function nodeConnector(env: Record<string, string> = {}, command = SIMULATOR_PATH): NativeConnector {
  return { connect: () => connectProcess(spawn(process.execPath, [command, 'chrome-extension://test/'], { env: { ...process.env, ...env } })) };
}

function connectProcess(child: ChildProcessWithoutNullStreams): NativePortLike {
  const messageListeners: ((message: unknown) => void)[] = [];
  const disconnectListeners: ((port: NativePortLike) => void)[] = [];
  let buffer = Buffer.alloc(0);
  let open = true;
  const port: NativePortLike = {
    error: null,
    postMessage: (message) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      child.stdin.write(encodeFrame(message));
    },
    disconnect: () => {
      if (!open) return;
      open = false;
      child.stdin.end();
      child.kill();
    },
    onMessage: { addListener: (cb) => messageListeners.push(cb) },
    onDisconnect: { addListener: (cb) => disconnectListeners.push(cb) },
  };
  const close = (reason: string): void => {
    if (!open) return;
    open = false;
    port.error = { message: reason };
    child.kill();
    for (const cb of disconnectListeners) cb(port);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (open && buffer.length >= 4) {
      const length = buffer.readUInt32LE(0);
      if (length > BROWSER_MAX) return close('Error when communicating with the native messaging host.');
      if (buffer.length < 4 + length) return;
      const body = buffer.subarray(4, 4 + length).toString('utf8');
      buffer = buffer.subarray(4 + length);
      let message: unknown;
      try {
        message = JSON.parse(body);
      } catch {
        continue; // Chromium drops a frame that is not JSON without closing the port
      }
      for (const cb of messageListeners) cb(message);
    }
  });
  child.on('close', () => close('Native host has exited.'));
  child.on('error', () => close('Specified native messaging host not found.'));
  child.stdin.on('error', () => undefined); // the host may exit before reading
  return port;
}
