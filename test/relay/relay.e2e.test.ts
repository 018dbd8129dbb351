// The bundled relay as a process on loopback, sending to a fake GitHub API on
// another port: what a user deploys, exercised over real HTTP.
import { spawnSync } from 'node:child_process'
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { repoRoot, runAction } from '../../scripts/runner.mjs'
import { fixture } from '../support/fixtures.js'
import { startFakeGitHub, TEST_CA_FILE, type FakeGitHub } from '../support/fake-github.js'
import { CloudEvent, HTTP } from 'cloudevents'
import { connect, type Socket } from 'node:net'
import { openRawConnection, sendRaw } from '../support/raw-http.js'
import '../support/children.js'
import { RELAY_SECRET, startRelayProcess, type RelayProcess } from '../support/relay-process.js'

const TOKEN = 'ghp_relaytesttoken0123456789'
let github: FakeGitHub
let relay: RelayProcess | undefined

beforeEach(async () => {
  github = await startFakeGitHub()
})
afterEach(async () => {
  await relay?.stop()
  relay = undefined
  await github.close()
})

/** Without the second between requests to GitHub (pacing has tests of its own, in github/): these are about everything else. */
async function start(env: Record<string, string> = {}): Promise<RelayProcess> {
  relay = await startRelayProcess({
    GITHUB_TOKEN: TOKEN,
    GITHUB_REPOSITORY: 'org/deploy',
    GITHUB_API_URL: github.url,
    RELAY_GITHUB_REQUEST_INTERVAL: '0',
    ...env
  })
  return relay
}

