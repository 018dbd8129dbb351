// A timestamp countersignature: an RFC 3161 TimeStampToken (CMS SignedData of
// a TSTInfo) over the envelope's primitive signature, verified as the trust
// policy specification lists (and notation's tspclient-go does): the TSTInfo's
// message imprint is the hash of the signature; the signer's certificate is
// the one its signing-certificate-v2 attribute names (RFC 5035; missing, the
// token is refused); the signed attributes name the TSTInfo content type and
// its digest; the CMS signature verifies with that certificate's key; the
// certificate leads, through the token's certificates, to a root of the
// policy's `tsa` stores, every certificate valid at the stamped time; and the
// chain meets the timestamping certificate requirements. A DER reader reads the
// structures (der.ts), Node's crypto checks hashes and signatures.
import { createHash, verify, constants } from 'node:crypto'
import { Certificate } from './certificate.js'
import { chainProblem } from './chain.js'
import { children, contextChildren, DerError, integer, isContext, octets, oid, parseDer, time, UNIVERSAL, type Node } from './der.js'

export class TimestampError extends Error {
  override readonly name = 'TimestampError'
}

export interface VerifiedTimestamp {
  /** The stamped time less and plus its accuracy (RFC 3161, 2.4.2). */
  readonly lower: Date
  readonly upper: Date
  /** The timestamp authority's certificate. */
  readonly authority: Certificate
}

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  baselinePolicy: '0.4.0.2023.1.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1'
} as const

const HASHES: Readonly<Record<string, string>> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512'
}
/** Signature algorithms that name their hash: PKCS #1 v1.5 and ECDSA with SHA-2. */
const SIGNATURES: Readonly<Record<string, { readonly hash: string; readonly ecdsa: boolean }>> = {
  '1.2.840.113549.1.1.11': { hash: 'sha256', ecdsa: false },
  '1.2.840.113549.1.1.12': { hash: 'sha384', ecdsa: false },
  '1.2.840.113549.1.1.13': { hash: 'sha512', ecdsa: false },
  '1.2.840.10045.4.3.2': { hash: 'sha256', ecdsa: true },
  '1.2.840.10045.4.3.3': { hash: 'sha384', ecdsa: true },
  '1.2.840.10045.4.3.4': { hash: 'sha512', ecdsa: true }
}
/** How far a TSA's certificate may be from its root: far more than any real TSA uses. */
const MAX_CHAIN = 8

/**
 * Verifies `token` as a countersignature of `signature` by a TSA that leads to
 * one of `roots`. Throws TimestampError with the reason.
 */
export function verifyTimestamp(token: Buffer, signature: Buffer, roots: readonly Certificate[]): VerifiedTimestamp {
  try {
    return verify3161(token, signature, roots)
  } catch (error) {
    if (error instanceof DerError) throw new TimestampError(`the timestamp token cannot be read: ${error.message}`)
    throw error
  }
}

function verify3161(token: Buffer, signature: Buffer, roots: readonly Certificate[]): VerifiedTimestamp {
  const [contentType, content] = children(parseDer(token, 'the timestamp token'), 'the timestamp token')
  if (oid(contentType, 'the token content type') !== OID.signedData) throw new TimestampError('the timestamp token is not CMS SignedData')
  const signedData = children(contextChildren(content, 0, 'the token content')[0], 'SignedData')
  if (integer(signedData[0], 'the SignedData version') !== 3n) throw new TimestampError('the timestamp token is not SignedData version 3')
  const [eContentType, eContent] = children(signedData[2], 'the encapsulated content')
  if (oid(eContentType, 'the encapsulated content type') !== OID.tstInfo) throw new TimestampError('the timestamp token does not hold a TSTInfo')
  const tstInfoBytes = octets(contextChildren(eContent, 0, 'the encapsulated content')[0], 'the TSTInfo')
  const info = readTstInfo(tstInfoBytes)
  const imprint = createHash(info.hash).update(signature).digest()
  if (!imprint.equals(info.hashedMessage)) throw new TimestampError('the timestamp is of another signature (its message imprint does not match)')
  const certificates = signedData
    .filter(node => isContext(node, 0))
    .flatMap(node => contextChildren(node, 0, 'the token certificates'))
    .map((node, i) => Certificate.parse(node.encoded, `certificate ${i + 1} of the timestamp token`))
  const signerInfos = children(signedData[signedData.length - 1], 'the signer infos', 17)
  let reason = 'the timestamp token has no signer'
  for (const signerInfo of signerInfos) {
    try {
      const signer = verifySigner(signerInfo, tstInfoBytes, certificates)
      const chain = chainTo(signer.certificate, certificates, roots)
      // A signing-time attribute, when there is one, must fall in the chain's validity too (tspclient-go).
      const at = [info.genTime, ...(signer.signingTime ? [signer.signingTime] : [])]
      const invalid = chain.find(certificate => at.some(when => when < certificate.notBefore || when > certificate.notAfter))
      if (invalid)
        throw new TimestampError(`the TSA certificate ${invalid.describe()} was not valid at the stamped time ${info.genTime.toISOString()}`)
      const problem = chainProblem(chain, 'timestamping')
      if (problem) throw new TimestampError(`the TSA's certificate chain does not meet the specification: ${problem}`)
      return {
        lower: new Date(info.genTime.getTime() - info.accuracyMs),
        upper: new Date(info.genTime.getTime() + info.accuracyMs),
        authority: chain[0]!
      }
    } catch (error) {
      if (!(error instanceof TimestampError)) throw error
      reason = error.message
    }
  }
  throw new TimestampError(reason)
}

