// The Azure Functions entry, called with @azure/functions request objects as
// the Functions host would, dispatching to a fake GitHub over loopback.
import { HttpRequest } from '@azure/functions'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createRelay } from '../../src/relay/app.js'
import { createHttpHandler } from '../../src/relay/azure-function.js'
import { loadRelayConfig } from '../../src/relay/config.js'
import { fixture } from '../support/fixtures.js'
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js'

const SECRET = 'function-secret-0123456789'
let github: FakeGitHub
let logged: string[]
let handler: ReturnType<typeof createHttpHandler>

beforeEach(async () => {
  github = await startFakeGitHub()
  logged = []
  const config = loadRelayConfig({
    RELAY_SECRET: SECRET,
    GITHUB_TOKEN: 'ghp_functiontoken',
    GITHUB_REPOSITORY: 'org/deploy',
    GITHUB_API_URL: github.url
  })
  handler = createHttpHandler(createRelay(config), line => logged.push(line))
})
afterEach(() => github.close())

function request(init: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Uint8Array }): HttpRequest {
  return new HttpRequest({
    method: init.method ?? 'POST',
    url: `https://relay.azurewebsites.net/api/${init.path ?? ''}`,
    params: { path: init.path ?? '' },
    headers: init.headers ?? {},
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? { string: init.body } : { bytes: init.body }
  })
}

/**
 * Watches what the handler reads of the request's body: every way to read it
 * throws when `forbidden`; otherwise the body is handed out in 64 KiB pieces,
 * one per read, and the bytes taken are counted.
 */
function watchBody(req: HttpRequest, forbidden: boolean): { bytesRead: number } {
  const counter = { bytesRead: 0 }
  const original = req.body
  let watched: ReadableStream<Uint8Array> | undefined
  for (const method of ['text', 'json', 'arrayBuffer', 'blob', 'formData']) {
    Object.defineProperty(req, method, { value: () => Promise.reject(new Error(`the body was read with ${method}()`)) })
  }
  Object.defineProperty(req, 'body', {
    get: () => {
      if (forbidden) throw new Error('the body was read')
      if (!original || watched) return watched ?? original
      const source = original.getReader()
      let pending = new Uint8Array(0)
      return (watched = new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            if (pending.byteLength === 0) {
              const next = await source.read()
              if (next.done) return controller.close()
              pending = next.value
            }
            const piece = pending.subarray(0, 64 * 1024)
            pending = pending.subarray(piece.byteLength)
            counter.bytesRead += piece.byteLength
            controller.enqueue(piece)
          }
        },
        { highWaterMark: 0 }
      ))
    }
  })
  return counter
}

describe('Azure Functions HTTP trigger', () => {
  test('dispatches an ACR webhook and answers 202', async () => {
    const response = await handler(
      request({
        headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(fixture('native-push.json'))
      })
    )
    expect(response.status).toBe(202)
    expect(JSON.parse(response.body as string)).toMatchObject({ dispatched: 1 })
    expect(github.dispatches[0]!.body).toMatchObject({
      event_type: 'acr-push',
      client_payload: { target: { repository: 'team/web', tag: 'v1.4.2' } }
    })
    expect(JSON.parse(logged[0]!)).toMatchObject({ status: 202, events: [{ repository: 'team/web', target: 'org/deploy', githubStatus: 204 }] })
  })

  test("answers Event Grid's validation handshake", async () => {
    const response = await handler(
      request({
        headers: { 'aeg-event-type': 'SubscriptionValidation', 'content-type': 'application/json' },
        body: JSON.stringify([{ eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent', data: { validationCode: 'code-1' } }])
      })
    )
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body as string)).toEqual({ validationResponse: 'code-1' })
  })

  test('answers CloudEvents OPTIONS with the allowed origin', async () => {
    const response = await handler(request({ method: 'OPTIONS', headers: { 'WebHook-Request-Origin': 'eventgrid.azure.net' } }))
    expect(response.status).toBe(200)
    expect((response.headers as Record<string, string>)['webhook-allowed-origin']).toBe('eventgrid.azure.net')
  })

  test.each([
    ['a wrong secret', { authorization: 'Bearer nope', 'content-type': 'application/json', 'content-length': '1048575' }, 401],
    ['no secret', { 'content-type': 'application/json' }, 401],
    ['a wrong content type', { authorization: `Bearer ${SECRET}`, 'content-type': 'text/plain' }, 415],
    [
      'a Content-Length over 1 MiB',
      { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json', 'content-length': String(1024 * 1024 + 1) },
      413
    ]
  ])('%s is refused on the headers, without reading the body', async (_name, headers, status) => {
    const req = request({ headers, body: JSON.stringify(fixture('native-push.json')) })
    watchBody(req, true)
    expect((await handler(req)).status).toBe(status)
    expect(github.attempts).toHaveLength(0)
  })

  test('a body without Content-Length is read only up to the limit', async () => {
    const req = request({
      headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
      body: new Uint8Array(8 * 1024 * 1024).fill(0x20)
    })
    const counter = watchBody(req, false)
    const response = await handler(req)
    expect(response.status).toBe(413)
    // The limit, plus at most the chunk that crossed it.
    expect(counter.bytesRead).toBeGreaterThan(1024 * 1024)
    expect(counter.bytesRead).toBeLessThan(2 * 1024 * 1024)
  })

  test('refuses a wrong secret and serves healthz', async () => {
    const refused = await handler(request({ headers: { authorization: 'Bearer nope', 'content-type': 'application/json' }, body: '{}' }))
    expect(refused.status).toBe(401)
    expect(JSON.parse(logged.at(-1)!)).toMatchObject({ status: 401, error: 'unauthorized: wrong secret' })
    expect(logged.at(-1)).not.toContain('nope')
    expect((await handler(request({ method: 'GET', path: 'healthz' }))).status).toBe(200)
    expect(github.attempts).toHaveLength(0)
  })
})