describe('relay → GitHub → action', () => {
  test.each(['native-push.json', 'eventgrid-push.json', 'cloudevents-chart-push.json', 'wrapper-push.json', 'native-delete.json'])(
    '%s is dispatched, and the action reads the dispatch',
    async name => {
      const relay = await start()
      const response = await relay.post(fixture(name))
      expect(response.status).toBe(202)
      expect(github.dispatches).toHaveLength(1)
      const [dispatch] = github.dispatches
      expect(dispatch!.target).toBe('org/deploy')
      expect(dispatch!.authorization).toBe(`Bearer ${TOKEN}`)
      expect(dispatch!.body.event_type).toMatch(/^acr-(push|delete|chart_push)$/)

      // The workflow run GitHub would start: the action on that client_payload.
      const run = runAction({ event: { action: dispatch!.body.event_type, client_payload: dispatch!.body.client_payload } })
      expect(run.status, run.stdout).toBe(0)
      expect(`acr-${run.outputs.action}`).toBe(dispatch!.body.event_type)
      expect(run.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    }
  )

  test('an Event Grid batch is dispatched one event at a time', async () => {
    const relay = await start()
    const second = structuredClone(fixture('eventgrid-push.json')) as any
    second.data.id = 'another-event-id'
    second.data.target.tag = 'v1.4.3'
    expect((await relay.post([fixture('eventgrid-push.json'), second])).status).toBe(202)
    expect(github.dispatches.map(d => d.body.client_payload.target.tag).sort()).toEqual(['v1.4.2', 'v1.4.3'])
  })

  test("one JSON log line per request, with the event, the target and GitHub's answer, and no secret", async () => {
    const relay = await start()
    await relay.post(fixture('native-push.json'))
    const line = await relay.requestLog('POST')
    expect(line).toMatchObject({ path: '/', status: 202 })
    expect(line.events[0]).toMatchObject({
      eventId: 'cb8c3971-9adc-488b-b1f6-43cbb4974ff5',
      action: 'push',
      repository: 'team/web',
      tag: 'v1.4.2',
      target: 'org/deploy',
      githubStatus: 204,
      attempts: 1
    })
    expect(typeof line.durationMs).toBe('number')
    const everything = JSON.stringify(relay.logs) + relay.stderr()
    expect(everything).not.toContain(RELAY_SECRET)
    expect(everything).not.toContain(TOKEN)
  })

  test("GitHub Enterprise Server: dispatches go below the API URL's path", async () => {
    const relay = await start({ GITHUB_API_URL: `${github.url}/api/v3/` })
    expect((await relay.post(fixture('native-push.json'))).status).toBe(202)
    expect(github.dispatches.map(d => d.path)).toEqual(['/api/v3/repos/org/deploy/dispatches'])
  })
})

describe('relay: handshakes and refusals over HTTP', () => {
  test('Event Grid validation and CloudEvents OPTIONS', async () => {
    const relay = await start()
    const validation = await fetch(`${relay.url}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'aeg-event-type': 'SubscriptionValidation' },
      body: JSON.stringify([{ id: 'x', eventType: 'Microsoft.EventGrid.SubscriptionValidationEvent', data: { validationCode: 'ABC-123' } }])
    })
    expect(validation.status).toBe(200)
    expect(await validation.json()).toEqual({ validationResponse: 'ABC-123' })

    const options = await fetch(`${relay.url}/`, { method: 'OPTIONS', headers: { 'WebHook-Request-Origin': 'eventgrid.azure.net' } })
    expect(options.status).toBe(200)
    expect(options.headers.get('webhook-allowed-origin')).toBe('eventgrid.azure.net')
    expect(github.attempts).toHaveLength(0)
  })

  test('ping, wrong secret, non-JSON, oversized, invalid, other methods', async () => {
    const relay = await start()
    expect((await relay.post({ action: 'ping' })).status).toBe(200)
    expect(await relay.post(fixture('native-push.json'), { authorization: 'Bearer wrong' })).toMatchObject({
      status: 401,
      body: { error: 'unauthorized' }
    })
    expect((await relay.post('hello', { 'content-type': 'text/plain' })).status).toBe(415)
    // Refused on Content-Length, before the body is sent: a client still writing it would see the connection close.
    const oversized = await sendRaw(relay.url, {
      method: 'POST',
      path: '/',
      headers: { authorization: `Bearer ${RELAY_SECRET}`, 'content-type': 'application/json', 'content-length': String(1024 * 1024 + 1) }
    })
    expect(oversized).toMatchObject({ status: 413, headers: { connection: 'close' } })
    const invalid = await relay.post({ action: 'push', target: { repository: 'team/web', digest: 'sha256:xxxx' } })
    expect(invalid).toMatchObject({ status: 400, body: { error: 'invalid event', field: 'body.target.digest' } })
    expect((await fetch(`${relay.url}/`, { method: 'PUT' })).status).toBe(405)
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200)
    expect(github.attempts).toHaveLength(0)
  })
})

describe('relay: a 401 in the log', () => {
  test('the log line says why a request was refused (no header, another scheme, a wrong secret), never the value sent', async () => {
    const relay = await start()
    const sent = ['Basic dXNlcjpwYXNz', 'Bearer not-the-relay-secret']
    const noHeader = await fetch(`${relay.url}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(noHeader.status).toBe(401)
    for (const authorization of sent) expect((await relay.post(fixture('native-push.json'), { authorization })).status).toBe(401)
    for (let waited = 0; relay.logs.filter(line => line.status === 401).length < 3 && waited < 5000; waited += 10) {
      await new Promise(resolve => setTimeout(resolve, 10))
    }
    expect(relay.logs.filter(line => line.status === 401).map(line => line.error)).toEqual([
      'unauthorized: no Authorization header',
      'unauthorized: the Authorization header is not "Bearer <secret>"',
      'unauthorized: wrong secret'
    ])
    const everything = JSON.stringify(relay.logs) + relay.stderr()
    for (const value of ['dXNlcjpwYXNz', 'not-the-relay-secret', RELAY_SECRET]) expect(everything).not.toContain(value)
  })
})

describe('relay: decided on the headers before a body is read', () => {
  const declaringMiB = (authorization: string, contentType = 'application/json') => ({
    method: 'POST',
    path: '/',
    headers: { authorization, 'content-type': contentType, 'content-length': String(1024 * 1024 - 1) }
  })

  test('50 senders without the secret, each declaring a 1 MiB body and sending none of it, get 401 at once; healthz is answered', async () => {
    const relay = await start()
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => sendRaw(relay.url, declaringMiB(i % 2 ? 'Bearer wrong-secret-0123456789' : '')))
    )
    for (const answer of answers) expect(answer).toMatchObject({ status: 401, headers: { connection: 'close' } })
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200)
    expect(github.attempts).toHaveLength(0)
  })

  test.each([
    ['a wrong content type', declaringMiB(`Bearer ${RELAY_SECRET}`, 'text/plain'), 415],
    [
      'a handshake declaring more than 64 KiB',
      {
        method: 'POST',
        path: '/',
        headers: { 'aeg-event-type': 'SubscriptionValidation', 'content-type': 'application/json', 'content-length': String(64 * 1024 + 1) }
      },
      413
    ]
  ])('%s is refused before its body is sent', async (_name, head, status) => {
    const relay = await start()
    expect(await sendRaw(relay.url, head)).toMatchObject({ status, headers: { connection: 'close' } })
  })

  test.each(['bearer', 'BEARER', 'Bearer  '])('the scheme %j (any case, one or more spaces) is accepted', async scheme => {
    const relay = await start()
    const response = await relay.post(fixture('native-push.json'), { authorization: `${scheme} ${RELAY_SECRET}` })
    expect(response.status).toBe(202)
  })
})

