// The certificate requirements of the Notary Project's signature specification
// ("Certificate Requirements"), for a code-signing chain (the envelope's) and a
// timestamping chain (the TSA's): ordered leaf first, each certificate issued
// by the next, ending at a self-signed root (or one self-signed signing
// certificate alone), basic constraints, key usage and extended key usage as
// the table says, no SHA-1 signatures, and the signing key's algorithm. Each
// rule refuses with a reason; undefined is a chain that meets them all.
import { Certificate, EKU } from './certificate.js'

export type Purpose = 'code signing' | 'timestamping'

/** The Notary Project's signature algorithms, by their JWS names. */
export const ALGORITHMS = ['PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] as const
export type SignatureAlgorithm = (typeof ALGORITHMS)[number]

/** Certificate signature algorithms Go's crypto/x509 checks, SHA-1 and MD5 left out as the specification asks. */
const CERTIFICATE_SIGNATURES: ReadonlySet<string> = new Set([
  '1.2.840.113549.1.1.11', // sha256WithRSAEncryption
  '1.2.840.113549.1.1.12', // sha384WithRSAEncryption
  '1.2.840.113549.1.1.13', // sha512WithRSAEncryption
  '1.2.840.113549.1.1.10', // RSASSA-PSS
  '1.2.840.10045.4.3.2', // ecdsa-with-SHA256
  '1.2.840.10045.4.3.3', // ecdsa-with-SHA384
  '1.2.840.10045.4.3.4', // ecdsa-with-SHA512
  '1.3.101.112' // Ed25519
])

const RSA_SIZES: Readonly<Record<number, SignatureAlgorithm>> = { 2048: 'PS256', 3072: 'PS384', 4096: 'PS512' }
const EC_CURVES: Readonly<Record<string, SignatureAlgorithm>> = { prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' }

/** The algorithm a signing key must sign with ("Algorithm Selection"), or why the key is not one the specification allows. */
export function keyAlgorithm(certificate: Certificate): SignatureAlgorithm | { readonly refusal: string } {
  const key = certificate.publicKey
  const details = key.asymmetricKeyDetails ?? {}
  if (key.asymmetricKeyType === 'rsa') {
    const algorithm = RSA_SIZES[details.modulusLength ?? 0]
    return algorithm ?? { refusal: `its RSA key of ${details.modulusLength} bits is not 2048, 3072 or 4096 bits` }
  }
  if (key.asymmetricKeyType === 'ec') {
    const algorithm = EC_CURVES[details.namedCurve ?? '']
    return algorithm ?? { refusal: `its EC key on ${details.namedCurve} is not on P-256, P-384 or P-521` }
  }
  return { refusal: `its ${key.asymmetricKeyType ?? 'unknown'} key is neither RSA nor EC` }
}

/** Why the chain does not meet the specification's requirements for `purpose`, or undefined when it does. */
export function chainProblem(chain: readonly Certificate[], purpose: Purpose): string | undefined {
  if (chain.length === 0) return 'the certificate chain is empty'
  const weak = chain.find(certificate => !CERTIFICATE_SIGNATURES.has(certificate.signatureAlgorithm))
  if (weak)
    return `certificate ${weak.describe()} is signed with ${weak.x509.signatureAlgorithm ?? weak.signatureAlgorithm}, which the specification does not allow`
  if (chain.length === 1) {
    const only = chain[0]!
    if (!only.isIssuedBy(only)) return `its one certificate, ${only.describe()}, is not self-signed: the chain must end at a root`
    return leafProblem(only, purpose)
  }
  for (const [i, certificate] of chain.entries()) {
    const last = i === chain.length - 1
    const selfSigned = certificate.isIssuedBy(certificate)
    if (last && !selfSigned) return `the chain ends at ${certificate.describe()}, which is not a self-signed root`
    if (!last) {
      if (selfSigned)
        return `${i === 0 ? 'the signing certificate' : 'the intermediate certificate'} ${certificate.describe()} is self-signed inside a longer chain`
      const parent = chain[i + 1]!
      if (!certificate.isIssuedBy(parent))
        return `certificate ${certificate.describe()} is not issued by the next one in the chain, ${parent.describe()}`
    }
    const problem = i === 0 ? leafProblem(certificate, purpose) : caProblem(certificate, purpose, i - 1)
    if (problem) return problem
  }
  return undefined
}

function caProblem(certificate: Certificate, purpose: Purpose, below: number): string | undefined {
  const name = certificate.describe()
  const constraints = certificate.basicConstraints
  if (!constraints || !constraints.value.ca || !constraints.critical) {
    return `CA certificate ${name} does not have critical basic constraints with cA true`
  }
  const length = constraints.value.pathLength
  if (length !== undefined && length < below)
    return `CA certificate ${name} allows ${length} intermediate certificates below it, and the chain has ${below}`
  const usage = keyUsageProblem(certificate, purpose)
  if (usage) return usage
  if (!certificate.keyUsage!.value.has('keyCertSign')) return `CA certificate ${name} does not have the keyCertSign key usage`
  return undefined
}

function leafProblem(certificate: Certificate, purpose: Purpose): string | undefined {
  const name = certificate.describe()
  if (certificate.basicConstraints?.value.ca) return `the ${purpose} certificate ${name} is a CA certificate (basic constraints cA true)`
  const usage = keyUsageProblem(certificate, purpose)
  if (usage) return usage
  const usages = certificate.keyUsage!.value
  if (!usages.has('digitalSignature')) return `the ${purpose} certificate ${name} does not have the digitalSignature key usage`
  const others = [...usages].filter(usage => usage !== 'digitalSignature' && usage !== 'nonRepudiation')
  if (others.length > 0) return `the ${purpose} certificate ${name} has key usages a signing certificate must not have: ${others.join(', ')}`
  const extended = certificate.extendedKeyUsage
  if (purpose === 'timestamping') {
    if (!extended || extended.value.length !== 1 || extended.value[0] !== EKU.timeStamping || !extended.critical) {
      return `the timestamping certificate ${name} does not have timeStamping as its only extended key usage, marked critical`
    }
  } else {
    const forbidden = Object.entries(EKU).filter(([usage, id]) => usage !== 'codeSigning' && extended?.value.includes(id))
    if (forbidden.length > 0) {
      return `the code signing certificate ${name} has extended key usages a code signing certificate must not have: ${forbidden.map(([usage]) => usage).join(', ')}`
    }
  }
  const algorithm = keyAlgorithm(certificate)
  return typeof algorithm === 'string' ? undefined : `the ${purpose} certificate ${name}: ${algorithm.refusal}`
}

/** Key usage must be there; for code signing also critical (for timestamping the specification says "SHOULD"). */
function keyUsageProblem(certificate: Certificate, purpose: Purpose): string | undefined {
  const usage = certificate.keyUsage
  if (!usage) return `certificate ${certificate.describe()} has no key usage extension`
  if (purpose === 'code signing' && !usage.critical)
    return `certificate ${certificate.describe()} has a key usage extension that is not marked critical`
  return undefined
}
