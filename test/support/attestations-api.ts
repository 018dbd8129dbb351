// GitHub's attestations API, faked on loopback: GET
// /repos/{owner}/{repo}/attestations/{digest} and
// /orgs/{org}/attestations/{digest}, answering {"attestations": [{bundle,
// repository_id}]} in pages of `perPage` with a Link: <…>; rel="next" header
// as GitHub paginates, 404 when it holds none. It records every request's
// path and Authorization header, and can be told to answer a status instead.
// An attestation may hold no bundle but a bundle_url, as GitHub's answers
// can: startBundleHost is the blob storage such an address points at, a
// second server on loopback that records every header it was sent.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeAttestationsApi {
  /** http://127.0.0.1:<port>, as GITHUB_API_URL. */
  readonly url: string
  /** Each request: its path and the Authorization, Accept and X-GitHub-Api-Version headers it carried. */
  readonly requests: Array<{ path: string; authorization?: string; accept?: string; apiVersion?: string }>
  /** Holds `bundle` for `scope` ("repos/octo-org/web" or "orgs/octo-org") and `digest`. */
  add(scope: string, digest: string, bundle: object): void
  /** Holds an attestation with `"bundle": null` and this `bundle_url`, as GitHub answers for bundles it keeps in blob storage. */
  addAt(scope: string, digest: string, bundleUrl: string): void
  /** Answers every request with this status from now on (undefined: normally again). */
  answerWith(status: number | undefined, headers?: Record<string, string>): void
  stop(): Promise<void>
}

export async function startAttestationsApi(options: { token: string; perPage?: number }): Promise<FakeAttestationsApi> {
  const held = new Map<string, Array<{ bundle: object | null; bundle_url?: string }>>()
  const requests: FakeAttestationsApi['requests'] = []
  let forced: { status: number; headers: Record<string, string> } | undefined
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://api.test')
    requests.push({
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
      accept: request.headers.accept,
      apiVersion: request.headers['x-github-api-version'] as string | undefined
    })
    if (forced) return response.writeHead(forced.status, forced.headers).end('{"message":"forced"}')
    if (request.headers.authorization !== `Bearer ${options.token}`) {
      return response.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"Bad credentials"}')
    }
    const match = /^\/((?:repos\/[^/]+\/[^/]+)|(?:orgs\/[^/]+))\/attestations\/(sha256:[a-f0-9]{64})$/.exec(url.pathname)
    const all = match ? (held.get(`${match[1]}@${match[2]}`) ?? []) : []
    if (all.length === 0) return response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}')
    const perPage = options.perPage ?? Number(url.searchParams.get('per_page') ?? 30)
    const page = Number(url.searchParams.get('page') ?? 1)
    const slice = all.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (page * perPage < all.length) headers.link = `<${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`
    response.writeHead(200, headers).end(JSON.stringify({ attestations: slice.map(attestation => ({ ...attestation, repository_id: 1 })) }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    add(scope, digest, bundle) {
      const key = `${scope}@${digest}`
      held.set(key, [...(held.get(key) ?? []), { bundle }])
    },
    addAt(scope, digest, bundleUrl) {
      const key = `${scope}@${digest}`
      held.set(key, [...(held.get(key) ?? []), { bundle: null, bundle_url: bundleUrl }])
    },
    answerWith(status, headers = {}) {
      forced = status === undefined ? undefined : { status, headers }
    },
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

export interface FakeBundleHost {
  /** http://localhost:<port>: another host than the API's 127.0.0.1, as blob storage is. */
  readonly url: string
  /** Each request: its path (with the pre-signed query) and every header it carried. */
  readonly requests: Array<{ path: string; headers: IncomingHttpHeaders }>
  /** Serves `body` at `path` with this Content-Type; returns the address, with a query as a pre-signed one has. */
  serve(path: string, body: Buffer, contentType: string): string
  /** Answers `path` with a redirect to `location`. */
  redirect(path: string, location: string): string
  /** Answers `path` with this status and no bundle. */
  fail(path: string, status: number): string
  stop(): Promise<void>
}

export async function startBundleHost(): Promise<FakeBundleHost> {
  const answers = new Map<string, { status: number; headers: Record<string, string>; body: Buffer }>()
  const requests: FakeBundleHost['requests'] = []
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bundles.test')
    requests.push({ path: url.pathname + url.search, headers: request.headers })
    const answer = answers.get(url.pathname)
    if (!answer) return response.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>BlobNotFound</Code></Error>')
    response.writeHead(answer.status, answer.headers).end(answer.body)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const url = `http://localhost:${(server.address() as AddressInfo).port}`
  const address = (path: string) => `${url}${path}?sv=2025-01-05&se=2099-01-01T00%3A00%3A00Z&sp=r&sig=pre-signed`
  return {
    url,
    requests,
    serve(path, body, contentType) {
      answers.set(path, { status: 200, headers: { 'content-type': contentType }, body })
      return address(path)
    },
    redirect(path, location) {
      answers.set(path, { status: 302, headers: { location }, body: Buffer.alloc(0) })
      return address(path)
    },
    fail(path, status) {
      answers.set(path, {
        status,
        headers: { 'content-type': 'application/xml' },
        body: Buffer.from('<Error><Code>AuthenticationFailed</Code></Error>')
      })
      return address(path)
    },
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