describe('relay: CloudEvents in binary mode, as the cloudevents SDK sends them by default', () => {
  const IMAGE_PUSHED = 'Microsoft.ContainerRegistry.ImagePushed'
  function sendBinary(relay: RelayProcess, attributes: { type: string; id?: string }, data: unknown) {
    const message = HTTP.binary(new CloudEvent({ source: '/subscriptions/x/registries/myregistry', ...attributes, data }))
    return relay.post(message.body, message.headers as Record<string, string>)
  }
  const pushWithoutId = () => {
    const event = { ...(fixture('native-push.json') as Record<string, unknown>) }
    delete event.id
    delete event.action
    return event
  }

  test('ce-type gives the action, and ce-id is the duplicate key when the data has no id', async () => {
    const relay = await start()
    const first = await sendBinary(relay, { type: IMAGE_PUSHED, id: 'ce-binary-1' }, pushWithoutId())
    expect(first.status).toBe(202)
    const again = await sendBinary(relay, { type: IMAGE_PUSHED, id: 'ce-binary-1' }, pushWithoutId())
    expect(again).toMatchObject({ status: 202, body: { duplicates: 1 } })
    expect(github.dispatches).toHaveLength(1)
    expect(github.dispatches[0]!.body).toMatchObject({
      event_type: 'acr-push',
      client_payload: { id: 'ce-binary-1', action: 'push', target: { repository: 'team/web' } }
    })
  })

  test.each([
    ['a type that contradicts the data', { type: 'Microsoft.ContainerRegistry.ImageDeleted' }, 'body.action', /contradicts header ce-type/],
    ['a type that is no ACR event', { type: 'com.example.unrelated' }, 'header ce-type', /must be one of Microsoft\.ContainerRegistry\.ImagePushed/]
  ])('%s is refused with 400 naming the header', async (_name, attributes, field, detail) => {
    const relay = await start()
    const answer = await sendBinary(relay, attributes, fixture('native-push.json'))
    expect(answer.status).toBe(400)
    expect(answer.body.field).toBe(field)
    expect(answer.body.detail).toMatch(detail)
    expect(github.attempts).toHaveLength(0)
  })
})

