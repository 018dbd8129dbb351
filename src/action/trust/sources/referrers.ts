// The Sigstore bundles attached to a manifest as OCI 1.1 referrers: the
// referrers API, else the sha256-<hex> tag index the specification names as
// its fallback (Debian's registry 2.8 and GHCR have no API; ACR has), then each
// bundle's manifest and blob, every read capped and checked against its
// digest. Everything here is what anyone who may push wrote: a referrer that
// is not right is refused with a reason, never trusted.
import { describeValue } from '../../../errors.js'
import { digestRule } from '../../../event/grammar.js'
import { bodyMatchesDigest } from '../../registry/manifest.js'
import { MAX_MANIFEST_BYTES, RegistryError, type RegistryClient } from '../../registry/client.js'

/** The media types of a Sigstore bundle (v0.1 to v0.3), as artifactType or layer media type. */
export const SIGSTORE_BUNDLE_TYPE = /^application\/vnd\.dev\.sigstore\.bundle(?:\.v0\.3\+json|\+json;\s*version=0\.[123])$/
/** A bundle is a few kilobytes; a large provenance some tens. More than this is refused, unread. */
export const MAX_BUNDLE_BYTES = 1024 * 1024
/** Bundles examined for one event: a manifest with more Sigstore referrers than this has the first ones judged only. */
export const MAX_BUNDLES = 16
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

export interface Referrer {
  readonly digest: string
  readonly artifactType?: string
}

export interface ReferrerList {
  /** How the list was found: the referrers API or the tag schema's index. */
  readonly via: 'referrers API' | 'tag index'
  readonly referrers: readonly Referrer[]
}

/** A fetched bundle, or why the referrer was refused before any signature was looked at. */
export type FetchedBundle = { readonly referrer: string; readonly bundle: unknown } | { readonly referrer: string; readonly refusal: string }

/** Every referrer of `repository@digest`; an empty list when there are none. Registry failures throw. */
export async function listReferrers(client: RegistryClient, repository: string, digest: string): Promise<ReferrerList> {
  const api = await client.get(repository, `/v2/${repository}/referrers/${digest}`, OCI_INDEX, MAX_MANIFEST_BYTES)
  if (api.status === 200) return { via: 'referrers API', referrers: indexEntries(api.body, client.host, `the referrers of ${digest}`) }
  const tag = digest.replace(':', '-')
  const index = await client.manifest('GET', repository, tag)
  if (index.status === 404) return { via: 'tag index', referrers: [] }
  return { via: 'tag index', referrers: indexEntries(index.body, client.host, `the referrers index ${repository}:${tag}`) }
}

/** Whether a referrer's descriptor says it is a Sigstore bundle; undefined when it says nothing. */
export function isSigstoreReferrer(referrer: Referrer): boolean | undefined {
  return referrer.artifactType === undefined ? undefined : SIGSTORE_BUNDLE_TYPE.test(referrer.artifactType)
}

/**
 * The bundle of one referrer: its manifest (which must be about `subject`),
 * the layer holding the bundle, the blob, each checked against its digest.
 * A blob redirect goes only where the client's `allowsHost` lets it.
 */
export async function fetchBundle(client: RegistryClient, repository: string, referrer: string, subject: string): Promise<FetchedBundle | undefined> {
  const refuse = (refusal: string): FetchedBundle => ({ referrer, refusal: `a referrer ${refusal}` })
  const response = await client.manifest('GET', repository, referrer)
  if (response.status === 404) return refuse('is listed, but the registry has no such manifest')
  if (bodyMatchesDigest(response.body, referrer) !== true) return refuse('manifest does not hash to its digest')
  const manifest = parseObject(response.body)
  if (!manifest) return refuse('manifest is not a JSON object')
  const artifactType = typeof manifest.artifactType === 'string' ? manifest.artifactType : undefined
  const layers = Array.isArray(manifest.layers) ? manifest.layers.map(descriptorOf) : []
  const bundleLayer = layers.find(layer => layer && SIGSTORE_BUNDLE_TYPE.test(layer.mediaType))
  // A referrer listed without an artifactType that is no bundle (an SBOM, a Notation signature) is not ours to judge.
  if (!bundleLayer && !(artifactType && SIGSTORE_BUNDLE_TYPE.test(artifactType))) return undefined
  if (manifest.mediaType !== undefined && manifest.mediaType !== OCI_MANIFEST)
    return refuse(`manifest is ${describeValue(manifest.mediaType)}, not an OCI image manifest`)
  const about = descriptorOf(manifest.subject)?.digest
  if (about !== subject) return refuse(`is attached to ${about ?? 'no subject'}, not to ${subject}`)
  if (!bundleLayer) return refuse('has no layer of a Sigstore bundle media type')
  if (bundleLayer.size > MAX_BUNDLE_BYTES) {
    return refuse(`bundle of ${bundleLayer.size} bytes was not read: more than the ${MAX_BUNDLE_BYTES} this action reads`)
  }
  let blob
  try {
    blob = await client.get(repository, `/v2/${repository}/blobs/${bundleLayer.digest}`, '*/*', bundleLayer.size)
  } catch (error) {
    // A blob longer than its descriptor says is cut off by the size cap: refused, like any other lie.
    if (error instanceof RegistryError && /larger than \d+ bytes/.test(error.message))
      return refuse(`bundle blob is larger than the ${bundleLayer.size} bytes its descriptor says`)
    throw error
  }
  if (blob.status !== 200) {
    throw new RegistryError(
      client.host,
      `The registry ${client.host} answered HTTP ${blob.status} for the bundle blob ${bundleLayer.digest} of ${repository}; nothing was assumed verified`,
      blob.status
    )
  }
  if (bodyMatchesDigest(blob.body, bundleLayer.digest) !== true) return refuse('bundle blob does not hash to its digest')
  try {
    return { referrer, bundle: JSON.parse(blob.body.toString('utf8')) }
  } catch {
    return refuse('bundle is not valid JSON')
  }
}

interface BlobDescriptor {
  readonly mediaType: string
  readonly digest: string
  readonly size: number
}

function descriptorOf(value: unknown): BlobDescriptor | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { mediaType, digest, size } = value as Record<string, unknown>
  if (typeof digest !== 'string' || !digestRule.test(digest) || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined
  return { mediaType: typeof mediaType === 'string' ? mediaType : '', digest, size }
}

function parseObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'))
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** The descriptors of an OCI index: a registry that answers with something else cannot be read, and fails the step. */
function indexEntries(body: Buffer, host: string, what: string): Referrer[] {
  const index = parseObject(body)
  if (!index || !Array.isArray(index.manifests)) {
    throw new RegistryError(
      host,
      `The registry ${host} answered for ${what} with something other than an OCI image index; nothing was assumed verified`
    )
  }
  const referrers: Referrer[] = []
  for (const entry of index.manifests as unknown[]) {
    const descriptor = descriptorOf(entry)
    if (!descriptor) continue
    const artifactType = (entry as { artifactType?: unknown }).artifactType
    referrers.push({ digest: descriptor.digest, artifactType: typeof artifactType === 'string' ? artifactType : undefined })
  }
  return referrers
}
