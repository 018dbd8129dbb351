// GitHub's attestations API, faked on loopback: GET
// /repos/{owner}/{repo}/attestations/{digest} and
// /orgs/{org}/attestations/{digest}, answering {"attestations": [{bundle,
// repository_id}]} in pages of `perPage` with a Link: <…>; rel="next" header
// as GitHub paginates, 404 when it holds none. It records every request's
// path and Authorization header, and can be told to answer a status instead.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeAttestationsApi {
  /** http://127.0.0.1:<port>, as GITHUB_API_URL. */
  readonly url: string
  /** Each request: its path and the Authorization header it carried. */
  readonly requests: Array<{ path: string; authorization?: string }>
  /** Holds `bundle` for `scope` ("repos/octo-org/web" or "orgs/octo-org") and `digest`. */
  add(scope: string, digest: string, bundle: object): void
  /** Answers every request with this status from now on (undefined: normally again). */
  answerWith(status: number | undefined, headers?: Record<string, string>): void
  stop(): Promise<void>
}

export async function startAttestationsApi(options: { token: string; perPage?: number }): Promise<FakeAttestationsApi> {
  const held = new Map<string, object[]>()
  const requests: FakeAttestationsApi['requests'] = []
  let forced: { status: number; headers: Record<string, string> } | undefined
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://api.test')
    requests.push({ path: url.pathname + url.search, authorization: request.headers.authorization })
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
    response.writeHead(200, headers).end(JSON.stringify({ attestations: slice.map(bundle => ({ bundle, repository_id: 1 })) }))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    add(scope, digest, bundle) {
      const key = `${scope}@${digest}`
      held.set(key, [...(held.get(key) ?? []), bundle])
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
