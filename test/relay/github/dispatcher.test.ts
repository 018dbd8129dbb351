// The dispatcher and its policy in this process (the source, for mutation
// testing), against the fake GitHub on loopback: what each of GitHub's
// answers becomes, for a token and for a GitHub App. The bundle meets the
// same GitHub in github-outage.e2e.test.ts and github-faults.e2e.test.ts.
import { generateKeyPairSync } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import type { Dispatch, DispatchResult } from '../../../src/relay/core.js'
import { boundDispatcher, createGitHubDispatcher, createGitHubPolicy, QUEUE_FULL_RETRY_AFTER_SECONDS } from '../../../src/relay/github/dispatcher.js'
import type { DispatchPacer } from '../../../src/relay/github/budget.js'
import { createHttpSend } from '../../../src/relay/github/http.js'
import { currentCall, GitHubPolicy } from '../../../src/relay/github/policy.js'
import type { GitHubAuth } from '../../../src/relay/config.js'
import type { RateLimit } from '../../../src/relay/github/budget.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'

const keys = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' }
})
const TOKEN: GitHubAuth = { kind: 'token', token: 'ghp_unit' }
const APP: GitHubAuth = { kind: 'app', appId: '4242', privateKey: keys.privateKey, installationId: 99 }
const SECONDARY = '{"message":"You have exceeded a secondary rate limit."}'

let github: FakeGitHub
beforeEach(async () => {
  github = await startFakeGitHub()
})
afterEach(() => github.close())

function dispatcherFor(options: { auth?: GitHubAuth; deadlineMs?: number; limits?: RateLimit[]; intervalMs?: number } = {}) {
  const { policy, tokens } = createGitHubPolicy({
    apiUrl: github.url,
    auth: options.auth ?? TOKEN,
    limits: options.limits ?? [],
    intervalMs: options.intervalMs ?? 0
  })
  return { policy, tokens, dispatch: createGitHubDispatcher({ policy, tokens, deadlineMs: options.deadlineMs ?? 4_000, minRetryDelayMs: 50 }) }
}

const event = (id = 'unit-event'): Dispatch => ({ target: 'org/deploy', eventType: 'acr-push', clientPayloadJson: `{"id":"${id}"}` })

