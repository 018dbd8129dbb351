// One Notation signature judged against the trust policy that applies, step by
// step as the trust-store-trust-policy specification's "Signature
// Verification" lists them: integrity (the envelope and its payload, always
// enforced), authenticity (the chain reaches a certificate of the policy's
// trust stores, and the signing certificate's subject is a trusted identity),
// expiry, the authentic timestamp (a timestamp countersignature for
// notary.x509 when the policy asks for one, the authentic signing time for
// notary.x509.signingAuthority, else the chain valid now) and revocation.
// Each step the level (with its override) enforces refuses the signature; each
// it logs adds a line to `logged` and goes on. Pure but for the trust stores,
// read through the `stores` callback.
import { isJsonObject, ownField } from '../../../event/json.js'
import type { Certificate } from './x509/certificate.js'
import { describeDistinguishedName, isSubset, subjectName } from './x509/distinguished-name.js'
import { IntegrityError, openEnvelope, type SignerInfo, type SigningScheme } from './envelope/envelope.js'
import { TimestampError, verifyTimestamp } from './x509/timestamp.js'
import type { StoreType, TrustPolicy, Validation } from './policy/trust-policy.js'

/** The manifest the event names, as the registry described it. */
export interface TargetArtifact {
  readonly mediaType: string
  readonly digest: string
  readonly size: number
}

export interface VerifiedSigner {
  /** The signing certificate's subject, one line. */
  readonly subject: string
  readonly signingTime: Date
  readonly signingScheme: SigningScheme
  readonly format: 'JWS' | 'COSE'
  /** The stamped time, when a timestamp countersignature was verified. */
  readonly timestamp?: Date
}

export type SignatureOutcome =
  | { readonly verified: true; readonly signer: VerifiedSigner; readonly logged: readonly string[] }
  | { readonly verified: false; readonly reason: string; readonly logged: readonly string[] }

export interface VerifyContext {
  readonly policy: TrustPolicy
  readonly target: TargetArtifact
  /** The certificates of the policy's stores of one type (loaded on first call). */
  readonly stores: (type: StoreType) => readonly Certificate[]
  readonly now: Date
}

/** A step that failed: refused when enforced, logged otherwise. */
class Failure extends Error {}

export async function verifySignature(mediaType: string, envelope: Buffer, context: VerifyContext): Promise<SignatureOutcome> {
  const logged: string[] = []
  let signer: SignerInfo
  try {
    signer = await openEnvelope(mediaType, envelope)
    checkPayload(signer.payload, context.target)
  } catch (error) {
    if (error instanceof IntegrityError) return { verified: false, reason: error.message, logged }
    throw error
  }
  const { policy } = context
  const step = (validation: Validation, check: () => void): string | undefined => {
    const action = policy.enforcement[validation]
    if (action === 'skip') return undefined
    try {
      check()
    } catch (error) {
      if (!(error instanceof Failure)) throw error
      if (action === 'enforce') return error.message
      logged.push(`${error.message} (${validation} is logged, not enforced, by trust policy "${policy.name}")`)
    }
    return undefined
  }
  let timestamp: Date | undefined
  const refusal =
    step('authenticity', () => checkTrustStores(signer, context)) ??
    step('authenticity', () => checkIdentity(signer, policy)) ??
    step('expiry', () => checkExpiry(signer, context.now)) ??
    step('authenticTimestamp', () => (timestamp = checkAuthenticTime(signer, context))) ??
    step('revocation', () => checkRevocation(signer))
  if (refusal) return { verified: false, reason: refusal, logged }
  const leaf = signer.certificates[0]!
  return {
    verified: true,
    signer: { subject: leaf.describe(), signingTime: signer.signingTime, signingScheme: signer.signingScheme, format: signer.format, timestamp },
    logged
  }
}

/** The payload's targetArtifact must be the event's manifest: digest, media type and size (notation's content.Equal). */
function checkPayload(payload: Buffer, target: TargetArtifact): void {
  let value: unknown
  try {
    value = JSON.parse(payload.toString('utf8'))
  } catch {
    throw new IntegrityError('its payload is not JSON')
  }
  const artifact = isJsonObject(value) ? ownField(value, 'targetArtifact') : undefined
  if (!isJsonObject(artifact)) throw new IntegrityError('its payload has no targetArtifact')
  const digest = ownField(artifact, 'digest')
  const mediaType = ownField(artifact, 'mediaType')
  const size = ownField(artifact, 'size')
  if (digest !== target.digest)
    throw new IntegrityError(`it signs ${typeof digest === 'string' ? digest : 'no digest'}, not the event's ${target.digest}`)
  if (mediaType !== target.mediaType || size !== target.size) {
    throw new IntegrityError(
      `it signs ${target.digest} as ${JSON.stringify(mediaType)} of ${JSON.stringify(size)} bytes, but the registry serves it as ${target.mediaType} of ${target.size} bytes`
    )
  }
}

