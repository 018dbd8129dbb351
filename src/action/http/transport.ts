// One HTTP request and its redirects, for the two clients verify uses (a
// registry's distribution API, GitHub's attestations API): Node's http and
// https only, every answer capped in bytes and time, every hop checked
// against one rule (https, or plain http between loopback names) and the
// caller's list of hosts before any connection. No wording here: failures
// are typed, and each client says them in its own terms.
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'

export interface HttpAnswer {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: Buffer
}

/** Hosts reached over plain http: the loopback names only. Every real registry and API is https. */
export function isLoopbackHost(hostWithPort: string): boolean {
  const host = hostWithPort.startsWith('[') ? hostWithPort.slice(0, hostWithPort.indexOf(']') + 1) : hostWithPort.replace(/:\d+$/, '')
  return ['127.0.0.1', 'localhost', '[::1]'].includes(host.toLowerCase())
}

/**
 * The one rule for every address a client is sent to (a base URL, a token
 * realm, a redirect): https, or http from a loopback host to a loopback
 * host; never with credentials in the URL.
 */
export function isSecureHop(next: URL, fromHost: string): boolean {
  if (next.username !== '' || next.password !== '') return false
  return next.protocol === 'https:' || (next.protocol === 'http:' && isLoopbackHost(next.host) && isLoopbackHost(fromHost))
}

/** The scheme a host is reached with: https, http for loopback names. */
export function originOf(host: string): string {
  return `${isLoopbackHost(host) ? 'http' : 'https'}://${host}`
}

/** A kept-alive agent for one host's requests, of the scheme that host is reached with. */
export function agentFor(host: string): HttpAgent {
  return isLoopbackHost(host) ? new HttpAgent({ keepAlive: true }) : new HttpsAgent({ keepAlive: true })
}

/** Why a request got no usable answer. */
export type TransportFailure =
  /** The answer was longer than the cap: cut off, unread. */
  | { readonly kind: 'too-large'; readonly maxBytes: number }
  /** No connection, a reset, a TLS failure or no answer in time. */
  | { readonly kind: 'unreachable'; readonly code?: string; readonly timedOut: boolean; readonly message: string }

export class TransportError extends Error {
  override readonly name = 'TransportError'
  constructor(
    readonly url: URL,
    readonly failure: TransportFailure
  ) {
    super(failure.kind === 'too-large' ? `answer larger than ${failure.maxBytes} bytes` : failure.message)
  }
}

export interface HttpRequest {
  readonly method: string
  readonly headers: OutgoingHttpHeaders
  /** Sent once, with its length; never to another host (see followRedirects). */
  readonly body?: string
  readonly maxBytes: number
  readonly timeoutMs: number
  /** The kept-alive agent, for requests to its own host; others go on a connection of their own. */
  readonly agent?: HttpAgent
}

/**
 * One request, one answer, read whole up to `maxBytes`. An answer that runs
 * past the cap is a TransportError (too-large), and its connection is closed
 * without an error event: on a kept-alive socket, `destroy(error)` after the
 * answer ended raised an 'error' no one listened to, and ended the process.
 */
export function send(url: URL, request: HttpRequest): Promise<HttpAnswer> {
  const sendWith = url.protocol === 'http:' ? httpRequest : httpsRequest
  return new Promise((resolve, reject) => {
    let settled = false
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      outcome()
    }
    const outgoing = sendWith(
      url,
      {
        method: request.method,
        headers: {
          'user-agent': 'acr-webhook-action',
          ...request.headers,
          ...(request.body === undefined ? {} : { 'content-length': Buffer.byteLength(request.body) })
        },
        agent: request.agent,
        signal: AbortSignal.timeout(request.timeoutMs)
      },
      response => {
        const chunks: Buffer[] = []
        let length = 0
        response.on('data', (chunk: Buffer) => {
          if (settled) return
          length += chunk.length
          if (length > request.maxBytes) {
            settle(() => reject(new TransportError(url, { kind: 'too-large', maxBytes: request.maxBytes })))
            // Without an error: the socket is not reused, and nothing is left to raise.
            outgoing.destroy()
            return
          }
          chunks.push(chunk)
        })
        response.on('end', () => settle(() => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) })))
        response.on('error', error => settle(() => reject(unreachable(url, error))))
        response.on('close', () => settle(() => reject(unreachable(url, new Error('the connection closed before the answer ended')))))
      }
    )
    outgoing.on('error', error => settle(() => reject(unreachable(url, error))))
    outgoing.end(request.body)
  })
}

