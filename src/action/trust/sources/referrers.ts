// Signatures attached to a manifest as OCI 1.1 referrers: the referrers API,
// else the sha256-<hex> tag index the specification names as its fallback
// (Debian's registry 2.8 and GHCR have no API; ACR has), then each referrer's
// manifest and the one layer of its format (a Sigstore bundle, a Notation
// envelope), every read capped and checked against its digest. Everything here
// is what anyone who may push wrote: a referrer that is not right is refused
// with a reason, never trusted. What the layer says is the format's to check.
import { describeValue } from '../../../errors.js'
import { digestRule } from '../../../event/grammar.js'
import { bodyMatchesDigest } from '../../registry/manifest.js'
import { AnswerTooLarge, MAX_MANIFEST_BYTES, RegistryError, type RegistryClient } from '../../registry/client.js'

/** A kind of signature stored as a referrer: which artifact and layer media types are its, and how large its layer may be. */
export interface ReferrerFormat {
  /** For reasons: "Sigstore bundle", "Notation signature". */
  readonly kind: string
  /** The layer, for reasons: "bundle", "envelope". */
  readonly name: string
  /** The referrer manifest's artifactType, when it has one. */
  readonly artifactType: RegExp
  /** The media type of the layer that holds the signature. */
  readonly layerMediaType: RegExp
  /** More than this is refused, unread. */
  readonly maxBytes: number
}

/** A bundle is a few kilobytes; a large provenance some tens. */
export const MAX_SIGNATURE_BYTES = 1024 * 1024
/** Signatures examined for one event, per format: a manifest with more referrers than this has the first ones judged only. */
export const MAX_SIGNATURES = 16
/** Referrers listed without an artifactType cost a manifest read each to tell their format: read up to this many. */
export const MAX_UNTYPED_READS = 4 * MAX_SIGNATURES
/** Pages of the referrers API followed (its Link: <…>; rel="next"); each is an index of up to 4 MiB. */
export const MAX_REFERRER_PAGES = 8
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
  /** Set when the registry had more pages than were read: referrers may be missing. */
  readonly truncated?: string
}

/** A referrer's signature layer, or why the referrer was refused before any signature was looked at. */
export type FetchedSignature =
  | { readonly referrer: string; readonly mediaType: string; readonly blob: Buffer; readonly annotations: Readonly<Record<string, string>> }
  | { readonly referrer: string; readonly refusal: string }

/**
 * Every referrer of `repository@digest`, following the referrers API's Link
 * pages up to MAX_REFERRER_PAGES; an empty list when there are none. Registry
 * failures throw.
 */
export async function listReferrers(client: RegistryClient, repository: string, digest: string): Promise<ReferrerList> {
  const first = `/v2/${repository}/referrers/${digest}`
  const api = await client.get(repository, first, OCI_INDEX, MAX_MANIFEST_BYTES)
  if (api.status === 200) {
    const referrers = indexEntries(api.body, client.host, `the referrers of ${digest}`)
    let next = nextPage(api.headers.link, client.host, first)
    for (let page = 1; next !== undefined; page++) {
      if (page === MAX_REFERRER_PAGES) {
        return {
          via: 'referrers API',
          referrers,
          truncated: `the registry lists the referrers on more than ${MAX_REFERRER_PAGES} pages, and only the first ${MAX_REFERRER_PAGES} were read`
        }
      }
      const more = await client.get(repository, next, OCI_INDEX, MAX_MANIFEST_BYTES)
      if (more.status !== 200) break
      referrers.push(...indexEntries(more.body, client.host, `the referrers of ${digest}`))
      next = nextPage(more.headers.link, client.host, first)
    }
    return { via: 'referrers API', referrers }
  }
  const tag = digest.replace(':', '-')
  const index = await client.manifest('GET', repository, tag)
  if (index.status === 404) return { via: 'tag index', referrers: [] }
  return { via: 'tag index', referrers: indexEntries(index.body, client.host, `the referrers index ${repository}:${tag}`) }
}

/**
 * The next page a Link header names (RFC 8288, rel="next"), as a path of the
 * same registry's referrers endpoint; anything else (another host, another
 * path) is not followed.
 */
export function nextPage(link: string | string[] | undefined, host: string, path: string): string | undefined {
  const text = Array.isArray(link) ? link.join(', ') : (link ?? '')
  for (const [, target = '', params = ''] of text.matchAll(/<([^>]*)>([^<]*)/g)) {
    const rel = /;\s*rel\s*=\s*"?([^";,]*)"?/i.exec(params)?.[1] ?? ''
    if (!rel.toLowerCase().split(/\s+/).includes('next')) continue
    let url: URL
    try {
      url = new URL(target, `http://${host}${path}`)
    } catch {
      return undefined
    }
    return url.host === host && url.pathname === path ? `${url.pathname}${url.search}` : undefined
  }
  return undefined
}

/** What a walk over the referrers found and held back: for the reason, so that a cap is never read as "none attached". */
export interface ReferrerWalk {
  readonly via: ReferrerList['via']
  /** Referrers of the format read so far, refused or not. */
  readonly found: number
  /** Why some referrers were not looked at. */
  readonly notes: readonly string[]
}

