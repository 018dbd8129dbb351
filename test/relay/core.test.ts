// The relay's request handling, without a network: a recording dispatcher
// stands where GitHub would be.
import { describe, expect, test } from 'vitest'
import { GlobList } from '../../src/glob-list.js'
import { RelayCore, DUPLICATE_WINDOW_MS, MAX_BODY_BYTES, type Dispatch, type DispatchResult, type RelayRequest } from '../../src/relay/core.js'
import { fixture, fixtureNames } from '../support/fixtures.js'

const SECRET = 'core-secret-0123456789'
const accepted: DispatchResult = { ok: true, status: 204, attempts: 1, retryable: false }

function makeCore(
  options: {
    answer?: (d: Dispatch) => Promise<DispatchResult> | DispatchResult
    routes?: Array<[string, string]>
    now?: () => number
    maxRememberedEvents?: number
  } = {}
) {
  const sent: Dispatch[] = []
  const routes = (options.routes ?? [['**', 'org/deploy']]).map(([glob, target]) => ({ repositories: new GlobList([glob]), target }))
  const core = new RelayCore({
    secret: SECRET,
    routes,
    eventTypePrefix: 'acr-',
    now: options.now,
    maxRememberedEvents: options.maxRememberedEvents,
    dispatcher: async dispatch => {
      sent.push(dispatch)
      return options.answer ? options.answer(dispatch) : accepted
    }
  })
  return { core, sent }
}

function post(body: unknown, headers: Record<string, string> = {}): RelayRequest {
  return {
    method: 'POST',
    path: '/',
    headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  }
}

describe('RelayCore: every shape and action becomes one dispatch of the native event', () => {
  test.each([
    ['native-push.json', 'acr-push', 'team/web'],
    ['native-push-by-digest.json', 'acr-push', 'team/web'],
    ['native-delete.json', 'acr-delete', 'team/web'],
    ['native-quarantine.json', 'acr-quarantine', 'team/web'],
    ['native-chart-push.json', 'acr-chart_push', 'repo'],
    ['native-chart-delete.json', 'acr-chart_delete', 'repo'],
    ['eventgrid-push.json', 'acr-push', 'team/web'],
    ['eventgrid-delete-batch-of-one.json', 'acr-delete', 'team/web'],
    ['cloudevents-chart-push.json', 'acr-chart_push', 'repo'],
    ['wrapper-push.json', 'acr-push', 'team/web']
  ])('%s → %s', async (name, eventType, repository) => {
    const { core, sent } = makeCore()
    const { response, log } = await core.handle(post(fixture(name)))
    expect(response.status).toBe(202)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.eventType).toBe(eventType)
    expect(sent[0]!.target).toBe('org/deploy')
    const clientPayload = JSON.parse(sent[0]!.clientPayloadJson)
    expect(clientPayload.target).toMatchObject({ repository })
    // What the action then reads is the native event, its action filled in from the envelope.
    expect(clientPayload.action).toBe(eventType.slice(4))
    expect(Object.keys(clientPayload).length).toBeLessThanOrEqual(10)
    expect(log.events[0]).toMatchObject({ outcome: 'dispatched', repository, target: 'org/deploy', githubStatus: 204, attempts: 1 })
  })

  test('the client_payload keeps only the known top-level keys of the event', async () => {
    const { core, sent } = makeCore()
    const event = fixture('eventgrid-push.json') as any
    event.data.extra1 = 1
    event.data.__proto__ = { polluted: true }
    await core.handle(post(event))
    expect(Object.keys(JSON.parse(sent[0]!.clientPayloadJson)).sort()).toEqual([
      'action',
      'actor',
      'id',
      'location',
      'request',
      'source',
      'target',
      'timestamp'
    ])
  })

  test('an Event Grid delivery of several events dispatches each on its own', async () => {
    const { core, sent } = makeCore()
    const one = fixture('eventgrid-push.json') as any
    const two = structuredClone(one)
    two.data.id = 'second-event'
    two.data.target.tag = 'v1.4.3'
    const { response } = await core.handle(post([one, two]))
    expect(response).toMatchObject({ status: 202, body: { dispatched: 2 } })
    expect(sent.map(d => JSON.parse(d.clientPayloadJson).target.tag)).toEqual(['v1.4.2', 'v1.4.3'])
  })

  test('one invalid event in a batch refuses the whole batch and dispatches nothing', async () => {
    const { core, sent } = makeCore()
    const bad = structuredClone(fixture('eventgrid-push.json')) as any
    bad.data.target.tag = 'v1;reboot'
    const { response } = await core.handle(post([fixture('eventgrid-push.json'), bad]))
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ error: 'invalid event', field: 'body[1].data.target.tag' })
    expect((response.body as any).detail).toMatch(/OCI tag: .*; got "v1;reboot"/)
    expect(sent).toHaveLength(0)
  })

  test('a ping is acknowledged without a dispatch', async () => {
    const { core, sent } = makeCore()
    const { response, log } = await core.handle(post({ action: 'ping' }))
    expect(response).toMatchObject({ status: 200, body: { pings: 1, dispatched: 0 } })
    expect(sent).toHaveLength(0)
    expect(log.events).toEqual([{ action: 'ping', outcome: 'ping' }])
  })
})