describe('relay: bounded', () => {
  const distinctEvent = (i: number) => ({ ...(fixture('native-push.json') as object), id: `bounded-event-${i}` })

  test('dispatches in flight to GitHub are bounded, a few more wait, and the rest get 503 with Retry-After at once', async () => {
    // Without the second between requests, which would keep them one at a time.
    const relay = await start({
      RELAY_MAX_DISPATCHES_IN_FLIGHT: '3',
      RELAY_MAX_DISPATCHES_QUEUED: '2',
      RELAY_DEADLINE_SECONDS: '12',
      RELAY_GITHUB_REQUEST_INTERVAL: '0'
    })
    github.answerAlways({ status: 204, delayMs: 1500 })
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => relay.post(distinctEvent(i))))
    expect(github.maxConcurrent).toBe(3)
    const accepted = answers.filter(a => a.status === 202)
    const refused = answers.filter(a => a.status === 503)
    expect(accepted).toHaveLength(5)
    expect(refused).toHaveLength(5)
    for (const answer of refused) {
      expect(answer.headers.get('retry-after')).toBe('5')
      expect(answer.ms).toBeLessThan(1000)
    }
    expect(github.dispatches).toHaveLength(5)
  })

  test('connections past RELAY_MAX_CONNECTIONS are closed at once; the relay serves again when they go', async () => {
    const relay = await start({ RELAY_MAX_CONNECTIONS: '5' })
    const { port } = new URL(relay.url)
    const open = await Promise.all(
      Array.from(
        { length: 5 },
        () =>
          new Promise<Socket>(resolve => {
            const socket = connect(Number(port), '127.0.0.1', () => resolve(socket))
          })
      )
    )
    // Node counts a connection once it has accepted it: give the five a moment.
    await new Promise(resolve => setTimeout(resolve, 200))
    const extra = await sendRaw(relay.url, { method: 'GET', path: '/healthz', headers: {} }, 3000).then(
      () => 'answered',
      (error: Error) => error.message
    )
    expect(extra).not.toBe('answered')
    for (const socket of open) socket.destroy()
    await new Promise(resolve => setTimeout(resolve, 200))
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200)
  })

  test('a sender that never finishes its headers is cut within a second of the 10 s headers timeout', async () => {
    const relay = await start()
    const { port } = new URL(relay.url)
    const started = Date.now()
    const closedAfter = await new Promise<number>(resolve => {
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('POST / HTTP/1.1\r\nhost: x\r\n'))
      socket.resume() // read the 408, so that the close can arrive
      socket.on('error', () => {})
      socket.on('close', () => resolve(Date.now() - started))
    })
    expect(closedAfter).toBeGreaterThanOrEqual(9_500)
    expect(closedAfter).toBeLessThan(12_000)
  }, 20_000)

  test('SIGTERM does not wait for a sender still trickling its headers: exit 0 at once', async () => {
    const relay = await start()
    const { port } = new URL(relay.url)
    const socket = connect(Number(port), '127.0.0.1', () => socket.write('POST / HTTP/1.1\r\nhost: x\r\n'))
    socket.resume()
    socket.on('error', () => {})
    await new Promise(resolve => setTimeout(resolve, 300))
    const started = Date.now()
    expect(await relay.stop()).toBe(0)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  test('one connection carries at most 1,000 pipelined requests', async () => {
    const relay = await start()
    const { port } = new URL(relay.url)
    const answered = await new Promise<number>(resolve => {
      let text = ''
      const socket = connect(Number(port), '127.0.0.1', () => socket.write('GET /healthz HTTP/1.1\r\nhost: x\r\n\r\n'.repeat(1_050)))
      socket.setEncoding('utf8')
      socket.on('data', (chunk: string) => (text += chunk))
      socket.on('error', () => {})
      socket.on('close', () => resolve(text.split('HTTP/1.1 200').length - 1))
    })
    expect(answered).toBe(1_000)
  })
})

