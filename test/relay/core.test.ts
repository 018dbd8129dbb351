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
    // The duplicate's log line says it was one, and nothing of a dispatch it did not make.
    expect(results[1].log.events).toStrictEqual([
      {
        eventId: (fixture('native-push.json') as any).id,
        action: 'push',
        repository: 'team/web',
        tag: 'v1.4.2',
        target: 'org/deploy',
        outcome: 'duplicate'
      }
    ])
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

describe('RelayCore: what is decided on the head, before the body', () => {
  const options = (headers: Record<string, string> = {}): RelayRequest => ({ method: 'OPTIONS', path: '/', headers, body: '' })
  test.each<[string, RelayRequest, unknown]>([
    ['GET /healthz', { method: 'GET', path: '/healthz', headers: {}, body: '' }, { status: 200, body: { status: 'ok' } }],
    [
      'HEAD /healthz (a probe that wants no body)',
      { method: 'HEAD', path: '/healthz', headers: {}, body: '' },
      { status: 200, body: { status: 'ok' } }
    ],
    ['POST /healthz', { ...post({}), path: '/healthz' }, { status: 405, headers: { allow: 'GET, HEAD' }, body: { error: 'method not allowed' } }],
    [
      'DELETE /',
      { method: 'DELETE', path: '/', headers: {}, body: '' },
      { status: 405, headers: { allow: 'POST, OPTIONS' }, body: { error: 'method not allowed' } }
    ],
    ['OPTIONS without an origin', options(), { status: 204, headers: { allow: 'POST, OPTIONS' } }],
    [
      'OPTIONS with an origin and no rate',
      options({ 'webhook-request-origin': 'eventgrid.azure.net' }),
      { status: 200, headers: { allow: 'POST, OPTIONS', 'webhook-allowed-origin': 'eventgrid.azure.net' } }
    ],
    [
      'OPTIONS with an origin and a rate',
      options({ 'webhook-request-origin': 'eventgrid.azure.net', 'webhook-request-rate': '120' }),
      { status: 200, headers: { allow: 'POST, OPTIONS', 'webhook-allowed-origin': 'eventgrid.azure.net', 'webhook-allowed-rate': '*' } }
    ],
    [
      'no Content-Type',
      { ...post(fixture('native-push.json')), headers: { authorization: `Bearer ${SECRET}` } },
      {
        status: 415,
        body: { error: 'content type must be one of application/json, application/cloudevents+json, application/cloudevents-batch+json' }
      }
    ],
    [
      'a Content-Length over 1 MiB',
      post('{}', { 'content-length': String(MAX_BODY_BYTES + 1) }),
      { status: 413, body: { error: 'body over 1048576 bytes' } }
    ],
    [
      'a handshake whose Content-Length is over 64 KiB',
      post('{}', { 'aeg-event-type': 'SubscriptionValidation', 'content-length': String(64 * 1024 + 1) }),
      { status: 413, body: { error: 'body over 65536 bytes' } }
    ]
  ])('%s', async (_, request, expected) => {
    const { core, sent } = makeCore()
    expect((await core.handle(request)).response).toEqual(expected)
    expect(sent).toHaveLength(0)
  })

  test.each([
    ['a body of exactly 1 MiB', {}, MAX_BODY_BYTES, MAX_BODY_BYTES],
    ['a handshake of exactly 64 KiB', { 'aeg-event-type': 'SubscriptionValidation' }, 64 * 1024, 64 * 1024]
  ])('%s may be read: the limit is what the host reads up to', (_, headers, length, limit) => {
    const { core } = makeCore()
    expect(core.decideOnHead(post('{}', { ...headers, 'content-length': String(length) }))).toBe(limit)
  })

  test('a Content-Type with a space before its parameters is JSON too', async () => {
    const { core } = makeCore()
    expect((await core.handle(post(fixture('native-push.json'), { 'content-type': 'application/json ; charset=utf-8' }))).response.status).toBe(202)
  })

  test.each([
    ['"Bearer " and nothing', 'Bearer ', 'unauthorized: the Authorization header is not "Bearer <secret>"'],
    ['the secret glued to "Bearer"', `Bearer${SECRET}`, 'unauthorized: the Authorization header is not "Bearer <secret>"'],
    ['another six-letter scheme', `Digest ${SECRET}`, 'unauthorized: the Authorization header is not "Bearer <secret>"']
  ])('401 for %s', async (_, authorization, why) => {
    const { core, sent } = makeCore()
    const { response, log } = await core.handle(post(fixture('native-push.json'), { authorization }))
    expect(response).toEqual({ status: 401, body: { error: 'unauthorized' }, logError: why })
    expect(log.error).toBe(why)
    expect(sent).toHaveLength(0)
  })

  test('several spaces after "Bearer" are one separator (RFC 9110)', async () => {
    const { core, sent } = makeCore()
    expect((await core.handle(post(fixture('native-push.json'), { authorization: `Bearer   ${SECRET}` }))).response.status).toBe(202)
    expect(sent).toHaveLength(1)
  })

  test('the log line of a request: its method, path, status and how long it took', async () => {
    let now = 1_000
    const { core } = makeCore({
      now: () => {
        now += 250
        return now
      }
    })
    const { log } = await core.handle({ method: 'GET', path: '/nowhere', headers: {}, body: '' })
    expect(log).toEqual({ method: 'GET', path: '/nowhere', status: 404, durationMs: 250, events: [] })
  })

  test('broken JSON: 400, and the log says invalid JSON', async () => {
    const { core } = makeCore()
    const { response, log } = await core.handle(post('{"action":'))
    expect(response).toEqual({ status: 400, body: { error: 'invalid JSON', detail: expect.any(String) } })
    expect(log.error).toBe('invalid JSON')
  })

  test('an empty batch: 400 naming the body', async () => {
    const { core } = makeCore()
    expect((await core.handle(post([]))).response).toEqual({
      status: 400,
      body: { error: 'invalid event', field: 'body', detail: 'body: holds no event' }
    })
  })

  test('an event whose client_payload would be over GitHub’s 64 KB: 400, nothing sent', async () => {
    const { core, sent } = makeCore()
    const event = fixture('native-push.json') as any
    // A field the grammar leaves alone (it checks what the action reads), kept with the rest of target.
    event.target.annotations = { note: 'u'.repeat(70_000) }
    const { response } = await core.handle(post(event))
    expect(response).toEqual({
      status: 400,
      body: { error: 'invalid event', field: 'body', detail: "body: is larger than GitHub's client_payload limit of 65535 bytes" }
    })
    expect(sent).toHaveLength(0)
  })
})

