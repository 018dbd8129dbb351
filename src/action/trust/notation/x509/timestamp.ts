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
import { Certificate, CertificateError } from './certificate.js'
import { chainProblem } from './chain.js'
import { children, contextChildren, DerError, implicitInteger, integer, isContext, octets, oid, parseDer, time, UNIVERSAL, type Node } from './der.js'

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

const SHA256 = '2.16.840.1.101.3.4.2.1'
const HASHES: Readonly<Record<string, string>> = {
  [SHA256]: 'sha256',
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

/** The TSTInfo fields the check reads (RFC 3161, 2.4.2). */
export interface TstInfo {
  readonly policy: string
  /** The message imprint: its hash algorithm's OID and the hash. */
  readonly imprintAlgorithm: string
  readonly hashedMessage: Buffer
  readonly genTime: Date
  /** The accuracy's seconds, millis and micros in milliseconds; 0 when it has none. */
  readonly accuracyMs: number
}

/** The first ESSCertIDv2 of a signing-certificate-v2 attribute (RFC 5035). */
export interface SigningCertificateId {
  /** The hash algorithm's OID: SHA-256 when the attribute leaves it out, as its DEFAULT says. */
  readonly hashAlgorithm: string
  readonly certHash: Buffer
  /** The issuer's name (DER) and serial number, when the attribute names them. */
  readonly issuerSerial?: { readonly issuer: Buffer; readonly serial: bigint }
}

/** A SignerInfo of the token, read. */
export interface TokenSigner {
  /** The signer identifier: issuer name (DER) and serial number. */
  readonly issuer: Buffer
  readonly serial: bigint
  readonly digestAlgorithm: string
  /** The signed attributes by type, and their DER as RFC 5652 5.4 signs it (a SET). */
  readonly attributes: ReadonlyMap<string, readonly Node[]>
  readonly signedAttributes: Buffer
  /** undefined when there is no signing-certificate-v2 attribute. */
  readonly signingCertificate?: SigningCertificateId
  readonly signatureAlgorithm: readonly Node[]
  readonly signature: Buffer
}

/** An RFC 3161 TimeStampToken, read: its TSTInfo, certificates and signers. */
export interface TimestampToken {
  readonly tstInfo: TstInfo
  /** The encapsulated TSTInfo's DER, which the signers' message digest hashes. */
  readonly tstInfoBytes: Buffer
  readonly certificates: readonly Certificate[]
  /** The SignerInfos, each read by readSigner when its turn comes. */
  readonly signerInfos: readonly Node[]
}

/**
 * Verifies `token` as a countersignature of `signature` by a TSA that leads to
 * one of `roots`. Throws TimestampError with the reason.
 */
export function verifyTimestamp(token: Buffer, signature: Buffer, roots: readonly Certificate[]): VerifiedTimestamp {
  return readable(() => verifyToken(readToken(token), signature, roots))
}

function verifyToken(read: TimestampToken, signature: Buffer, roots: readonly Certificate[]): VerifiedTimestamp {
  const info = read.tstInfo
  const hash = HASHES[info.imprintAlgorithm]
  if (!hash) throw new TimestampError('the timestamp hashes with an algorithm other than SHA-256, SHA-384 or SHA-512')
  const imprint = createHash(hash).update(signature).digest()
  if (!imprint.equals(info.hashedMessage)) throw new TimestampError('the timestamp is of another signature (its message imprint does not match)')
  // A TSA under ETSI's baseline policy that states no accuracy has one of a second (tspclient-go).
  const accuracyMs = info.accuracyMs === 0 && info.policy === OID.baselinePolicy ? 1000 : info.accuracyMs
  let reason = 'the timestamp token has no signer'
  for (const signerInfo of read.signerInfos) {
    try {
      const signed = verifySigner(readSigner(signerInfo), read.tstInfoBytes, read.certificates)
      const chain = chainTo(signed.certificate, read.certificates, roots)
      // A signing-time attribute, when there is one, must fall in the chain's validity too (tspclient-go).
      const at = [info.genTime, ...(signed.signingTime ? [signed.signingTime] : [])]
      const invalid = chain.find(certificate => at.some(when => when < certificate.notBefore || when > certificate.notAfter))
      if (invalid)
        throw new TimestampError(`the TSA certificate ${invalid.describe()} was not valid at the stamped time ${info.genTime.toISOString()}`)
      const problem = chainProblem(chain, 'timestamping')
      if (problem) throw new TimestampError(`the TSA's certificate chain does not meet the specification: ${problem}`)
      return {
        lower: new Date(info.genTime.getTime() - accuracyMs),
        upper: new Date(info.genTime.getTime() + accuracyMs),
        authority: chain[0]!
      }
    } catch (error) {
      if (!(error instanceof TimestampError)) throw error
      reason = error.message
    }
  }
  throw new TimestampError(reason)
}

/** Reads a TimeStampToken (CMS SignedData of a TSTInfo); throws TimestampError when it is not one. */
export function readTimestampToken(token: Buffer): TimestampToken {
  return readable(() => readToken(token))
}

/** A token whose ASN.1 or certificates cannot be read is refused as a timestamp, never as anything else. */
function readable<T>(read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (error instanceof DerError || error instanceof CertificateError)
      throw new TimestampError(`the timestamp token cannot be read: ${error.message}`)
    throw error
  }
}