/**
 * The signatures of one format attached to `repository@subject`, one at a
 * time, so that a caller satisfied by the first stops reading. At most
 * MAX_SIGNATURES of the format, and MAX_UNTYPED_READS referrers whose
 * descriptor does not say their format; what the caps hide is said in
 * `walk().notes`.
 */
export async function walkSignatures(
  client: RegistryClient,
  repository: string,
  subject: string,
  format: ReferrerFormat
): Promise<{ walk: () => ReferrerWalk; signatures: AsyncGenerator<FetchedSignature> }> {
  const list = await listReferrers(client, repository, subject)
  const notes = list.truncated ? [list.truncated] : []
  let found = 0
  async function* signatures(): AsyncGenerator<FetchedSignature> {
    const candidates = list.referrers.filter(referrer => isReferrerOf(format, referrer) !== false)
    let untyped = 0
    for (const [index, referrer] of candidates.entries()) {
      const typed = isReferrerOf(format, referrer) === true
      if (found >= MAX_SIGNATURES) {
        notes.push(`${candidates.length - index} more ${format.kind} referrers were not read (at most ${MAX_SIGNATURES} are)`)
        return
      }
      if (!typed && untyped >= MAX_UNTYPED_READS) {
        notes.push(
          `${candidates.length - index} more referrers without an artifactType were not read (at most ${MAX_UNTYPED_READS} are read to tell their format): a ${format.kind} may be among them`
        )
        return
      }
      if (!typed) untyped++
      const fetched =
        (await fetchSignature(client, repository, referrer.digest, subject, format)) ??
        // Listed as the format over a manifest that is not: a lie, refused, so that it counts against MAX_SIGNATURES.
        // Skipped, it would count against no cap, and a list of such descriptors would cost a manifest read each.
        (typed
          ? { referrer: referrer.digest, refusal: `a referrer is listed as a ${format.kind}, but its manifest is of another format` }
          : undefined)
      if (!fetched) continue
      found++
      yield fetched
    }
  }
  return { walk: () => ({ via: list.via, found, notes }), signatures: signatures() }
}

/** Whether a referrer's descriptor says it is of the format; undefined when it says nothing. */
export function isReferrerOf(format: ReferrerFormat, referrer: Referrer): boolean | undefined {
  return referrer.artifactType === undefined ? undefined : format.artifactType.test(referrer.artifactType)
}

/**
 * The signature layer of one referrer: its manifest (which must be about
 * `subject`), the layer of the format, the blob, each checked against its
 * digest; undefined when the referrer is of another format. A blob redirect
 * goes only where the client's `allowsHost` lets it.
 */
export async function fetchSignature(
  client: RegistryClient,
  repository: string,
  referrer: string,
  subject: string,
  format: ReferrerFormat
): Promise<FetchedSignature | undefined> {
  const refuse = (refusal: string): FetchedSignature => ({ referrer, refusal: `a referrer ${refusal}` })
  const response = await client.manifest('GET', repository, referrer)
  if (response.status === 404) return refuse('is listed, but the registry has no such manifest')
  if (bodyMatchesDigest(response.body, referrer) !== true) return refuse('manifest does not hash to its digest')
  const manifest = parseObject(response.body)
  if (!manifest) return refuse('manifest is not a JSON object')
  const artifactType = typeof manifest.artifactType === 'string' ? manifest.artifactType : undefined
  const layers = Array.isArray(manifest.layers) ? manifest.layers.map(descriptorOf) : []
  const layer = layers.find(candidate => candidate && format.layerMediaType.test(candidate.mediaType))
  // A referrer listed without an artifactType that is of another format (an SBOM, another kind of signature) is not ours to judge.
  if (!layer && !(artifactType && format.artifactType.test(artifactType))) return undefined
  if (manifest.mediaType !== undefined && manifest.mediaType !== OCI_MANIFEST)
    return refuse(`manifest is ${describeValue(manifest.mediaType)}, not an OCI image manifest`)
  const about = descriptorOf(manifest.subject)?.digest
  if (about !== subject) return refuse(`is attached to ${about ?? 'no subject'}, not to ${subject}`)
  if (!layer) return refuse(`has no layer of a ${format.kind} media type`)
  if (layer.size > format.maxBytes) {
    return refuse(`${format.name} of ${layer.size} bytes was not read: more than the ${format.maxBytes} this action reads`)
  }
  let blob
  try {
    blob = await client.get(repository, `/v2/${repository}/blobs/${layer.digest}`, '*/*', layer.size)
  } catch (error) {
    // A blob longer than its descriptor says is cut off by the size cap: refused, like any other lie.
    if (error instanceof AnswerTooLarge) return refuse(`${format.name} blob is larger than the ${layer.size} bytes its descriptor says`)
    throw error
  }
  if (blob.status !== 200) {
    throw new RegistryError(
      client.host,
      `The registry ${client.host} answered HTTP ${blob.status} for the ${format.name} blob ${layer.digest} of ${repository}; nothing was assumed verified`,
      blob.status
    )
  }
  if (bodyMatchesDigest(blob.body, layer.digest) !== true) return refuse(`${format.name} blob does not hash to its digest`)
  return { referrer, mediaType: layer.mediaType, blob: blob.body, annotations: annotationsOf(manifest.annotations) }
}

/** A manifest's string annotations; anything else in that member is left out. */
function annotationsOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  )
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