describe('relay: when GitHub fails', () => {
  test('an outage does not multiply the traffic to GitHub: once it fails for everyone, new events get 503 at once, and it recovers', async () => {
    // Not a second apart, so that the first wave fails the breaker's five times well within its deadline.
    const relay = await start({ RELAY_DEADLINE_SECONDS: '5', RELAY_GITHUB_REQUEST_INTERVAL: '0' })
    const event = (i: number) => ({ ...(fixture('native-push.json') as object), id: `outage-event-${i}` })
    github.answerAlways({ status: 500 })
    const first = await Promise.all(Array.from({ length: 10 }, (_, i) => relay.post(event(i))))
    expect(first.every(answer => answer.status === 503)).toBe(true)
    const sentDuringFirstWave = github.attempts.length
    // Ten events, each would have been tried about four times within the deadline on its own.
    expect(sentDuringFirstWave).toBeLessThanOrEqual(12)

    const second = await Promise.all(Array.from({ length: 10 }, (_, i) => relay.post(event(100 + i))))
    for (const answer of second) {
      expect(answer.status).toBe(503)
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
      expect(answer.ms).toBeLessThan(1000)
    }
    expect(github.attempts.length).toBe(sentDuringFirstWave)

    github.answerAlways(undefined)
    await new Promise(resolve => setTimeout(resolve, 5_200))
    expect((await relay.post(event(0))).status).toBe(202)
    expect(github.dispatches).toHaveLength(1)
  }, 30_000)

  test('no retry starts with less than 2 s before the deadline: GitHub cannot accept what the sender will resend, and the log keeps the real failure', async () => {
    const relay = await start({ RELAY_DEADLINE_SECONDS: '3' })
    // The first answer comes after 1.3 s; a retry after the backoff would have about 1.2 s left.
    github.script({ status: 500, delayMs: 1300 }, { status: 204, delayMs: 1300 })
    const response = await relay.post(fixture('native-push.json'))
    expect(response.status).toBe(503)
    expect(github.attempts).toHaveLength(1)
    expect(github.dispatches).toHaveLength(0)
    const log = (await relay.requestLog('POST')).events[0]
    expect(log).toMatchObject({ githubStatus: 500, attempts: 1 })
    expect(log.githubError).toBeUndefined()
  })

  test('GitHub down, then up: retried, then 202', async () => {
    const relay = await start()
    github.script({ status: 500 }, { status: 502 })
    const response = await relay.post(fixture('native-push.json'))
    expect(response.status).toBe(202)
    expect(github.attempts).toHaveLength(3)
    expect((await relay.requestLog('POST')).events[0]).toMatchObject({ attempts: 3, githubStatus: 204 })
  })

  test('Retry-After is honoured', async () => {
    const relay = await start()
    github.script({ status: 429, headers: { 'retry-after': '1' } })
    const response = await relay.post(fixture('native-push.json'))
    expect(response.status).toBe(202)
    expect(github.attempts).toHaveLength(2)
    expect(github.attempts[1]!.at - github.attempts[0]!.at).toBeGreaterThanOrEqual(1000)
  })

  test('a secondary rate limit (403) is retried', async () => {
    const relay = await start()
    github.script({ status: 403, body: '{"message":"You have exceeded a secondary rate limit"}', headers: { 'retry-after': '1' } })
    expect((await relay.post(fixture('native-push.json'))).status).toBe(202)
  })

  test('GitHub down for good: 503 within the deadline, so the sender retries', async () => {
    // Long enough for retries: none starts with less than 2 s left.
    const relay = await start({ RELAY_DEADLINE_SECONDS: '5' })
    github.answerAlways({ status: 500 })
    const response = await relay.post(fixture('native-push.json'))
    expect(response.status).toBe(503)
    expect(response.ms).toBeLessThan(9000)
    expect(github.attempts.length).toBeGreaterThan(1)
    expect(github.dispatches).toHaveLength(0)
  })

  test('a rate-limit 403 naming no time is a 503 telling the sender a minute, and nothing more reaches GitHub meanwhile', async () => {
    const relay = await start({ RELAY_DEADLINE_SECONDS: '5' })
    github.answerAlways({ status: 403, body: '{"message":"API rate limit exceeded for installation"}' })
    const response = await relay.post(fixture('native-push.json'))
    expect(response.status).toBe(503)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(59)
    const again = await relay.post({ ...(fixture('native-push.json') as object), id: 'another-event' })
    expect(again.status).toBe(503)
    expect(Number(again.headers.get('retry-after'))).toBeGreaterThanOrEqual(58)
    expect(github.attempts).toHaveLength(1)
  })

  test('a Retry-After beyond the deadline is passed on to the sender', async () => {
    const relay = await start({ RELAY_DEADLINE_SECONDS: '2' })
    github.script({ status: 429, headers: { 'retry-after': '120' } })
    const response = await relay.post(fixture('native-push.json'))
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('120')
    expect(github.attempts).toHaveLength(1)
  })

  test('a refusal is not retried: 502', async () => {
    const relay = await start()
    github.script({ status: 404, body: '{"message":"Not Found"}' })
    expect((await relay.post(fixture('native-push.json'))).status).toBe(502)
    expect(github.attempts).toHaveLength(1)
  })
})

