// @ts-check
// The simulator's strictness: the exact argument keys of each command, as the app checks them.

const REQUIRED = {
  'get-signing-certificate': ['origin'],
  sign: ['hash', 'hashFunction', 'certificate', 'origin'],
  authenticate: ['challengeNonce', 'origin'],
  quit: [],
};
const HASH_BYTES = { 'SHA-224': 28, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64, 'SHA3-224': 28, 'SHA3-256': 32, 'SHA3-384': 48, 'SHA3-512': 64 };
const ORIGIN = /^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * @param {unknown} request
 * @param {string} certificate the certificate `sign` must name
 * @returns {{ command: string, args: Record<string, unknown>, log: object } | { error: string, log: object }}
 */
export function validateCommand(request, certificate) {
  if (typeof request !== 'object' || request === null) return { error: 'request is not an object', log: {} };
  const { command, arguments: args, ...rest } = /** @type {Record<string, unknown>} */ (request);
  const log = { command, argumentKeys: args && typeof args === 'object' ? Object.keys(args).sort() : null };
  const bad = (/** @type {string} */ error) => ({ error, log });
  if (Object.keys(rest).length > 0) return bad(`unexpected keys ${Object.keys(rest).join(',')}`);
  if (typeof command !== 'string' || !(command in REQUIRED)) return bad(`unknown command ${String(command)}`);
  if (typeof args !== 'object' || args === null || Array.isArray(args)) return bad('arguments must be an object');
  const a = /** @type {Record<string, unknown>} */ (args);
  const required = REQUIRED[/** @type {keyof typeof REQUIRED} */ (command)];
  const allowed = command === 'quit' ? [] : [...required, 'lang'];
  const keys = Object.keys(a);
  const missing = required.filter((k) => !keys.includes(k));
  const extra = keys.filter((k) => !allowed.includes(k));
  if (missing.length || extra.length) return bad(`argument keys: missing [${missing}] unexpected [${extra}]`);
  if ('lang' in a && !/^[a-z]{2}$/.test(String(a.lang))) return bad('lang must be two letters');
  if ('origin' in a && (typeof a.origin !== 'string' || a.origin.length > 255 || !ORIGIN.test(a.origin))) return bad('invalid origin');
  if (command === 'sign') {
    const size = HASH_BYTES[/** @type {keyof typeof HASH_BYTES} */ (String(a.hashFunction))];
    if (!size) return bad('unsupported hashFunction');
    if (Buffer.from(String(a.hash), 'base64').length !== size) return bad('hash length does not match hashFunction');
    if (a.certificate !== certificate) return bad('certificate is not the signing certificate');
  }
  return { command, args: a, log };
}
