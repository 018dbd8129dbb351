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
  const config = loadRelayConfig({ RELAY_SECRET: SECRET, GITHUB_TOKEN: 'ghp_functiontoken', GITHUB_REPOSITORY: 'org/deploy', GITHUB_API_URL: github.url })
  handler = createHttpHandler(createRelay(config), line => logged.push(line))
})
afterEach(() => github.close())

function request(init: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): HttpRequest {
  return new HttpRequest({
    method: init.method ?? 'POST',
    url: `https://relay.azurewebsites.net/api/${init.path ?? ''}`,
    params: { path: init.path ?? '' },
    headers: init.headers ?? {},
    body: init.body === undefined ? undefined : { string: init.body }
  })
}

describe('Azure Functions HTTP trigger', () => {
  test('dispatches an ACR webhook and answers 202', async () => {
    const response = await handler(
      request({ headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' }, body: JSON.stringify(fixture('native-push.json')) })
    )
    expect(response.status).toBe(202)
    expect(JSON.parse(response.body as string)).toMatchObject({ dispatched: 1 })
    expect(github.dispatches[0]!.body).toMatchObject({ event_type: 'acr-push', client_payload: { target: { repository: 'team/web', tag: 'v1.4.2' } } })
    expect(JSON.parse(logged[0]!)).toMatchObject({ status: 202, events: [{ repository: 'team/web', target: 'org/deploy', githubStatus: 204 }] })
  })

  test('answers Event Grid\'s validation handshake', async () => {
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

  test('refuses a wrong secret and serves healthz', async () => {
    const refused = await handler(request({ headers: { authorization: 'Bearer nope', 'content-type': 'application/json' }, body: '{}' }))
    expect(refused.status).toBe(401)
    expect((await handler(request({ method: 'GET', path: 'healthz' }))).status).toBe(200)
    expect(github.attempts).toHaveLength(0)
  })
})
