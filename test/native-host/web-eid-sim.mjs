#!/usr/bin/env node
// @ts-check
/**
 * A stand-in for the Web eID native app (`web-eid`), for tests. Same protocol: 4-byte
 * little-endian length + UTF-8 JSON on stdio, `{"version"}` first, exactly one command with
 * its exact argument keys, one answer, exit. Keys and certificate come from a config file
 * (see identity.ts); WEBEID_SIM_MODE or the config's `mode` makes it misbehave.
 */
import { constants, createPrivateKey, privateEncrypt, randomBytes } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signDigestP256 } from './ecdsa-prehash.mjs';
import { signDigestPss } from './rsa-pss.mjs';
import { validateCommand } from './sim-commands.mjs';

const MAX = 8192;
const configPath = process.env.WEBEID_SIM_CONFIG ?? join(dirname(fileURLToPath(import.meta.url)), 'web-eid-sim.config.json');
/** @type {{ mode?: string, version?: string, keyType: 'ECC' | 'RSA', padding?: string, certificate: string, privateKeyPem: string, logFile?: string }} */
const config = JSON.parse(readFileSync(configPath, 'utf8'));
const mode = process.env.WEBEID_SIM_MODE ?? config.mode ?? 'normal';
// RSA cards sign PKCS#1 v1.5 or PSS, and the app says which; ECDSA has no padding.
const rsaPadding = process.env.WEBEID_SIM_PADDING ?? config.padding ?? 'PKCS1.5';

/** @param {Buffer} body */
const frame = (body) => {
  const header = Buffer.alloc(4);
  header.writeUInt32LE(body.length);
  return Buffer.concat([header, body]);
};
/** @param {unknown} message @param {number} [code] */
const answer = (message, code = 0) => process.stdout.write(frame(Buffer.from(JSON.stringify(message))), () => process.exit(code));
/** @param {string} code @param {string} message */
const fail = (code, message) => answer({ error: { code, message } });

if (mode !== 'silent') {
  process.stdout.write(frame(Buffer.from(JSON.stringify({ version: mode === 'wrong-version' ? '3.0.0+1' : (config.version ?? '2.5.0+700') }))));
}

let input = Buffer.alloc(0);
let handled = false;
process.stdin.on('data', (chunk) => {
  input = Buffer.concat([input, chunk]);
  if (mode === 'silent' || handled || input.length < 4) return; // silent: never a word
  const length = input.readUInt32LE(0);
  if (length > MAX) return (handled = true), fail('ERR_WEBEID_NATIVE_FATAL', `message of ${length} bytes exceeds ${MAX}`);
  if (input.length < 4 + length) return;
  handled = true;
  /** @type {unknown} */
  let request;
  try {
    request = JSON.parse(input.subarray(4, 4 + length).toString('utf8'));
  } catch {
    return fail('ERR_WEBEID_NATIVE_FATAL', 'request is not JSON');
  }
  respond(request);
});
// The browser closed the port (cancel, timeout, worker stopped): exit like the app does.
process.stdin.on('end', () => process.exit(0));

/** @param {unknown} request */
function respond(request) {
  const checked = validateCommand(request, config.certificate);
  if (config.logFile) appendFileSync(config.logFile, `${JSON.stringify({ mode, ...checked.log })}\n`);
  if ('error' in checked) return fail('ERR_WEBEID_NATIVE_FATAL', checked.error);
  switch (mode) {
    case 'never-answer':
      return; // keeps running until the port closes
    case 'crash-mid-reply': {
      const whole = frame(Buffer.from(JSON.stringify({ certificate: config.certificate })));
      return process.stdout.write(whole.subarray(0, 20), () => process.exit(70));
    }
    case 'garbage': // then exits: Chromium reports "Native host has exited." (it drops unparsable JSON silently)
      return process.stdout.write(frame(Buffer.from('}{ not json \u0000')), () => process.exit(0));
    case 'oversize':
      return answer({ certificate: config.certificate, padding: 'x'.repeat(MAX + 1024) });
    case 'user-cancelled':
      return fail('ERR_WEBEID_USER_CANCELLED', 'User cancelled');
    case 'no-reader':
      return fail('ERR_WEBEID_NATIVE_FATAL', 'No smart card reader connected (SCARD_E_NO_READERS_AVAILABLE)');
  }
  const { command, args } = checked;
  if (command === 'quit') return answer({});
  const algorithms = ['SHA-224', 'SHA-256', 'SHA-384', 'SHA-512'].map((hashFunction) => algorithmFor(hashFunction));
  if (command === 'get-signing-certificate') return answer({ certificate: config.certificate, supportedSignatureAlgorithms: algorithms });
  if (command === 'sign') {
    const hash = Buffer.from(String(args.hash), 'base64');
    const hashFunction = String(args.hashFunction);
    const signature = mode === 'random-signature' ? randomSignature() : sign(hash, hashFunction);
    return answer({ signature: signature.toString('base64'), signatureAlgorithm: reportedFor(hashFunction) });
  }
  return fail('ERR_WEBEID_NATIVE_FATAL', `command ${command} not supported by the simulator`);
}

/** @param {string} hashFunction */
function algorithmFor(hashFunction) {
  return { cryptoAlgorithm: config.keyType, hashFunction, paddingScheme: config.keyType === 'ECC' ? 'NONE' : rsaPadding };
}

/** What `sign` says it did; `wrong-algorithm` names another padding (RSA) or hash (ECC). @param {string} hashFunction */
function reportedFor(hashFunction) {
  const honest = algorithmFor(hashFunction);
  if (mode !== 'wrong-algorithm') return honest;
  if (config.keyType === 'RSA') return { ...honest, paddingScheme: rsaPadding === 'PSS' ? 'PKCS1.5' : 'PSS' };
  return { ...honest, hashFunction: hashFunction === 'SHA-512' ? 'SHA-256' : 'SHA-512' };
}

/** Bytes of the right length that are no signature at all: what a broken card or relay sends. */
function randomSignature() {
  const key = createPrivateKey(config.privateKeyPem);
  return randomBytes(config.keyType === 'ECC' ? 64 : (key.asymmetricKeyDetails?.modulusLength ?? 2048) / 8);
}

const DIGEST_INFO = {
  'SHA-224': '302d300d06096086480165030402040500041c',
  'SHA-256': '3031300d060960864801650304020105000420',
  'SHA-384': '3041300d060960864801650304020205000430',
  'SHA-512': '3051300d060960864801650304020305000440',
  'SHA3-224': '302d300d06096086480165030402070500041c',
  'SHA3-256': '3031300d060960864801650304020805000420',
  'SHA3-384': '3041300d060960864801650304020905000430',
  'SHA3-512': '3051300d060960864801650304020a05000440',
};

/** ECDSA: raw R||S. RSA: PSS, or PKCS#1 v1.5 over DigestInfo + the bare hash we were given. @param {Buffer} hash @param {string} hashFunction */
function sign(hash, hashFunction) {
  const key = createPrivateKey(config.privateKeyPem);
  if (config.keyType === 'ECC') return signDigestP256(String(key.export({ format: 'jwk' }).d), hash);
  if (rsaPadding === 'PSS') return signDigestPss(key, hash);
  const prefix = Buffer.from(DIGEST_INFO[/** @type {keyof typeof DIGEST_INFO} */ (hashFunction)], 'hex');
  return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([prefix, hash]));
}
