// A Notation signature envelope, opened and its integrity verified: the JWS
// (application/jose+json) or COSE_Sign1 (application/cose) format read, its
// signature checked with the signing certificate's key, and what the
// signature specification requires of the signed attributes: a known signing
// scheme, its signing time, an expiry after it, every critical header one this
// action understands, the content type of a Notation payload, a certificate
// chain that meets the certificate requirements, and the algorithm the
// signing key must use. A failure is an IntegrityError with the reason.
import { Certificate, CertificateError } from '../x509/certificate.js'
import { chainProblem, keyAlgorithm, type SignatureAlgorithm } from '../x509/chain.js'

export const JWS_MEDIA_TYPE = 'application/jose+json'
export const COSE_MEDIA_TYPE = 'application/cose'
export const PAYLOAD_CONTENT_TYPE = 'application/vnd.cncf.notary.payload.v1+json'

export const SIGNING_SCHEMES = ['notary.x509', 'notary.x509.signingAuthority'] as const
export type SigningScheme = (typeof SIGNING_SCHEMES)[number]

/** The signed attributes' names, the same in both formats. */
export const HEADER = {
  signingScheme: 'io.cncf.notary.signingScheme',
  signingTime: 'io.cncf.notary.signingTime',
  authenticSigningTime: 'io.cncf.notary.authenticSigningTime',
  expiry: 'io.cncf.notary.expiry',
  timestampSignature: 'io.cncf.notary.timestampSignature',
  signingAgent: 'io.cncf.notary.signingAgent',
  verificationPlugin: 'io.cncf.notary.verificationPlugin'
} as const

/** The critical headers this action understands and processes. */
export const UNDERSTOOD_CRITICAL: ReadonlySet<string> = new Set([HEADER.signingScheme, HEADER.authenticSigningTime, HEADER.expiry])

/** The envelope's integrity failed: the reason, for the refusal. */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError'
}

/** What an envelope says, once its signature verified. */
export interface SignerInfo {
  readonly format: 'JWS' | 'COSE'
  readonly algorithm: SignatureAlgorithm
  readonly signingScheme: SigningScheme
  /** notary.x509: the signer's (unauthenticated) signing time; notary.x509.signingAuthority: the authentic signing time. */
  readonly signingTime: Date
  readonly expiry?: Date
  /** Leaf first. */
  readonly certificates: readonly Certificate[]
  /** The primitive signature, which a timestamp countersignature stamps. */
  readonly signature: Buffer
  readonly timestampToken?: Buffer
  readonly payload: Buffer
}

/** The header values each format decoded, before the common checks. */
export interface DecodedEnvelope {
  readonly format: 'JWS' | 'COSE'
  readonly algorithm: SignatureAlgorithm
  readonly contentType: unknown
  readonly signingScheme: unknown
  readonly signingTime?: Date
  readonly authenticSigningTime?: Date
  readonly expiry?: Date
  /** The critical header names, as listed. */
  readonly critical: readonly unknown[]
  /** Names of every protected header present. */
  readonly present: ReadonlySet<unknown>
  readonly certificates: readonly Certificate[]
  readonly signature: Buffer
  readonly timestampToken?: Buffer
  readonly payload: Buffer
}

/**
 * Opens an envelope of the layer's media type and verifies its integrity.
 * Loads the format's library on first use: a JWS costs no CBOR decoder.
 */
export async function openEnvelope(mediaType: string, bytes: Buffer): Promise<SignerInfo> {
  const decoded =
    mediaType === JWS_MEDIA_TYPE
      ? await (await import('./jws.js')).decodeJws(bytes)
      : mediaType === COSE_MEDIA_TYPE
        ? (await import('./cose.js')).decodeCose(bytes)
        : undefined
  if (!decoded) throw new IntegrityError(`its envelope is ${mediaType}, neither JWS (${JWS_MEDIA_TYPE}) nor COSE (${COSE_MEDIA_TYPE})`)
  return checkSignedAttributes(decoded)
}

