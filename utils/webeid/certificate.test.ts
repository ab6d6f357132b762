// @vitest-environment node
import './reflect-shim';
import * as x509 from '@peculiar/x509';
import { describe, expect, it } from 'vitest';
import { messageCatalogs } from '@/utils/i18n';
import { bytesToBase64 } from '../base64';
import { createWebEidBridge } from './bridge';
import { summarizeCertificate } from './certificate';
import { WEBEID_ERROR_CODES, WEBEID_ERROR_KEYS, WebEidError } from './errors';
import { app, fakeConnector } from './fake-port.test-helper';
import { readSigningCertificate } from './service';

const DAY = 86_400_000;
const now = new Date('2026-06-01T12:00:00Z');

async function certificate(notAfter: Date, name = 'CN=BIANCHI LUCIA, O=Comune di Prova'): Promise<string> {
  const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = (await crypto.subtle.generateKey(alg, true, ['sign', 'verify']));
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '0a1b2c', name, notBefore: new Date(now.getTime() - 100 * DAY), notAfter, signingAlgorithm: alg, keys,
  });
  return bytesToBase64(new Uint8Array(cert.rawData));
}

describe('summarizeCertificate', () => {
  it('reads holder, issuer, serial and expiry', async () => {
    const summary = summarizeCertificate(await certificate(new Date(now.getTime() + 200 * DAY)), now);
    expect(summary).toMatchObject({ holder: 'BIANCHI LUCIA', issuer: 'BIANCHI LUCIA', serial: '0A1B2C', expiresSoon: false, expired: false });
    expect(new Date(summary.notAfter).getTime()).toBeCloseTo(now.getTime() + 200 * DAY, -4);
  });

  it('warns within 30 days and flags an expired certificate', async () => {
    expect(summarizeCertificate(await certificate(new Date(now.getTime() + 29 * DAY)), now)).toMatchObject({ expiresSoon: true, expired: false });
    expect(summarizeCertificate(await certificate(new Date(now.getTime() + 31 * DAY)), now).expiresSoon).toBe(false);
    expect(summarizeCertificate(await certificate(new Date(now.getTime() - DAY)), now)).toMatchObject({ expiresSoon: false, expired: true });
  });

  it('falls back to given name and surname without a CN', async () => {
    const summary = summarizeCertificate(await certificate(new Date(now.getTime() + 90 * DAY), '2.5.4.42=Lucia, 2.5.4.4=Bianchi, C=IT'), now);
    expect(summary.holder).toBe('Lucia Bianchi');
  });

  it('turns garbage into ERR_WEBEID_BAD_CERTIFICATE', () => {
    expect(() => summarizeCertificate('AAAA')).toThrow(WebEidError);
    try {
      summarizeCertificate('AAAA');
    } catch (error) {
      expect((error as WebEidError).code).toBe('ERR_WEBEID_BAD_CERTIFICATE');
    }
  });
});

describe('readSigningCertificate (service)', () => {
  it('returns the summary, or a code instead of throwing', async () => {
    const cert = await certificate(new Date(now.getTime() + 10 * DAY));
    const good = createWebEidBridge({ connector: fakeConnector(app(() => ({ certificate: cert, supportedSignatureAlgorithms: [{ cryptoAlgorithm: 'ECC', hashFunction: 'SHA-256', paddingScheme: 'NONE' }] }))), timeoutMs: () => 1000 });
    expect(await readSigningCertificate(good, {}, now)).toMatchObject({ ok: true, certificate: { holder: 'BIANCHI LUCIA', expiresSoon: true } });
    const cancelled = createWebEidBridge({ connector: fakeConnector(app(() => ({ error: { code: 'ERR_WEBEID_USER_CANCELLED' } }))), timeoutMs: () => 1000 });
    expect(await readSigningCertificate(cancelled, {}, now)).toEqual({ ok: false, code: 'ERR_WEBEID_USER_CANCELLED' });
  });
});

describe('error messages', () => {
  it('has a non-empty message for every code in it, en and de, Italian distinct per code', () => {
    const italian = new Set<string>();
    for (const code of WEBEID_ERROR_CODES) {
      for (const lang of ['it', 'en', 'de'] as const) expect(messageCatalogs[lang][WEBEID_ERROR_KEYS[code]].length).toBeGreaterThan(10);
      italian.add(messageCatalogs.it[WEBEID_ERROR_KEYS[code]]);
    }
    expect(italian.size).toBe(WEBEID_ERROR_CODES.length);
    expect(messageCatalogs.it[WEBEID_ERROR_KEYS.ERR_WEBEID_ACTION_PENDING]).toMatch(/operazione in corso/i);
  });
});