describe('relay: duplicates and routes', () => {
  test('a redelivery of the same event is acknowledged without a second dispatch', async () => {
    const relay = await start()
    expect((await relay.post(fixture('native-push.json'))).status).toBe(202)
    expect(await relay.post(fixture('native-push.json'))).toMatchObject({ status: 202, body: { duplicates: 1, dispatched: 0 } })
    expect(github.dispatches).toHaveLength(1)
  })

  test('RELAY_ROUTES sends repositories to their own GitHub repositories', async () => {
    const relay = await start({ GITHUB_REPOSITORY: '', RELAY_ROUTES: JSON.stringify([{ repositories: 'team/**', target: 'org/team-deploy' }]) })
    expect((await relay.post(fixture('native-push.json'))).status).toBe(202)
    expect((await relay.post(fixture('native-chart-push.json'))).body).toMatchObject({ unrouted: 1 })
    expect(github.dispatches.map(d => d.target)).toEqual(['org/team-deploy'])
  })
})

describe('relay: GitHub App', () => {
  const keys = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' }
  })
  const app = {
    GITHUB_TOKEN: '',
    GITHUB_APP_ID: '4242',
    GITHUB_APP_INSTALLATION_ID: '99',
    GITHUB_APP_PRIVATE_KEY: keys.privateKey.replace(/\n/g, '\\n')
  }

  test('mints an installation token with a JWT signed by the App key, and reuses it', async () => {
    const relay = await start(app)
    await relay.post(fixture('native-push.json'))
    await relay.post(fixture('native-delete.json'))
    expect(github.tokenRequests).toHaveLength(1)
    expect(github.tokenRequests[0]!.installationId).toBe('99')
    expect(github.dispatches.map(d => d.authorization)).toEqual(['Bearer ghs_installation_token_1', 'Bearer ghs_installation_token_1'])

    const jwt = github.tokenRequests[0]!.authorization!.replace(/^bearer /i, '')
    const [header, payload, signature] = jwt.split('.')
    expect(JSON.parse(Buffer.from(payload!, 'base64url').toString())).toMatchObject({ iss: '4242' })
    expect(verify('RSA-SHA256', Buffer.from(`${header}.${payload}`), createPublicKey(keys.publicKey), Buffer.from(signature!, 'base64url'))).toBe(
      true
    )
  })

  test('refreshes a token close to its expiry', async () => {
    github.tokenLifetimeMs = 2 * 60 * 1000 // inside the 5-minute margin: every use mints anew
    const relay = await start(app)
    await relay.post(fixture('native-push.json'))
    await relay.post(fixture('native-delete.json'))
    expect(github.tokenRequests).toHaveLength(2)
    expect(github.dispatches.map(d => d.authorization)).toEqual(['Bearer ghs_installation_token_1', 'Bearer ghs_installation_token_2'])
  })

  test('App credentials GitHub refuses (401 at the token endpoint) answer 502 naming them, without retrying to the deadline', async () => {
    const relay = await start(app)
    github.tokenAnswer = { status: 401, body: '{"message":"A JSON web token could not be decoded"}' }
    const response = await relay.post(fixture('native-push.json'))
    expect(response.status).toBe(502)
    expect(response.body.error).toMatch(/GitHub App's credentials \(HTTP 401\).*GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY and GITHUB_APP_INSTALLATION_ID/)
    expect(response.ms).toBeLessThan(10_000)
    expect(github.tokenRequests).toHaveLength(1)
    expect(github.attempts).toHaveLength(0)
  })

  test('a token GitHub refuses (401) is renewed once; a renewal refused too answers 502', async () => {
    const relay = await start(app)
    github.script({ status: 401, body: '{"message":"Bad credentials"}' })
    setTimeout(() => (github.tokenAnswer = { status: 401, body: '{"message":"Bad credentials"}' }), 0)
    const response = await relay.post(fixture('native-push.json'))
    expect(response.status).toBe(502)
    expect(github.tokenRequests.length).toBeLessThanOrEqual(2)
  })

  test('a token GitHub refuses (401) is replaced once', async () => {
    const relay = await start(app)
    github.script({ status: 401, body: '{"message":"Bad credentials"}' })
    expect((await relay.post(fixture('native-push.json'))).status).toBe(202)
    expect(github.tokenRequests).toHaveLength(2)
    expect(github.dispatches[0]!.authorization).toBe('Bearer ghs_installation_token_2')
  })
})

