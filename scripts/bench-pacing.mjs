// `npm run bench:pacing`: a release's burst of events (150 at once) through
// the relay to a fake GitHub that enforces the secondary rate limits as
// GitHub does (403 with Retry-After past 80 requests in a sliding minute or
// 500 in an hour), in memory and in storage mode with two relays sharing
// Azurite. The sender redelivers after Retry-After on a 503, as Event Grid
// would. Prints how long the burst took beside the time the limit itself
// allows, and GitHub's refusals: paced as the relay is by default (one
// request at a time, a second apart, within the limits), within the limits
// alone (RELAY_GITHUB_REQUEST_INTERVAL=0), and unpaced.
// The minute (and the second between requests) is scaled to
// BENCH_PACING_WINDOW_SECONDS (default 6, a tenth); 60 runs GitHub.com's own
// limits (a few minutes a run).
import { startAzurite, uniqueStorageName } from './azurite.mjs'
import { startFakeGitHub } from '../test/support/fake-github.ts'
import { startRelayProcess } from '../test/support/relay-process.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from './runner.mjs'
import './check-node.mjs'

const WINDOW_SECONDS = Number(process.env.BENCH_PACING_WINDOW_SECONDS ?? 6)
const EVENTS = Number(process.env.BENCH_PACING_EVENTS ?? 150)
const event = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/native-push.json'), 'utf8'))
const limits = [
  { count: 80, windowMs: WINDOW_SECONDS * 1000 },
  { count: 500, windowMs: WINDOW_SECONDS * 60_000 }
]
const setting = `80/${WINDOW_SECONDS}s,500/${WINDOW_SECONDS * 60}s`
/** GitHub's second between mutating requests, scaled as the minute is. */
const interval = (WINDOW_SECONDS / 60).toFixed(3)
/** The least time a sliding-window limit allows for the burst: a window per 80 after the first 80. */
const allowedSeconds = Math.ceil(EVENTS / 80 - 1) * WINDOW_SECONDS

async function deliver(relay, id) {
  let redeliveries = 0
  for (;;) {
    const answer = await relay.post({ ...event, id })
    if (answer.status !== 503) return { status: answer.status, redeliveries }
    redeliveries++
    await new Promise(resolve => setTimeout(resolve, Number(answer.headers.get('retry-after') ?? 1) * 1000))
  }
}

let runs = 0

async function burst(name, env, instances = 1, azurite) {
  const idPrefix = `burst${++runs}`
  const github = await startFakeGitHub({ secondaryRateLimits: { limits, maxConcurrent: 100 } })
  const storage = azurite ? { RELAY_STORAGE_CONNECTION_STRING: azurite.connectionString, RELAY_STORAGE_NAME: uniqueStorageName() } : {}
  const relays = []
  try {
    for (let i = 0; i < instances; i++) {
      relays.push(
        await startRelayProcess({ GITHUB_TOKEN: 'ghp_pacing', GITHUB_REPOSITORY: 'org/deploy', GITHUB_API_URL: github.url, ...storage, ...env })
      )
    }
    // Storage mode: the relays make their table and queues before the burst, as a deployed relay has long done.
    if (azurite) for (const relay of relays) await deliver(relay, `${idPrefix}-warm-${relays.indexOf(relay)}`)
    while (github.dispatches.length < (azurite ? relays.length : 0)) await new Promise(resolve => setTimeout(resolve, 50))
    const before = github.dispatches.length
    const refusedBefore = github.secondaryRateLimitRefusals
    const started = Date.now()
    const progress = setInterval(
      () => process.stderr.write(`${name}: ${github.dispatches.length - before} dispatched, ${github.secondaryRateLimitRefusals} refused\n`),
      5_000
    )
    const answers = await Promise.all(Array.from({ length: EVENTS }, (_, i) => deliver(relays[i % relays.length], `${idPrefix}-${i}`)))
    const refused = answers.filter(answer => answer.status !== 202)
    if (refused.length > 0) throw new Error(`${name}: ${refused.length} events answered ${refused[0].status}, not 202`)
    while (github.dispatches.length < before + EVENTS && Date.now() - started < 600_000) await new Promise(resolve => setTimeout(resolve, 50))
    clearInterval(progress)
    const seconds = (Math.max(...github.dispatches.slice(before).map(d => d.at)) - started) / 1000
    const ids = new Set(github.dispatches.slice(before).map(d => d.body.client_payload.id))
    const row = {
      mode: name,
      instances,
      seconds: seconds.toFixed(1),
      'of allowed': (seconds / allowedSeconds).toFixed(2),
      dispatched: github.dispatches.length - before,
      'distinct ids': ids.size,
      refusals: github.secondaryRateLimitRefusals - refusedBefore,
      'sender redeliveries': answers.reduce((sum, answer) => sum + answer.redeliveries, 0)
    }
    process.stderr.write(`${JSON.stringify(row)}\n`)
    return row
  } finally {
    await Promise.all(relays.map(relay => relay.stop()))
    await github.close()
  }
}

console.log(
  `${EVENTS} events at once; limits ${setting} (GitHub.com's, a minute scaled to ${WINDOW_SECONDS} s); the limit allows it in ${allowedSeconds} s`
)
// BENCH_PACING_MODES picks runs (default memory,limits-only,storage,unpaced; unpaced: both modes without pacing).
const modes = (process.env.BENCH_PACING_MODES ?? 'memory,limits-only,storage,unpaced').split(',')
const paced = { RELAY_GITHUB_RATE_LIMITS: setting, RELAY_GITHUB_REQUEST_INTERVAL: interval }
const limitsOnly = { RELAY_GITHUB_RATE_LIMITS: setting, RELAY_GITHUB_REQUEST_INTERVAL: '0' }
const unpaced = { RELAY_GITHUB_RATE_LIMITS: 'none', RELAY_GITHUB_REQUEST_INTERVAL: '0' }
const rows = []
if (modes.includes('memory')) rows.push(await burst('in memory, one at a time a second apart (default)', paced))
if (modes.includes('limits-only')) rows.push(await burst('in memory, the limits alone', limitsOnly))
if (modes.includes('unpaced')) rows.push(await burst('in memory, unpaced', unpaced))
if (modes.includes('storage') || modes.includes('limits-only') || modes.includes('unpaced')) {
  const azurite = await startAzurite()
  try {
    // The default deadline and lease; a short first retry delay, the wait being the budget's Retry-After anyway.
    const storageEnv = { RELAY_RETRY_DELAY_SECONDS: '1' }
    if (modes.includes('storage')) rows.push(await burst('storage, one at a time a second apart (default)', { ...storageEnv, ...paced }, 2, azurite))
    if (modes.includes('limits-only')) rows.push(await burst('storage, the limits alone', { ...storageEnv, ...limitsOnly }, 2, azurite))
    if (modes.includes('unpaced')) rows.push(await burst('storage, unpaced', { ...storageEnv, ...unpaced }, 2, azurite))
  } finally {
    await azurite.stop()
  }
}
console.table(rows)
