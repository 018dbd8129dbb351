// Referrers pushed to the tests' registry as the OCI 1.1 specification has a
// client push them to a registry without the referrers API (Debian's registry
// 2.8): the referrer manifest with its `subject`, then the subject's
// sha256-<hex> tag index updated to list it. And a stand-in for a registry
// that has the API (ACR): a loopback proxy in front of that registry that
// answers GET /v2/<name>/referrers/<digest> itself and forwards the rest.
import { createHash } from 'node:crypto'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Descriptor, LocalRegistry } from './registry.js'

export const SIGSTORE_BUNDLE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const EMPTY = 'application/vnd.oci.empty.v1+json'

interface ReferrerDescriptor extends Descriptor {
  readonly artifactType: string
}

/** Every referrer pushed, by registry host, repository and subject digest: what the tag indexes and the stand-in list. */
const pushed = new Map<string, ReferrerDescriptor[]>()
const key = (host: string, repository: string, digest: string) => `${host}/${repository}@${digest}`

export interface ReferrerOptions {
  /** The manifest's artifactType and the layer's media type; a Sigstore bundle by default. */
  readonly artifactType?: string
  /** Leave the artifactType out of the index descriptor, as some clients do. */
  readonly untypedDescriptor?: boolean
  /** The layer's media type when it is not the artifactType (a Notation envelope: application/jose+json). */
  readonly layerMediaType?: string
  readonly annotations?: Readonly<Record<string, string>>
  /** The size the manifest gives its layer, instead of the blob's own (a lie anyone who can push can tell). */
  readonly layerSize?: number
}

/** Pushes `content` as a referrer of `subject` and lists it in the subject's tag index. */
export async function pushReferrer(
  registry: LocalRegistry,
  repository: string,
  subject: Descriptor,
  content: Buffer,
  options: ReferrerOptions = {}
): Promise<Descriptor> {
  const artifactType = options.artifactType ?? SIGSTORE_BUNDLE
  const config = await registry.pushBlob(repository, Buffer.from('{}'))
  const layer = await registry.pushBlob(repository, content)
  const manifest = {
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType,
    config: { ...config, mediaType: EMPTY },
    layers: [{ ...layer, size: options.layerSize ?? layer.size, mediaType: options.layerMediaType ?? artifactType }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: options.annotations ?? { 'dev.sigstore.bundle.content': 'dsse-envelope' }
  }
  const text = JSON.stringify(manifest)
  const digest = `sha256:${createHash('sha256').update(text).digest('hex')}`
  const referrer = await registry.pushManifest(repository, digest, manifest)
  const list = pushed.get(key(registry.host, repository, subject.digest)) ?? []
  list.push({ ...referrer, artifactType })
  pushed.set(key(registry.host, repository, subject.digest), list)
  await registry.pushManifest(repository, subject.digest.replace(':', '-'), {
    schemaVersion: 2,
    mediaType: OCI_INDEX,
    manifests: list.map(entry => (options.untypedDescriptor ? { mediaType: entry.mediaType, digest: entry.digest, size: entry.size } : entry))
  })
  return referrer
}

/** Pushes a Sigstore bundle (a JSON object) as a referrer of `subject`. */
export function pushBundle(registry: LocalRegistry, repository: string, subject: Descriptor, bundle: object): Promise<Descriptor> {
  return pushReferrer(registry, repository, subject, Buffer.from(JSON.stringify(bundle)))
}

export interface ReferrersApiOptions {
  /** Referrers per page: more are on further pages, named by a Link: <…>; rel="next" header. */
  readonly pageSize?: number
}

export interface ReferrersApi {
  /** The stand-in's host, as an event names it. */
  readonly host: string
  /** Paths of the referrers requests it answered. */
  readonly answered: string[]
  stop(): Promise<void>
}

/** A registry with the referrers API: `registry` behind a proxy that answers /referrers/ from what was pushed. */
export async function startReferrersApi(registry: LocalRegistry, options: ReferrersApiOptions = {}): Promise<ReferrersApi> {
  const answered: string[] = []
  const server: Server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://registry.test')
    const match = /^\/v2\/(.+)\/referrers\/(sha256:[a-f0-9]{64})$/.exec(url.pathname)
    if (incoming.method === 'GET' && match) {
      answered.push(incoming.url!)
      const all = pushed.get(key(registry.host, match[1]!, match[2]!)) ?? []
      const size = options.pageSize ?? all.length
      const start = Number(url.searchParams.get('last') ?? 0)
      const manifests = all.slice(start, start + Math.max(size, 1))
      const headers: Record<string, string> = { 'content-type': OCI_INDEX }
      if (start + size < all.length) headers.link = `<${url.pathname}?n=${size}&last=${start + size}>; rel="next"`
      outgoing.writeHead(200, headers).end(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }))
      return
    }
    const [hostname, port] = registry.host.split(':')
    const forwarded = request(
      { hostname, port: Number(port), method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: registry.host } },
      response => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers)
        response.pipe(outgoing)
      }
    )
    forwarded.on('error', () => outgoing.writeHead(502).end())
    incoming.pipe(forwarded)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    answered,
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
