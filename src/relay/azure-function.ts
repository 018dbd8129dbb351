// The relay as an Azure Functions (v4 programming model) HTTP trigger.
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions'
import { loadRelayConfig } from './config.js'
import { createRelay } from './app.js'
import { bodyTooLarge, type RelayCore, type RelayRequestHead, type RelayResponse } from './core.js'

export function createHttpHandler(core: RelayCore, log: (line: string) => void = line => console.log(line)) {
  return async (request: HttpRequest): Promise<HttpResponseInit> => {
    const headers: Record<string, string> = {}
    request.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value
    })
    const head: RelayRequestHead = { method: request.method, path: `/${request.params.path ?? ''}`, headers }
    // As the Node host: the headers first, and a body only when they pass, read up to its limit.
    const decided = core.decideOnHead(head)
    if (typeof decided !== 'number') return answer(decided, head, log)
    const body = await readBody(request, decided)
    if (body === undefined) return answer(bodyTooLarge(decided), head, log)
    const { response, log: line } = await core.handle({ ...head, body }, decided)
    log(JSON.stringify(line))
    return toHttpResponse(response)
  }
}

function answer(response: RelayResponse, head: RelayRequestHead, log: (line: string) => void): HttpResponseInit {
  log(JSON.stringify({ method: head.method, path: head.path, status: response.status, durationMs: 0, events: [] }))
  return toHttpResponse(response)
}

function toHttpResponse(response: RelayResponse): HttpResponseInit {
  return {
    status: response.status,
    headers: { ...(response.body === undefined ? {} : { 'content-type': 'application/json' }), ...response.headers },
    body: response.body === undefined ? undefined : JSON.stringify(response.body)
  }
}

/** The body as text, or undefined as soon as it exceeds `limit`: read chunk by chunk, never whole first. */
async function readBody(request: HttpRequest, limit: number): Promise<string | undefined> {
  const stream = request.body
  if (!stream) return ''
  const reader = (stream as ReadableStream<Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Registers the function; app settings are the environment, as for the Node server. */
export function registerRelayFunction(env: NodeJS.ProcessEnv = process.env): void {
  const handler = createHttpHandler(createRelay(loadRelayConfig(env)))
  app.http('acr-relay', {
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    authLevel: 'anonymous',
    // /api/ for deliveries, /api/healthz for probes.
    route: '{*path}',
    handler
  })
}
