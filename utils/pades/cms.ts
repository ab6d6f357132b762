import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { digest, DIGESTS, OID, type DigestName } from './algorithms';
import { signatureAlgorithmId, type SignatureScheme } from './signature-scheme';

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;
const algorithm = (oid: string, nullParams: boolean): pkijs.AlgorithmIdentifier =>
  new pkijs.AlgorithmIdentifier({ algorithmId: oid, ...(nullParams ? { algorithmParams: new asn1js.Null() } : {}) });

/** The signer's key type, from the certificate's public key algorithm. */
export function keyTypeOf(cert: pkijs.Certificate): 'ECC' | 'RSA' {
  const oid = cert.subjectPublicKeyInfo.algorithm.algorithmId;
  if (oid === OID.ecPublicKey) return 'ECC';
  if (oid === OID.rsaEncryption) return 'RSA';
  throw new Error(`unsupported key algorithm ${oid}`);
}

/**
 * Signed attributes of a PAdES baseline B signature: content-type, message-digest and
 * signing-certificate-v2 (no signing-time: the PDF's /M carries it). DER orders a SET OF by
 * encoding, so the attributes are sorted the way a strict verifier re-encodes them.
 */
export async function buildSignedAttributes(
  cert: pkijs.Certificate,
  contentDigest: Uint8Array,
  hash: DigestName,
): Promise<pkijs.SignedAndUnsignedAttributes> {
  const certHash = await digest(hash, new Uint8Array(cert.toSchema().toBER(false)));
  const essCertId = new asn1js.Sequence({
    value: [
      // hashAlgorithm DEFAULT sha256: present only when it is not SHA-256.
      ...(hash === 'SHA-256' ? [] : [algorithm(DIGESTS[hash].oid, false).toSchema()]),
      new asn1js.OctetString({ valueHex: buffer(certHash) }),
      new asn1js.Sequence({
        value: [
          new asn1js.Sequence({
            value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] })],
          }),
          cert.serialNumber,
        ],
      }),
    ],
  });
  const attributes = [
    new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
    new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: buffer(contentDigest) })] }),
    new pkijs.Attribute({
      type: OID.signingCertificateV2,
      values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] })],
    }),
  ];
  const encoded = attributes.map((a) => ({ a, der: new Uint8Array(a.toSchema().toBER(false)) }));
  encoded.sort((x, y) => compareBytes(x.der, y.der));
  return new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: encoded.map((e) => e.a) });
}

/** The bytes the card signs: the signed attributes as a DER SET (tag 0x31). */
export function signedAttributesDer(attrs: pkijs.SignedAndUnsignedAttributes): Uint8Array {
  const der = new Uint8Array(attrs.toSchema().toBER(false));
  der[0] = 0x31;
  return der;
}

/**
 * A detached CMS SignedData (ContentInfo, DER) with one signer and its certificate; the
 * signature algorithm is the one the card used (already verified), with its parameters.
 */
export function buildSignedData(
  cert: pkijs.Certificate,
  attrs: pkijs.SignedAndUnsignedAttributes,
  signature: { der: Uint8Array; scheme: SignatureScheme; hash: DigestName },
): Uint8Array {
  const { hash } = signature;
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: algorithm(DIGESTS[hash].oid, true),
    signedAttrs: attrs,
    signatureAlgorithm: signatureAlgorithmId(signature.scheme, hash),
    signature: new asn1js.OctetString({ valueHex: buffer(signature.der) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [algorithm(DIGESTS[hash].oid, true)],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [cert],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
