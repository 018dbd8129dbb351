// The one HTTP stack to GitHub: dispatches and the App's token mints both go
// out here, over one keep-alive agent, each bounded by the AbortSignal its
// caller gives (the dispatch's deadline, and in storage mode its lease).
// @octokit/auth-app reaches it through `fetchOver`, the fetch it is given.
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { urlToHttpOptions } from 'node:url'

export const USER_AGENT = 'acr-webhook-relay'

export interface HttpAnswer {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  /** The body of a refusal (it tells a rate limit from the rest); empty for a 2xx, which is not read. */
  readonly text: string
}

export interface GitHubRequest {
  readonly method: string
  /** Below the API URL: /repos/o/r/dispatches. */
  readonly path: string
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string
  /** Whether a 2xx body is wanted (a token mint's is; a dispatch's 204 has none). */
  readonly readBody?: boolean
}

export type HttpSend = (request: GitHubRequest, signal: AbortSignal) => Promise<HttpAnswer>

/**
 * POSTs over keep-alive connections with Node's http client. fetch (undici)
 * cost the relay more than twice the CPU per dispatch under load (160 µs
 * against 67 µs a request, npm run bench:relay), most of it in its streams and
 * the garbage they leave.
 */
export function createHttpSend(apiUrl: string): HttpSend {
  // Parsed once: a URL per request showed in the profile. The base path keeps GitHub Enterprise Server's /api/v3.
  const url = new URL(apiUrl)
  const base = urlToHttpOptions(url)
  const basePath = url.pathname.replace(/\/$/, '')
  const secure = base.protocol === 'https:'
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true })
  const send = secure ? httpsRequest : httpRequest
  return (request, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(abortReason(signal))
      // In rawHeaders form, which Node writes as given instead of setting each header in turn.
      const headers = ['host', url.host, 'user-agent', USER_AGENT]
      for (const name in request.headers) headers.push(name, request.headers[name]!)
      if (request.body !== undefined) headers.push('content-length', String(Buffer.byteLength(request.body)))
      const options = {
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port,
        path: basePath + request.path,
        method: request.method,
        agent,
        headers
      }
      const outgoing = send(options, res => {
        const status = res.statusCode ?? 0
        let text = ''
        // An accepted dispatch has no body worth reading; a refusal's body tells a rate limit from the rest.
        if (status >= 200 && status < 300 && !request.readBody) res.resume()
        else {
          res.setEncoding('utf8')
          res.on('data', chunk => (text += chunk))
        }
        res.on('end', () => {
          signal.removeEventListener('abort', onAbort)
          resolve({ status, headers: res.headers, text })
        })
        res.on('error', error => {
          signal.removeEventListener('abort', onAbort)
          reject(error)
        })
      })
      const onAbort = () => outgoing.destroy(abortReason(signal))
      signal.addEventListener('abort', onAbort, { once: true })
      outgoing.on('error', error => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      })
      outgoing.end(request.body)
    })
}

/** The error an aborted request ends with: the reason the signal carries ("no answer before the deadline"). */
function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason))
}

/**
 * A fetch for @octokit/request (the App's token mints), over `send`: the
 * same agent, the same signal, and every answer seen by `send`'s caller
 * before octokit reads it.
 */
export function fetchOver(send: (request: GitHubRequest, signal: AbortSignal | undefined) => Promise<HttpAnswer>, apiUrl: string) {
  const prefix = new URL(apiUrl).href.replace(/\/$/, '')
  return async (input: string | URL, init: { method?: string; headers?: unknown; body?: unknown; signal?: AbortSignal | null } = {}) => {
    const href = String(input)
    const path = href.startsWith(prefix) ? href.slice(prefix.length) : new URL(href).pathname
    const headers: Record<string, string> = {}
    for (const [name, value] of Object.entries((init.headers ?? {}) as Record<string, string>)) {
      // The agent sets these itself.
      if (name.toLowerCase() !== 'user-agent' && name.toLowerCase() !== 'content-length') headers[name.toLowerCase()] = String(value)
    }
    const body = typeof init.body === 'string' ? init.body : undefined
    const answer = await send({ method: init.method ?? 'GET', path, headers, body, readBody: true }, init.signal ?? undefined)
    const responseHeaders = new Headers()
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value)
    }
    // 204 and 304 may carry no body.
    return new Response(answer.status === 204 || answer.status === 304 ? null : answer.text, { status: answer.status, headers: responseHeaders })
  }
}