function readToken(token: Buffer): TimestampToken {
  const [contentType, content] = children(parseDer(token, 'the timestamp token'), 'the timestamp token')
  if (oid(contentType, 'the token content type') !== OID.signedData) throw new TimestampError('the timestamp token is not CMS SignedData')
  const signedData = children(contextChildren(content, 0, 'the token content')[0], 'SignedData')
  if (integer(signedData[0], 'the SignedData version') !== 3n) throw new TimestampError('the timestamp token is not SignedData version 3')
  const [eContentType, eContent] = children(signedData[2], 'the encapsulated content')
  if (oid(eContentType, 'the encapsulated content type') !== OID.tstInfo) throw new TimestampError('the timestamp token does not hold a TSTInfo')
  const tstInfoBytes = octets(contextChildren(eContent, 0, 'the encapsulated content')[0], 'the TSTInfo')
  const tstInfo = readTstInfo(tstInfoBytes)
  const certificates = signedData
    .filter(node => isContext(node, 0))
    .flatMap(node => contextChildren(node, 0, 'the token certificates'))
    .map((node, i) => Certificate.parse(node.encoded, `certificate ${i + 1} of the timestamp token`))
  const signerInfos = children(signedData[signedData.length - 1], 'the signer infos', 17)
  return { tstInfo, tstInfoBytes, certificates, signerInfos }
}

function readTstInfo(bytes: Uint8Array): TstInfo {
  const fields = children(parseDer(bytes, 'the TSTInfo'), 'the TSTInfo')
  if (integer(fields[0], 'the TSTInfo version') !== 1n) throw new TimestampError('the TSTInfo is not version 1')
  const policy = oid(fields[1], 'the TSTInfo policy')
  const [algorithm, hashedMessage] = children(fields[2], 'the message imprint')
  const imprintAlgorithm = oid(children(algorithm, 'the imprint algorithm')[0], 'the imprint algorithm')
  const genTime = time(fields[4], 'genTime')
  // accuracy: SEQUENCE { seconds INTEGER OPTIONAL, millis [0] INTEGER OPTIONAL, micros [1] INTEGER OPTIONAL }
  const accuracy = fields.slice(5).find(node => node.tagClass === UNIVERSAL && node.tag === 16)
  let accuracyMs = 0
  for (const part of accuracy ? children(accuracy, 'the accuracy') : []) {
    const [value, unit] = isContext(part, 0)
      ? [implicitInteger(part, 'the accuracy in milliseconds'), 1]
      : isContext(part, 1)
        ? [implicitInteger(part, 'the accuracy in microseconds'), 0.001]
        : [integer(part, 'the accuracy in seconds'), 1000]
    if (value < 0n) throw new TimestampError('the timestamp states a negative accuracy')
    accuracyMs += Number(value) * unit
  }
  return { policy, imprintAlgorithm, hashedMessage: octets(hashedMessage, 'the hashed message'), genTime, accuracyMs }
}

/** One SignerInfo of the token; throws TimestampError for one this check cannot verify, DerError for one that is not a SignerInfo. */
export function readSigner(signerInfo: Node): TokenSigner {
  const fields = children(signerInfo, 'the signer info')
  if (integer(fields[0], 'the signer info version') !== 1n)
    throw new TimestampError('the timestamp signer info is not version 1 (issuer and serial number)')
  const [issuer, serial] = children(fields[1], 'the signer identifier')
  const digestAlgorithm = oid(children(fields[2], 'the digest algorithm')[0], 'the digest algorithm')
  const signed = fields.find(node => isContext(node, 0))
  if (!signed) throw new TimestampError('the timestamp signer has no signed attributes')
  const attributes = new Map<string, readonly Node[]>()
  for (const attribute of contextChildren(signed, 0, 'the signed attributes')) {
    const [type, values] = children(attribute, 'a signed attribute')
    attributes.set(oid(type, 'a signed attribute type'), children(values, 'the attribute values', 17))
  }
  const afterSigned = fields.indexOf(signed)
  // RFC 5652 5.4: the signature is over the DER of the signed attributes as a SET, not as [0].
  const signedAttributes = Buffer.from(signed.encoded)
  signedAttributes[0] = 0x31
  const signingCertificate = attributes.get(OID.signingCertificateV2)?.[0]
  return {
    issuer: Buffer.from(expectName(issuer)),
    serial: integer(serial, 'the signer serial number'),
    digestAlgorithm,
    attributes,
    signedAttributes,
    signingCertificate: signingCertificate ? readSigningCertificateV2(signingCertificate) : undefined,
    signatureAlgorithm: children(fields[afterSigned + 1], 'the signature algorithm'),
    signature: octets(fields[afterSigned + 2], 'the signature')
  }
}