function unreachable(url: URL, error: Error): TransportError {
  const code = (error as NodeJS.ErrnoException).code
  const timedOut = error.name === 'TimeoutError' || code === 'ABORT_ERR'
  return new TransportError(url, { kind: 'unreachable', code, timedOut, message: error.message })
}

/** A redirect that was not followed, and why. */
export type RedirectRefusal =
  | { readonly kind: 'too-many'; readonly max: number }
  | { readonly kind: 'not-a-url' }
  | { readonly kind: 'insecure'; readonly next: URL }
  | { readonly kind: 'host-not-allowed'; readonly next: URL }
  /** The request carries a secret in its body (a refresh token): never sent to another host. */
  | { readonly kind: 'body-to-another-host'; readonly next: URL }

export class RedirectRefused extends Error {
  override readonly name = 'RedirectRefused'
  constructor(
    /** The hop that answered with the redirect. */
    readonly from: URL,
    readonly method: string,
    readonly refusal: RedirectRefusal
  ) {
    super(`redirect refused: ${refusal.kind}`)
  }
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

export interface RedirectPolicy {
  readonly maxRedirects: number
  /** Whether a hop may go to this host (`host[:port]`), asked before any connection. */
  readonly allows: (host: string) => boolean
  /** The agent for requests to `host`, when there is one. */
  readonly agentFor?: (host: string) => HttpAgent | undefined
}

/**
 * A request and the redirects it answers with, each hop checked before it is
 * made: secure (isSecureHop) and to a host the policy allows. The
 * Authorization header does not cross to another host, and a body is never
 * sent to another host at all. 303, and 301/302 after a POST, turn into a GET
 * without a body, as clients have always done.
 */
export async function sendFollowingRedirects(url: URL, request: HttpRequest, policy: RedirectPolicy): Promise<HttpAnswer> {
  let hop = { url, request }
  for (let redirects = 0; ; redirects++) {
    const answer = await send(hop.url, { ...hop.request, agent: policy.agentFor?.(hop.url.host) })
    const location = REDIRECT_STATUSES.has(answer.status) ? headerText(answer.headers.location) : ''
    if (location === '') return answer
    const refuse = (refusal: RedirectRefusal) => new RedirectRefused(hop.url, hop.request.method, refusal)
    if (redirects === policy.maxRedirects) throw refuse({ kind: 'too-many', max: policy.maxRedirects })
    let next: URL
    try {
      next = new URL(location, hop.url)
    } catch {
      throw refuse({ kind: 'not-a-url' })
    }
    if (!isSecureHop(next, hop.url.host)) throw refuse({ kind: 'insecure', next })
    if (!policy.allows(next.host)) throw refuse({ kind: 'host-not-allowed', next })
    const crossHost = next.host !== hop.url.host
    if (crossHost && hop.request.body !== undefined) throw refuse({ kind: 'body-to-another-host', next })
    const asGet = answer.status === 303 || ((answer.status === 301 || answer.status === 302) && hop.request.method === 'POST')
    const { authorization, ...withoutAuthorization } = hop.request.headers
    hop = {
      url: next,
      request: {
        ...hop.request,
        method: asGet ? 'GET' : hop.request.method,
        headers: crossHost ? withoutAuthorization : hop.request.headers,
        body: asGet ? undefined : hop.request.body
      }
    }
  }
}

export function headerText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : (value ?? '')
}