function storeTypeOf(scheme: SigningScheme): StoreType {
  return scheme === 'notary.x509' ? 'ca' : 'signingAuthority'
}

function checkTrustStores(signer: SignerInfo, context: VerifyContext): void {
  const type = storeTypeOf(signer.signingScheme)
  const named = context.policy.trustStores.filter(store => store.type === type).map(store => `${store.type}:${store.name}`)
  if (named.length === 0)
    throw new Failure(`it is a ${signer.signingScheme} signature, and trust policy "${context.policy.name}" names no ${type} store`)
  const trusted = context.stores(type)
  if (!signer.certificates.some(certificate => trusted.some(anchor => anchor.equals(certificate)))) {
    throw new Failure(`its certificate chain (signed by ${signer.certificates[0]!.describe()}) leads to no certificate of ${named.join(', ')}`)
  }
}

function checkIdentity(signer: SignerInfo, policy: TrustPolicy): void {
  if (policy.trustedIdentities === '*') return
  const leaf = signer.certificates[0]!
  if (policy.trustedIdentities.length === 0) throw new Failure(`trust policy "${policy.name}" lists no x509.subject identity`)
  const subject = subjectName(leaf.subject)
  if ('refusal' in subject) throw new Failure(`signed by ${leaf.describe()}, which no x509.subject identity can match: ${subject.refusal}`)
  if (!policy.trustedIdentities.some(identity => isSubset(identity.name, subject))) {
    const listed = policy.trustedIdentities.map(identity => describeDistinguishedName(identity.name)).join('; ')
    throw new Failure(`signed by ${leaf.describe()}, which trustedIdentities does not list (${listed})`)
  }
}

function checkExpiry(signer: SignerInfo, now: Date): void {
  if (signer.expiry && now >= signer.expiry) throw new Failure(`the signature expired at ${signer.expiry.toISOString()} (io.cncf.notary.expiry)`)
}

/** The time the chain must have been valid at, proven; returns the stamped time when a timestamp proved it. */
function checkAuthenticTime(signer: SignerInfo, context: VerifyContext): Date | undefined {
  const chain = signer.certificates
  if (signer.signingScheme === 'notary.x509.signingAuthority') {
    const invalid = chain.find(certificate => signer.signingTime < certificate.notBefore || signer.signingTime > certificate.notAfter)
    if (invalid)
      throw new Failure(`certificate ${invalid.describe()} was not valid at the authentic signing time ${signer.signingTime.toISOString()}`)
    return undefined
  }
  const { policy, now } = context
  const expired = chain.find(certificate => now > certificate.notAfter)
  const stamp = policy.trustStores.some(store => store.type === 'tsa') && (policy.verifyTimestamp === 'always' || expired !== undefined)
  if (!stamp) {
    const early = chain.find(certificate => now < certificate.notBefore)
    if (early) throw new Failure(`certificate ${early.describe()} is not valid before ${early.notBefore.toISOString()}`)
    if (expired) {
      const hint = policy.trustStores.some(store => store.type === 'tsa')
        ? ''
        : ', and the trust policy names no tsa store to verify a timestamp with'
      throw new Failure(`certificate ${expired.describe()} expired at ${expired.notAfter.toISOString()}${hint}`)
    }
    return undefined
  }
  if (!signer.timestampToken) throw new Failure('it has no timestamp countersignature, which the trust policy requires (a tsa store is named)')
  let verified
  try {
    verified = verifyTimestamp(signer.timestampToken, signer.signature, context.stores('tsa'))
  } catch (error) {
    if (error instanceof TimestampError) throw new Failure(`its timestamp countersignature does not verify: ${error.message}`)
    throw error
  }
  const outside = chain.find(certificate => verified.lower < certificate.notBefore || verified.upper > certificate.notAfter)
  if (outside) {
    throw new Failure(
      `certificate ${outside.describe()} (valid ${outside.notBefore.toISOString()} to ${outside.notAfter.toISOString()}) was not valid at the stamped time ${verified.lower.toISOString()} to ${verified.upper.toISOString()}`
    )
  }
  return new Date((verified.lower.getTime() + verified.upper.getTime()) / 2)
}

/** Revocation needs the certificate authority's OCSP or CRL service, which this action never contacts. */
function checkRevocation(signer: SignerInfo): void {
  // The root is never checked (notation-core-go's revocation package does the same): it has no issuer to revoke it.
  const revocable = signer.certificates.slice(0, -1).find(certificate => certificate.namesRevocationService)
  if (revocable) {
    throw new Failure(
      `the revocation status of ${revocable.describe()} cannot be determined: it names an OCSP or CRL service, which this action does not contact (set the trust policy's override "revocation" to "log" or "skip" to accept that)`
    )
  }
}
