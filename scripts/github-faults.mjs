// Fault injection for the relay's other half: GitHub. A fake GitHub on
// loopback (test/support/fake-github.ts) fails one chosen request of an
// event's life (its App token mint, its dispatch) in one of the ways GitHub's
// REST documentation says it can, and the cases built on it. Shared by
// test/relay/github/github-faults.e2e.test.ts (every point with two kinds of
// fault each) and `npm run bench:github-faults` (every point with every kind).
//
// A life is one event's requests to GitHub in one mode (in memory; storage,
// on Azurite) with one credential (a token; a GitHub App, whose installation
// token is minted first), as a run without faults records them. A case: a
// fresh relay process and fake GitHub; the sender delivers again after a 503,
// once its Retry-After has passed, as Event Grid does; once the case settles
// (storage: the outbox empty), these are checked:
//   - acknowledged => dispatched exactly once, or (storage) listed by
//     `poison list`; the one exception documented in docs/relay.md: GitHub
//     accepted and its answer came after the deadline (kind "late" on a
//     dispatch), then twice at most;
//   - never acknowledged => dispatched at most once;
//   - nothing reached GitHub before the time it named (Retry-After, an
//     exhausted limit's reset, a minute for a limit that names none) had passed;
//   - the relay dispatches again once GitHub has recovered: a new event, sent
//     after the case, is dispatched within one breaker cooldown.
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startFakeGitHub } from '../test/support/fake-github.ts'
import { uniqueStorageName } from './azurite.mjs'
import { spawnTracked } from './children.mjs'
import { repoRoot } from './runner.mjs'
import { outboxEmpty, poisonListed } from './storage-faults.mjs'

const SECRET = 'github-faults-secret-0123456789'
const event = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/native-push.json'), 'utf8'))
const relayEntry = join(process.env.FAULTS_RELAY_DIR ?? join(repoRoot, 'dist/relay'), 'index.js')
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms))
/** The breaker's cooldown (src/relay/github/breaker.ts). */
export const COOLDOWN_MS = 5_000
/** What the sender waits, at most, for a Retry-After: past a minute and a bit, a case would be stuck. */
const MAX_SENDER_WAIT_MS = 70_000

/** The deadline and lease the scenarios use: 3 s to answer, a lease of 5 s. */
export const SETTINGS = {
  RELAY_DEADLINE_SECONDS: '3',
  RELAY_DISPATCH_LEASE_SECONDS: '5',
  RELAY_RETRY_DELAY_SECONDS: '1',
  RELAY_MAX_RETRY_DELAY_SECONDS: '2',
  RELAY_STORAGE_TIMEOUT_SECONDS: '2'
}
const DEADLINE_MS = 3_000
/**
 * For recording a life without faults: the same relay with room to spare, as
 * storage-faults.mjs records its lives (088af44): on a loaded machine a 3 s
 * deadline can cut a slow answer short and add an attempt of its own to the
 * recording. With no fault, the requests an event's life makes do not depend
 * on these settings; the fault cases keep the short ones.
 */
export const RECORDING_SETTINGS = {
  ...SETTINGS,
  RELAY_DEADLINE_SECONDS: '20',
  RELAY_DISPATCH_LEASE_SECONDS: '60',
  RELAY_STORAGE_TIMEOUT_SECONDS: '9'
}

export const LIVES = [
  { mode: 'memory', auth: 'token' },
  { mode: 'memory', auth: 'app' },
  { mode: 'storage', auth: 'token' },
  { mode: 'storage', auth: 'app' }
]
export const lifeName = life => `${life.mode}, ${life.auth}`

const secondaryBody = JSON.stringify({
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
})

/**
 * The kinds of fault, each an answer the fake gives instead of the real one,
 * and the seconds it asks the relay to wait (none: it names no time).
 * `long`: the relay must wait a minute; kept out of the short table.
 */
