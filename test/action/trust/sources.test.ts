// Where bundles come from, without a registry: the referrers API's Link
// header, and GitHub's attestations API against a fake of it on loopback
// (pages, caps, refusals). The registry path runs against a real registry in
// attestation.e2e.test.ts.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { compress } from '@stablelib/snappy/lib/compress.js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { AttestationLookup } from '../../../src/action/trust/policy/parse.js'
import { decodeBundle, fetchBundleUrl, MAX_COMPRESSED_BUNDLE_BYTES } from '../../../src/action/trust/sources/bundle-url.js'
import { apiBase, describeLookup, GithubApiError, walkAttestations, type ApiBundle } from '../../../src/action/trust/sources/github-api.js'
import { nextPage } from '../../../src/action/trust/sources/referrers.js'
import { startAttestationsApi, startBundleHost, type FakeAttestationsApi, type FakeBundleHost } from '../../support/attestations-api.js'

const HOST = 'myregistry.azurecr.io'
const PATH = `/v2/team/web/referrers/sha256:${'a'.repeat(64)}`
const DIGEST = `sha256:${'b'.repeat(64)}`

describe('nextPage (RFC 8288 Link, rel="next")', () => {
  test.each<[string | string[] | undefined, string | undefined]>([
    [undefined, undefined],
    ['', undefined],
    [`<${PATH}?n=2&last=x>; rel="next"`, `${PATH}?n=2&last=x`],
    [`<${PATH}?last=x>; rel=next`, `${PATH}?last=x`],
    // RFC 8288 allows whitespace around ";" and "=", and none.
    [`<${PATH}?last=x>;rel="next"`, `${PATH}?last=x`],
    [`<${PATH}?last=x> ; rel = "next"`, `${PATH}?last=x`],
    [`<https://${HOST}${PATH}?last=x>; rel="next"`, `${PATH}?last=x`],
    [`<${PATH}?p=1>; rel="prev", <${PATH}?p=3>; rel="next"`, `${PATH}?p=3`],
    [[`<${PATH}?p=1>; rel="prev"`, `<${PATH}?p=3>; REL="Next"`], `${PATH}?p=3`],
    [`<${PATH}?p=3>; rel="prev next"`, `${PATH}?p=3`],
    [`<${PATH}?p=3>; rel="nextish"`, undefined],
    [`<${PATH}?p=3>; title="next"`, undefined],
    // Anywhere else is not followed: another host, another path.
    [`<https://evil.example${PATH}?last=x>; rel="next"`, undefined],
    [`</v2/team/other/referrers/x>; rel="next"`, undefined],
    [`<http://[>; rel="next"`, undefined]
  ])('%j → %s', (link, next) => {
    expect(nextPage(link, HOST, PATH)).toBe(next)
  })
})