describe('relay: GitHub over HTTPS, as api.github.com is', () => {
  let secure: FakeGitHub
  beforeEach(async () => {
    secure = await startFakeGitHub({ tls: true })
  })
  afterEach(async () => {
    await secure.close()
  })

  test('a dispatch goes over TLS to a server the relay trusts', async () => {
    const relay = await start({ GITHUB_API_URL: secure.url, NODE_EXTRA_CA_CERTS: TEST_CA_FILE })
    expect((await relay.post(fixture('native-push.json'))).status).toBe(202)
    expect(secure.dispatches.map(d => d.authorization)).toEqual([`Bearer ${TOKEN}`])
  })

  test('a GitHub App token is minted over TLS too', async () => {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' }
    })
    const relay = await start({
      GITHUB_API_URL: secure.url,
      NODE_EXTRA_CA_CERTS: TEST_CA_FILE,
      GITHUB_TOKEN: '',
      GITHUB_APP_ID: '4242',
      GITHUB_APP_INSTALLATION_ID: '99',
      GITHUB_APP_PRIVATE_KEY: privateKey
    })
    expect((await relay.post(fixture('native-push.json'))).status).toBe(202)
    expect(secure.tokenRequests).toHaveLength(1)
    expect(secure.dispatches.map(d => d.authorization)).toEqual(['Bearer ghs_installation_token_1'])
  })

  test('a certificate the relay does not trust is not sent to: 503, and nothing reaches the server', async () => {
    const relay = await start({ GITHUB_API_URL: secure.url, RELAY_DEADLINE_SECONDS: '2' })
    const response = await relay.post(fixture('native-push.json'))
    expect(response.status).toBe(503)
    expect(secure.attempts).toHaveLength(0)
    // The operator reads why in the log line.
    expect((await relay.requestLog('POST')).events[0].githubError).toMatch(/certificate/i)
  })
})

