// A Sigstore bundle's signature, checked with @sigstore/verify against the
// instance that issued its certificate (trust.ts): public-good bundles must
// carry a transparency-log entry and a certificate-transparency SCT; GitHub's
// instance (private repositories) a timestamp-authority countersignature
// alone. What the bundle says is returned for the policy to judge.
import { X509Certificate as NodeX509Certificate } from 'node:crypto'
import { bundleFromJSON, type Bundle } from '@sigstore/bundle'
import type { X509Certificate } from '@sigstore/core'
import { toSignedEntity, Verifier } from '@sigstore/verify'
import type { SignerFacts } from '../policy/judge.js'
import { MAX_SIGNATURE_BYTES, type ReferrerFormat } from '../sources/referrers.js'
import { GITHUB_ORGANIZATION, organizationOf, type Trust } from './trust.js'

export { loadTrust, TrustError, type Trust, type TrustOptions } from './trust.js'

/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const FULCIO_OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16'
} as const

/**
 * What a bundle may carry before it is looked at: sigstore-go's limits. A
 * real bundle has one log entry (public good) or one timestamp (GitHub);
 * each entry costs a signature check, and 1,000 forged ones took 5.5 s to refuse.
 */
export const MAX_TLOG_ENTRIES = 32
export const MAX_TIMESTAMPS = 32

/** A Sigstore bundle (v0.1 to v0.3) as an OCI referrer: its media type is the artifactType and the layer's. */
const SIGSTORE_BUNDLE_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(?:\.v0\.3\+json|\+json;\s*version=0\.[123])$/
export const SIGSTORE_BUNDLE: ReferrerFormat = {
  kind: 'Sigstore bundle',
  name: 'bundle',
  artifactType: SIGSTORE_BUNDLE_TYPE,
  layerMediaType: SIGSTORE_BUNDLE_TYPE,
  maxBytes: MAX_SIGNATURE_BYTES
}

export interface VerifiedBundle {
  readonly facts: SignerFacts
  readonly payloadType: string
  readonly payload: Buffer
}

/** A bundle's JSON, or undefined when the blob is not JSON. */
export function readBundleJson(blob: Buffer): unknown {
  try {
    return JSON.parse(blob.toString('utf8')) as unknown
  } catch {
    return undefined
  }
}

/** A bundle that does not verify: the reason, for the mismatch. */
export class BundleRefused extends Error {
  override readonly name = 'BundleRefused'
}

/**
 * Verifies one bundle's signature, certificate chain, timestamps and log
 * entries, and returns what its certificate and envelope say, for the policy.
 * Throws BundleRefused with the reason when it does not verify, and
 * TrustError when the trust material cannot be had.
 */
export async function verifyBundle(trust: Trust, json: unknown): Promise<VerifiedBundle> {
  checkCounts(json)
  let bundle: Bundle
  try {
    bundle = bundleFromJSON(json)
  } catch (error) {
    throw new BundleRefused(`not a valid Sigstore bundle (${(error as Error).message})`)
  }
  if (bundle.content.$case !== 'dsseEnvelope') {
    throw new BundleRefused('a message signature, which names no subject; only DSSE in-toto attestations and cosign 3 signatures are read')
  }
  let entity
  try {
    entity = toSignedEntity(bundle)
  } catch (error) {
    throw new BundleRefused(`cannot be read (${(error as Error).message})`)
  }
  if (entity.key.$case !== 'certificate') throw new BundleRefused('signed with a key, not a Sigstore certificate; only keyless signatures are read')
  const leaf = entity.key.certificate
  const issuers = organizationOf(new NodeX509Certificate(leaf.root.toDER()).issuer)
  const instances = await trust.instancesFor(issuers)
  if (instances.length === 0) {
    const hint =
      issuers.includes(GITHUB_ORGANIZATION) && trust.source.startsWith('trusted-root')
        ? ": GitHub's own instance signs attestations of private repositories; add its root to the file (gh attestation trusted-root prints both), or leave trusted-root empty to trust it through its TUF repository"
        : ''
    throw new BundleRefused(
      `its certificate was issued by ${issuers.map(o => JSON.stringify(o)).join(', ') || 'no organization'}, which ${trust.source} does not trust${hint}`
    )
  }
  // Several roots of one organization (an old and a new one, across a key rotation): the bundle passes if one verifies it.
  const failures: string[] = []
  for (const instance of instances) {
    try {
      new Verifier(instance.material, instance.thresholds).verify(entity)
      const envelope = bundle.content.dsseEnvelope
      return { facts: signerFacts(leaf), payloadType: envelope.payloadType, payload: Buffer.from(envelope.payload) }
    } catch (error) {
      failures.push((error as Error).message)
    }
  }
  const source = instances[0]!.source
  if (failures.length === 1) throw new BundleRefused(`does not verify against ${source}: ${failures[0]}`)
  throw new BundleRefused(
    `does not verify against any of the ${failures.length} roots of ${JSON.stringify(issuers[0])} in ${source}: ${[...new Set(failures)].join('; ')}`
  )
}

/** Refuses, before any parsing or signature check, a bundle that carries more entries than a real one could. */
function checkCounts(json: unknown): void {
  const material = (json as { verificationMaterial?: unknown } | null | undefined)?.verificationMaterial as
    { tlogEntries?: unknown; timestampVerificationData?: { rfc3161Timestamps?: unknown } } | undefined
  const count = (value: unknown) => (Array.isArray(value) ? value.length : 0)
  const entries = count(material?.tlogEntries)
  if (entries > MAX_TLOG_ENTRIES) {
    throw new BundleRefused(
      `carries ${entries} transparency-log entries, more than the ${MAX_TLOG_ENTRIES} this action reads (a real bundle has one)`
    )
  }
  const timestamps = count(material?.timestampVerificationData?.rfc3161Timestamps)
  if (timestamps > MAX_TIMESTAMPS) {
    throw new BundleRefused(`carries ${timestamps} timestamps, more than the ${MAX_TIMESTAMPS} this action reads (a real bundle has one)`)
  }
}

/** What Fulcio wrote into the certificate about the signer. */
export function signerFacts(leaf: X509Certificate): SignerFacts {
  const text = (oid: string) => {
    const extension = leaf.extension(oid)
    // Fulcio's extensions from 1.3.6.1.4.1.57264.1.8 on hold a DER UTF8String; the first ones, raw text.
    return extension?.valueObj.subs[0]?.value.toString('utf8')
  }
  return {
    subjectAlternativeName: leaf.subjectAltName,
    issuer: text(FULCIO_OID.issuer) ?? leaf.extension(FULCIO_OID.issuerV1)?.value.toString('utf8'),
    buildSignerUri: text(FULCIO_OID.buildSignerUri),
    buildSignerDigest: text(FULCIO_OID.buildSignerDigest),
    sourceRepositoryUri: text(FULCIO_OID.sourceRepositoryUri),
    sourceRepositoryDigest: text(FULCIO_OID.sourceRepositoryDigest),
    sourceRepositoryRef: text(FULCIO_OID.sourceRepositoryRef),
    sourceRepositoryOwnerUri: text(FULCIO_OID.sourceRepositoryOwnerUri),
    runnerEnvironment: text(FULCIO_OID.runnerEnvironment)
  }
}