interface TstInfo {
  readonly hash: string
  readonly hashedMessage: Uint8Array
  readonly genTime: Date
  readonly accuracyMs: number
}

function readTstInfo(bytes: Uint8Array): TstInfo {
  const fields = children(parseDer(bytes, 'the TSTInfo'), 'the TSTInfo')
  if (integer(fields[0], 'the TSTInfo version') !== 1n) throw new TimestampError('the TSTInfo is not version 1')
  const policy = oid(fields[1], 'the TSTInfo policy')
  const [algorithm, hashedMessage] = children(fields[2], 'the message imprint')
  const hash = HASHES[oid(children(algorithm, 'the imprint algorithm')[0], 'the imprint algorithm')]
  if (!hash) throw new TimestampError('the timestamp hashes with an algorithm other than SHA-256, SHA-384 or SHA-512')
  const genTime = time(fields[4], 'genTime')
  // accuracy: SEQUENCE { seconds INTEGER OPTIONAL, millis [0] INTEGER OPTIONAL, micros [1] INTEGER OPTIONAL }
  const accuracy = fields.slice(5).find(node => node.tagClass === UNIVERSAL && node.tag === 16)
  let accuracyMs = 0
  for (const part of accuracy ? children(accuracy, 'the accuracy') : []) {
    const value = Number(
      isContext(part, 0) || isContext(part, 1)
        ? BigInt(`0x${Buffer.from(octetsOfPrimitive(part)).toString('hex') || '0'}`)
        : integer(part, 'the accuracy')
    )
    accuracyMs += isContext(part, 0) ? value : isContext(part, 1) ? value / 1000 : value * 1000
  }
  if (accuracyMs === 0 && policy === OID.baselinePolicy) accuracyMs = 1000
  return { hash, hashedMessage: octets(hashedMessage, 'the hashed message'), genTime, accuracyMs }
}

function octetsOfPrimitive(node: Node): Uint8Array {
  return node.content
}

interface Signer {
  readonly certificate: Certificate
  readonly signingTime?: Date
}

/** The signer's certificate, once its signed attributes and signature verified. */
function verifySigner(signerInfo: Node, tstInfo: Uint8Array, certificates: readonly Certificate[]): Signer {
  const fields = children(signerInfo, 'the signer info')
  if (integer(fields[0], 'the signer info version') !== 1n)
    throw new TimestampError('the timestamp signer info is not version 1 (issuer and serial number)')
  const [issuer, serial] = children(fields[1], 'the signer identifier')
  const digest = HASHES[oid(children(fields[2], 'the digest algorithm')[0], 'the digest algorithm')]
  if (!digest) throw new TimestampError('the timestamp signer digests with an algorithm other than SHA-256, SHA-384 or SHA-512')
  const signed = fields.find(node => isContext(node, 0))
  if (!signed) throw new TimestampError('the timestamp signer has no signed attributes')
  const attributes = new Map<string, readonly Node[]>()
  for (const attribute of contextChildren(signed, 0, 'the signed attributes')) {
    const [type, values] = children(attribute, 'a signed attribute')
    attributes.set(oid(type, 'a signed attribute type'), children(values, 'the attribute values', 17))
  }
  const certificate = signingCertificate(attributes, certificates, Buffer.from(issuer!.encoded), integer(serial, 'the signer serial number'))
  if (oid(attributes.get(OID.contentType)?.[0], 'the content-type attribute') !== OID.tstInfo) {
    throw new TimestampError('the timestamp signer signed another content type than TSTInfo')
  }
  const messageDigest = octets(attributes.get(OID.messageDigest)?.[0], 'the message-digest attribute')
  if (!createHash(digest).update(tstInfo).digest().equals(messageDigest))
    throw new TimestampError('the timestamp signer signed another TSTInfo (message digest)')
  const afterSigned = fields.indexOf(signed)
  const algorithm = children(fields[afterSigned + 1], 'the signature algorithm')
  const value = octets(fields[afterSigned + 2], 'the signature')
  // RFC 5652 5.4: the signature is over the DER of the signed attributes as a SET, not as [0].
  const toBeSigned = Buffer.from(signed.encoded)
  toBeSigned[0] = 0x31
  if (!checkSignature(toBeSigned, certificate, algorithm, digest, value))
    throw new TimestampError("the timestamp's signature does not verify with its TSA certificate")
  const signingTime = attributes.get(OID.signingTime)?.[0]
  return { certificate, signingTime: signingTime ? time(signingTime, 'the signing-time attribute') : undefined }
}