/** The specification's rules on the signed attributes and the chain, the same for both formats. */
export function checkSignedAttributes(envelope: DecodedEnvelope): SignerInfo {
  const scheme = envelope.signingScheme
  if (typeof scheme !== 'string' || !(SIGNING_SCHEMES as readonly string[]).includes(scheme)) {
    throw new IntegrityError(
      `its signing scheme ${typeof scheme === 'string' ? `"${scheme}"` : '(none)'} is not notary.x509 or notary.x509.signingAuthority`
    )
  }
  const authority = scheme === 'notary.x509.signingAuthority'
  if (authority && envelope.signingTime) throw new IntegrityError(`it has ${HEADER.signingTime}, which the signing scheme ${scheme} does not allow`)
  if (!authority && envelope.authenticSigningTime)
    throw new IntegrityError(`it has ${HEADER.authenticSigningTime}, which the signing scheme ${scheme} does not allow`)
  const signingTime = authority ? envelope.authenticSigningTime : envelope.signingTime
  if (!signingTime) throw new IntegrityError(`it has no ${authority ? HEADER.authenticSigningTime : HEADER.signingTime}`)
  if (envelope.expiry && envelope.expiry.getTime() <= signingTime.getTime()) throw new IntegrityError('its expiry is not after its signing time')
  const mustBeCritical = [HEADER.signingScheme, ...(authority ? [HEADER.authenticSigningTime] : []), ...(envelope.expiry ? [HEADER.expiry] : [])]
  const notCritical = mustBeCritical.filter(name => !envelope.critical.includes(name))
  if (notCritical.length > 0) throw new IntegrityError(`it does not mark ${notCritical.join(', ')} critical`)
  for (const name of envelope.critical) {
    if (!envelope.present.has(name)) throw new IntegrityError(`it marks ${String(name)} critical, but has no such header`)
    if (name === HEADER.verificationPlugin) {
      throw new IntegrityError(`it requires a verification plugin (${HEADER.verificationPlugin}), and this action runs no Notation plugin`)
    }
    if (!UNDERSTOOD_CRITICAL.has(name as string))
      throw new IntegrityError(`it marks the header ${JSON.stringify(name)} critical, which this action does not understand`)
  }
  if (envelope.contentType !== PAYLOAD_CONTENT_TYPE) {
    throw new IntegrityError(
      `its payload content type ${typeof envelope.contentType === 'string' ? `"${envelope.contentType}"` : '(none)'} is not ${PAYLOAD_CONTENT_TYPE}`
    )
  }
  if (envelope.payload.length === 0) throw new IntegrityError('its payload is empty')
  const problem = chainProblem(envelope.certificates, 'code signing')
  if (problem) throw new IntegrityError(`its certificate chain does not meet the specification: ${problem}`)
  return {
    format: envelope.format,
    algorithm: envelope.algorithm,
    signingScheme: scheme as SigningScheme,
    signingTime,
    expiry: envelope.expiry,
    certificates: envelope.certificates,
    signature: envelope.signature,
    timestampToken: envelope.timestampToken,
    payload: envelope.payload
  }
}

/** The chain, leaf first, each certificate parsed; an unreadable one fails the envelope's integrity. */
export function parseChain(ders: readonly Uint8Array[]): Certificate[] {
  if (ders.length === 0) throw new IntegrityError('it holds no certificate chain')
  try {
    return ders.map((der, i) => Certificate.parse(der, i === 0 ? 'its signing certificate' : `certificate ${i + 1} of its chain`))
  } catch (error) {
    if (error instanceof CertificateError) throw new IntegrityError(error.message)
    throw error
  }
}

/** The algorithm the signing certificate's key must sign with; an envelope that declares another is refused. */
export function expectedAlgorithm(leaf: Certificate, declared: string): SignatureAlgorithm {
  const algorithm = keyAlgorithm(leaf)
  if (typeof algorithm !== 'string') throw new IntegrityError(`its signing certificate cannot sign Notation signatures: ${algorithm.refusal}`)
  if (declared !== algorithm) throw new IntegrityError(`it declares the algorithm ${declared}, but its signing key signs with ${algorithm}`)
  return algorithm
}

/** RFC 3339 date-time, as Go's time.Time reads it from JSON. */
export function parseRfc3339(value: unknown, name: string): Date | undefined {
  if (value === undefined) return undefined
  const valid = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/.test(value)
  const date = valid ? new Date(value) : undefined
  if (!date || Number.isNaN(date.getTime())) throw new IntegrityError(`its ${name} ${JSON.stringify(value)} is not an RFC 3339 time`)
  return date
}
