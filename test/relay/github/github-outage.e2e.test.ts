// GitHub's bad day, row by row (issue 25): the relay bundle as a process on
// loopback, a fake GitHub whose dispatch and App-token endpoints fail, hang or
// answer late, and Azurite for storage mode. Each test is one way GitHub
// fails and what the relay must still promise.
import { generateKeyPairSync } from 'node:crypto'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { repoRoot } from '../../../scripts/runner.mjs'
import { startAzurite, uniqueStorageName, type Azurite } from '../../support/azurite.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'
import { fixture } from '../../support/fixtures.js'
import { startRelayProcess, type RelayProcess } from '../../support/relay-process.js'

const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' }
})
const APP = { GITHUB_APP_ID: '4242', GITHUB_APP_INSTALLATION_ID: '99', GITHUB_APP_PRIVATE_KEY: keys.privateKey.replace(/\n/g, '\\n') }
const SECONDARY = JSON.stringify({ message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' })

let azurite: Azurite
beforeAll(async () => {
  azurite = await startAzurite()
}, 60_000)
afterAll(() => azurite.stop())

/** Each test its own fake GitHub and relays, so that the tests run at once: most of their time is waiting. */
const open: Array<{ github: FakeGitHub; relays: RelayProcess[] }> = []
afterAll(async () => {
  for (const { github, relays } of open.splice(0)) {
    await Promise.all(relays.map(relay => relay.stop()))
    await github.close()
  }
})

async function world(options?: Parameters<typeof startFakeGitHub>[0]) {
  const github = await startFakeGitHub(options)
  const entry = { github, relays: [] as RelayProcess[] }
  open.push(entry)
  const start = async (env: Record<string, string>): Promise<RelayProcess> => {
    const relay = await startRelayProcess({ GITHUB_REPOSITORY: 'org/deploy', GITHUB_API_URL: github.url, ...env })
    entry.relays.push(relay)
    return relay
  }
  const timesDispatched = (id: string) => github.dispatches.filter(dispatch => dispatch.body.client_payload.id === id).length
  return { github, start, timesDispatched }
}

const storage = (name: string) => ({ RELAY_STORAGE_CONNECTION_STRING: azurite.connectionString, RELAY_STORAGE_NAME: name })
const pushEvent = (id: string) => ({ ...(fixture('native-push.json') as Record<string, unknown>), id })
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

async function waitFor(what: string, condition: () => boolean, ms = 30_000): Promise<void> {
  const until = Date.now() + ms
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await sleep(25)
  }
}

// One suite, so that its tests run at once (vitest runs sibling suites one after another).
describe('GitHub’s bad day, row by row', () => {
  // the breaker: every outcome of its probe ends the half-open state
  test.concurrent.each([
    ['fails (500)', { status: 500 }],
    ['hangs', { status: 0, action: 'hang' as const }],
    ['resets the connection', { status: 0, action: 'reset' as const }]
  ])(
    'an outage opens it; at the probe the App token is due and the token endpoint %s too; GitHub recovers: dispatched again within a cooldown',
    async (_, tokenFault) => {
      const { github, start, timesDispatched } = await world()
      // Inside the 5-minute renewal margin: every attempt mints, the probe's too.
      github.tokenLifetimeMs = 2 * 60 * 1000
      const relay = await start({ ...APP, RELAY_DEADLINE_SECONDS: '3', RELAY_GITHUB_REQUEST_INTERVAL: '0' })
      github.answerAlways({ status: 500 })
      github.tokenAnswer = { status: 500 }
      // Five failures in a row open the breaker: events one after another until one is refused by it.
      const openedBy = (line: Record<string, any>) => /GitHub failed repeatedly/.test(String(line.events?.[0]?.githubError))
      for (let i = 0; i < 10 && !relay.logs.some(openedBy); i++) {
        expect((await relay.post(pushEvent(`outage-${i}`))).status).toBe(503)
        await sleep(50)
      }
      expect(relay.logs.some(openedBy)).toBe(true)

      // The cooldown over, the probe's token mint fails as scripted.
      github.tokenAnswer = tokenFault
      await sleep(5_200)
      expect((await relay.post(pushEvent('probe'))).status).toBe(503)

      // GitHub recovers; within one cooldown of the probe's end, events go through.
      github.tokenAnswer = undefined
      github.answerAlways(undefined)
      await sleep(5_200)
      expect((await relay.post(pushEvent('after-recovery'))).status).toBe(202)
      expect(timesDispatched('after-recovery')).toBe(1)
    },
    60_000
  )

  // every request to GitHub, token mint included, is bounded by the deadline (and the lease)
  test.concurrent(
    'the token endpoint answers 12 s late: the sender is answered 503 before GitHub answers, and the late token is not used to send',
    async () => {
      const { github, start } = await world()
      const relay = await start({ ...APP, RELAY_DEADLINE_SECONDS: '3' })
      github.scriptToken({ status: 201, delayMs: 12_000 })
      const answer = await relay.post(pushEvent('late-token'))
      const answeredAt = Date.now()
      expect(answer.status).toBe(503)
      // The token endpoint had not answered yet when the sender had its 503.
      expect(github.tokenRequests[0]!.at + 12_000).toBeGreaterThan(answeredAt)
      await sleep(12_500 - (Date.now() - github.tokenRequests[0]!.at))
      expect(github.attempts).toHaveLength(0)
      const line = await relay.requestLog('POST')
      expect(line.events[0].githubError).toMatch(/minting an installation token: .*deadline/)
    },
    30_000
  )

  test.concurrent(
    'storage mode, deadline 3 s, lease 5 s, the first mint 12 s late: GitHub receives the event once',
    async () => {
      const { github, start, timesDispatched } = await world()
      const name = uniqueStorageName()
      const env = {
        ...APP,
        ...storage(name),
        RELAY_DEADLINE_SECONDS: '3',
        RELAY_DISPATCH_LEASE_SECONDS: '5',
        RELAY_RETRY_DELAY_SECONDS: '1',
        RELAY_MAX_RETRY_DELAY_SECONDS: '2'
      }
      const pair = [await start(env), await start(env)]
      github.scriptToken({ status: 201, delayMs: 12_000 })
      expect((await pair[0]!.post(pushEvent('stored-late-token'))).status).toBe(202)
      await waitFor('the dispatch', () => timesDispatched('stored-late-token') === 1)
      // Past the late mint's answer and a lease more: nobody sent it again.
      await sleep(Math.max(0, github.tokenRequests[0]!.at + 12_000 + 6_000 - Date.now()))
      expect(timesDispatched('stored-late-token')).toBe(1)
      expect(github.attempts.filter(attempt => attempt.body.client_payload.id === 'stored-late-token')).toHaveLength(1)
    },
    60_000
  )

  // GitHub named a time: nothing reaches it before, from any event or instance, and senders are told
  test.concurrent(
    '403 secondary rate limit with Retry-After: 6, in memory: 40 senders are told when it passes; GitHub hears nothing until then',
    async () => {
      const { github, start } = await world()
      const relay = await start({ GITHUB_TOKEN: 'ghp_limits', RELAY_DEADLINE_SECONDS: '3' })
      github.script({ status: 403, headers: { 'retry-after': '6', 'content-type': 'application/json' }, body: SECONDARY })
      const first = await relay.post(pushEvent('limited-0'))
      const limitedAt = github.attempts[0]!.at
      expect(first.status).toBe(503)
      const others = await Promise.all(Array.from({ length: 40 }, (_, i) => relay.post(pushEvent(`limited-${i + 1}`))))
      for (const answer of [first, ...others]) {
        expect(answer.status).toBe(503)
        // Told the time GitHub named, as it was left when they asked (6 s, less what had passed).
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(Math.floor((limitedAt + 6_000 - Date.now()) / 1000))
        expect(Number(answer.headers.get('retry-after'))).toBeLessThanOrEqual(6)
      }
      expect(github.attempts).toHaveLength(1)
      await sleep(Math.max(0, limitedAt + 6_100 - Date.now()))
      expect((await relay.post(pushEvent('limited-0'))).status).toBe(202)
      expect(github.attempts.every((attempt, i) => i === 0 || attempt.at >= limitedAt + 6_000)).toBe(true)
    },
    30_000
  )

  test.concurrent(
    'a secondary rate limit that names no time: a minute, as GitHub asks; x-ratelimit-remaining 0: until x-ratelimit-reset',
    async () => {
      const { github, start } = await world()
      const relay = await start({ GITHUB_TOKEN: 'ghp_limits', RELAY_DEADLINE_SECONDS: '3' })
      github.script({ status: 403, headers: { 'content-type': 'application/json' }, body: SECONDARY })
      const answer = await relay.post(pushEvent('unnamed'))
      expect(answer.status).toBe(503)
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(59)
      expect(Number((await relay.post(pushEvent('unnamed-2'))).headers.get('retry-after'))).toBeGreaterThanOrEqual(58)
      expect(github.attempts).toHaveLength(1)

      const second = await world()
      const other = await second.start({ GITHUB_TOKEN: 'ghp_limits', RELAY_DEADLINE_SECONDS: '3' })
      const reset = Math.ceil(Date.now() / 1000) + 40
      second.github.script({
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
        body: '{"message":"API rate limit exceeded"}'
      })
      const exhausted = await other.post(pushEvent('exhausted'))
      expect(exhausted.status).toBe(503)
      expect(Math.abs(Number(exhausted.headers.get('retry-after')) - (reset - Date.now() / 1000))).toBeLessThanOrEqual(2)
      expect(second.github.attempts).toHaveLength(1)
    },
    30_000
  )

  test.concurrent(
    'storage mode, two instances: a 403 with Retry-After: 6 met by one holds the other too',
    async () => {
      const { github, start, timesDispatched } = await world()
      const name = uniqueStorageName()
      const env = {
        GITHUB_TOKEN: 'ghp_limits',
        ...storage(name),
        RELAY_DEADLINE_SECONDS: '3',
        RELAY_DISPATCH_LEASE_SECONDS: '5',
        RELAY_RETRY_DELAY_SECONDS: '1'
      }
      const pair = [await start(env), await start(env)]
      github.script({ status: 403, headers: { 'retry-after': '6', 'content-type': 'application/json' }, body: SECONDARY })
      expect((await pair[0]!.post(pushEvent('shared-block-0'))).status).toBe(202)
      await waitFor('the refusal', () => github.attempts.length === 1)
      const limitedAt = github.attempts[0]!.at
      const ids = Array.from({ length: 10 }, (_, i) => `shared-block-${i + 1}`)
      await Promise.all(ids.map((id, i) => pair[i % 2]!.post(pushEvent(id))))
      await waitFor('every event dispatched', () => [...ids, 'shared-block-0'].every(id => timesDispatched(id) === 1), 60_000)
      // Nothing from either instance before the time GitHub named.
      expect(github.attempts.slice(1).every(attempt => attempt.at >= limitedAt + 6_000)).toBe(true)
    },
    90_000
  )

  // the budget
  test.concurrent(
    'an outage while the budget is small (20 a minute): events the open breaker refuses take no permit, and the first after recovery is sent at once',
    async () => {
      const { github, start } = await world()
      const relay = await start({
        GITHUB_TOKEN: 'ghp_budget',
        RELAY_DEADLINE_SECONDS: '3',
        RELAY_GITHUB_RATE_LIMITS: '20/1m',
        RELAY_GITHUB_REQUEST_INTERVAL: '0'
      })
      github.answerAlways({ status: 500 })
      await Promise.all(Array.from({ length: 3 }, (_, i) => relay.post(pushEvent(`small-outage-${i}`))))
      const sent = github.attempts.length
      // 25 events at the open breaker: none reaches GitHub, and none spends a permit.
      const refused = await Promise.all(Array.from({ length: 25 }, (_, i) => relay.post(pushEvent(`at-open-breaker-${i}`))))
      expect(refused.every(answer => answer.status === 503)).toBe(true)
      expect(github.attempts).toHaveLength(sent)
      github.answerAlways(undefined)
      await sleep(5_200)
      const after = await relay.post(pushEvent('after-small-outage'))
      expect(after.status).toBe(202)
      expect(sent).toBeLessThan(20)
    },
    30_000
  )

  test.concurrent(
    'two storage-mode instances whose clocks are 5 s apart share one budget: GitHub, counting in any sliding window, refuses none',
    async () => {
      const { github, start } = await world({ secondaryRateLimits: { limits: [{ count: 12, windowMs: 10_000 }] } })
      const name = uniqueStorageName()
      const env = {
        GITHUB_TOKEN: 'ghp_skew',
        ...storage(name),
        RELAY_GITHUB_RATE_LIMITS: '12/10s',
        RELAY_GITHUB_REQUEST_INTERVAL: '0',
        RELAY_DEADLINE_SECONDS: '3',
        RELAY_DISPATCH_LEASE_SECONDS: '5',
        RELAY_RETRY_DELAY_SECONDS: '1',
        RELAY_MAX_RETRY_DELAY_SECONDS: '2',
        NODE_OPTIONS: `--require ${join(repoRoot, 'test/support/clock-offset.cjs')}`
      }
      const pair = [await start({ ...env, CLOCK_OFFSET_MS: '-2500' }), await start({ ...env, CLOCK_OFFSET_MS: '2500' })]
      const ids = Array.from({ length: 30 }, (_, i) => `skewed-${i}`)
      for (let round = 0; round < 3; round++) {
        await Promise.all(ids.slice(round * 10, round * 10 + 10).map((id, i) => pair[i % 2]!.post(pushEvent(id))))
        await sleep(2_000)
      }
      await waitFor('24 dispatches', () => github.dispatches.length >= 24, 60_000)
      expect(github.secondaryRateLimitRefusals).toBe(0)
    },
    90_000
  )

  // Retry-After for a 503 says when the sender could have its turn
  test.concurrent(
    '200 senders while GitHub hangs: each told a time no later than the hourly window, and /healthz answers meanwhile',
    async () => {
      const { github, start } = await world()
      github.answerAlways({ status: 0, action: 'hang' })
      const relay = await start({ GITHUB_TOKEN: 'ghp_hung', RELAY_DEADLINE_SECONDS: '5', RELAY_MAX_DISPATCHES_QUEUED: '50' })
      const answers = Promise.all(Array.from({ length: 200 }, (_, i) => relay.post(pushEvent(`hung-${i}`))))
      await sleep(500)
      const health = await fetch(`${relay.url}/healthz`)
      expect(health.status).toBe(200)
      const all = await answers
      const refused = all.filter(answer => answer.status === 503)
      expect(refused.length).toBe(200)
      for (const answer of refused) {
        const seconds = Number(answer.headers.get('retry-after'))
        expect(seconds).toBeGreaterThanOrEqual(1)
        expect(seconds).toBeLessThanOrEqual(3_600)
      }
      // Nothing multiplied: one request at a time, and the hung one held the line until its deadline.
      expect(github.attempts.length).toBeLessThanOrEqual(2)
    },
    60_000
  )
})
