import '@/utils/webeid/reflect-shim';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';

export type SimKeyType = 'ECC' | 'RSA';
/** Ways the simulator can be told to misbehave (WEBEID_SIM_MODE or the config's `mode`). */
export const SIM_MODES = [
  'normal', 'silent', 'never-answer', 'crash-mid-reply', 'garbage', 'oversize', 'wrong-version', 'user-cancelled', 'no-reader',
] as const;
export type SimMode = (typeof SIM_MODES)[number];

export interface SimConfig {
  mode: SimMode;
  keyType: SimKeyType;
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

/** A software key (ECDSA P-256 or RSA 2048) and a self-signed certificate, made now. */
export async function createSimulatorIdentity(options: {
  dir: string;
  keyType: SimKeyType;
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