describe('a token', () => {
  test('accepted: one request with the token, the body and GitHub’s headers', async () => {
    const { dispatch } = dispatcherFor()
    expect(await dispatch(event())).toEqual({ ok: true, status: 204, attempts: 1, retryable: false })
    expect(github.dispatches).toHaveLength(1)
    expect(github.dispatches[0]).toMatchObject({
      target: 'org/deploy',
      authorization: 'Bearer ghp_unit',
      headers: {
        accept: 'application/vnd.github+json',
        'content-type': 'application/json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'acr-webhook-relay'
      },
      body: { event_type: 'acr-push', client_payload: { id: 'unit-event' } }
    })
  })

  test('5xx are retried within the deadline, then accepted', async () => {
    const { dispatch } = dispatcherFor()
    github.script({ status: 500 }, { status: 502 })
    expect(await dispatch(event())).toEqual({ ok: true, status: 204, attempts: 3, retryable: false })
  })

  test('GitHub failing to the deadline: retryable, its last status, and no retry with too little time left', async () => {
    const { dispatch } = dispatcherFor({ deadlineMs: 1_500 })
    github.answerAlways({ status: 503 })
    const result = await dispatch(event())
    expect(result).toMatchObject({ ok: false, status: 503, retryable: true })
    expect(result.failureReason).toBeUndefined()
    expect(result.retryAfterSeconds).toBeGreaterThanOrEqual(1)
    // 1.5 s: a retry needs 0.75 s left, and the pauses double from 50 ms.
    expect(result.attempts).toBeGreaterThanOrEqual(2)
    expect(github.attempts.at(-1)!.at - github.attempts[0]!.at).toBeLessThan(1_500)
  })

  test.each([200, 201, 202, 204])('any 2xx (%i) is accepted: one request', async status => {
    const { dispatch } = dispatcherFor()
    github.script({ status })
    expect(await dispatch(event())).toEqual({ ok: true, status, attempts: 1, retryable: false })
  })

  test.each([300, 301, 307])('a redirect (%i) is not taken for accepted: final, not retried', async status => {
    const { dispatch } = dispatcherFor()
    github.script({ status, headers: { location: `${github.url}/repositories/1/dispatches` }, body: '{"message":"Moved Permanently"}' })
    expect(await dispatch(event())).toEqual({ ok: false, status, attempts: 1, retryable: false })
  })

  test('a 404 that used the hour’s last request (x-ratelimit-remaining 0) is still final: the target is wrong, not busy', async () => {
    const { dispatch } = dispatcherFor()
    github.script({
      status: 404,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 600) },
      body: '{"message":"Not Found"}'
    })
    expect(await dispatch(event())).toEqual({ ok: false, status: 404, attempts: 1, retryable: false })
  })

  test('a 5xx whose rate-limit headers show room left is retried at once, not waited out until the reset', async () => {
    const { dispatch } = dispatcherFor()
    github.script({ status: 502, headers: { 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3_000) } })
    expect(await dispatch(event())).toEqual({ ok: true, status: 204, attempts: 2, retryable: false })
  })

  test.each([404, 422, 403])('a refusal (%i) is final: not retried, not retryable', async status => {
    const { dispatch } = dispatcherFor()
    github.script({ status, body: '{"message":"no"}' })
    expect(await dispatch(event())).toEqual({ ok: false, status, attempts: 1, retryable: false })
  })

  test('a 401 with a token is final too: a token is not minted anew', async () => {
    const { dispatch } = dispatcherFor()
    github.script({ status: 401, body: '{"message":"Bad credentials"}' })
    expect(await dispatch(event())).toEqual({ ok: false, status: 401, attempts: 1, retryable: false })
  })

  test('429 with Retry-After: 1: the next request waits for it, from this dispatch and any other', async () => {
    const { dispatch } = dispatcherFor()
    github.script({ status: 429, headers: { 'retry-after': '1' } })
    const [first, second] = await Promise.all([
      dispatch(event('a')),
      new Promise(resolve => setTimeout(resolve, 100)).then(() => dispatch(event('b')))
    ])
    expect(first).toMatchObject({ ok: true, attempts: 2 })
    expect(second).toMatchObject({ ok: true, attempts: 1 })
    const [limited, ...after] = github.attempts
    for (const attempt of after) expect(attempt.at - limited!.at).toBeGreaterThanOrEqual(1_000)
  })

  test.each([
    ['a secondary rate limit naming no time: a minute', { status: 403, body: SECONDARY }, 60],
    ['a 429 naming no time: a minute', { status: 429 }, 60],
    ['Retry-After past the deadline', { status: 403, headers: { 'retry-after': '30' }, body: SECONDARY }, 30],
    [
      'x-ratelimit-remaining 0: until x-ratelimit-reset',
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': 'RESET' }, body: '{}' },
      20
    ],
    ['Retry-After as an HTTP date', { status: 429, headers: { 'retry-after': 'DATE' } }, 25],
    ['a 5xx naming Retry-After', { status: 503, headers: { 'retry-after': '30' } }, 30],
    ['Retry-After neither seconds nor a date (30s): a minute', { status: 429, headers: { 'retry-after': '30s' } }, 60],
    ['Retry-After with words before its seconds (in 30): a minute', { status: 429, headers: { 'retry-after': 'in 30' } }, 60],
    [
      'x-ratelimit-remaining 0 with a reset of 0: a minute',
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '0' }, body: SECONDARY },
      60
    ],
    [
      'x-ratelimit-remaining 0 with a reset that is no time: a minute',
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': 'soon' }, body: SECONDARY },
      60
    ]
  ])('%s: one request, and the sender is told the time', async (_, answer, seconds) => {
    const { dispatch } = dispatcherFor({ deadlineMs: 2_000 })
    const headers = Object.fromEntries(
      Object.entries((answer as { headers?: Record<string, string> }).headers ?? {}).map(([name, value]) => [
        name,
        value === 'RESET' ? String(Math.ceil(Date.now() / 1000) + 20) : value === 'DATE' ? new Date(Date.now() + 25_000).toUTCString() : value
      ])
    )
    github.script({ ...answer, headers })
    const result = await dispatch(event())
    expect(result).toMatchObject({ ok: false, status: answer.status, attempts: 1, retryable: true })
    // GitHub's own answer is what the log shows; not the block that kept a second attempt from going.
    expect(result.failureReason).toBeUndefined()
    expect(Math.abs(result.retryAfterSeconds! - seconds)).toBeLessThanOrEqual(1)
    // Another event meanwhile is not sent either, and is told what is left.
    const other = await dispatch(event('other'))
    expect(other).toMatchObject({
      ok: false,
      status: 0,
      attempts: 0,
      retryable: true,
      failureReason: expect.stringMatching(/^not sent: GitHub asked for no request for \d+ s more$/)
    })
    expect(github.attempts).toHaveLength(1)
  })

  test('a 2xx with x-ratelimit-remaining 0 is accepted, and nothing more is sent before the reset', async () => {
    const { dispatch } = dispatcherFor({ deadlineMs: 2_000 })
    github.script({ status: 204, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 30) } })
    expect(await dispatch(event())).toMatchObject({ ok: true })
    expect(await dispatch(event('next'))).toMatchObject({ ok: false, attempts: 0, retryAfterSeconds: expect.any(Number) })
    expect(github.attempts).toHaveLength(1)
  })

  test('no answer before the deadline: retryable, and the log says so', async () => {
    const { dispatch } = dispatcherFor({ deadlineMs: 800 })
    github.answerAlways({ status: 0, action: 'hang' })
    const result = await dispatch(event())
    expect(result).toMatchObject({
      ok: false,
      status: 0,
      attempts: 1,
      retryable: true,
      failureReason: expect.stringContaining('within the deadline (800 ms)')
    })
  })

  test('a reset connection: retried, then accepted', async () => {
    const { dispatch } = dispatcherFor()
    github.script({ status: 0, action: 'reset' })
    expect(await dispatch(event())).toMatchObject({ ok: true, attempts: 2 })
  })

  test('a deadline the caller gives (storage mode’s lease) comes first', async () => {
    const { dispatch } = dispatcherFor({ deadlineMs: 20_000 })
    github.answerAlways({ status: 0, action: 'hang' })
    const started = Date.now()
    const result = await dispatch({ ...event(), deadlineAt: started + 600 })
    // 600 ms from when the test read the clock; the dispatcher reads it a moment later.
    expect(result.failureReason).toMatch(/within the deadline \((?:59\d|600) ms\)$/)
  })

  test('five failures in a row open the breaker: nothing is sent, the sender is told when to come back, and no permit is taken', async () => {
    const { dispatch, policy } = dispatcherFor({ deadlineMs: 600, limits: [{ count: 8, windowMs: 60_000 }] })
    github.answerAlways({ status: 500 })
    for (let i = 0; i < 5 && !policy.breaker.open; i++) await dispatch(event(`fail-${i}`))
    expect(policy.breaker.open).toBe(true)
    const sent = github.attempts.length
    for (let i = 0; i < 10; i++) {
      expect(await dispatch(event(`refused-${i}`))).toMatchObject({
        ok: false,
        attempts: 0,
        retryable: true,
        retryAfterSeconds: 5,
        failureReason: 'not sent: GitHub failed repeatedly, and the relay waits 5 s before trying again'
      })
    }
    expect(github.attempts).toHaveLength(sent)
    // The budget of 8 was spent only by what was sent.
    expect(policy.pacer.secondsUntilTurn(8 - sent - 1)).toBe(0)
  })
})

