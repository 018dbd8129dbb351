// Where bundles come from, without a registry: the referrers API's Link
// header, and GitHub's attestations API against a fake of it on loopback
// (pages, caps, refusals). The registry path runs against a real registry in
// attestation.e2e.test.ts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { AttestationLookup } from '../../../src/action/trust/policy/parse.js'
import { apiBase, describeLookup, GithubApiError, walkAttestations, type ApiBundle } from '../../../src/action/trust/sources/github-api.js'
import { nextPage } from '../../../src/action/trust/sources/referrers.js'
import { startAttestationsApi, type FakeAttestationsApi } from '../../support/attestations-api.js'

const HOST = 'myregistry.azurecr.io'
const PATH = `/v2/team/web/referrers/sha256:${'a'.repeat(64)}`
const DIGEST = `sha256:${'b'.repeat(64)}`

describe('nextPage (RFC 8288 Link, rel="next")', () => {
  test.each<[string | string[] | undefined, string | undefined]>([
    [undefined, undefined],
    ['', undefined],
    [`<${PATH}?n=2&last=x>; rel="next"`, `${PATH}?n=2&last=x`],
    [`<${PATH}?last=x>; rel=next`, `${PATH}?last=x`],
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
    ['http://localhost:8080', 'http://localhost:8080/']
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
