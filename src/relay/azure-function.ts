// The relay as an Azure Functions (v4 programming model) HTTP trigger.
import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions'
import { loadRelayConfig } from './config.js'
import { createRelay } from './app.js'
import type { RelayCore } from './core.js'

export function createHttpHandler(core: RelayCore, log: (line: string) => void = line => console.log(line)) {
  return async (request: HttpRequest): Promise<HttpResponseInit> => {
    const headers: Record<string, string> = {}
    request.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value
    })
    const { response, log: line } = await core.handle({
      method: request.method,
      path: `/${request.params.path ?? ''}`,
      headers,
      body: await request.text()
    })
    log(JSON.stringify(line))
    return {
      status: response.status,
      headers: { ...(response.body === undefined ? {} : { 'content-type': 'application/json' }), ...response.headers },
      body: response.body === undefined ? undefined : JSON.stringify(response.body)
    }
  }
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
