import '@/utils/webeid/reflect-shim';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';
import type { WebEidErrorCode } from '@/utils/webeid/errors';

export type SimKeyType = 'ECC' | 'RSA';
/** How an RSA card pads (WEBEID_SIM_PADDING or the config's `padding`); ECC has none. */
export type SimRsaPadding = 'PKCS1.5' | 'PSS';
/** Ways the simulator can be told to misbehave (WEBEID_SIM_MODE or the config's `mode`). */
export const SIM_MODES = [
  'normal', 'silent', 'never-answer', 'crash-mid-reply', 'garbage', 'oversize', 'wrong-version', 'user-cancelled', 'no-reader',
  'random-signature', 'wrong-algorithm',
] as const;
export type SimMode = (typeof SIM_MODES)[number];
/** Faults only `sign` shows: the certificate is read as usual. */
type SimSignFault = 'random-signature' | 'wrong-algorithm';

/**
 * What the extension must answer for each misbehaviour: the simulator's promise to the
 * tests that drive it (unit, through the bridge; end to end, through the browser).
 */
export const SIM_FAULT_CODES: Record<Exclude<SimMode, 'normal' | SimSignFault>, WebEidErrorCode> = {
  silent: 'ERR_WEBEID_NATIVE_UNAVAILABLE',
  'never-answer': 'ERR_WEBEID_USER_TIMEOUT',
  'crash-mid-reply': 'ERR_WEBEID_NATIVE_CRASHED',
  garbage: 'ERR_WEBEID_NATIVE_CRASHED',
  oversize: 'ERR_WEBEID_MESSAGE_TOO_LARGE',
  'wrong-version': 'ERR_WEBEID_VERSION_MISMATCH',
  'user-cancelled': 'ERR_WEBEID_USER_CANCELLED',
  'no-reader': 'ERR_WEBEID_NO_READER',
};

/**
 * What signing must answer when the reply is well formed but the signature is not over our
 * data (random bytes), or not made the way the app says (another padding or hash).
 */
export const SIM_SIGN_FAULT_CODES: Record<SimSignFault, WebEidErrorCode> = {
  'random-signature': 'ERR_WEBEID_BAD_SIGNATURE',
  'wrong-algorithm': 'ERR_WEBEID_BAD_SIGNATURE',
};

/** The table as [mode, code] rows for it.each, less the modes a caller tests on its own. */
export function simFaults(except: readonly SimMode[] = []): [SimMode, WebEidErrorCode][] {
  return (Object.entries(SIM_FAULT_CODES) as [SimMode, WebEidErrorCode][]).filter(([mode]) => !except.includes(mode));
}

/** The sign-only faults as [mode, code] rows. */
export function simSignFaults(): [SimMode, WebEidErrorCode][] {
  return Object.entries(SIM_SIGN_FAULT_CODES) as [SimMode, WebEidErrorCode][];
}

export interface SimConfig {
  mode: SimMode;
  keyType: SimKeyType;
  padding?: SimRsaPadding;
  /** Base64 DER, what `get-signing-certificate` returns. */
  certificate: string;
  privateKeyPem: string;
  version?: string;
  logFile?: string;
}

export interface SimulatorIdentity {
  configPath: string;
  config: SimConfig;
  certificateDer: Uint8Array;
}

/** A software key (ECDSA P-256 or RSA 2048, PKCS#1 v1.5 or PSS) and a self-signed certificate, made now. */
export async function createSimulatorIdentity(options: {
  dir: string;
  keyType: SimKeyType;
  padding?: SimRsaPadding;
  mode?: SimMode;
  holder?: string;
  notAfter?: Date;
  logFile?: string;
}): Promise<SimulatorIdentity> {
  const algorithm =
    options.keyType === 'ECC'
      ? { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }
      : { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
  const keys = (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']));
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('').replace(/^[89a-f]/, '1'),
    name: `CN=${options.holder ?? 'ROSSI MARIO'}, O=Comune di Prova (test), C=IT`,
    notBefore: new Date(now - 86_400_000),
    notAfter: options.notAfter ?? new Date(now + 365 * 86_400_000),
    signingAlgorithm: algorithm,
    keys,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.nonRepudiation | x509.KeyUsageFlags.digitalSignature, true)],
  });
  const pkcs8 = Buffer.from(await crypto.subtle.exportKey('pkcs8', keys.privateKey)).toString('base64');
  const config: SimConfig = {
    mode: options.mode ?? 'normal',
    keyType: options.keyType,
    ...(options.padding ? { padding: options.padding } : {}),
    certificate: Buffer.from(cert.rawData).toString('base64'),
    privateKeyPem: `-----BEGIN PRIVATE KEY-----\n${pkcs8.match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----\n`,
    ...(options.logFile ? { logFile: options.logFile } : {}),
  };
  mkdirSync(options.dir, { recursive: true });
  const configPath = join(options.dir, 'web-eid-sim.config.json');
  writeFileSync(configPath, JSON.stringify(config, null, 2), { mode: 0o600 });
  return { configPath, config, certificateDer: new Uint8Array(cert.rawData) };
}

/** Switches the mode of an installed simulator; the next process reads it. */
export function writeSimulatorConfig(configPath: string, config: SimConfig): void {
  writeFileSync(configPath, JSON.stringify(config, null, 2), { mode: 0o600 });
}
