// GitHub's attestations API, where actions/attest-build-provenance keeps
// attestations by default: GET /repos/{owner}/{repo}/attestations/{digest}
// (gh attestation verify --repo) or /orgs/{owner}/attestations/{digest}
// (--owner), paginated, on the host of GITHUB_API_URL (GitHub.com, GHE.com,
// Enterprise Server). The token goes to that host alone, over https (plain
// http only on loopback); redirects are followed only within that host. What
// the API holds is what anyone who could attest wrote: every bundle is
// verified and judged as a referrer's is, and capped alike (count and bytes).
// An attestation whose bundle is kept at a bundle_url is fetched from there,
// without the token (bundle-url.ts). A lazy chunk: only steps that ask the
// API load it; bundle-url.ts and its snappy decoder are another, loaded only
// when an attestation has no inline bundle.
import type { OutgoingHttpHeaders } from 'node:http'
import { isSecureHop, RedirectRefused, sendFollowingRedirects, TransportError, type HttpAnswer } from '../../http/transport.js'
import type { AttestationLookup } from '../policy/parse.js'
import type { FetchedBundle } from './bundle-url.js'
import { nextPage } from './referrers.js'
import { MAX_SIGNATURE_BYTES, MAX_SIGNATURES } from './referrers.js'

/** Pages of attestations followed; each holds up to MAX_SIGNATURES bundles. */
export const MAX_ATTESTATION_PAGES = 4
/** A page holds at most MAX_SIGNATURES bundles of at most MAX_SIGNATURE_BYTES each, and its JSON around them. */
const MAX_PAGE_BYTES = MAX_SIGNATURES * MAX_SIGNATURE_BYTES + 64 * 1024
const DEFAULT_TIMEOUT_MS = 15_000

/** A failure that fails the step: GitHub could not say which attestations it holds. */
export class GithubApiError extends Error {
  override readonly name = 'GithubApiError'
  constructor(
    message: string,
    /** The token was refused (401, 403 without a rate limit): the job lacks the permission, rather than GitHub an answer. */
    readonly tokenRefused = false
  ) {
    super(message)
  }
}

export interface GithubApi {
  /** GITHUB_API_URL: https://api.github.com, https://api.<subdomain>.ghe.com, https://<host>/api/v3. */
  readonly url: string
  /** github-token: sent to that host alone. */
  readonly token: string
  readonly timeoutMs?: number
}

/**
 * One bundle as the API holds it, or why it was refused before verification,
 * or why it could not be had (its storage did not answer: that fails the
 * step, unless another bundle passes).
 */
export type ApiBundle = FetchedBundle

export interface AttestationWalk {
  /** Bundles read so far, refused or not. */
  readonly found: number
  readonly notes: readonly string[]
}

/** The API's base URL, checked: https, or http on a loopback host; refused otherwise, naming GITHUB_API_URL. */
export function apiBase(url: string): URL {
  let base: URL
  try {
    base = new URL(url.replace(/\/+$/, '') + '/')
  } catch {
    throw new GithubApiError(`GITHUB_API_URL is not a URL (${JSON.stringify(url)}); the attestations API cannot be asked`)
  }
  if (!isSecureHop(base, base.host)) {
    throw new GithubApiError(
      `GITHUB_API_URL ${base.origin} is not https: the token is sent over https only (plain http only to localhost, 127.0.0.1 or [::1]); no request was made`
    )
  }
  return base
}

/** Where the lookup asks, for reasons: "GitHub's attestations of octo-org/web". */
export function describeLookup(lookup: AttestationLookup): string {
  return lookup.kind === 'repository' ? `GitHub's attestations of ${lookup.name}` : `GitHub's attestations of the organization ${lookup.name}`
}

/**
 * The bundles GitHub holds for `digest`, one at a time, up to MAX_SIGNATURES
 * across MAX_ATTESTATION_PAGES pages; what the caps hide is said in
 * `walk().notes`. A 404 is "none"; a token GitHub refuses, a rate limit or
 * an answer that is not the API's fails the step (GithubApiError).
 */
export function walkAttestations(
  api: GithubApi,
  lookup: AttestationLookup,
  digest: string,
  /**
   * attestation-source: any. A token GitHub refuses (a job without
   * attestations: read, which steps written for the registry alone do not
   * have) is said in the notes instead of failing the step: the registry was
   * asked, and nothing passes unverified either way.
   */
  options: { readonly tolerateRefusedToken?: boolean } = {}
): { walk: () => AttestationWalk; bundles: AsyncGenerator<ApiBundle> } {
  const notes: string[] = []
  let found = 0
  async function* bundles(): AsyncGenerator<ApiBundle> {
    const base = apiBase(api.url)
    if (!digest.startsWith('sha256:')) {
      notes.push(`GitHub's attestations API was not asked: it looks attestations up by sha256 digest, and ${digest} is not one`)
      return
    }
    const scope = lookup.kind === 'repository' ? `repos/${lookup.name}` : `orgs/${lookup.name}`
    const first = new URL(`${scope}/attestations/${digest}`, base)
    let next: string | undefined = `${first.pathname}?per_page=${MAX_SIGNATURES}`
    for (let page = 0; next !== undefined; page++) {
      if (page === MAX_ATTESTATION_PAGES) {
        notes.push(`GitHub holds more attestations than the ${MAX_ATTESTATION_PAGES} pages read`)
        return
      }
      const answer = await get(api, base, new URL(next, base))
      if (answer.status === 404) return
      try {
        checkStatus(answer, lookup)
      } catch (error) {
        if (!(options.tolerateRefusedToken && error instanceof GithubApiError && error.tokenRefused)) throw error
        notes.push(error.message.replace(/; nothing was assumed verified$/, ''))
        return
      }
      const attestations = readPage(answer.body, base)
      for (const [index, attestation] of attestations.entries()) {
        if (found >= MAX_SIGNATURES) {
          notes.push(`${attestations.length - index} more attestations from GitHub were not read (at most ${MAX_SIGNATURES} are)`)
          return
        }
        found++
        yield await bundleOf(attestation, base.host, api.timeoutMs ?? DEFAULT_TIMEOUT_MS)
      }
      next = nextPage(answer.headers.link, base.host, first.pathname)
    }
  }
  return { walk: () => ({ found, notes }), bundles: bundles() }
}