describe("GitHub's attestations API", () => {
  const TOKEN = 'ghs_test'
  let api: FakeAttestationsApi
  let paged: FakeAttestationsApi
  beforeAll(async () => {
    api = await startAttestationsApi({ token: TOKEN })
    paged = await startAttestationsApi({ token: TOKEN, perPage: 5 })
  })
  afterAll(async () => {
    await api?.stop()
    await paged?.stop()
  })

  async function read(url: string, lookup: AttestationLookup = { kind: 'repository', name: 'octo-org/web' }, digest = DIGEST) {
    const { walk, bundles } = walkAttestations({ url, token: TOKEN }, lookup, digest)
    const all: ApiBundle[] = []
    for await (const bundle of bundles) all.push(bundle)
    return { all, walk: walk() }
  }

  test('none held: a 404 is "none", nothing noted', async () => {
    expect(await read(api.url)).toEqual({ all: [], walk: { found: 0, notes: [] } })
  })

  test('bundles across pages, in order, capped at 16 with the rest said', async () => {
    const digest = `sha256:${'c'.repeat(64)}`
    for (let i = 0; i < 22; i++) paged.add('repos/octo-org/web', digest, { n: i })
    const { all, walk } = await read(paged.url, { kind: 'repository', name: 'octo-org/web' }, digest)
    expect(all).toEqual(Array.from({ length: 16 }, (_, n) => ({ json: { n } })))
    expect(walk).toEqual({ found: 16, notes: ['4 more attestations from GitHub were not read (at most 16 are)'] })
  })

  test('more pages than are read: said', async () => {
    const digest = `sha256:${'d'.repeat(64)}`
    const tiny = await startAttestationsApi({ token: TOKEN, perPage: 1 })
    try {
      for (let i = 0; i < 6; i++) tiny.add('orgs/octo-org', digest, { n: i })
      const { all, walk } = await read(tiny.url, { kind: 'organization', name: 'octo-org' }, digest)
      expect(all).toHaveLength(4)
      expect(walk.notes).toEqual(['GitHub holds more attestations than the 4 pages read'])
      expect(tiny.requests.map(request => request.path)).toEqual([
        `/orgs/octo-org/attestations/${digest}?per_page=16`,
        `/orgs/octo-org/attestations/${digest}?per_page=1&page=2`,
        `/orgs/octo-org/attestations/${digest}?per_page=1&page=3`,
        `/orgs/octo-org/attestations/${digest}?per_page=1&page=4`
      ])
    } finally {
      await tiny.stop()
    }
  })

  test('a bundle over 1 MiB is refused alone, unread by the verifier', async () => {
    const digest = `sha256:${'e'.repeat(64)}`
    api.add('repos/octo-org/big', digest, { blob: 'x'.repeat(1024 * 1024) })
    api.add('repos/octo-org/big', digest, { ok: true })
    const { all } = await read(api.url, { kind: 'repository', name: 'octo-org/big' }, digest)
    expect(all).toEqual([
      { refusal: `an attestation from GitHub of ${1024 * 1024 + 11} bytes was not read: more than the 1048576 this action reads` },
      { json: { ok: true } }
    ])
  })

  test('a digest that is not sha256: the API is not asked, and the reason says why', async () => {
    const before = api.requests.length
    const { walk } = await read(api.url, { kind: 'repository', name: 'octo-org/web' }, `sha512:${'a'.repeat(128)}`)
    expect(walk.notes[0]).toContain('it looks attestations up by sha256 digest')
    expect(api.requests.length).toBe(before)
  })

  test.each<[number, Record<string, string>, string, boolean]>([
    [401, {}, `GitHub's API refused github-token for the attestations of the repository octo-org/web (HTTP 401)`, true],
    [403, {}, `GitHub's API refused github-token for the attestations of the repository octo-org/web (HTTP 403)`, true],
    [403, { 'x-ratelimit-remaining': '0' }, "GitHub's API rate-limited the attestations lookup of the repository octo-org/web (HTTP 403)", false],
    [403, { 'retry-after': '60' }, 'rate-limited', false],
    [429, {}, 'rate-limited', false],
    [500, {}, "GitHub's API answered HTTP 500 for the attestations of the repository octo-org/web", false],
    // retry-after and x-ratelimit-remaining make a 403 a rate limit, not any status.
    [503, { 'retry-after': '60' }, "GitHub's API answered HTTP 503 for the attestations of the repository octo-org/web", false],
    [401, { 'x-ratelimit-remaining': '0' }, "GitHub's API refused github-token for the attestations of the repository octo-org/web (HTTP 401)", true],
    [200, {}, "GitHub's API at 127.0.0.1", false]
  ])('HTTP %i %j fails: %s', async (status, headers, message, tokenRefused) => {
    api.answerWith(status, headers)
    try {
      const error = await read(api.url).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(GithubApiError)
      expect((error as Error).message).toContain(message)
      expect((error as GithubApiError).tokenRefused).toBe(tokenRefused)
    } finally {
      api.answerWith(undefined)
    }
  })

  test('the token is sent as a Bearer to the API host, with the API version', async () => {
    await read(api.url)
    expect(api.requests.at(-1)).toMatchObject({ authorization: `Bearer ${TOKEN}` })
  })

  test('an API that cannot be reached fails, naming the host', async () => {
    const error = await read('http://127.0.0.1:9').catch((caught: unknown) => caught)
    expect((error as Error).message).toMatch(/^Cannot read GitHub's attestations API at 127\.0\.0\.1:9 \(ECONNREFUSED\)/)
  })

  test.each([
    ['https://api.github.com', 'https://api.github.com/'],
    ['https://github.example.com/api/v3/', 'https://github.example.com/api/v3/'],
    ['http://localhost:8080', 'http://localhost:8080/'],
    ['https://github.example.com/api/v3//', 'https://github.example.com/api/v3/']
  ])('apiBase(%s) → %s', (url, base) => {
    expect(apiBase(url).href).toBe(base)
  })

  test.each([
    ['http://api.github.com', 'GITHUB_API_URL http://api.github.com is not https'],
    ['https://user:secret@api.github.com', 'is not https'],
    ['not a url', 'GITHUB_API_URL is not a URL']
  ])('apiBase(%s) is refused', (url, message) => {
    expect(() => apiBase(url)).toThrow(message)
  })

  test('describeLookup', () => {
    expect(describeLookup({ kind: 'repository', name: 'o/r' })).toBe("GitHub's attestations of o/r")
    expect(describeLookup({ kind: 'organization', name: 'o' })).toBe("GitHub's attestations of the organization o")
  })
})

describe('an attestation whose bundle GitHub keeps at a bundle_url (its blob storage)', () => {
  const TOKEN = 'ghs_never-sent-to-storage'
  const BUNDLE = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', n: 1 }
  const snappy = (value: unknown) => Buffer.from(compress(Buffer.from(typeof value === 'string' ? value : JSON.stringify(value))))
  let api: FakeAttestationsApi
  let storage: FakeBundleHost
  let other: FakeBundleHost
  let count = 0
  beforeAll(async () => {
    api = await startAttestationsApi({ token: TOKEN })
    storage = await startBundleHost()
    other = await startBundleHost()
  })
  afterAll(async () => {
    await api?.stop()
    await storage?.stop()
    await other?.stop()
  })

  /** What the walk yields for attestations kept at these addresses (a new digest each time). */
  async function readAt(...addresses: string[]): Promise<ApiBundle[]> {
    const digest = `sha256:${(count++).toString(16).padStart(64, '0')}`
    for (const address of addresses) api.addAt('repos/octo-org/web', digest, address)
    const { bundles } = walkAttestations({ url: api.url, token: TOKEN }, { kind: 'repository', name: 'octo-org/web' }, digest)
    const all: ApiBundle[] = []
    for await (const bundle of bundles) all.push(bundle)
    return all
  }
  const at = (host: FakeBundleHost) => `the bundle of an attestation from GitHub at ${new URL(host.url).host}`

  test.each<[string, Buffer, string]>([
    ['snappy, as GitHub serves it', snappy(BUNDLE), 'application/x-snappy'],
    ['snappy, served as bytes', snappy(BUNDLE), 'application/octet-stream'],
    ['raw JSON', Buffer.from(JSON.stringify(BUNDLE)), 'application/json'],
    ['raw JSON, served as bytes', Buffer.from(`\n ${JSON.stringify(BUNDLE)}`), 'application/octet-stream']
  ])('%s: the bundle, fetched with no credential of any kind', async (name, body, contentType) => {
    const address = storage.serve(`/bundles/${name.replaceAll(/\W+/g, '-')}`, body, contentType)
    expect(await readAt(address)).toEqual([{ json: BUNDLE }])
    const request = storage.requests.at(-1)!
    expect(request.path).toBe(address.slice(storage.url.length))
    expect(request.headers).not.toHaveProperty('authorization')
    expect(request.headers).not.toHaveProperty('cookie')
    expect(JSON.stringify(request.headers)).not.toContain(TOKEN)
  })

  test('an inline bundle beside a bundle_url is read inline: the storage is not asked', async () => {
    const digest = `sha256:${'f'.repeat(64)}`
    const before = storage.requests.length
    api.add('repos/octo-org/inline', digest, BUNDLE)
    const { bundles } = walkAttestations({ url: api.url, token: TOKEN }, { kind: 'repository', name: 'octo-org/inline' }, digest)
    const all: ApiBundle[] = []
    for await (const bundle of bundles) all.push(bundle)
    expect(all).toEqual([{ json: BUNDLE }])
    expect(storage.requests.length).toBe(before)
  })

  test('a redirect to another https-or-loopback host is followed, still without credentials', async () => {
    const target = other.serve('/moved', snappy(BUNDLE), 'application/x-snappy')
    const address = storage.redirect('/redirected', target)
    expect(await readAt(address)).toEqual([{ json: BUNDLE }])
    expect(other.requests.at(-1)!.headers).not.toHaveProperty('authorization')
  })

  test('each bad bundle is refused alone, and a good one after it still counts', async () => {
    const bomb = storage.serve('/bomb', snappy(' '.repeat(8 * 1024 * 1024)), 'application/x-snappy')
    const good = storage.serve('/good', snappy(BUNDLE), 'application/x-snappy')
    expect(await readAt(bomb, good)).toEqual([
      { refusal: `${at(storage)} would decompress to ${8 * 1024 * 1024} bytes, more than the 1048576 this action reads: not decompressed` },
      { json: BUNDLE }
    ])
  })

  test.each<[string, () => string, (host: string) => string]>([
    ['no bundle_url', () => '', () => 'an attestation from GitHub holds no bundle, and no bundle_url'],
    ['a bundle_url that is not a URL', () => 'not a url', () => 'an attestation from GitHub has a bundle_url that is not a URL'],
    [
      'http to a host that is not loopback',
      () => 'http://productionresultssa0.blob.core.windows.net/bundle?sig=x',
      () =>
        'the bundle of an attestation from GitHub at productionresultssa0.blob.core.windows.net is not at an https address (http:): it was not fetched'
    ],
    [
      'a redirect to plain http elsewhere',
      () => storage.redirect('/to-http', 'http://bundles.example.test/b'),
      host => `the bundle of an attestation from GitHub at ${host} redirected elsewhere (insecure): not followed`
    ],
    [
      'a header declaring 1 GiB in five bytes',
      // Snappy's header is the decoded length as a varint: 2^30 is 0x80 0x80 0x80 0x80 0x04.
      () => storage.serve('/header-bomb', Buffer.from([0x80, 0x80, 0x80, 0x80, 0x04, 0x00]), 'application/x-snappy'),
      host =>
        `the bundle of an attestation from GitHub at ${host} would decompress to 1073741824 bytes, more than the 1048576 this action reads: not decompressed`
    ],
    [
      'an answer longer than a compressed 1 MiB can be',
      () => storage.serve('/long', Buffer.alloc(MAX_COMPRESSED_BUNDLE_BYTES + 1, 0x61), 'application/x-snappy'),
      host => `the bundle of an attestation from GitHub at ${host} is larger than ${MAX_COMPRESSED_BUNDLE_BYTES} bytes: not read`
    ],
    [
      'raw JSON over 1 MiB',
      () => storage.serve('/big-json', Buffer.from(`{"x":"${'a'.repeat(1024 * 1024)}"}`), 'application/json'),
      host => `the bundle of an attestation from GitHub at ${host} is ${1024 * 1024 + 8} bytes, more than the 1048576 this action reads: not read`
    ],
    [
      'a block shorter than its header says',
      () => storage.serve('/short', Buffer.from([10, 0x08, 0x61, 0x62, 0x63]), 'application/x-snappy'),
      host => `the bundle of an attestation from GitHub at ${host} is not a valid snappy block (snappy: corrupt block)`
    ],
    [
      'a block that is not JSON once decoded',
      () => storage.serve('/not-json', snappy('not json'), 'application/x-snappy'),
      host => `the bundle of an attestation from GitHub at ${host} is not JSON once decoded`
    ]
  ])('%s: refused, the reason saying so', async (_, address, reason) => {
    const before = storage.requests.length
    const all = await readAt(address())
    expect(all).toEqual([{ refusal: reason(new URL(storage.url).host) }])
    if (reason('').includes('https address')) expect(storage.requests.length).toBe(before)
  })

  test.each<[string, () => string, RegExp]>([
    [
      'an expired address (403)',
      () => storage.fail('/expired', 403),
      /^GitHub's storage at localhost:\d+ answered HTTP 403 for the bundle of an attestation \(its address is valid for a short time: run the job again\); nothing was assumed verified$/
    ],
    [
      'storage that cannot be reached',
      () => 'http://127.0.0.1:9/bundle',
      /^Cannot fetch the bundle of an attestation from GitHub at 127\.0\.0\.1:9 \(ECONNREFUSED\): check that the runner reaches 127\.0\.0\.1:9; nothing was assumed verified$/
    ]
  ])('%s: unavailable, which is not a refusal of the bundle', async (_, address, message) => {
    const [only] = await readAt(address())
    expect(only).toEqual({ unavailable: expect.stringMatching(message) })
  })

  test('decodeBundle: what the storage says it serves decides, then the first byte', () => {
    const where = 'the bundle'
    expect(decodeBundle(Buffer.from('{"a":1}'), 'application/json; charset=utf-8', where)).toEqual({ json: { a: 1 } })
    expect(decodeBundle(snappy({ a: 1 }), 'Application/X-Snappy', where)).toEqual({ json: { a: 1 } })
    expect(decodeBundle(snappy({ a: 1 }), '', where)).toEqual({ json: { a: 1 } })
    // JSON text served as snappy is read as snappy, and is not a valid block.
    expect(decodeBundle(Buffer.from('{"a":1}'), 'application/x-snappy', where)).toEqual({
      refusal: 'the bundle is not a valid snappy block (snappy: corrupt block)'
    })
    expect(decodeBundle(Buffer.alloc(0), '', where)).toEqual({ refusal: 'the bundle is neither JSON nor snappy-compressed (snappy: corrupt block)' })
  })
})

/** A one-off server on loopback that answers every request with `answer`; records each request's path and headers. */
async function oneOff(answer: (request: IncomingMessage, response: ServerResponse, count: number) => void) {
  const seen: Array<{ path: string; headers: IncomingMessage['headers'] }> = []
  const server = createServer((request, response) => {
    seen.push({ path: request.url ?? '', headers: request.headers })
    answer(request, response, seen.length)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

describe("GitHub's attestations API: what its answers can be, and what the step says", () => {
  const TOKEN = 'ghs_edges'
  const REPO: AttestationLookup = { kind: 'repository', name: 'octo-org/web' }
  const ORG: AttestationLookup = { kind: 'organization', name: 'octo-org' }
  async function walk(url: string, lookup = REPO, options: { tolerateRefusedToken?: boolean; timeoutMs?: number } = {}) {
    const { walk: said, bundles } = walkAttestations({ url, token: TOKEN, timeoutMs: options.timeoutMs }, lookup, DIGEST, options)
    const all: ApiBundle[] = []
    for await (const bundle of bundles) all.push(bundle)
    return { all, walk: said() }
  }
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => 'no error',
      (error: Error) => `${error.name}: ${error.message}`
    )
  const json = (body: unknown) => (_: IncomingMessage, response: ServerResponse) =>
    response.writeHead(200, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body))

  test('each request carries the token as a Bearer, the API media type and its version', async () => {
    const api = await startAttestationsApi({ token: TOKEN })
    try {
      await walk(api.url)
      expect(api.requests.at(-1)).toEqual({
        path: `/repos/octo-org/web/attestations/${DIGEST}?per_page=16`,
        authorization: `Bearer ${TOKEN}`,
        accept: 'application/vnd.github+json',
        apiVersion: '2022-11-28'
      })
    } finally {
      await api.stop()
    }
  })

  test('with attestation-source: any, a token GitHub refuses is a note, without "nothing was assumed verified"', async () => {
    const api = await startAttestationsApi({ token: TOKEN })
    try {
      api.answerWith(403)
      expect(await walk(api.url, REPO, { tolerateRefusedToken: true })).toEqual({
        all: [],
        walk: {
          found: 0,
          notes: [
            `GitHub's API refused github-token for the attestations of the repository octo-org/web (HTTP 403): the job needs "permissions: attestations: read" (and contents: read for a private repository), and another repository's attestations need a token that can read them`
          ]
        }
      })
      // A rate limit is not a refused token: it fails the step whatever the source.
      api.answerWith(403, { 'x-ratelimit-remaining': '0' })
      expect(await failure(walk(api.url, REPO, { tolerateRefusedToken: true }))).toContain("GithubApiError: GitHub's API rate-limited")
      api.answerWith(403, { 'x-ratelimit-remaining': '10' })
      expect(await failure(walk(api.url, ORG))).toBe(
        `GithubApiError: GitHub's API refused github-token for the attestations of the organization octo-org (HTTP 403): the job needs "permissions: attestations: read" (and contents: read for a private repository), and another repository's attestations need a token that can read them; nothing was assumed verified`
      )
      api.answerWith(502)
      expect(await failure(walk(api.url, ORG))).toBe(
        "GithubApiError: GitHub's API answered HTTP 502 for the attestations of the organization octo-org; nothing was assumed verified"
      )
    } finally {
      await api.stop()
    }
  })

  test('a redirect within the API host is followed with the token; one to another host is refused, and the token is not sent there', async () => {
    const elsewhere = await oneOff(json({ attestations: [] }))
    const api = await oneOff((request, response, count) =>
      count === 1
        ? response.writeHead(301, { location: `/moved${request.url}` }).end()
        : request.url!.startsWith('/moved')
          ? json({ attestations: [{ bundle: { n: 1 } }] })(request, response)
          : response.writeHead(302, { location: `${elsewhere.url}/steal` }).end()
    )
    try {
      expect((await walk(api.url)).all).toEqual([{ json: { n: 1 } }])
      expect(api.seen.map(request => request.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`])
      const host = new URL(api.url).host
      expect(await failure(walk(api.url))).toBe(
        `GithubApiError: GitHub's API at ${host} redirected /repos/octo-org/web/attestations/${DIGEST} elsewhere (host-not-allowed); it was not followed, and the token was not sent there`
      )
      expect(elsewhere.seen).toEqual([])
    } finally {
      await api.stop()
      await elsewhere.stop()
    }
  })

  test('a page larger than 16 bundles of 1 MiB and their JSON is cut off: the step fails, saying so', async () => {
    const api = await oneOff((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(Buffer.alloc(16 * 1024 * 1024 + 64 * 1024 + 1, 0x20))
    })
    try {
      expect(await failure(walk(api.url))).toBe(
        `GithubApiError: Cannot read GitHub's attestations API at ${new URL(api.url).host} (a page of attestations larger than 16842752 bytes): check that the runner reaches ${new URL(api.url).host}; nothing was assumed verified`
      )
    } finally {
      await api.stop()
    }
  })

  test('an API that does not answer in time: the step fails, naming the time', async () => {
    const api = await oneOff(() => undefined)
    try {
      expect(await failure(walk(api.url, REPO, { timeoutMs: 200 }))).toContain(`(no answer within 0.2s): check that the runner reaches`)
    } finally {
      await api.stop()
    }
  })

  test.each(['null', '[]', '"attestations"', '{"attestations": {}}', '{"attestations": null}', 'not json'])(
    'an answer %s is not a list of attestations: the step fails',
    async body => {
      const api = await oneOff(json(body))
      try {
        expect(await failure(walk(api.url))).toBe(
          `GithubApiError: GitHub's API at ${new URL(api.url).host} answered with something other than a list of attestations; nothing was assumed verified`
        )
      } finally {
        await api.stop()
      }
    }
  )

  test('attestations that are not objects, or hold neither a bundle nor a bundle_url, are refused one by one', async () => {
    const exactly = { pad: 'x'.repeat(1024 * 1024 - 10) }
    expect(Buffer.byteLength(JSON.stringify(exactly))).toBe(1024 * 1024)
    const api = await oneOff(
      json({
        attestations: [
          null,
          'bundle',
          { bundle: 'text' },
          { bundle: null, bundle_url: '' },
          { bundle: null, bundle_url: 7 },
          { bundle: exactly },
          { bundle: { ...exactly, pad: `${exactly.pad}x` } }
        ]
      })
    )
    try {
      const none = { refusal: 'an attestation from GitHub holds no bundle, and no bundle_url' }
      expect((await walk(api.url)).all).toEqual([
        none,
        none,
        none,
        none,
        none,
        { json: exactly },
        { refusal: `an attestation from GitHub of ${1024 * 1024 + 1} bytes was not read: more than the 1048576 this action reads` }
      ])
    } finally {
      await api.stop()
    }
  })

  test('GithubApiError says its name', () => {
    expect(new GithubApiError('x').name).toBe('GithubApiError')
  })
})

describe('a bundle_url: the edges of its caps and of what the storage says', () => {
  test("the answer cap is snappy's MaxEncodedLen of 1 MiB: 32 + n + n/6", () => {
    expect(MAX_COMPRESSED_BUNDLE_BYTES).toBe(1_223_370)
  })

  test.each<[string, Buffer, string, ApiBundle]>([
    [
      'JSON served as snappy is read as snappy',
      Buffer.from('{"a":1}'),
      'application/x-snappy ; charset=binary',
      { refusal: 'the bundle is not a valid snappy block (snappy: corrupt block)' }
    ],
    [
      'a bundle of exactly 1 MiB, snappy',
      Buffer.from(compress(Buffer.from(`{"a":"${'x'.repeat(1024 * 1024 - 8)}"}`))),
      'application/x-snappy',
      { json: { a: 'x'.repeat(1024 * 1024 - 8) } }
    ],
    [
      'a bundle of exactly 1 MiB, JSON',
      Buffer.from(`{"a":"${'x'.repeat(1024 * 1024 - 8)}"}`),
      'application/json',
      { json: { a: 'x'.repeat(1024 * 1024 - 8) } }
    ]
  ])('%s', (_, body, contentType, expected) => {
    expect(decodeBundle(body, contentType, 'the bundle')).toEqual(expected)
  })

  test('the storage is asked for snappy or JSON, with a GET, and what it says it sends decides', async () => {
    const storage = await oneOff((_, response) => response.writeHead(200, { 'content-type': 'application/x-snappy' }).end('{"a":1}'))
    try {
      expect(await fetchBundleUrl(`${storage.url}/b?sig=x`, { apiHost: '127.0.0.1:1', timeoutMs: 5_000 })).toEqual({
        refusal: `the bundle of an attestation from GitHub at ${new URL(storage.url).host} is not a valid snappy block (snappy: corrupt block)`
      })
      expect(storage.seen[0]!.headers.accept).toBe('application/x-snappy, application/json')
    } finally {
      await storage.stop()
    }
  })

  test('storage that does not answer in time: unavailable, naming the time', async () => {
    const storage = await oneOff(() => undefined)
    try {
      expect(await fetchBundleUrl(`${storage.url}/b`, { apiHost: '127.0.0.1:1', timeoutMs: 200 })).toEqual({
        unavailable: `Cannot fetch the bundle of an attestation from GitHub at ${new URL(storage.url).host} (no answer within 0.2s): check that the runner reaches ${new URL(storage.url).host}; nothing was assumed verified`
      })
    } finally {
      await storage.stop()
    }
  })

  test('plain http from an API that is not on loopback: refused, even to a loopback host', async () => {
    expect(await fetchBundleUrl('http://127.0.0.1:9/b', { apiHost: 'api.github.com', timeoutMs: 200 })).toEqual({
      refusal: 'the bundle of an attestation from GitHub at 127.0.0.1:9 is not at an https address (http:): it was not fetched'
    })
  })
})
