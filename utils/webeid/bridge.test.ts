// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createWebEidBridge, type BridgeOptions } from './bridge';
import { WebEidError, type WebEidErrorCode } from './errors';
import { app, fakeConnector, type FakePort } from './fake-port.test-helper';
import { messageBytes, NATIVE_HOSTS } from './protocol';

const origin = 'https://sportellocie.it';
const certificate = 'MIIBcert==';
const certReply = { certificate, supportedSignatureAlgorithms: [{ cryptoAlgorithm: 'ECC', hashFunction: 'SHA-256', paddingScheme: 'NONE' }] };

function bridgeWith(behave: (port: FakePort) => void, extra: Partial<BridgeOptions> = {}) {
  const connector = fakeConnector(behave);
  return { connector, bridge: createWebEidBridge({ connector, timeoutMs: () => 2000, handshakeTimeoutMs: 200, ...extra }) };
}

async function codeOf(promise: Promise<unknown>): Promise<WebEidErrorCode | 'ok'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof WebEidError) return error.code;
    throw error;
  }
}

describe('Web eID bridge', () => {
  it('opens our host first, sends the exact get-signing-certificate arguments, validates the reply, closes the port', async () => {
    const { connector, bridge } = bridgeWith(app(() => certReply));
    const reply = await bridge.exclusive((ops) => ops.getSigningCertificate(origin));
    expect(reply.certificate).toBe(certificate);
    expect(connector.ports.map((p) => p.host)).toEqual([NATIVE_HOSTS[0]]);
    expect(connector.ports[0]!.sent).toEqual([{ command: 'get-signing-certificate', arguments: { origin } }]);
    expect(connector.ports[0]!.disconnected).toBe(true);
  });

  it('sends sign and quit with exactly their argument keys', async () => {
    const { connector, bridge } = bridgeWith(
      app((c) => (c.command === 'quit' ? {} : { signature: 'AAAA', signatureAlgorithm: certReply.supportedSignatureAlgorithms[0] })),
    );
    await bridge.exclusive((ops) => ops.sign({ hash: 'q'.repeat(43) + '=', hashFunction: 'SHA-256', certificate, origin, lang: 'it' }));
    await bridge.exclusive((ops) => ops.quit());
    expect(Object.keys((connector.ports[0]!.sent[0] as { arguments: object }).arguments).sort()).toEqual(
      ['certificate', 'hash', 'hashFunction', 'lang', 'origin'],
    );
    expect(connector.ports[1]!.sent[0]).toEqual({ command: 'quit', arguments: {} });
  });

  it('falls back to eu.webeid when our host is missing', async () => {
    const { connector, bridge } = bridgeWith((port) =>
      port.host === NATIVE_HOSTS[0] ? port.drop('Specified native messaging host not found.') : app(() => certReply)(port),
    );
    expect(await codeOf(bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe('ok');
    expect(connector.ports.map((p) => p.host)).toEqual([...NATIVE_HOSTS]);
  });

  it('maps missing and forbidden hosts', async () => {
    const missing = bridgeWith((port) => port.drop('Specified native messaging host not found.'));
    expect(await codeOf(missing.bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe('ERR_WEBEID_NATIVE_UNAVAILABLE');
    const forbidden = bridgeWith((port) =>
      port.drop(port.host === NATIVE_HOSTS[0] ? 'Access to the specified native messaging host is forbidden.' : 'No such native application eu.webeid'),
    );
    expect(await codeOf(forbidden.bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe('ERR_WEBEID_NOT_ALLOWED');
  });

  it('treats a port that failed before any listener (Firefox) as disconnected', async () => {
    const { bridge } = bridgeWith((port) => {
      port.error = { message: 'No such native application it.sportellocie.webeid' };
    });
    const started = Date.now();
    expect(await codeOf(bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe('ERR_WEBEID_NATIVE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(150); // not the 200 ms handshake wait, twice
  });

  it('gives up when no version comes within the handshake limit', async () => {
    const { connector, bridge } = bridgeWith(() => undefined);
    const started = Date.now();
    expect(await codeOf(bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe('ERR_WEBEID_NATIVE_UNAVAILABLE');
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(connector.ports[0]!.sent).toEqual([]); // the command is never sent
    expect(connector.ports[0]!.disconnected).toBe(true);
  });

  it('refuses a different major version without sending the command', async () => {
    const { connector, bridge } = bridgeWith(app(() => certReply, '3.0.0+1'));
    expect(await codeOf(bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe('ERR_WEBEID_VERSION_MISMATCH');
    expect(connector.ports[0]!.sent).toEqual([]);
  });

  it('refuses a request over 8 KiB before connecting, and a reply over 8 KiB', async () => {
    const { connector, bridge } = bridgeWith(app(() => ({ ...certReply, padding: 'x'.repeat(9000) })));
    const hash = 'A'.repeat(8200);
    expect(messageBytes({ hash })).toBeGreaterThan(8192);
    const big = bridge.exclusive((ops) => ops.sign({ hash, hashFunction: 'SHA-256', certificate, origin }));
    expect(await codeOf(big)).toBe('ERR_WEBEID_MESSAGE_TOO_LARGE');
    expect(connector.ports).toHaveLength(0);
    expect(await codeOf(bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe('ERR_WEBEID_MESSAGE_TOO_LARGE');
  });

  it('runs one operation at a time, cancels, and then serves the next request', async () => {
    let answer = false;
    const { connector, bridge } = bridgeWith((port) => {
      port.emit({ version: '2.5.0+700' });
      if (answer) port.onPost = () => port.emit(certReply);
    });
    const first = bridge.exclusive((ops) => ops.getSigningCertificate(origin));
    await new Promise((r) => setTimeout(r, 20));
    expect(bridge.busy).toBe(true);
    expect(await codeOf(bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe('ERR_WEBEID_ACTION_PENDING');
    expect(connector.ports).toHaveLength(1); // never in parallel
    expect(bridge.cancel()).toBe(true);
    expect(await codeOf(first)).toBe('ERR_WEBEID_USER_CANCELLED');
    expect(connector.ports[0]!.disconnected).toBe(true);
    answer = true;
    expect(await codeOf(bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe('ok');
  });

  it('times out when the user does not act, reading the limit each time', async () => {
    let limit = 50;
    const { connector, bridge } = bridgeWith((port) => port.emit({ version: '2.5.0+700' }), { timeoutMs: () => limit });
    expect(await codeOf(bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe('ERR_WEBEID_USER_TIMEOUT');
    expect(connector.ports[0]!.disconnected).toBe(true);
    limit = 10;
    const started = Date.now();
    await codeOf(bridge.exclusive((ops) => ops.getSigningCertificate(origin)));
    expect(Date.now() - started).toBeLessThan(45);
  });

  it('maps the app dying mid-operation, its error replies, and replies with missing fields', async () => {
    const crash = bridgeWith((port) => {
      port.emit({ version: '2.5.0+700' });
      port.onPost = () => port.drop('Native host has exited.');
    });
    expect(await codeOf(crash.bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe('ERR_WEBEID_NATIVE_CRASHED');
    const cases: [unknown, WebEidErrorCode][] = [
      [{ error: { code: 'ERR_WEBEID_USER_CANCELLED', message: 'User cancelled' } }, 'ERR_WEBEID_USER_CANCELLED'],
      [{ error: { code: 'ERR_WEBEID_NATIVE_FATAL', message: 'No smart card reader connected' } }, 'ERR_WEBEID_NO_READER'],
      [{ error: { code: 'ERR_WEBEID_NATIVE_FATAL', message: 'PKCS#11 failure' } }, 'ERR_WEBEID_NATIVE_FATAL'],
      [{ certificate }, 'ERR_WEBEID_UNKNOWN_ERROR'],
      ['}{garbage', 'ERR_WEBEID_UNKNOWN_ERROR'],
    ];
    for (const [reply, code] of cases) {
      const { bridge } = bridgeWith(app(() => reply));
      expect(await codeOf(bridge.exclusive((ops) => ops.getSigningCertificate(origin)))).toBe(code);
    }
  });

  it('refuses argument sets that are not exact before connecting', async () => {
    const { connector, bridge } = bridgeWith(app(() => certReply));
    expect(await codeOf(bridge.exclusive((ops) => ops.getSigningCertificate('https://example.org/path')))).toBe('ERR_WEBEID_UNKNOWN_ERROR');
    expect(connector.ports).toHaveLength(0);
  });
});