/** The certificate the signing-certificate-v2 attribute names, by issuer and serial (else the signer identifier) and hash. */
function signingCertificate(
  attributes: Map<string, readonly Node[]>,
  certificates: readonly Certificate[],
  issuer: Buffer,
  serial: bigint
): Certificate {
  const attribute = attributes.get(OID.signingCertificateV2)?.[0]
  if (!attribute) throw new TimestampError('the timestamp has no signing-certificate-v2 attribute')
  const [first] = children(children(attribute, 'signing-certificate-v2')[0], 'the ESSCertIDv2 list')
  if (!first) throw new TimestampError('the signing-certificate-v2 attribute names no certificate')
  const parts = children(first, 'ESSCertIDv2')
  const hasAlgorithm = parts[0]!.tag === 16
  const hash = hasAlgorithm ? HASHES[oid(children(parts[0], 'the certificate hash algorithm')[0], 'the certificate hash algorithm')] : 'sha256'
  if (!hash) throw new TimestampError('the signing-certificate-v2 attribute hashes with an algorithm other than SHA-256, SHA-384 or SHA-512')
  const certHash = octets(parts[hasAlgorithm ? 1 : 0], 'the certificate hash')
  const issuerSerial = parts[hasAlgorithm ? 2 : 1]
  let wantedIssuer = issuer
  let wantedSerial = serial
  if (issuerSerial) {
    const [names, number] = children(issuerSerial, 'the issuer and serial')
    const directory = children(names, 'the issuer names').find(name => isContext(name, 4))
    if (!directory) throw new TimestampError('the signing-certificate-v2 attribute names its issuer by other than a directory name')
    wantedIssuer = Buffer.from(contextChildren(directory, 4, 'the issuer name')[0]!.encoded)
    wantedSerial = integer(number, 'the serial number')
  }
  const candidate = certificates.find(c => c.rawIssuer.equals(wantedIssuer) && BigInt(`0x${c.x509.serialNumber}`) === wantedSerial)
  if (!candidate) throw new TimestampError('the timestamp token does not hold the certificate its signer names')
  if (!createHash(hash).update(candidate.der).digest().equals(certHash)) {
    throw new TimestampError('the TSA certificate in the timestamp token is not the one its signing-certificate-v2 attribute hashes')
  }
  return candidate
}

function checkSignature(data: Buffer, certificate: Certificate, algorithm: readonly Node[], digest: string, signature: Uint8Array): boolean {
  const id = oid(algorithm[0], 'the signature algorithm')
  const key = certificate.publicKey
  const named = SIGNATURES[id]
  try {
    if (named) return verify(named.hash, data, { key, dsaEncoding: 'der' }, signature)
    if (id === OID.rsaEncryption || id === OID.ecPublicKey) return verify(digest, data, key, signature)
    if (id === OID.rsaPss) {
      const [hashParameter, , saltParameter] = algorithm[1] ? children(algorithm[1], 'the RSASSA-PSS parameters') : []
      const hash = hashParameter
        ? HASHES[oid(children(contextChildren(hashParameter, 0, 'the PSS hash')[0], 'the PSS hash')[0], 'the PSS hash')]
        : undefined
      const salt =
        saltParameter && isContext(saltParameter, 2) ? Number(integer(contextChildren(saltParameter, 2, 'the PSS salt')[0], 'the PSS salt')) : 20
      if (!hash) return false
      return verify(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: salt }, signature)
    }
  } catch {
    return false
  }
  return false
}

/** From the TSA's certificate up to a root of the store, through the token's certificates. */
function chainTo(leaf: Certificate, certificates: readonly Certificate[], roots: readonly Certificate[]): Certificate[] {
  const chain = [leaf]
  for (let current = leaf; chain.length <= MAX_CHAIN;) {
    if (roots.some(root => root.equals(current))) return chain
    const issuer = roots.find(root => current.isIssuedBy(root)) ?? certificates.find(c => !c.equals(current) && current.isIssuedBy(c))
    if (!issuer) break
    chain.push(issuer)
    current = issuer
  }
  throw new TimestampError(`the TSA certificate ${leaf.describe()} does not lead to a certificate of the trust policy's tsa stores`)
}