async function get(api: GithubApi, base: URL, url: URL): Promise<HttpAnswer> {
  const headers: OutgoingHttpHeaders = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${api.token}`,
    'x-github-api-version': '2022-11-28'
  }
  try {
    return await sendFollowingRedirects(
      url,
      { method: 'GET', headers, maxBytes: MAX_PAGE_BYTES, timeoutMs: api.timeoutMs ?? DEFAULT_TIMEOUT_MS },
      // Within the API's host only: the token is GitHub's, and is never sent elsewhere.
      { maxRedirects: 3, allows: host => host === base.host }
    )
  } catch (error) {
    if (error instanceof RedirectRefused) {
      throw new GithubApiError(
        `GitHub's API at ${base.host} redirected ${error.from.pathname} elsewhere (${error.refusal.kind}); it was not followed, and the token was not sent there`
      )
    }
    if (error instanceof TransportError) {
      const failure = error.failure
      const why =
        failure.kind === 'too-large'
          ? `a page of attestations larger than ${failure.maxBytes} bytes`
          : failure.timedOut
            ? `no answer within ${(api.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000}s`
            : (failure.code ?? failure.message)
      throw new GithubApiError(
        `Cannot read GitHub's attestations API at ${base.host} (${why}): check that the runner reaches ${base.host}; nothing was assumed verified`
      )
    }
    throw error
  }
}

function checkStatus(answer: HttpAnswer, lookup: AttestationLookup): void {
  if (answer.status === 200) return
  const where = lookup.kind === 'repository' ? `the repository ${lookup.name}` : `the organization ${lookup.name}`
  const header = (name: string) => {
    const value = answer.headers[name]
    return Array.isArray(value) ? value[0] : value
  }
  if (answer.status === 429 || (answer.status === 403 && (header('x-ratelimit-remaining') === '0' || header('retry-after') !== undefined))) {
    throw new GithubApiError(
      `GitHub's API rate-limited the attestations lookup of ${where} (HTTP ${answer.status}); run the job again later, or give github-token a token with a larger limit; nothing was assumed verified`
    )
  }
  if (answer.status === 401 || answer.status === 403) {
    throw new GithubApiError(
      `GitHub's API refused github-token for the attestations of ${where} (HTTP ${answer.status}): the job needs "permissions: attestations: read" (and contents: read for a private repository), and another repository's attestations need a token that can read them; nothing was assumed verified`,
      true
    )
  }
  throw new GithubApiError(`GitHub's API answered HTTP ${answer.status} for the attestations of ${where}; nothing was assumed verified`)
}

function readPage(body: Buffer, base: URL): unknown[] {
  let page: unknown
  try {
    page = JSON.parse(body.toString('utf8'))
  } catch {
    page = undefined
  }
  const attestations = (page as { attestations?: unknown } | undefined)?.attestations
  if (typeof page !== 'object' || page === null || !Array.isArray(attestations)) {
    throw new GithubApiError(`GitHub's API at ${base.host} answered with something other than a list of attestations; nothing was assumed verified`)
  }
  return attestations
}

/** The attestation's bundle: inline, or fetched from its bundle_url when the API holds none inline. */
async function bundleOf(attestation: unknown, apiHost: string, timeoutMs: number): Promise<ApiBundle> {
  const { bundle, bundle_url: bundleUrl } = (typeof attestation === 'object' && attestation !== null ? attestation : {}) as {
    bundle?: unknown
    bundle_url?: unknown
  }
  if (typeof bundle !== 'object' || bundle === null) {
    if (typeof bundleUrl === 'string' && bundleUrl !== '') {
      const { fetchBundleUrl } = await import('./bundle-url.js')
      return fetchBundleUrl(bundleUrl, { apiHost, timeoutMs })
    }
    return { refusal: 'an attestation from GitHub holds no bundle, and no bundle_url' }
  }
  const bytes = Buffer.byteLength(JSON.stringify(bundle))
  if (bytes > MAX_SIGNATURE_BYTES) {
    return { refusal: `an attestation from GitHub of ${bytes} bytes was not read: more than the ${MAX_SIGNATURE_BYTES} this action reads` }
  }
  return { json: bundle }
}