export const FAULTS = {
  500: { answer: () => ({ status: 500, body: '{"message":"Server Error"}' }) },
  'secondary with Retry-After': {
    wait: 3,
    answer: () => ({ status: 403, headers: { 'retry-after': '3', 'content-type': 'application/json' }, body: secondaryBody })
  },
  secondary: { wait: 60, long: true, answer: () => ({ status: 403, headers: { 'content-type': 'application/json' }, body: secondaryBody }) },
  '429 with Retry-After': { wait: 3, answer: () => ({ status: 429, headers: { 'retry-after': '3' }, body: '{"message":"Too Many Requests"}' }) },
  429: { wait: 60, long: true, answer: () => ({ status: 429, body: '{"message":"Too Many Requests"}' }) },
  // The wait is until the reset, an epoch second: notBeforeMs says when, for the check.
  'remaining 0': {
    wait: 3,
    answer: () => {
      const reset = Math.ceil(Date.now() / 1000) + 3
      return {
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset), 'content-type': 'application/json' },
        body: '{"message":"API rate limit exceeded for installation."}',
        notBeforeMs: reset * 1000
      }
    }
  },
  401: { answer: () => ({ status: 401, body: '{"message":"Bad credentials"}' }) },
  404: { answer: () => ({ status: 404, body: '{"message":"Not Found"}' }) },
  422: { answer: () => ({ status: 422, body: '{"message":"Validation Failed"}' }) },
  reset: { answer: () => ({ status: 0, action: 'reset' }) },
  hang: { answer: () => ({ status: 0, action: 'hang' }) },
  // GitHub acts on it and answers after the deadline; a token mint's answer comes after it too.
  late: {
    answer: endpoint =>
      endpoint === 'dispatch' ? { status: 204, delayMs: DEADLINE_MS + 1_500, acceptFirst: true } : { status: 201, delayMs: DEADLINE_MS + 1_500 }
  }
}
export const FAULT_KINDS = Object.keys(FAULTS)
export const SHORT_KINDS = FAULT_KINDS.filter(kind => !FAULTS[kind].long)

let appKey
function appEnv() {
  appKey ??= generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' }
  })
  return { GITHUB_APP_ID: '4242', GITHUB_APP_INSTALLATION_ID: '99', GITHUB_APP_PRIVATE_KEY: appKey.privateKey.replace(/\n/g, '\\n') }
}

/** dist/relay/index.js as a process; resolves once it listens. */
async function startRelay(env) {
  const child = spawnTracked('a relay (dist/relay/index.js)', process.execPath, [relayEntry], {
    env: { PATH: process.env.PATH, RELAY_SECRET: SECRET, PORT: '0', GITHUB_REPOSITORY: 'org/deploy', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const logs = []
  let stderr = ''
  child.stderr.on('data', chunk => (stderr += chunk))
  let buffered = ''
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', chunk => {
      buffered += chunk
      let newline
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffered.slice(0, newline))
        buffered = buffered.slice(newline + 1)
        logs.push(line)
        if (line.message === 'listening') resolve(line.port)
      }
    })
    child.once('exit', code => reject(new Error(`relay exited with ${code}: ${stderr}`)))
  })
  return {
    url: `http://127.0.0.1:${port}/`,
    logs,
    stop: () =>
      new Promise(resolve => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGKILL')
      })
  }
}

/**
 * Delivers as Event Grid does: again after a 503 (or no answer), once its
 * Retry-After has passed; any other answer is final. The answers, in order.
 */
async function deliver(url, body, giveUpMs) {
  const until = Date.now() + giveUpMs
  const answers = []
  while (Date.now() < until) {
    let wait = 1_000
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000)
      })
      await response.arrayBuffer()
      answers.push({ status: response.status, retryAfter: response.headers.get('retry-after'), at: Date.now() })
      if (response.status !== 503) return answers
      wait = Math.min(MAX_SENDER_WAIT_MS, Number(response.headers.get('retry-after') ?? 1) * 1000)
    } catch {
      answers.push({ status: 0, at: Date.now() })
    }
    await sleep(wait)
  }
  return answers
}

async function waitUntil(condition, ms) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (await condition()) return true
    await sleep(100)
  }
  return false
}

/**
 * One case: the life with `fault` ({ endpoint, occurrence, kind }; undefined:
 * none, to record the life), the relay run with `settings`. Resolves to what happened, whether each
 * invariant held, and the requests the fake GitHub saw.
 */