describe('RelayCore: handshakes', () => {
  test('Event Grid subscription validation echoes the code, without the secret', async () => {
    const { core, sent } = makeCore()
    const request = post(
      [
        {
          id: '2d1781af',
          eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent',
          data: { validationCode: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6', validationUrl: 'https://x' }
        }
      ],
      { 'aeg-event-type': 'SubscriptionValidation' }
    )
    delete (request.headers as any).authorization
    const { response } = await core.handle(request)
    expect(response).toEqual({ status: 200, body: { validationResponse: '512d38b6-c7b8-40c8-89fe-f46f9e9622b6' } })
    expect(sent).toHaveLength(0)
  })

  test('a validation header on an ordinary event gets no dispatch', async () => {
    const { core, sent } = makeCore()
    const { response } = await core.handle(
      post(fixture('eventgrid-push.json'), { 'aeg-event-type': 'SubscriptionValidation', authorization: 'Bearer wrong' })
    )
    expect(response.status).toBe(400)
    expect(sent).toHaveLength(0)
  })

  test('CloudEvents abuse protection: OPTIONS is answered with the allowed origin', async () => {
    const { core } = makeCore()
    const { response } = await core.handle({
      method: 'OPTIONS',
      path: '/',
      headers: { 'webhook-request-origin': 'eventgrid.azure.net', 'webhook-request-rate': '120' },
      body: ''
    })
    expect(response.status).toBe(200)
    expect(response.headers).toMatchObject({ 'webhook-allowed-origin': 'eventgrid.azure.net', 'webhook-allowed-rate': '*' })
  })
})

describe('RelayCore: refusals', () => {
  const { authorization: _sent, ...withoutAuthorization } = post(fixture('native-push.json')).headers
  test.each([
    ['no Authorization header', undefined, 'unauthorized: no Authorization header'],
    ['the secret without "Bearer"', SECRET, 'unauthorized: the Authorization header is not "Bearer <secret>"'],
    ['another scheme', `Basic ${SECRET}`, 'unauthorized: the Authorization header is not "Bearer <secret>"'],
    ['"Bearer" alone', 'Bearer', 'unauthorized: the Authorization header is not "Bearer <secret>"'],
    ['a wrong secret', `Bearer ${SECRET}x`, 'unauthorized: wrong secret'],
    ['a wrong secret of the same length, scheme in lower case', `bearer ${'x'.repeat(SECRET.length)}`, 'unauthorized: wrong secret'],
    ['no secret after the scheme', 'Bearer    ', 'unauthorized: wrong secret']
  ])('401 for %s: the answer says only "unauthorized", the log line says why without the value sent', async (_name, authorization, why) => {
    const { core, sent } = makeCore()
    const headers = authorization === undefined ? withoutAuthorization : { ...withoutAuthorization, authorization }
    const { response, log } = await core.handle({ ...post(fixture('native-push.json')), headers })
    expect(response.status).toBe(401)
    expect(response.body).toEqual({ error: 'unauthorized' })
    expect(log).toMatchObject({ status: 401, error: why })
    // The credential part of what was sent (the scheme's name may well be in the reason).
    const credentials = (authorization ?? '').split(' ').filter(part => part !== '' && !/^(bearer|basic)$/i.test(part))
    for (const value of [...credentials, SECRET]) expect(JSON.stringify(log)).not.toContain(value)
    expect(sent).toHaveLength(0)
  })

  test.each<[string, RelayRequest, number, RegExp | undefined]>([
    ['no secret', { ...post(fixture('native-push.json')), headers: { 'content-type': 'application/json' } }, 401, /^unauthorized$/],
    ['a wrong secret', post(fixture('native-push.json'), { authorization: `Bearer ${SECRET}x` }), 401, /^unauthorized$/],
    ['the secret without "Bearer"', post(fixture('native-push.json'), { authorization: SECRET }), 401, /^unauthorized$/],
    ['a body over 1 MiB', post('x'.repeat(MAX_BODY_BYTES + 1)), 413, /body over 1048576 bytes/],
    ['form data', post('a=b', { 'content-type': 'application/x-www-form-urlencoded' }), 415, /content type must be one of application\/json/],
    ['broken JSON', post('{"action":'), 400, /^invalid JSON$/],
    ['an empty batch', post([]), 400, /^invalid event$/],
    ['GET on the root', { method: 'GET', path: '/', headers: {}, body: '' }, 405, /method not allowed/],
    ['another path', { ...post({}), path: '/admin' }, 404, /not found/]
  ])('%s', async (_name, request, status, error) => {
    const { core, sent } = makeCore()
    const { response } = await core.handle(request)
    expect(response.status).toBe(status)
    if (error) expect((response.body as any).error).toMatch(error)
    expect(JSON.stringify(response)).not.toContain(SECRET)
    expect(sent).toHaveLength(0)
  })

  test.each([
    [
      'nested deeper than the bound',
      JSON.stringify({ ...(fixture('native-push.json') as object), annotations: 'DEEP' }).replace(
        '"DEEP"',
        `${'['.repeat(50_000)}${']'.repeat(50_000)}`
      ),
      /^body\.annotations(\[0\])+$/,
      /nested deeper than 32 levels/
    ],
    ['a batch inside a batch', JSON.stringify([[fixture('native-push.json')]]), /^body\[0\]$/, /not an array: a batch holds events, not batches/]
  ])('a body %s is a 400 naming the path, never a 500', async (_name, body, field, detail) => {
    const { core, sent } = makeCore()
    const { response: answer } = await core.handle(post(body))
    expect(answer.status).toBe(400)
    expect((answer.body as { field: string }).field).toMatch(field)
    expect((answer.body as { detail: string }).detail).toMatch(detail)
    expect(sent).toHaveLength(0)
  })

  test('accepts the CloudEvents content types and a charset', async () => {
    for (const type of ['application/cloudevents+json; charset=utf-8', 'application/cloudevents-batch+json', 'Application/JSON']) {
      const { core } = makeCore()
      expect((await core.handle(post(fixture('cloudevents-chart-push.json'), { 'content-type': type }))).response.status).toBe(202)
    }
  })

  test('healthz answers without the secret', async () => {
    const { core } = makeCore()
    expect((await core.handle({ method: 'GET', path: '/healthz', headers: {}, body: '' })).response).toEqual({ status: 200, body: { status: 'ok' } })
  })
})

describe('RelayCore: GitHub failures', () => {
  test('a retryable failure answers 503 with the Retry-After GitHub asked for', async () => {
    const { core } = makeCore({ answer: () => ({ ok: false, status: 429, attempts: 1, retryable: true, retryAfterSeconds: 42 }) })
    const { response, log } = await core.handle(post(fixture('native-push.json')))
    expect(response.status).toBe(503)
    expect(response.headers).toEqual({ 'retry-after': '42' })
    expect(log.events[0]).toMatchObject({ outcome: 'failed', githubStatus: 429 })
  })

  test('a refusal (bad token, no such repository) answers 502 and says what to check', async () => {
    const { core } = makeCore({ answer: () => ({ ok: false, status: 404, attempts: 1, retryable: false }) })
    const { response } = await core.handle(post(fixture('native-push.json')))
    expect(response.status).toBe(502)
    expect((response.body as any).error).toMatch(/HTTP 404.*token's access/)
  })

  test("a failed event is not remembered: the sender's retry dispatches it", async () => {
    let fail = true
    const { core, sent } = makeCore({ answer: () => (fail ? { ok: false, status: 500, attempts: 3, retryable: true } : accepted) })
    expect((await core.handle(post(fixture('native-push.json')))).response.status).toBe(503)
    fail = false
    expect((await core.handle(post(fixture('native-push.json')))).response.status).toBe(202)
    expect(sent).toHaveLength(2)
  })
})

describe('RelayCore: duplicates and routes', () => {
  test('the same event id within 10 minutes is acknowledged once more without a dispatch', async () => {
    let now = 1_000_000
    const { core, sent } = makeCore({ now: () => now })
    expect((await core.handle(post(fixture('native-push.json')))).response.status).toBe(202)
    now += DUPLICATE_WINDOW_MS - 1
    const sameIdInAnEnvelope = fixture('eventgrid-push.json') as any
    sameIdInAnEnvelope.data.id = (fixture('native-push.json') as any).id
    const again = await core.handle(post(sameIdInAnEnvelope))
    expect(again.response).toMatchObject({ status: 202, body: { dispatched: 0, duplicates: 1 } })
    expect(again.log.events[0]!.outcome).toBe('duplicate')
    expect(sent).toHaveLength(1)
    now += 2
    expect((await core.handle(post(fixture('native-push.json')))).response.body).toMatchObject({ dispatched: 1 })
    expect(sent).toHaveLength(2)
  })

  test('the bundled fixtures are distinct events: sent one after another, none is answered as a duplicate', async () => {
    const { core } = makeCore()
    const duplicates: string[] = []
    for (const name of fixtureNames()) {
      const { log } = await core.handle(post(fixture(name)))
      if (log.events.some(event => event.outcome === 'duplicate')) duplicates.push(name)
    }
    expect(duplicates).toEqual([])
  })

  test('past the bound on remembered events, the oldest is dispatched again and the newest is still a duplicate', async () => {
    const { core, sent } = makeCore({ maxRememberedEvents: 2 })
    const withId = (id: string) => ({ ...(fixture('native-push.json') as object), id })
    for (const id of ['first', 'second', 'third']) await core.handle(post(withId(id)))
    expect((await core.handle(post(withId('third')))).response.body).toMatchObject({ duplicates: 1 })
    expect((await core.handle(post(withId('first')))).response.body).toMatchObject({ dispatched: 1 })
    expect(sent).toHaveLength(4)
  })

  test('the same event id sent to two target repositories is dispatched to each', async () => {
    const { core, sent } = makeCore({
      routes: [
        ['team/web', 'org/web'],
        ['**', 'org/other']
      ]
    })
    const event = fixture('native-push.json') as any
    await core.handle(post(event))
    const other = structuredClone(event)
    other.target.repository = 'team/api'
    expect((await core.handle(post(other))).response.body).toMatchObject({ dispatched: 1 })
    expect(sent.map(d => d.target)).toEqual(['org/web', 'org/other'])
  })

  test('a duplicate arriving while the first is in flight waits for it and sends nothing', async () => {
    let release!: () => void
    const gate = new Promise<void>(resolve => (release = resolve))
    const { core, sent } = makeCore({ answer: async () => (await gate, accepted) })
    const first = core.handle(post(fixture('native-push.json')))
    const second = core.handle(post(fixture('native-push.json')))
    release()
    const results = await Promise.all([first, second])
    expect(results.map(r => r.response.status)).toEqual([202, 202])
    expect(results[1].log.events[0]!.outcome).toBe('duplicate')
    expect(sent).toHaveLength(1)
  })

  test('routes: the first matching glob picks the target repository', async () => {
    const { core, sent } = makeCore({
      routes: [
        ['team/api', 'org/api'],
        ['team/**', 'org/team'],
        ['**', 'org/other']
      ]
    })
    await core.handle(post(fixture('native-push.json')))
    await core.handle(post(fixture('native-chart-push.json')))
    expect(sent.map(d => d.target)).toEqual(['org/team', 'org/other'])
  })

  test('an event that matches no route is acknowledged and dropped', async () => {
    const { core, sent } = makeCore({ routes: [['ops/**', 'org/ops']] })
    const { response, log } = await core.handle(post(fixture('native-push.json')))
    expect(response).toMatchObject({ status: 200, body: { unrouted: 1, dispatched: 0 } })
    expect(log.events[0]!.outcome).toBe('no-route')
    expect(sent).toHaveLength(0)
  })
})
