// @vitest-environment node
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createSimulatorIdentity } from '@/test/native-host/identity';
import { createWebEidBridge } from '@/utils/webeid/bridge';
import { app, fakeConnector } from '@/utils/webeid/fake-port.test-helper';
import { handleCancelWebEid, handleReadSigningCertificate, handleSignPdf, setWebEidBridge } from './webeid';

const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const contentScript = () => ({ id: fakeBrowser.runtime.id, tab: { id: 3 } as never, url: 'https://cieonline.interno.it/' });

afterEach(() => setWebEidBridge(undefined));

describe('Web eID background service', () => {
  it('answers extension pages only', async () => {
    await expect(handleReadSigningCertificate({}, contentScript())).rejects.toThrow(/mittente/);
    await expect(handleSignPdf({ pdf: 'JVBERi0xLjcK' }, { id: 'other-extension', url: 'chrome-extension://x/popup.html' })).rejects.toThrow(/mittente/);
    await expect(handleCancelWebEid({}, contentScript())).rejects.toThrow(/mittente/);
  });

  it('turns malformed requests into a code, not an exception', async () => {
    expect(await handleReadSigningCertificate({ origin: 'http://evil.example/x' }, popup())).toEqual({ ok: false, code: 'ERR_WEBEID_UNKNOWN_ERROR' });
    expect(await handleSignPdf({ pdf: '<not base64>' }, popup())).toEqual({ ok: false, code: 'ERR_WEBEID_BAD_PDF' });
    expect(await handleCancelWebEid({ extra: 1 }, popup())).toBe(false);
  });

  it('without a native host (no connectNative) says the app is not installed', async () => {
    expect(await handleReadSigningCertificate({}, popup())).toEqual({ ok: false, code: 'ERR_WEBEID_NATIVE_UNAVAILABLE' });
  });

  it('a worker restart mid-operation loses nothing: the next request works', async () => {
    const hung = createWebEidBridge({ connector: fakeConnector((port) => port.emit({ version: '2.5.0+1' })), timeoutMs: () => 60_000 });
    setWebEidBridge(hung);
    const pending = handleReadSigningCertificate({}, popup());
    await new Promise((r) => setTimeout(r, 10));
    expect(await handleReadSigningCertificate({}, popup())).toEqual({ ok: false, code: 'ERR_WEBEID_ACTION_PENDING' });
    expect(await handleCancelWebEid({}, popup())).toBe(true);
    expect(await pending).toEqual({ ok: false, code: 'ERR_WEBEID_USER_CANCELLED' });
    // The worker is gone and comes back: a fresh bridge, and the request goes through.
    const { config } = await createSimulatorIdentity({ dir: mkdtempSync(join(tmpdir(), 'bg-')), keyType: 'ECC', holder: 'NERI PAOLO' });
    const reply = { certificate: config.certificate, supportedSignatureAlgorithms: [{ cryptoAlgorithm: 'ECC', hashFunction: 'SHA-256', paddingScheme: 'NONE' }] };
    setWebEidBridge(createWebEidBridge({ connector: fakeConnector(app(() => reply)), timeoutMs: () => 1000 }));
    expect(await handleReadSigningCertificate({}, popup())).toMatchObject({ ok: true, certificate: { holder: 'NERI PAOLO' } });
  });
});
