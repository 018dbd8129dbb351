// A Sigstore bundle's signature, checked with @sigstore/verify against the
// trust material: Sigstore's public-good instance by default, its trusted root
// kept current through its TUF repository (@sigstore/tuf, seeded with the root
// it ships); or the roots of a trusted-root file (JSON lines, as
// `gh attestation trusted-root` prints them). The instance is picked from the
// organization that issued the leaf certificate, as gh does, and so is what
// the instance must prove: public-good bundles a transparency-log entry and a
// certificate-transparency SCT; GitHub's instance (private repositories) a
// timestamp-authority countersignature alone.
import { X509Certificate as NodeX509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { bundleFromJSON, type Bundle } from '@sigstore/bundle'
import { X509Certificate } from '@sigstore/core'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { toSignedEntity, toTrustMaterial, Verifier, type TrustMaterial, type VerifierOptions } from '@sigstore/verify'
import type { SignerFacts } from '../policy/attestation.js'
import { MAX_SIGNATURE_BYTES, type ReferrerFormat } from '../sources/referrers.js'

/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const FULCIO_OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16'
} as const

/** A Sigstore bundle (v0.1 to v0.3) as an OCI referrer: its media type is the artifactType and the layer's. */
const SIGSTORE_BUNDLE_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(?:\.v0\.3\+json|\+json;\s*version=0\.[123])$/
export const SIGSTORE_BUNDLE: ReferrerFormat = {
  kind: 'Sigstore bundle',
  name: 'bundle',
  artifactType: SIGSTORE_BUNDLE_TYPE,
  layerMediaType: SIGSTORE_BUNDLE_TYPE,
  maxBytes: MAX_SIGNATURE_BYTES
}

/** The organizations of the issuers gh knows: Sigstore's public-good Fulcio and GitHub's own. */
export const PUBLIC_GOOD_ORGANIZATION = 'sigstore.dev'
export const GITHUB_ORGANIZATION = 'GitHub, Inc.'

export interface TrustedInstance {
  /** The organization of the certificate authority: a leaf issued by it is checked against this instance. */
  readonly organizations: readonly string[]
  readonly material: TrustMaterial
  readonly thresholds: VerifierOptions
}

export interface Trust {
  readonly instances: readonly TrustedInstance[]
  /** Where the roots came from, for the log and for reasons. */
  readonly source: string
}

/** An error that fails the step: the trust material could not be had, so nothing can be verified. */
export class TrustError extends Error {
  override readonly name = 'TrustError'
}

/** The roots of a trusted-root file, or public-good Sigstore's through TUF. */
export async function loadTrust(trustedRootPath: string | undefined): Promise<Trust> {
  if (trustedRootPath !== undefined) return { instances: readTrustedRootFile(trustedRootPath), source: `trusted-root ${trustedRootPath}` }
  const { getTrustedRoot } = await import('@sigstore/tuf')
  let root: TrustedRoot
  try {
    root = await getTrustedRoot()
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause
    const why = cause instanceof Error ? `${(error as Error).message}: ${cause.message}` : (error as Error).message
    throw new TrustError(
      `Cannot get Sigstore's trusted root from its TUF repository (${why}): the runner must reach https://tuf-repo-cdn.sigstore.dev, or pass trusted-root (a file from gh attestation trusted-root) to verify without it; nothing was assumed verified`
    )
  }
  return { instances: [instanceOf(root, PUBLIC_GOOD_ORGANIZATION)], source: "Sigstore's public-good instance (TUF)" }
}

function readTrustedRootFile(path: string): TrustedInstance[] {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new TrustError(`Cannot read trusted-root ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  const lines = text.split('\n').filter(line => line.trim() !== '')
  if (lines.length === 0)
    throw new TrustError(`trusted-root ${path} is empty: it must hold trusted roots, one JSON object a line (gh attestation trusted-root)`)
  return lines.map((line, index) => {
    try {
      return instanceOf(TrustedRoot.fromJSON(JSON.parse(line)), undefined)
    } catch (error) {
      throw new TrustError(`trusted-root ${path}, line ${index + 1}: not a Sigstore trusted root (${(error as Error).message})`)
    }
  })
}

/** One instance: its organizations, read from its CAs unless known, and what its bundles must prove. */
function instanceOf(root: TrustedRoot, organization: string | undefined): TrustedInstance {
  const organizations =
    organization !== undefined
      ? [organization]
      : root.certificateAuthorities.flatMap(ca => {
          const first = ca.certChain?.certificates[0]
          return first ? organizationOf(new NodeX509Certificate(Buffer.from(first.rawBytes)).subject) : []
        })
  const material = toTrustMaterial(root)
  const github = organizations.includes(GITHUB_ORGANIZATION)
  // GitHub's instance has no transparency log: its timestamps come from its TSA. Any other proves itself
  // as public good does, by what its root has: a log entry and an SCT when it has logs.
  const thresholds: VerifierOptions = github
    ? { tlogThreshold: 0, ctlogThreshold: 0, timestampThreshold: 1 }
    : { tlogThreshold: root.tlogs.length > 0 ? 1 : 0, ctlogThreshold: root.ctlogs.length > 0 ? 1 : 0, timestampThreshold: 1 }
  return { organizations: [...new Set(organizations)], material, thresholds }
}

/** The O= of a distinguished name as Node prints it: one attribute a line, RFC 4514's escapes ("GitHub\\, Inc.") undone. */
function organizationOf(name: string): string[] {
  return name
    .split('\n')
    .filter(line => line.startsWith('O='))
    .map(line => line.slice(2).replace(/\\(.)/g, '$1'))
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
 * Throws BundleRefused with the reason when it does not verify.
 */
export function verifyBundle(trust: Trust, json: unknown): VerifiedBundle {
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
  const instance = trust.instances.find(candidate => candidate.organizations.some(o => issuers.includes(o)))
  if (!instance) {
    const hint = issuers.includes(GITHUB_ORGANIZATION)
      ? ": GitHub's own instance signs attestations of private repositories; pass trusted-root (gh attestation trusted-root > file) to trust it"
      : ''
    throw new BundleRefused(
      `its certificate was issued by ${issuers.map(o => JSON.stringify(o)).join(', ') || 'no organization'}, which ${trust.source} does not trust${hint}`
    )
  }
  try {
    new Verifier(instance.material, instance.thresholds).verify(entity)
  } catch (error) {
    throw new BundleRefused(`does not verify against ${trust.source}: ${(error as Error).message}`)
  }
  const envelope = bundle.content.dsseEnvelope
  return { facts: signerFacts(leaf), payloadType: envelope.payloadType, payload: Buffer.from(envelope.payload) }
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
    sourceRepositoryUri: text(FULCIO_OID.sourceRepositoryUri),
    sourceRepositoryOwnerUri: text(FULCIO_OID.sourceRepositoryOwnerUri),
    runnerEnvironment: text(FULCIO_OID.runnerEnvironment)
  }
}