/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, policies … OPTIONAL }: its first ESSCertIDv2. */
function readSigningCertificateV2(attribute: Node): SigningCertificateId {
  const [first] = children(children(attribute, 'signing-certificate-v2')[0], 'the ESSCertIDv2 list')
  if (!first) throw new TimestampError('the signing-certificate-v2 attribute names no certificate')
  // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm AlgorithmIdentifier DEFAULT sha256, certHash OCTET STRING, issuerSerial IssuerSerial OPTIONAL }
  const parts = children(first, 'ESSCertIDv2')
  const hasAlgorithm = parts[0]?.tag === 16 && parts[0].tagClass === UNIVERSAL
  const hashAlgorithm = hasAlgorithm ? oid(children(parts[0], 'the certificate hash algorithm')[0], 'the certificate hash algorithm') : SHA256
  const certHash = octets(parts[hasAlgorithm ? 1 : 0], 'the certificate hash')
  const issuerSerial = parts[hasAlgorithm ? 2 : 1]
  if (!issuerSerial) return { hashAlgorithm, certHash }
  const [names, number] = children(issuerSerial, 'the issuer and serial')
  const directory = children(names, 'the issuer names').find(name => isContext(name, 4))
  if (!directory) throw new TimestampError('the signing-certificate-v2 attribute names its issuer by other than a directory name')
  const issuer = Buffer.from(expectName(contextChildren(directory, 4, 'the issuer name')[0]))
  return { hashAlgorithm, certHash, issuerSerial: { issuer, serial: integer(number, 'the serial number') } }
}

/** A Name (a SEQUENCE of RDNs), as its DER. */
function expectName(node: Node | undefined): Buffer {
  children(node, 'the issuer name')
  return node!.encoded
}

interface Signer {
  readonly certificate: Certificate
  readonly signingTime?: Date
}

/** The signer's certificate, once its signed attributes and signature verified. */
function verifySigner(signer: TokenSigner, tstInfo: Uint8Array, certificates: readonly Certificate[]): Signer {
  const digest = HASHES[signer.digestAlgorithm]
  if (!digest) throw new TimestampError('the timestamp signer digests with an algorithm other than SHA-256, SHA-384 or SHA-512')
  const certificate = signingCertificate(signer, certificates)
  const { attributes } = signer
  if (oid(attributes.get(OID.contentType)?.[0], 'the content-type attribute') !== OID.tstInfo) {
    throw new TimestampError('the timestamp signer signed another content type than TSTInfo')
  }
  const messageDigest = octets(attributes.get(OID.messageDigest)?.[0], 'the message-digest attribute')
  if (!createHash(digest).update(tstInfo).digest().equals(messageDigest))
    throw new TimestampError('the timestamp signer signed another TSTInfo (message digest)')
  if (!checkSignature(signer.signedAttributes, certificate, signer.signatureAlgorithm, digest, signer.signature))
    throw new TimestampError("the timestamp's signature does not verify with its TSA certificate")
  const signingTime = attributes.get(OID.signingTime)?.[0]
  return { certificate, signingTime: signingTime ? time(signingTime, 'the signing-time attribute') : undefined }
}

/** The certificate the signing-certificate-v2 attribute names, by issuer and serial (else the signer identifier) and hash. */
function signingCertificate(signer: TokenSigner, certificates: readonly Certificate[]): Certificate {
  const id = signer.signingCertificate
  if (!id) throw new TimestampError('the timestamp has no signing-certificate-v2 attribute')
  const hash = HASHES[id.hashAlgorithm]
  if (!hash) throw new TimestampError('the signing-certificate-v2 attribute hashes with an algorithm other than SHA-256, SHA-384 or SHA-512')
  const wanted = id.issuerSerial ?? { issuer: signer.issuer, serial: signer.serial }
  const candidate = certificates.find(c => c.rawIssuer.equals(wanted.issuer) && BigInt(`0x${c.x509.serialNumber}`) === wanted.serial)
  if (!candidate) throw new TimestampError('the timestamp token does not hold the certificate its signer names')
  if (!createHash(hash).update(candidate.der).digest().equals(id.certHash)) {
    throw new TimestampError('the TSA certificate in the timestamp token is not the one its signing-certificate-v2 attribute hashes')
  }
  return candidate
}

function checkSignature(data: Buffer, certificate: Certificate, algorithm: readonly Node[], digest: string, signature: Uint8Array): boolean {
  const id = oid(algorithm[0], 'the signature algorithm')
  const key = certificate.publicKey
  const named = SIGNATURES[id]
  // Node verifies with whatever the key is and ignores RSA options for an EC key: the algorithm must name the key's type (as Go's x509 checks).
  const ec = key.asymmetricKeyType === 'ec'
  try {
    if (named) return named.ecdsa === ec && verify(named.hash, data, { key, dsaEncoding: 'der' }, signature)
    if (id === OID.rsaEncryption || id === OID.ecPublicKey) return (id === OID.ecPublicKey) === ec && verify(digest, data, key, signature)
    if (id === OID.rsaPss && key.asymmetricKeyType === 'rsa') {
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