export async function runCase(life, fault, azurite, settings = SETTINGS) {
  const started = Date.now()
  const github = await startFakeGitHub()
  // Every use of an App token mints anew only when it is close to expiry: one mint per case.
  let faultAnsweredAt
  let planted
  if (fault) {
    planted = FAULTS[fault.kind].answer(fault.endpoint)
    github.plant(fault.endpoint, fault.occurrence, planted)
  }
  const name = uniqueStorageName()
  const storage = life.mode === 'storage' ? { RELAY_STORAGE_CONNECTION_STRING: azurite.connectionString, RELAY_STORAGE_NAME: name } : {}
  const credentials = life.auth === 'app' ? appEnv() : { GITHUB_TOKEN: 'ghp_githubfaults' }
  const relay = await startRelay({ ...settings, ...storage, ...credentials, GITHUB_API_URL: github.url })
  const row = `gh-fault-${name}`
  const countOf = id => github.dispatches.filter(dispatch => dispatch.body.client_payload.id === id).length
  try {
    const answers = await deliver(relay.url, { ...event, id: row }, 150_000)
    const acknowledged = answers.some(answer => answer.status >= 200 && answer.status < 300)
    // Settled: in storage mode the outbox empty (dispatched or poisoned); a request still hanging ends within the deadline.
    if (life.mode === 'storage') await waitUntil(() => outboxEmpty(azurite, name), 120_000)
    await sleep(DEADLINE_MS + 1_000)
    const dispatched = countOf(row)
    const listed = life.mode === 'storage' ? await poisonListed(azurite, name, row) : false

    // GitHub's named wait: the fault's request is the occurrence-th to its endpoint.
    const faultRequest = fault && github.requests.filter(request => request.endpoint === fault.endpoint)[fault.occurrence - 1]
    const wait = fault && FAULTS[fault.kind].wait
    faultAnsweredAt = faultRequest?.at
    // Before the time GitHub named: its Retry-After from the request (the relay counts from the answer, later), or the reset.
    const notBefore = wait && faultRequest ? (planted.notBeforeMs ?? faultRequest.at + wait * 1000) : 0
    const early = notBefore ? github.requests.filter(request => request.at > faultRequest.at && request.at < notBefore).length : 0

    // Recovered: a new event goes through at once (memory: answered 202 on its first delivery; storage: dispatched within a cooldown).
    const probeId = `${row}-after`
    const probeStarted = Date.now()
    const probeAnswers = await deliver(relay.url, { ...event, id: probeId }, COOLDOWN_MS + 10_000)
    const probeDispatched = await waitUntil(() => countOf(probeId) === 1, COOLDOWN_MS + 5_000)
    const recovered =
      probeDispatched && probeAnswers[0]?.status === (life.mode === 'memory' ? 202 : 202) && Date.now() - probeStarted <= COOLDOWN_MS + 5_000

    const exception = fault?.kind === 'late' && fault.endpoint === 'dispatch'
    const once = acknowledged ? dispatched === 1 || (dispatched === 0 && listed) || (exception && dispatched <= 2) : dispatched <= 1
    return {
      life,
      fault,
      fired: fault === undefined || faultRequest !== undefined,
      acknowledged,
      answers: answers.map(answer => answer.status),
      dispatched,
      listed,
      exception,
      early,
      recovered,
      held: once && early === 0 && recovered,
      faultAnsweredAt,
      ms: Date.now() - started,
      requests: github.requests.map(request => ({ ...request, at: request.at - started })),
      logs: relay.logs
    }
  } finally {
    await relay.stop()
    await github.close()
  }
}

/** The points of a life: every request to GitHub of a run without faults, as endpoint and occurrence. */
export async function recordLife(life, azurite) {
  const result = await runCase(life, undefined, azurite, RECORDING_SETTINGS)
  if (!result.held) throw new Error(`the life ${lifeName(life)} without faults broke the invariant: ${JSON.stringify(result)}`)
  const seen = { token: 0, dispatch: 0 }
  // The probe event's requests come after the event's own: only those before the probe are the life.
  const own = result.requests.slice(0, -1)
  return own.map(request => ({ endpoint: request.endpoint, occurrence: ++seen[request.endpoint] }))
}

/** Runs `cases` (functions returning promises) `concurrency` at a time; results in the cases' order. */
export async function runAll(cases, concurrency) {
  const results = new Array(cases.length)
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < cases.length) {
        const index = next++
        results[index] = await cases[index]()
      }
    })
  )
  return results
}
