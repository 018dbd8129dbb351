// Where referrers come from and what is refused, one lie at a time: the
// registry client against a registry faked on loopback that answers exactly
// what each case needs (a referrers API with Link pages, or none and a tag
// index; manifests and blobs that lie about their digest, size, subject or
// media type). The real registry runs these paths end to end in
// attestation.e2e.test.ts; here each answer is one a hostile pusher or a
// broken registry could give.
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { RegistryClient, RegistryError } from '../../../src/action/registry/client.js'
import { SIGSTORE_BUNDLE } from '../../../src/action/trust/sigstore/verifier.js'
import {
  fetchSignature,
  isReferrerOf,
  listReferrers,
  MAX_REFERRER_PAGES,
  walkSignatures,
  type FetchedSignature
} from '../../../src/action/trust/sources/referrers.js'

const REPO = 'team/web'
const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const sha256 = (bytes: Buffer | string) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`
const SUBJECT = sha256('the image')

interface Answer {
  readonly status: number
  readonly body?: Buffer | string
  readonly headers?: Record<string, string>
}

let server: Server
let host: string
/** What the fake answers, by path (with the query); anything else is a 404. */
const routes = new Map<string, Answer>()
const asked: string[] = []
let client: RegistryClient

beforeAll(async () => {
  server = createServer((request, response) => {
    asked.push(request.url ?? '')
    const answer = routes.get(request.url ?? '') ?? { status: 404, body: '{"errors":[{"code":"NOT_FOUND"}]}' }
    response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(answer.body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})
afterEach(() => {
  routes.clear()
  asked.length = 0
  client?.close()
})

function newClient(): RegistryClient {
  client = new RegistryClient(host, { kind: 'anonymous' })
  return client
}

/** A blob served at its digest; returns its descriptor. */
function blob(content: Buffer | string, mediaType = BUNDLE_TYPE) {
  const bytes = Buffer.from(content)
  const digest = sha256(bytes)
  routes.set(`/v2/${REPO}/blobs/${digest}`, { status: 200, body: bytes })
  return { mediaType, digest, size: bytes.length }
}

/** A manifest served at its digest (or at `servedAs`); returns its descriptor, with the artifactType it names. */
function manifest(content: object | string, servedAs?: string) {
  const text = typeof content === 'string' ? content : JSON.stringify(content)
  const digest = sha256(text)
  routes.set(`/v2/${REPO}/manifests/${servedAs ?? digest}`, { status: 200, body: text, headers: { 'content-type': OCI_MANIFEST } })
  const artifactType = typeof content === 'object' ? (content as { artifactType?: string }).artifactType : undefined
  return { mediaType: OCI_MANIFEST, digest, size: Buffer.byteLength(text), ...(artifactType ? { artifactType } : {}) }
}

/** A referrer of SUBJECT holding `layer` (a Sigstore bundle by default), as cosign and attest-build-provenance push one. */
function referrer(layerContent: Buffer | string = '{"bundle":1}', overrides: Record<string, unknown> = {}) {
  const layer = blob(layerContent)
  return manifest({
    schemaVersion: 2,
    mediaType: OCI_MANIFEST,
    artifactType: BUNDLE_TYPE,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: sha256('{}'), size: 2 },
    layers: [layer],
    subject: { mediaType: OCI_MANIFEST, digest: SUBJECT, size: 10 },
    annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'not.text': 7 },
    ...overrides
  })
}

const index = (manifests: unknown[]) => JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests })
const referrersPath = `/v2/${REPO}/referrers/${SUBJECT}`
const tagIndexPath = `/v2/${REPO}/manifests/${SUBJECT.replace(':', '-')}`

async function all(signatures: AsyncGenerator<FetchedSignature>) {
  const out: Array<{ refusal: string } | { blob: string; annotations: Record<string, string> }> = []
  for await (const signature of signatures) {
    out.push('refusal' in signature ? { refusal: signature.refusal } : { blob: signature.blob.toString(), annotations: signature.annotations })
  }
  return out
}

describe('listReferrers: the referrers API and its pages, else the tag index', () => {
  test('no referrers API and no tag index: none, by the tag index', async () => {
    expect(await listReferrers(newClient(), REPO, SUBJECT)).toEqual({ via: 'tag index', referrers: [] })
    expect(asked).toEqual([referrersPath, tagIndexPath])
  })

  test('the tag index: its descriptors, with their artifactType when it is text; broken descriptors left out', async () => {
    const good = sha256('a')
    routes.set(tagIndexPath, {
      status: 200,
      body: index([
        { mediaType: OCI_MANIFEST, digest: good, size: 1, artifactType: BUNDLE_TYPE },
        { mediaType: OCI_MANIFEST, digest: good, size: 0, artifactType: 7 },
        { digest: 'sha256:short', size: 1 },
        { digest: good, size: -1 },
        { digest: good, size: 1.5 },
        { digest: good, size: '1' },
        { digest: good },
        null,
        'x'
      ]),
      headers: { 'content-type': OCI_INDEX }
    })
    expect(await listReferrers(newClient(), REPO, SUBJECT)).toEqual({
      via: 'tag index',
      referrers: [
        { digest: good, artifactType: BUNDLE_TYPE },
        { digest: good, artifactType: undefined }
      ]
    })
  })

  test.each(['{"manifests": {}}', '[]', 'null', 'not json'])('a tag index %s: the registry cannot be read, and the step fails', async body => {
    routes.set(tagIndexPath, { status: 200, body })
    const error = await listReferrers(newClient(), REPO, SUBJECT).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toBe(
      `The registry ${host} answered for the referrers index ${REPO}:${SUBJECT.replace(':', '-')} with something other than an OCI image index; nothing was assumed verified`
    )
  })

  test("the referrers API's Link pages are followed, on the same path only, until there is no next", async () => {
    const one = sha256('1')
    const two = sha256('2')
    routes.set(referrersPath, { status: 200, body: index([{ digest: one, size: 1 }]), headers: { link: `<${referrersPath}?last=1>; rel="next"` } })
    routes.set(`${referrersPath}?last=1`, {
      status: 200,
      body: index([{ digest: two, size: 1 }]),
      headers: { link: `</v2/${REPO}/referrers/other?last=2>; rel="next"` }
    })
    expect(await listReferrers(newClient(), REPO, SUBJECT)).toEqual({
      via: 'referrers API',
      referrers: [
        { digest: one, artifactType: undefined },
        { digest: two, artifactType: undefined }
      ]
    })
    expect(asked).toEqual([referrersPath, `${referrersPath}?last=1`])
  })

  test('a next page that is not there ends the list with what was read', async () => {
    routes.set(referrersPath, {
      status: 200,
      body: index([{ digest: sha256('1'), size: 1 }]),
      headers: { link: `<${referrersPath}?last=1>; rel="next"` }
    })
    expect((await listReferrers(newClient(), REPO, SUBJECT)).referrers).toHaveLength(1)
  })

  test.each<[string, (body: string) => void]>([
    ['the first page', body => routes.set(referrersPath, { status: 200, body })],
    [
      'a next page',
      body => {
        routes.set(referrersPath, { status: 200, body: index([]), headers: { link: `<${referrersPath}?last=1>; rel="next"` } })
        routes.set(`${referrersPath}?last=1`, { status: 200, body })
      }
    ]
  ])('the referrers API answering %s with something other than an index: the step fails, naming the subject', async (_, serve) => {
    serve('{"manifests": null}')
    const error = await listReferrers(newClient(), REPO, SUBJECT).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toBe(
      `The registry ${host} answered for the referrers of ${SUBJECT} with something other than an OCI image index; nothing was assumed verified`
    )
  })

  test('a tag index the registry fails to give (500): the step fails, naming the request', async () => {
    routes.set(tagIndexPath, { status: 500, body: 'down' })
    const error = await listReferrers(newClient(), REPO, SUBJECT).catch((caught: unknown) => caught)
    expect((error as Error).message).toBe(
      `The registry ${host} answered HTTP 500 to GET ${tagIndexPath}; check that ${host} is a registry and is up (nothing was assumed verified)`
    )
  })

  test(`more than ${MAX_REFERRER_PAGES} pages: the first ${MAX_REFERRER_PAGES} are read, and the list says so`, async () => {
    for (let page = 0; page <= MAX_REFERRER_PAGES; page++) {
      routes.set(page === 0 ? referrersPath : `${referrersPath}?last=${page}`, {
        status: 200,
        body: index([{ digest: sha256(String(page)), size: 1 }]),
        headers: { link: `<${referrersPath}?last=${page + 1}>; rel="next"` }
      })
    }
    const list = await listReferrers(newClient(), REPO, SUBJECT)
    expect(list.via).toBe('referrers API')
    expect(list.referrers).toHaveLength(MAX_REFERRER_PAGES)
    expect(list.truncated).toBe(
      `the registry lists the referrers on more than ${MAX_REFERRER_PAGES} pages, and only the first ${MAX_REFERRER_PAGES} were read`
    )
    expect(asked).toHaveLength(MAX_REFERRER_PAGES)
  })
})

describe('fetchSignature: one referrer, each lie refused alone', () => {
  const fetch = (digest: string) => fetchSignature(newClient(), REPO, digest, SUBJECT, SIGSTORE_BUNDLE)
  const refusal = async (digest: string) => {
    const fetched = await fetch(digest)
    return fetched && 'refusal' in fetched ? fetched.refusal : fetched
  }

  test('a Sigstore bundle referrer: its blob, and its text annotations', async () => {
    const { digest } = referrer('{"bundle":1}')
    expect(await fetch(digest)).toEqual({
      referrer: digest,
      mediaType: BUNDLE_TYPE,
      blob: Buffer.from('{"bundle":1}'),
      annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope' }
    })
  })

  test('a bundle at the media type of version 0.1 to 0.3, without an artifactType on the manifest', async () => {
    const layer = blob('{"b":2}', 'application/vnd.dev.sigstore.bundle+json;version=0.2')
    const { digest } = manifest({
      schemaVersion: 2,
      layers: [layer],
      subject: { digest: SUBJECT, size: 1, mediaType: OCI_MANIFEST },
      annotations: []
    })
    expect(await fetch(digest)).toMatchObject({ blob: Buffer.from('{"b":2}'), annotations: {} })
  })

  test('a referrer of another format (an SBOM) is not ours: undefined, unread', async () => {
    const sbom = blob('{"spdxVersion":"SPDX-2.3"}', 'application/spdx+json')
    const { digest } = manifest({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      artifactType: 'application/spdx+json',
      layers: [sbom],
      subject: { digest: SUBJECT, size: 1 }
    })
    expect(await fetch(digest)).toBeUndefined()
    expect(asked.some(path => path.includes('/blobs/'))).toBe(false)
  })

  test.each<[string, () => string, string]>([
    ['listed, but not there', () => sha256('nothing'), 'a referrer is listed, but the registry has no such manifest'],
    [
      'a manifest that does not hash to its digest',
      () => {
        manifest({ artifactType: BUNDLE_TYPE }, sha256('another'))
        return sha256('another')
      },
      'a referrer manifest does not hash to its digest'
    ],
    ['a manifest that is not a JSON object', () => manifest('[1]').digest, 'a referrer manifest is not a JSON object'],
    ['a manifest that is not JSON', () => manifest('{').digest, 'a referrer manifest is not a JSON object'],
    ['a manifest that is null', () => manifest('null').digest, 'a referrer manifest is not a JSON object'],
    ['a manifest that is a string', () => manifest('"manifest"').digest, 'a referrer manifest is not a JSON object'],
    [
      'a manifest of another media type',
      () => referrer(undefined, { mediaType: 'application/vnd.docker.distribution.manifest.v2+json' }).digest,
      'a referrer manifest is "application/vnd.docker.distribution.manifest.v2+json", not an OCI image manifest'
    ],
    [
      'a referrer of another subject',
      () => referrer(undefined, { subject: { digest: sha256('other'), size: 1 } }).digest,
      `a referrer is attached to ${sha256('other')}, not to ${SUBJECT}`
    ],
    ['a referrer of no subject', () => referrer(undefined, { subject: undefined }).digest, `a referrer is attached to no subject, not to ${SUBJECT}`],
    [
      'a referrer whose subject is not a descriptor',
      () => referrer(undefined, { subject: 'sha256:x' }).digest,
      `a referrer is attached to no subject, not to ${SUBJECT}`
    ],
    [
      'a bundle referrer without a bundle layer',
      () => referrer(undefined, { layers: [{ mediaType: 'text/plain', digest: SUBJECT, size: 1 }] }).digest,
      'a referrer has no layer of a Sigstore bundle media type'
    ],
    [
      'a bundle referrer with no layers',
      () => referrer(undefined, { layers: 'none' }).digest,
      'a referrer has no layer of a Sigstore bundle media type'
    ],
    [
      'a layer over 1 MiB',
      () => referrer(undefined, { layers: [{ mediaType: BUNDLE_TYPE, digest: SUBJECT, size: 1024 * 1024 + 1 }] }).digest,
      'a referrer bundle of 1048577 bytes was not read: more than the 1048576 this action reads'
    ],
    [
      'a blob longer than its descriptor says',
      () => referrer(undefined, { layers: [{ ...blob('{"bundle":"longer"}'), size: 5 }] }).digest,
      'a referrer bundle blob is larger than the 5 bytes its descriptor says'
    ],
    [
      'a blob that does not hash to its digest',
      () => {
        const { digest } = referrer('{"bundle":1}')
        routes.set(`/v2/${REPO}/blobs/${sha256('{"bundle":1}')}`, { status: 200, body: '{"bundle":2}' })
        return digest
      },
      'a referrer bundle blob does not hash to its digest'
    ]
  ])('%s: refused, saying so', async (_, push, reason) => {
    expect(await refusal(push())).toBe(reason)
  })

  test('a bundle of exactly 1 MiB is read', async () => {
    const content = `{"b":"${'x'.repeat(1024 * 1024 - 8)}"}`
    expect(Buffer.byteLength(content)).toBe(1024 * 1024)
    const fetched = await fetch(referrer(content).digest)
    expect(fetched && 'blob' in fetched ? fetched.blob.length : fetched).toBe(1024 * 1024)
  })

  test.each<[string, unknown, Record<string, string>]>([
    ['no annotations', undefined, {}],
    ['null', null, {}],
    ['text', 'dsse-envelope', {}],
    ['a list', ['dsse-envelope'], {}],
    ['text and other values', { a: 'b', n: 7, o: {}, z: null }, { a: 'b' }]
  ])('annotations that are %s: the bundle is read, with its text annotations only', async (_, annotations, expected) => {
    const { digest } = referrer('{"bundle":1}', { annotations })
    expect(await fetch(digest)).toMatchObject({ blob: Buffer.from('{"bundle":1}'), annotations: expected })
  })

  test('an artifactType that is not text, on a manifest without a bundle layer: not ours, undefined', async () => {
    const sbom = blob('{"spdxVersion":"SPDX-2.3"}', 'application/spdx+json')
    const { digest } = manifest({ schemaVersion: 2, artifactType: [BUNDLE_TYPE], layers: [sbom], subject: { digest: SUBJECT, size: 1 } })
    expect(await fetch(digest)).toBeUndefined()
  })

  test('a referrer manifest the registry fails to give (500): the step fails, naming the request', async () => {
    const digest = sha256('a manifest')
    routes.set(`/v2/${REPO}/manifests/${digest}`, { status: 500, body: 'down' })
    const error = await fetch(digest).catch((caught: unknown) => caught)
    expect((error as Error).message).toBe(
      `The registry ${host} answered HTTP 500 to GET /v2/${REPO}/manifests/${digest}; check that ${host} is a registry and is up (nothing was assumed verified)`
    )
  })

  test('a blob the registry will not give (500): the registry cannot answer, and the step fails', async () => {
    const { digest } = referrer('{"bundle":1}')
    routes.set(`/v2/${REPO}/blobs/${sha256('{"bundle":1}')}`, { status: 500, body: 'down' })
    const error = await fetch(digest).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toContain(`The registry ${host} answered HTTP 500`)
  })

  test('a blob the registry does not have (404): the step fails, naming the blob', async () => {
    const { digest } = referrer('{"bundle":404}')
    routes.set(`/v2/${REPO}/blobs/${sha256('{"bundle":404}')}`, { status: 404, body: '' })
    const error = await fetch(digest).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RegistryError)
    expect((error as Error).message).toBe(
      `The registry ${host} answered HTTP 404 for the bundle blob ${sha256('{"bundle":404}')} of ${REPO}; nothing was assumed verified`
    )
  })
})

describe('walkSignatures: the format read, the caps said', () => {
  const walk = async () => {
    const { walk: said, signatures } = await walkSignatures(newClient(), REPO, SUBJECT, SIGSTORE_BUNDLE)
    const got = await all(signatures)
    return { got, said: said() }
  }
  const listed = (descriptors: object[]) =>
    routes.set(referrersPath, { status: 200, body: index(descriptors), headers: { 'content-type': OCI_INDEX } })

  test('typed bundles are read, other types skipped unread, untyped ones read to tell', async () => {
    const bundle = referrer('{"n":1}')
    const sbom = { mediaType: OCI_MANIFEST, digest: sha256('sbom'), size: 1, artifactType: 'application/spdx+json' }
    const untypedBundle = referrer('{"n":2}')
    listed([bundle, sbom, { mediaType: untypedBundle.mediaType, digest: untypedBundle.digest, size: untypedBundle.size }])
    const { got, said } = await walk()
    expect(got.map(signature => ('blob' in signature ? signature.blob : signature.refusal))).toEqual(['{"n":1}', '{"n":2}'])
    expect(said).toEqual({ via: 'referrers API', found: 2, notes: [] })
    expect(asked.some(path => path.endsWith(sbom.digest))).toBe(false)
  })

  test('more than 16 bundles: 16 read, the rest said', async () => {
    listed(Array.from({ length: 18 }, (_, n) => referrer(`{"n":${n}}`)))
    const { got, said } = await walk()
    expect(got).toHaveLength(16)
    expect(said).toEqual({ via: 'referrers API', found: 16, notes: ['2 more Sigstore bundle referrers were not read (at most 16 are)'] })
  })

  test('more than 64 untyped referrers of another format: 64 read to tell, the rest said, not "none"', async () => {
    const sboms = Array.from({ length: 66 }, (_, n) => {
      const sbom = blob(`{"n":${n}}`, 'application/spdx+json')
      const { mediaType, digest, size } = manifest({
        schemaVersion: 2,
        mediaType: OCI_MANIFEST,
        artifactType: 'application/spdx+json',
        layers: [sbom],
        subject: { digest: SUBJECT, size: 1 }
      })
      return { mediaType, digest, size }
    })
    listed(sboms)
    const { got, said } = await walk()
    expect(got).toEqual([])
    expect(said.notes).toEqual([
      '2 more referrers without an artifactType were not read (at most 64 are read to tell their format): a Sigstore bundle may be among them'
    ])
    expect(said.found).toBe(0)
  })

  test('listed as bundles over manifests of another format: each a refusal that counts, 16 manifests read, the rest said', async () => {
    const lies = Array.from({ length: 20 }, (_, n) => {
      const sbom = blob(`{"lie":${n}}`, 'application/spdx+json')
      const { mediaType, digest, size } = manifest({
        schemaVersion: 2,
        artifactType: 'application/spdx+json',
        layers: [sbom],
        subject: { digest: SUBJECT, size: 1 }
      })
      return { mediaType, digest, size, artifactType: BUNDLE_TYPE }
    })
    listed(lies)
    const { got, said } = await walk()
    expect(got).toEqual(
      Array.from({ length: 16 }, () => ({ refusal: 'a referrer is listed as a Sigstore bundle, but its manifest is of another format' }))
    )
    expect(said).toEqual({ via: 'referrers API', found: 16, notes: ['4 more Sigstore bundle referrers were not read (at most 16 are)'] })
    expect(asked.filter(path => path.includes('/manifests/'))).toHaveLength(16)
  })

  test('more pages than are read: the walk says so, beside what it read', async () => {
    for (let page = 0; page <= MAX_REFERRER_PAGES; page++) {
      routes.set(page === 0 ? referrersPath : `${referrersPath}?last=${page}`, {
        status: 200,
        body: index([]),
        headers: { link: `<${referrersPath}?last=${page + 1}>; rel="next"` }
      })
    }
    const { got, said } = await walk()
    expect(got).toEqual([])
    expect(said).toEqual({
      via: 'referrers API',
      found: 0,
      notes: [`the registry lists the referrers on more than ${MAX_REFERRER_PAGES} pages, and only the first ${MAX_REFERRER_PAGES} were read`]
    })
  })

  test('a refused referrer counts as found, and the walk goes on', async () => {
    const bad = referrer(undefined, { subject: undefined })
    const good = referrer('{"ok":true}')
    listed([bad, good])
    const { got, said } = await walk()
    expect(got).toEqual([
      { refusal: `a referrer is attached to no subject, not to ${SUBJECT}` },
      { blob: '{"ok":true}', annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope' } }
    ])
    expect(said.found).toBe(2)
  })

  test.each<[string, boolean]>([
    [BUNDLE_TYPE, true],
    ['application/vnd.dev.sigstore.bundle+json;version=0.1', true],
    ['application/vnd.dev.sigstore.bundle+json; version=0.3', true],
    ['application/vnd.dev.sigstore.bundle+json;version=0.4', false],
    ['application/vnd.dev.sigstore.bundle+json;version=0.2.1', false],
    [`x-${BUNDLE_TYPE}`, false],
    [`${BUNDLE_TYPE}x`, false]
  ])('a Sigstore bundle is %s: %s', (artifactType, expected) => {
    expect(isReferrerOf(SIGSTORE_BUNDLE, { digest: SUBJECT, artifactType })).toBe(expected)
  })

  test('isReferrerOf: by the artifactType when the descriptor has one', () => {
    expect(isReferrerOf(SIGSTORE_BUNDLE, { digest: SUBJECT, artifactType: BUNDLE_TYPE })).toBe(true)
    expect(isReferrerOf(SIGSTORE_BUNDLE, { digest: SUBJECT, artifactType: 'application/spdx+json' })).toBe(false)
    expect(isReferrerOf(SIGSTORE_BUNDLE, { digest: SUBJECT })).toBeUndefined()
  })
})