describe('the policy around every request', () => {
  test('by default one request at a time, a second apart (GitHub’s best practices)', () => {
    expect(createGitHubPolicy({ apiUrl: github.url, auth: TOKEN, limits: [] }).policy.pacer.intervalMs).toBe(1_000)
  })

  test('serial pacing: each request gives its turn back once answered, so the next goes an interval later', async () => {
    const { dispatch } = dispatcherFor({ intervalMs: 100 })
    for (const id of ['s1', 's2', 's3']) expect(await dispatch(event(id))).toMatchObject({ ok: true })
    const [a, b, c] = github.attempts.map(attempt => attempt.at)
    // Measured where GitHub sees them, after each request's own way there: paced, give or take that.
    expect(b! - a!).toBeGreaterThanOrEqual(50)
    expect(c! - b!).toBeGreaterThanOrEqual(50)
  })

  test('a place in line that comes after what the deadline leaves for an attempt: not sent, the sender told when its turn comes', async () => {
    const { dispatch } = dispatcherFor({ intervalMs: 1_500, deadlineMs: 2_000 })
    expect(await dispatch(event('first'))).toMatchObject({ ok: true })
    expect(await dispatch(event('second'))).toMatchObject({
      ok: false,
      attempts: 0,
      retryable: true,
      failureReason: expect.stringMatching(/^not sent: its turn to GitHub comes in \d s, after the deadline$/)
    })
    expect(github.attempts).toHaveLength(1)
  })

  test('a retry whose pause would leave too little of the deadline: the sender is told at once, not when the deadline passes', async () => {
    const { policy, tokens } = dispatcherFor()
    // The first pause (3–6 s) plus the last attempt's 2 s cannot fit in 5 s: nothing is left to wait for.
    const dispatch = createGitHubDispatcher({ policy, tokens, deadlineMs: 5_000, minRetryDelayMs: 3_000 })
    github.answerAlways({ status: 502 })
    const started = Date.now()
    expect(await dispatch(event())).toMatchObject({ ok: false, status: 502, attempts: 1, retryable: true })
    // Generous against a busy machine, and still well before the 5 s deadline a needless wait would end at.
    expect(Date.now() - started).toBeLessThan(2_500)
  })

  test('a token mint the policy does not let through (its turn after the deadline): nothing is sent, and the log says the mint was not sent and why', async () => {
    const { policy, tokens } = dispatcherFor({ intervalMs: 1_500, deadlineMs: 2_000 })
    expect(await createGitHubDispatcher({ policy, tokens, deadlineMs: 2_000 })(event('first'))).toMatchObject({ ok: true })
    const appTokens = createGitHubPolicy({ apiUrl: github.url, auth: APP, limits: [] }).tokens
    expect(await createGitHubDispatcher({ policy, tokens: appTokens, deadlineMs: 2_000 })(event('second'))).toMatchObject({
      ok: false,
      attempts: 0,
      retryable: true,
      failureReason: expect.stringMatching(/^minting an installation token: not sent: its turn to GitHub comes in \d s, after the deadline$/)
    })
    expect(github.tokenRequests).toHaveLength(0)
    expect(github.attempts).toHaveLength(1)
  })

  /** One attempt of one request, through the policy: what the breaker hears of each answer. */
  function attemptOnce(policy: GitHubPolicy) {
    const request = { method: 'POST', path: '/repos/org/deploy/dispatches', headers: {}, body: '{"event_type":"x","client_payload":{}}' }
    return policy.attempt(AbortSignal.timeout(4_000), Date.now() + 4_000, call => call.send(request).then(() => undefined))
  }

  test.each([
    ['a refusal (404)', { status: 404, body: '{"message":"Not Found"}' }],
    ['an acceptance', { status: 204 }]
  ])('GitHub answering is GitHub up: %s between failures starts their count again', async (_, answer) => {
    const { policy } = dispatcherFor()
    github.script(...[502, 502, 502, 502].map(status => ({ status })), answer, ...[502, 502, 502, 502].map(status => ({ status })))
    for (let i = 0; i < 9; i++) await attemptOnce(policy)
    expect(policy.breaker.open).toBe(false)
    github.script({ status: 502 })
    await attemptOnce(policy)
    expect(policy.breaker.open).toBe(true)
  })

  test('a 5xx that names a Retry-After (even 0) is a failure like any other: the fifth in a row opens the breaker', async () => {
    const { policy } = dispatcherFor()
    github.script(...[502, 502, 502, 502].map(status => ({ status })), { status: 503, headers: { 'retry-after': '0' } })
    for (let i = 0; i < 5; i++) await attemptOnce(policy)
    expect(policy.breaker.open).toBe(true)
  })

  test('connections reset five times in a row open the breaker, as 5xx do', async () => {
    const { policy } = dispatcherFor()
    github.answerAlways({ status: 0, action: 'reset' })
    for (let i = 0; i < 4; i++) await attemptOnce(policy)
    expect(policy.breaker.open).toBe(false)
    await attemptOnce(policy)
    expect(policy.breaker.open).toBe(true)
    expect(await attemptOnce(policy)).toMatchObject({
      record: { sent: 0 },
      notSent: { message: expect.stringMatching(/^not sent: GitHub failed repeatedly/) }
    })
  })

  test('a permit that comes after the deadline, or a request whose deadline passed, sends nothing', async () => {
    const { breaker, pacer } = createGitHubPolicy({ apiUrl: github.url, auth: TOKEN, limits: [], intervalMs: 0 }).policy
    const send = createHttpSend(github.url)
    const request = { method: 'POST', path: '/repos/org/deploy/dispatches', headers: {}, body: '{"event_type":"x","client_payload":{}}' }
    // A permit granted just as the deadline passes.
    const late = new AbortController()
    const latePacer = {
      acquire: async () => {
        late.abort(new Error('no answer from GitHub within the deadline (1 ms)'))
        return { ok: true as const, release: () => {} }
      },
      block: async () => {}
    } as unknown as DispatchPacer
    const withLatePermit = new GitHubPolicy({ send, breaker, pacer: latePacer })
    const lateResult = await withLatePermit.attempt(late.signal, Date.now() + 1_000, call => call.send(request).then(() => undefined))
    expect(lateResult.notSent?.message).toBe('not sent: no answer from GitHub within the deadline (1 ms)')
    // A signal aborted before the request.
    const gone = new AbortController()
    gone.abort(new Error('no answer from GitHub within the deadline (2 ms)'))
    const goneResult = await new GitHubPolicy({ send, breaker, pacer }).attempt(gone.signal, Date.now() + 1_000, call =>
      call.send(request).then(() => undefined)
    )
    expect(goneResult.notSent?.message).toBe('not sent: no answer from GitHub within the deadline (2 ms)')
    expect(github.attempts).toHaveLength(0)
  })

  test('a request to GitHub outside an attempt is refused: nothing bypasses the policy', () => {
    expect(() => currentCall()).toThrow('a request to GitHub outside the resilience policy')
  })

  test('backoff: each retry of a failure waits longer than the one before, from the first delay', async () => {
    const { policy, tokens } = dispatcherFor()
    const dispatch = createGitHubDispatcher({ policy, tokens, deadlineMs: 10_000, minRetryDelayMs: 200 })
    github.script({ status: 500 }, { status: 500 })
    expect(await dispatch(event())).toMatchObject({ ok: true, attempts: 3 })
    const [a, b, c] = github.attempts.map(attempt => attempt.at)
    expect(b! - a!).toBeGreaterThanOrEqual(200)
    expect(c! - b!).toBeGreaterThanOrEqual(400)
  })
})