describe('relay: shutdown', () => {
  test('SIGTERM finishes the request under way, then exits 0', async () => {
    const relay = await start()
    github.script({ status: 204, delayMs: 800 })
    const pending = relay.post(fixture('native-push.json'))
    await new Promise(resolve => setTimeout(resolve, 200))
    const exited = relay.stop()
    const started = Date.now()
    expect((await pending).status).toBe(202)
    expect(await exited).toBe(0)
    // It did not wait for the keep-alive connection to time out.
    expect(Date.now() - started).toBeLessThan(2000)
    expect(github.dispatches).toHaveLength(1)
  })

  const postOn = (connection: Awaited<ReturnType<typeof openRawConnection>>, id: string) =>
    connection.send({
      method: 'POST',
      path: '/',
      headers: { authorization: `Bearer ${RELAY_SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...(fixture('native-push.json') as object), id })
    })
  const sigtermLogged = async (relay: RelayProcess) => {
    while (!relay.logs.some(line => /^SIGTERM/.test(String(line.message)))) await new Promise(resolve => setTimeout(resolve, 5))
  }

  test('after SIGTERM, requests on 18 kept-alive connections are answered, with Connection: close, not reset', async () => {
    // Not a second apart: 36 dispatches at GitHub's pace would outlast the stop's own bound.
    const relay = await start({ RELAY_GITHUB_REQUEST_INTERVAL: '0' })
    const connections = await Promise.all(Array.from({ length: 18 }, () => openRawConnection(relay.url)))
    const before = await Promise.all(connections.map((connection, i) => postOn(connection, `kept-alive-before-${i}`)))
    expect(before.map(answer => [answer.status, answer.headers.connection])).toEqual(before.map(() => [202, 'keep-alive']))

    const exited = relay.stop()
    // Sent once the relay has begun to stop, on connections that are idle when it does.
    await sigtermLogged(relay)
    const after = await Promise.all(connections.map((connection, i) => postOn(connection, `kept-alive-after-${i}`)))
    expect(after.map(answer => [answer.status, answer.headers.connection])).toEqual(after.map(() => [202, 'close']))
    expect(await Promise.all(connections.map(connection => connection.closed))).toEqual(connections.map(() => 'end'))
    expect(await exited).toBe(0)
    expect(github.dispatches).toHaveLength(36)
  })

  test('after SIGTERM, a request pipelined behind one under way is answered too; only the last answer closes the connection', async () => {
    const relay = await start()
    github.answerAlways({ status: 204, delayMs: 800 })
    const connection = await openRawConnection(relay.url)
    const first = postOn(connection, 'pipelined-first')
    const second = postOn(connection, 'pipelined-second')
    await new Promise(resolve => setTimeout(resolve, 200))
    const exited = relay.stop()
    expect([(await first).status, (await first).headers.connection]).toEqual([202, 'keep-alive'])
    expect([(await second).status, (await second).headers.connection]).toEqual([202, 'close'])
    expect(await connection.closed).toBe('end')
    expect(await exited).toBe(0)
    expect(github.dispatches.map(dispatch => dispatch.body.client_payload.id).sort()).toEqual(['pipelined-first', 'pipelined-second'])
  })

  test('a bad setting stops the process at start with one line naming the variable', async () => {
    await expect(startRelayProcess({ GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'not-a-repo' })).rejects.toThrow(
      /relay exited with 1: acr-webhook-relay: GITHUB_REPOSITORY: must be owner\/repo; got "not-a-repo"\n$/
    )
  })

  test('an invalid glob in RELAY_ROUTES stops the process at start with one line naming the variable and the route, not a stack', async () => {
    const routes = JSON.stringify([{ repositories: 'team/[abc', target: 'org/team' }])
    await expect(startRelayProcess({ GITHUB_TOKEN: TOKEN, RELAY_ROUTES: routes })).rejects.toThrow(
      /relay exited with 1: acr-webhook-relay: RELAY_ROUTES: entry 0 \(to org\/team\): "repositories" "team\/\[abc" is not a valid glob \([^\n]*\)\n$/
    )
  })
})

describe('relay bundles as deployed', () => {
  test('dist/relay runs on its own, without node_modules, as the container image holds it', async () => {
    const app = mkdtempSync(join(tmpdir(), 'acr-relay-image-'))
    try {
      cpSync(join(repoRoot, 'dist/relay'), app, { recursive: true })
      relay = await startRelayProcess({ GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'org/deploy', GITHUB_API_URL: github.url }, app)
      expect((await relay.post(fixture('native-push.json'))).status).toBe(202)
      expect(await relay.stop()).toBe(0)
    } finally {
      rmSync(app, { recursive: true, force: true })
    }
  })

  test('dist/relay-function loads and registers its HTTP trigger with @azure/functions', async () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist/relay-function/index.js')], {
      env: { PATH: process.env.PATH, RELAY_SECRET, GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'org/deploy' },
      encoding: 'utf8'
    })
    expect(result.status, result.stderr).toBe(0)
    // Outside the Functions host the package runs in test mode and says which function it would register.
    expect(result.stderr + result.stdout).toContain('register function "acr-relay"')
  })

  test('in storage mode, dist/relay-function also registers its queue trigger and the sweep', async () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist/relay-function/index.js')], {
      env: {
        PATH: process.env.PATH,
        RELAY_SECRET,
        GITHUB_TOKEN: TOKEN,
        GITHUB_REPOSITORY: 'org/deploy',
        RELAY_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true'
      },
      encoding: 'utf8'
    })
    expect(result.status, result.stderr).toBe(0)
    for (const name of ['acr-relay', 'acr-relay-dispatch', 'acr-relay-sweep'])
      expect(result.stderr + result.stdout).toContain(`register function "${name}"`)
  })
})