describe('RelayCore: Event Grid’s handshake is answered only as Event Grid sends it', () => {
  const handshake = (body: unknown) => {
    const request = post(body, { 'aeg-event-type': 'SubscriptionValidation' })
    delete (request.headers as any).authorization
    return request
  }
  const validation = (fields: Record<string, unknown>) => ({ id: '1', eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent', ...fields })
  const refused = {
    status: 400,
    body: {
      error: 'invalid event',
      field: 'body[0]',
      detail: 'expected a Microsoft.EventGrid.SubscriptionValidationEvent with data.validationCode'
    }
  }
  test.each<[string, unknown, unknown]>([
    ['one event, not in a batch', validation({ data: { validationCode: 'abc-123' } }), { status: 200, body: { validationResponse: 'abc-123' } }],
    ['another event type', [validation({ eventType: 'Microsoft.ContainerRegistry.ImagePushed', data: { validationCode: 'abc' } })], refused],
    ['a code that is not a string', [validation({ data: { validationCode: 42 } })], refused],
    ['a code with a character after the allowed ones', [validation({ data: { validationCode: 'abc$' } })], refused],
    ['a code with a character before the allowed ones', [validation({ data: { validationCode: '$abc' } })], refused],
    ['no data', [validation({})], refused]
  ])('%s', async (_, body, expected) => {
    const { core, sent } = makeCore()
    expect((await core.handle(handshake(body))).response).toEqual(expected)
    expect(sent).toHaveLength(0)
  })
})

describe('RelayCore: CloudEvents in binary mode (the ce-* headers, the event as the body)', () => {
  const PUSH = 'Microsoft.ContainerRegistry.ImagePushed'
  const binary = (headers: Record<string, string>, body: unknown = fixture('native-push.json')) =>
    post(body, { 'ce-specversion': '1.0', 'ce-type': PUSH, 'ce-source': '/registries/myregistry', ...headers })

  test('dispatched with the action the type names; the event’s own id is its id', async () => {
    const { core, sent } = makeCore()
    const { response } = await core.handle(binary({ 'ce-id': 'ce-1' }))
    expect(response).toEqual({ status: 202, body: { dispatched: 1, duplicates: 0, unrouted: 0, pings: 0 } })
    expect(sent[0]!.eventType).toBe('acr-push')
    expect(JSON.parse(sent[0]!.clientPayloadJson).id).toBe((fixture('native-push.json') as any).id)
  })

  test('an event with its own id is known by it, whatever ce-id its redelivery carries', async () => {
    const { core, sent } = makeCore()
    expect((await core.handle(binary({ 'ce-id': 'ce-5' }))).log.events[0]!.eventId).toBe((fixture('native-push.json') as any).id)
    expect((await core.handle(binary({ 'ce-id': 'ce-6' }))).response.body).toMatchObject({ dispatched: 0, duplicates: 1 })
    expect(sent).toHaveLength(1)
  })

  test('an invalid field is named by its path in the body', async () => {
    const { core } = makeCore()
    const event = fixture('native-push.json') as any
    event.target.tag = 'bad tag'
    expect((await core.handle(binary({}, event))).response).toMatchObject({ status: 400, body: { field: 'body.target.tag' } })
  })

  test('an action in the body that contradicts ce-type is refused, naming the header', async () => {
    const { core, sent } = makeCore()
    const event = { ...(fixture('native-push.json') as object), action: 'delete' }
    const { response } = await core.handle(binary({}, event))
    expect(response).toMatchObject({ status: 400, body: { field: 'body.action', detail: expect.stringContaining('contradicts header ce-type') } })
    expect(sent).toHaveLength(0)
  })

  test('an event whose client_payload would be over GitHub’s 64 KB is refused, naming the body', async () => {
    const { core } = makeCore()
    const event = fixture('native-push.json') as any
    event.target.annotations = { note: 'u'.repeat(70_000) }
    expect((await core.handle(binary({}, event))).response).toMatchObject({ status: 400, body: { field: 'body' } })
  })

  test('an event without an id takes ce-id, in its client_payload and as the key for duplicates', async () => {
    const { core, sent } = makeCore()
    const { id: _id, ...withoutId } = fixture('native-push.json') as any
    expect((await core.handle(binary({ 'ce-id': 'ce-2' }, withoutId))).response.status).toBe(202)
    expect(JSON.parse(sent[0]!.clientPayloadJson).id).toBe('ce-2')
    expect((await core.handle(binary({ 'ce-id': 'ce-2' }, withoutId))).response.body).toMatchObject({ dispatched: 0, duplicates: 1 })
    expect((await core.handle(binary({ 'ce-id': 'ce-3' }, withoutId))).response.body).toMatchObject({ dispatched: 1 })
    expect(sent).toHaveLength(2)
  })

  test.each<[string, Record<string, string>, unknown, string, RegExp]>([
    ['another specversion', { 'ce-specversion': '0.3' }, undefined, 'header ce-specversion', /must be "1\.0" \(CloudEvents 1\.0\)/],
    ['no type', { 'ce-type': '' }, undefined, 'header ce-type', /must be one of Microsoft\.ContainerRegistry\.ImagePushed, Microsoft/],
    ['a type that is not ACR’s', { 'ce-type': 'Microsoft.Storage.BlobCreated' }, undefined, 'header ce-type', /must be one of/],
    ['a type inherited by every object', { 'ce-type': 'toString' }, undefined, 'header ce-type', /must be one of/],
    ['an id outside the grammar', { 'ce-id': 'has space' }, undefined, 'header ce-id', /must be an event id/],
    [
      'a body that is not an object',
      {},
      [fixture('native-push.json')],
      'body',
      /must be a JSON object \(the ACR event: the data of a binary-mode CloudEvent\)/
    ]
  ])('%s: 400 naming the header', async (_, headers, body, field, detail) => {
    const { core, sent } = makeCore()
    const request = binary(headers, body ?? fixture('native-push.json'))
    if (headers['ce-type'] === '') delete (request.headers as any)['ce-type']
    const { response } = await core.handle(request)
    expect(response).toMatchObject({ status: 400, body: { error: 'invalid event', field, detail: expect.stringMatching(detail) } })
    expect(sent).toHaveLength(0)
  })
})

describe('RelayCore: storage mode', () => {
  function storageCore(
    accept: (event: { target: string; eventId?: string; eventType: string; clientPayloadJson: string }) => Promise<'queued' | 'duplicate'>
  ) {
    const sent: Dispatch[] = []
    const stored: Array<Parameters<typeof accept>[0]> = []
    const core = new RelayCore({
      secret: SECRET,
      routes: [{ repositories: new GlobList(['**']), target: 'org/deploy' }],
      eventTypePrefix: 'acr-',
      dispatcher: async dispatch => {
        sent.push(dispatch)
        return accepted
      },
      outbox: {
        accept: event => {
          stored.push(event)
          return accept(event)
        }
      }
    })
    return { core, sent, stored }
  }

  test('stored: 202 "queued", nothing sent before the answer', async () => {
    const { core, sent, stored } = storageCore(async () => 'queued')
    const { response, log } = await core.handle(post(fixture('native-push.json')))
    expect(response).toEqual({ status: 202, body: { queued: 1, duplicates: 0, unrouted: 0, pings: 0 } })
    expect(stored).toEqual([
      {
        target: 'org/deploy',
        eventId: (fixture('native-push.json') as any).id,
        eventType: 'acr-push',
        clientPayloadJson: expect.stringContaining('"action":"push"')
      }
    ])
    expect(sent).toHaveLength(0)
    expect(log.events[0]!.outcome).toBe('queued')
  })

  test('already stored: 202, a duplicate', async () => {
    const { core } = storageCore(async () => 'duplicate')
    expect((await core.handle(post(fixture('native-push.json')))).response).toEqual({
      status: 202,
      body: { queued: 0, duplicates: 1, unrouted: 0, pings: 0 }
    })
  })

  test('storage failing: 503 with Retry-After 5, the log says why, and the sender sends again', async () => {
    const { core } = storageCore(async () => Promise.reject(new Error('storage: HTTP 503')))
    const { response, log } = await core.handle(post(fixture('native-push.json')))
    expect(response).toEqual({
      status: 503,
      headers: { 'retry-after': '5' },
      body: { error: 'the event could not be stored; send again later', queued: 0, duplicates: 0, unrouted: 0, pings: 0, failed: 1 }
    })
    expect(log.events[0]).toMatchObject({ outcome: 'failed', storageError: 'storage: HTTP 503', retryable: true })
  })
})

describe('RelayCore: what GitHub’s answers become', () => {
  const batch = (...ids: string[]) => ids.map(id => ({ ...(fixture('native-push.json') as object), id }))

  test('a dispatched event’s log line holds what happened, and nothing of a failure', async () => {
    const { core } = makeCore()
    const { log } = await core.handle(post(fixture('native-push.json')))
    expect(log.events).toStrictEqual([
      {
        eventId: (fixture('native-push.json') as any).id,
        action: 'push',
        repository: 'team/web',
        tag: 'v1.4.2',
        target: 'org/deploy',
        outcome: 'dispatched',
        githubStatus: 204,
        attempts: 1
      }
    ])
  })

  test('a batch retried: Retry-After is the longest any of its events was told', async () => {
    const waits: Record<string, number> = { a: 3, b: 7 }
    const { core } = makeCore({
      answer: dispatch => ({
        ok: false,
        status: 503,
        attempts: 1,
        retryable: true,
        retryAfterSeconds: waits[JSON.parse(dispatch.clientPayloadJson).id]
      })
    })
    const { response } = await core.handle(post(batch('a', 'b')))
    expect(response).toEqual({
      status: 503,
      headers: { 'retry-after': '7' },
      body: { error: 'GitHub did not accept every dispatch; send again later', dispatched: 0, duplicates: 0, unrouted: 0, pings: 0, failed: 2 }
    })
  })

  test('retryable with no time named: 503 without Retry-After', async () => {
    const { core } = makeCore({
      answer: () => ({ ok: false, status: 0, attempts: 1, retryable: true, failureReason: 'no answer from GitHub within the deadline' })
    })
    const { response, log } = await core.handle(post(fixture('native-push.json')))
    expect(response.status).toBe(503)
    expect(response.headers).toEqual({})
    expect(log.events[0]!.githubError).toBe('no answer from GitHub within the deadline')
  })

  test('refusals in a batch: 502 naming every status', async () => {
    const statuses: Record<string, number> = { a: 404, b: 422 }
    const { core } = makeCore({
      answer: dispatch => ({ ok: false, status: statuses[JSON.parse(dispatch.clientPayloadJson).id]!, attempts: 1, retryable: false })
    })
    const { response } = await core.handle(post(batch('a', 'b')))
    expect((response.body as { error: string }).error).toBe(
      "GitHub refused the dispatch (HTTP 404, 422): check the token's access to the target repository"
    )
  })

  test('the App’s credentials refused for one event of a batch: the answer says to check the App’s settings', async () => {
    const { core } = makeCore({
      answer: dispatch =>
        JSON.parse(dispatch.clientPayloadJson).id === 'a'
          ? { ok: false, status: 401, attempts: 1, retryable: false, appCredentialsRefused: true }
          : { ok: false, status: 404, attempts: 1, retryable: false }
    })
    const { response, log } = await core.handle(post(batch('a', 'b')))
    expect(response).toEqual({
      status: 502,
      body: {
        error:
          "GitHub refused the GitHub App's credentials (HTTP 401, 404) when the relay asked for an installation token: check GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY and GITHUB_APP_INSTALLATION_ID",
        dispatched: 0,
        duplicates: 0,
        unrouted: 0,
        pings: 0,
        failed: 2
      }
    })
    expect(log.events[0]!).toMatchObject({ appCredentialsRefused: true })
  })

  test('a duplicate arriving while the first is in flight, and the first fails: both are told to send again', async () => {
    let release: (result: DispatchResult) => void = () => {}
    const { core, sent } = makeCore({ answer: () => new Promise<DispatchResult>(resolve => (release = resolve)) })
    const first = core.handle(post(fixture('native-push.json')))
    await new Promise(resolve => setTimeout(resolve, 10))
    const second = core.handle(post(fixture('native-push.json')))
    await new Promise(resolve => setTimeout(resolve, 10))
    release({ ok: false, status: 503, attempts: 1, retryable: true, retryAfterSeconds: 9 })
    const [a, b] = await Promise.all([first, second])
    expect(a.response.status).toBe(503)
    expect(b.response).toMatchObject({ status: 503, headers: { 'retry-after': '9' } })
    expect(b.log.events[0]).toMatchObject({ outcome: 'failed', githubStatus: 503, retryable: true })
    expect(sent).toHaveLength(1)
  })

  test('events without an id cannot be told apart: each is sent', async () => {
    const { core, sent } = makeCore()
    const { id: _id, ...withoutId } = fixture('native-push.json') as any
    for (let i = 0; i < 2; i++) expect((await core.handle(post(withoutId))).response.body).toMatchObject({ dispatched: 1 })
    expect(sent).toHaveLength(2)
  })

  test('the duplicate window is 10 minutes', async () => {
    let now = 5_000_000
    const { core, sent } = makeCore({ now: () => now })
    await core.handle(post(fixture('native-push.json')))
    now += 10 * 60 * 1000 - 1
    expect((await core.handle(post(fixture('native-push.json')))).response.body).toMatchObject({ duplicates: 1 })
    now += 2
    expect((await core.handle(post(fixture('native-push.json')))).response.body).toMatchObject({ dispatched: 1 })
    expect(sent).toHaveLength(2)
  })
})