describe('a GitHub App', () => {
  test('mints once through the same policy, then dispatches with the installation token', async () => {
    const { dispatch } = dispatcherFor({ auth: APP })
    expect(await dispatch(event())).toMatchObject({ ok: true, attempts: 1 })
    expect(await dispatch(event('second'))).toMatchObject({ ok: true })
    expect(github.tokenRequests).toHaveLength(1)
    expect(github.dispatches.map(d => d.authorization)).toEqual(['Bearer ghs_installation_token_1', 'Bearer ghs_installation_token_1'])
  })

  test('credentials refused at the token endpoint (401): final, said so, and no dispatch', async () => {
    const { dispatch } = dispatcherFor({ auth: APP })
    github.tokenAnswer = { status: 401, body: '{"message":"A JSON web token could not be decoded"}' }
    expect(await dispatch(event())).toEqual({
      ok: false,
      status: 401,
      attempts: 1,
      retryable: false,
      appCredentialsRefused: true,
      failureReason: "GitHub refused the App's credentials when minting an installation token (HTTP 401)"
    })
    expect(github.attempts).toHaveLength(0)
  })

  test('the token endpoint failing (500) is retried, and said so when it lasts', async () => {
    const { dispatch } = dispatcherFor({ auth: APP, deadlineMs: 1_000 })
    github.tokenAnswer = { status: 500 }
    const result = await dispatch(event())
    expect(result).toMatchObject({ ok: false, retryable: true, failureReason: expect.stringMatching(/^minting an installation token: /) })
    expect(github.tokenRequests.length).toBeGreaterThanOrEqual(2)
    expect(github.attempts).toHaveLength(0)
  })

  test('a token that comes after the deadline is not used to send', async () => {
    const { dispatch } = dispatcherFor({ auth: APP, deadlineMs: 600 })
    github.scriptToken({ status: 201, delayMs: 1_200 })
    const result = await dispatch(event())
    expect(result).toMatchObject({ ok: false, retryable: true, failureReason: expect.stringContaining('deadline') })
    await new Promise(resolve => setTimeout(resolve, 900))
    expect(github.attempts).toHaveLength(0)
  })

  test('a token GitHub keeps refusing (401) is minted anew once, not again and again', async () => {
    const { dispatch } = dispatcherFor({ auth: APP })
    github.answerAlways({ status: 401, body: '{"message":"Bad credentials"}' })
    expect(await dispatch(event())).toEqual({ ok: false, status: 401, attempts: 2, retryable: false })
    expect(github.tokenRequests).toHaveLength(2)
  })

  test('another refusal (404) with an App is final: no new token is minted', async () => {
    const { dispatch } = dispatcherFor({ auth: APP })
    github.script({ status: 404, body: '{"message":"Not Found"}' })
    expect(await dispatch(event())).toEqual({ ok: false, status: 404, attempts: 1, retryable: false })
    expect(github.tokenRequests).toHaveLength(1)
  })

  test('a revoked token (401) that GitHub answered late is not minted anew with too little time left', async () => {
    const { dispatch } = dispatcherFor({ auth: APP, deadlineMs: 2_000 })
    github.script({ status: 401, body: '{"message":"Bad credentials"}', delayMs: 1_200 })
    expect(await dispatch(event())).toEqual({ ok: false, status: 401, attempts: 1, retryable: false })
    expect(github.tokenRequests).toHaveLength(1)
  })

  test.each([
    ['lives 10 minutes: kept, one mint for two dispatches', 10 * 60_000, 1],
    ['lives 4 minutes, under the 5-minute margin: renewed before each use', 4 * 60_000, 2]
  ])('an installation token that %s', async (_, lifetimeMs, mints) => {
    github.tokenLifetimeMs = lifetimeMs
    const { dispatch } = dispatcherFor({ auth: APP })
    expect(await dispatch(event('t1'))).toMatchObject({ ok: true })
    expect(await dispatch(event('t2'))).toMatchObject({ ok: true })
    expect(github.tokenRequests).toHaveLength(mints)
  })

  test('a mint under way is shared, and each dispatch waits for it no longer than its own deadline', async () => {
    const { policy, tokens } = dispatcherFor({ auth: APP })
    const patient = createGitHubDispatcher({ policy, tokens, deadlineMs: 15_000, minRetryDelayMs: 50 })
    const hurried = createGitHubDispatcher({ policy, tokens, deadlineMs: 600, minRetryDelayMs: 50 })
    github.scriptToken({ status: 201, delayMs: 6_000 })
    const first = patient(event('patient'))
    await new Promise(resolve => setTimeout(resolve, 100))
    const second = await Promise.race([hurried(event('hurried')), new Promise(resolve => setTimeout(() => resolve('still waiting'), 4_000))])
    expect(second).toMatchObject({ ok: false, retryable: true, failureReason: expect.stringContaining('deadline') })
    expect(await first).toMatchObject({ ok: true })
    expect(github.tokenRequests).toHaveLength(1)
    expect(github.dispatches.map(dispatch => dispatch.body.client_payload.id)).toEqual(['patient'])
  }, 20_000)

  test('a token GitHub refuses (401) on the dispatch is minted anew once', async () => {
    const { dispatch } = dispatcherFor({ auth: APP })
    github.script({ status: 401, body: '{"message":"Bad credentials"}' })
    expect(await dispatch(event())).toMatchObject({ ok: true, attempts: 2 })
    expect(github.tokenRequests).toHaveLength(2)
  })
})

