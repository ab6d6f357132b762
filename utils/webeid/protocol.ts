import { z } from 'zod';

/** Our own host name first (its manifest lists our IDs), then the stock Web eID one. */
export const NATIVE_HOSTS = ['it.sportellocie.webeid', 'eu.webeid'] as const;
/** The Web eID app refuses messages over 8 KiB; we refuse them before sending. */
export const MAX_MESSAGE_BYTES = 8192;
/** The app must say its version this soon after the port opens, or it is not there. */
export const HANDSHAKE_TIMEOUT_MS = 5000;
/** The app major version this bridge speaks (Web eID 2.x). */
export const SUPPORTED_MAJOR = 2;
/** What the app shows the user as the requesting site when no page origin applies. */
export const DEFAULT_ORIGIN = 'https://sportellocie.it';

/** `https://host[:port]`, no path, at most 255 characters. */
export const Origin = z
  .string()
  .max(255)
  .regex(/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i);

export const HashFunction = z.enum([
  'SHA-224', 'SHA-256', 'SHA-384', 'SHA-512', 'SHA3-224', 'SHA3-256', 'SHA3-384', 'SHA3-512',
]);
export type HashFunction = z.infer<typeof HashFunction>;

const Base64 = z.string().min(1).regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** The first thing the app sends: `{"version":"X.Y.Z+B"}`. */
export const VersionMessage = z.object({ version: z.string().regex(/^\d+\.\d+\.\d+/) }).strict();

export const SignatureAlgorithm = z.object({
  cryptoAlgorithm: z.enum(['ECC', 'RSA']),
  hashFunction: HashFunction,
  paddingScheme: z.enum(['NONE', 'PKCS1.5', 'PSS']),
});
export type SignatureAlgorithm = z.infer<typeof SignatureAlgorithm>;

/** Commands with their exact argument sets (`lang` optional everywhere). */
const Lang = z.string().regex(/^[a-z]{2}$/).optional();
export const GetSigningCertificateCommand = z.strictObject({
  command: z.literal('get-signing-certificate'),
  arguments: z.strictObject({ origin: Origin, lang: Lang }),
});
export const SignCommand = z.strictObject({
  command: z.literal('sign'),
  arguments: z.strictObject({
    hash: Base64,
    hashFunction: HashFunction,
    certificate: Base64,
    origin: Origin,
    lang: Lang,
  }),
});
export const QuitCommand = z.strictObject({ command: z.literal('quit'), arguments: z.strictObject({}) });
export const NativeCommand = z.discriminatedUnion('command', [
  GetSigningCertificateCommand,
  SignCommand,
  QuitCommand,
]);
export type NativeCommand = z.infer<typeof NativeCommand>;

/** Replies, one per command. */
export const CertificateReply = z.object({
  certificate: Base64,
  supportedSignatureAlgorithms: z.array(SignatureAlgorithm).min(1),
});
export type CertificateReply = z.infer<typeof CertificateReply>;
export const SignReply = z.object({ signature: Base64, signatureAlgorithm: SignatureAlgorithm });
export type SignReply = z.infer<typeof SignReply>;
export const QuitReply = z.object({}).strict();
export const ErrorReply = z.object({
  error: z.object({ code: z.string().max(100), message: z.string().max(2000).optional() }),
});

/** UTF-8 size of a message as the browser will frame it. */
export function messageBytes(message: unknown): number {
  return new TextEncoder().encode(JSON.stringify(message)).length;
}

/** The major number of `X.Y.Z+B`, or NaN. */
export function majorOf(version: string): number {
  return Number.parseInt(version.split('.')[0] ?? '', 10);
}
