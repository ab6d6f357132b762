import './reflect-shim';
import { X509Certificate } from '@peculiar/x509';
import { z } from 'zod';
import { base64ToBytes } from '../base64';
import { WebEidError } from './errors';

/** Warn this many days before the certificate expires. */
export const EXPIRY_WARNING_DAYS = 30;

/** What the popup shows about the signing certificate; no key material. */
export const CertificateSummary = z.object({
  holder: z.string(),
  issuer: z.string(),
  serial: z.string(),
  /** ISO 8601. */
  notAfter: z.string(),
  expiresSoon: z.boolean(),
  expired: z.boolean(),
});
export type CertificateSummary = z.infer<typeof CertificateSummary>;

/** Parses a DER certificate (base64, as Web eID sends it); bad input is a WebEidError. */
export function parseCertificate(base64Der: string): X509Certificate {
  try {
    return new X509Certificate(base64ToBytes(base64Der));
  } catch (error) {
    throw new WebEidError('ERR_WEBEID_BAD_CERTIFICATE', error instanceof Error ? error.message : '');
  }
}

/** Holder (CN, else given name + surname), issuer CN, serial, expiry and the 30-day warning. */
export function summarizeCertificate(base64Der: string, now: Date = new Date()): CertificateSummary {
  const cert = parseCertificate(base64Der);
  const subject = cert.subjectName;
  // givenName (2.5.4.42) and surname (2.5.4.4) by OID: 'SN' is ambiguous across libraries.
  const named = [...subject.getField('2.5.4.42'), ...subject.getField('2.5.4.4')].join(' ');
  const holder = subject.getField('CN')[0] ?? (named || cert.subject);
  const issuer = cert.issuerName.getField('CN')[0] ?? cert.issuer;
  const msLeft = cert.notAfter.getTime() - now.getTime();
  return {
    holder,
    issuer,
    serial: cert.serialNumber.toUpperCase(),
    notAfter: cert.notAfter.toISOString(),
    expiresSoon: msLeft >= 0 && msLeft <= EXPIRY_WARNING_DAYS * 86_400_000,
    expired: msLeft < 0,
  };
}