describe('boundDispatcher', () => {
  test('a free place is used even when nothing may wait (maxQueued 0)', async () => {
    const bounded = boundDispatcher(async () => ({ ok: true, status: 204, attempts: 1, retryable: false }), { maxInFlight: 2, maxQueued: 0 })
    expect(await bounded(event())).toMatchObject({ ok: true })
  })

  test.each([
    ['too little left for an attempt (0.5 s of a 3 s deadline): told the relay is busy, not sent', 2_500, false],
    ['1.8 s left of a 3 s deadline, more than half: sent', 1_200, true]
  ])('a dispatch that waited for a place, %s', async (_, heldMs, sent) => {
    let now = 1_000_000
    const seen: string[] = []
    const bounded = boundDispatcher(
      async dispatch => {
        const id = JSON.parse(dispatch.clientPayloadJson).id as string
        seen.push(id)
        if (id === 'first') now += heldMs
        return { ok: true, status: 204, attempts: 1, retryable: false }
      },
      { maxInFlight: 1, maxQueued: 1, deadlineMs: 3_000, now: () => now }
    )
    const [, second] = await Promise.all([bounded(event('first')), bounded(event('second'))])
    expect(seen).toEqual(sent ? ['first', 'second'] : ['first'])
    if (!sent)
      expect(second).toMatchObject({
        ok: false,
        attempts: 0,
        retryable: true,
        failureReason: 'relay busy: waited for a place until too little time was left'
      })
  })

  test('past in-flight and queued, a sender is answered at once with when its turn could come', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>(resolve => (release = resolve))
    const slow = async (): Promise<DispatchResult> => {
      await held
      return { ok: true, status: 204, attempts: 1, retryable: false }
    }
    const bounded = boundDispatcher(slow, { maxInFlight: 1, maxQueued: 1, deadlineMs: 5_000 })
    const first = bounded(event('1'))
    const second = bounded(event('2'))
    expect(await bounded(event('3'))).toEqual({
      ok: false,
      status: 0,
      attempts: 0,
      retryable: true,
      retryAfterSeconds: QUEUE_FULL_RETRY_AFTER_SECONDS,
      failureReason: 'relay busy: 1 dispatches in flight and 1 waiting'
    })
    release()
    expect(await first).toMatchObject({ ok: true })
    expect(await second).toMatchObject({ ok: true })
  })

  test('a caller’s deadline is kept when it comes before the relay’s own', async () => {
    const seen: Dispatch[] = []
    const bounded = boundDispatcher(
      async dispatch => {
        seen.push(dispatch)
        return { ok: true, status: 204, attempts: 1, retryable: false }
      },
      { maxInFlight: 1, maxQueued: 1, deadlineMs: 60_000 }
    )
    const at = Date.now() + 1_000
    await bounded({ ...event(), deadlineAt: at })
    await bounded(event())
    expect(seen[0]!.deadlineAt).toBe(at)
    expect(seen[1]!.deadlineAt).toBeGreaterThan(at + 50_000)
  })
})
