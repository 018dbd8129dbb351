// GitHub's secondary rate limits, against a fake GitHub that enforces them as
// GitHub does (403 "secondary rate limit" with Retry-After): the relay, as a
// process, paces its dispatches so that GitHub never has to refuse one, in
// memory and in storage mode with two instances sharing one budget. The
// limits are scaled down (seconds, not minutes) so that a burst plays out in
// seconds; the rules are the same as with GitHub.com's 80 a minute and 500 an hour.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startAzurite, uniqueStorageName, type Azurite } from '../../support/azurite.js'
import { startFakeGitHub, type FakeGitHub, type SecondaryRateLimits } from '../../support/fake-github.js'
import { fixture } from '../../support/fixtures.js'
import { startRelayProcess, type RelayProcess } from '../../support/relay-process.js'

let azurite: Azurite
beforeAll(async () => {
  azurite = await startAzurite()
}, 60_000)
/** Each test its own fake GitHub and relays, so that the tests run at once: most of their time is waiting for the budget. */
const open: Array<{ github: FakeGitHub; relays: RelayProcess[] }> = []
afterAll(async () => {
  for (const { github, relays } of open.splice(0)) {
    await Promise.all(relays.map(relay => relay.stop()))
    await github.close()
  }
  await azurite.stop()
})

async function world(options?: Parameters<typeof startFakeGitHub>[0]) {
  const github = await startFakeGitHub(options)
  const entry = { github, relays: [] as RelayProcess[] }
  open.push(entry)
  const startRelay = async (env: Record<string, string>): Promise<RelayProcess> => {
    const relay = await startRelayProcess({ GITHUB_TOKEN: 'ghp_pacingtest', GITHUB_REPOSITORY: 'org/deploy', GITHUB_API_URL: github.url, ...env })
    entry.relays.push(relay)
    return relay
  }
  const timesDispatched = (): Map<string, number> => {
    const counts = new Map<string, number>()
    for (const dispatch of github.dispatches)
      counts.set(String(dispatch.body.client_payload.id), (counts.get(String(dispatch.body.client_payload.id)) ?? 0) + 1)
    return counts
  }
  return { github, startRelay, timesDispatched }
}

const pushEvent = (id: string) => ({ ...(fixture('native-push.json') as Record<string, unknown>), id })
const burst = (size: number, name: string) => Array.from({ length: size }, (_, i) => `${name}-${i}`)

/** Posts until accepted, waiting for Retry-After after a 503 as Event Grid would; the statuses it got on the way. */
async function deliver(relay: RelayProcess, id: string): Promise<number[]> {
  const statuses: number[] = []
  for (;;) {
    const answer = await relay.post(pushEvent(id))
    statuses.push(answer.status)
    if (answer.status !== 503) return statuses
    await new Promise(resolve => setTimeout(resolve, Number(answer.headers.get('retry-after') ?? 1) * 1000))
  }
}

/** GitHub.com's 80 a minute and 500 an hour and its second between requests, a minute scaled to `windowSeconds`. */
function scaledLimits(windowSeconds: number): { setting: string; interval: string; enforced: SecondaryRateLimits } {
  return {
    setting: `80/${windowSeconds}s,500/${windowSeconds * 60}s`,
    interval: (windowSeconds / 60).toFixed(3),
    enforced: {
      limits: [
        { count: 80, windowMs: windowSeconds * 1000 },
        { count: 500, windowMs: windowSeconds * 60_000 }
      ],
      maxConcurrent: 100
    }
  }
}

// One suite, so that its tests run at once (vitest runs sibling suites one after another).
describe('pacing to GitHub’s secondary rate limits', () => {
  // in memory: paced to GitHub’s secondary rate limits
  test.concurrent(
    'a burst of 150 events at once is dispatched once each, and GitHub refuses none',
    async () => {
      // A tenth of the window (1 s) is the margin for a request's way to GitHub, on a machine that may be busy.
      const { setting, interval, enforced } = scaledLimits(10)
      const { github, startRelay, timesDispatched } = await world({ secondaryRateLimits: enforced })
      const relay = await startRelay({ RELAY_GITHUB_RATE_LIMITS: setting, RELAY_GITHUB_REQUEST_INTERVAL: interval })
      const ids = burst(150, 'burst')
      await Promise.all(ids.map(id => deliver(relay, id)))
      expect(github.secondaryRateLimitRefusals).toBe(0)
      expect(github.attempts).toHaveLength(150)
      expect([...timesDispatched().values()].every(times => times === 1)).toBe(true)
      expect(timesDispatched().size).toBe(150)
    },
    60_000
  )

  test.concurrent(
    'the fake GitHub enforces the limits: without pacing, the same burst draws refusals',
    async () => {
      const { enforced } = scaledLimits(3)
      const { github, startRelay } = await world({ secondaryRateLimits: enforced })
      const relay = await startRelay({ RELAY_GITHUB_RATE_LIMITS: 'none', RELAY_GITHUB_REQUEST_INTERVAL: '0' })
      await Promise.all(burst(150, 'unpaced').map(id => deliver(relay, id)))
      expect(github.secondaryRateLimitRefusals).toBeGreaterThan(0)
    },
    60_000
  )

  test.concurrent(
    'senders that cannot have their turn before the deadline get 503 at once, with a Retry-After that says when the budget has room',
    async () => {
      const { github, startRelay } = await world({ secondaryRateLimits: { limits: [{ count: 4, windowMs: 20_000 }] } })
      const relay = await startRelay({ RELAY_GITHUB_RATE_LIMITS: '4/20s', RELAY_DEADLINE_SECONDS: '3', RELAY_GITHUB_REQUEST_INTERVAL: '0' })
      const answers = await Promise.all(burst(10, 'deadline').map(id => relay.post(pushEvent(id))))
      expect(answers.filter(answer => answer.status === 202)).toHaveLength(4)
      const refused = answers.filter(answer => answer.status === 503)
      expect(refused).toHaveLength(6)
      for (const answer of refused) {
        // Room comes back 12 tenths of the window (24 s) after the start of the tenth the first four were counted in:
        // from 22 s after them, less the time the refusal came after them.
        const retryAfter = Number(answer.headers.get('retry-after'))
        expect(retryAfter).toBeGreaterThanOrEqual(18)
        expect(retryAfter).toBeLessThanOrEqual(24)
      }
      expect(github.attempts).toHaveLength(4)
      expect(github.secondaryRateLimitRefusals).toBe(0)
      const line = await relay.logLine(entry => entry.status === 503, 'a 503 answer')
      expect(line.events[0].githubError).toMatch(/secondary rate limit \(4 per 20s\) has room for it in \d+ s/)
    }
  )

  // storage mode: two instances share one budget
  test.concurrent(
    'a burst of 150 events across two relays is dispatched once each, and GitHub refuses none',
    async () => {
      const { setting, interval, enforced } = scaledLimits(10)
      const { github, startRelay, timesDispatched } = await world({ secondaryRateLimits: enforced })
      const env = {
        RELAY_GITHUB_RATE_LIMITS: setting,
        RELAY_GITHUB_REQUEST_INTERVAL: interval,
        RELAY_STORAGE_CONNECTION_STRING: azurite.connectionString,
        RELAY_STORAGE_NAME: uniqueStorageName(),
        RELAY_DEADLINE_SECONDS: '5',
        RELAY_DISPATCH_LEASE_SECONDS: '8',
        RELAY_RETRY_DELAY_SECONDS: '1',
        RELAY_MAX_RETRY_DELAY_SECONDS: '2'
      }
      const pair = [await startRelay(env), await startRelay(env)]
      const ids = burst(150, 'stored')
      const statuses = await Promise.all(ids.map((id, i) => deliver(pair[i % 2]!, id)))
      // Stored, after a redelivery for those that came before the relay had made its table and queues.
      expect(statuses.map(tries => tries.at(-1))).toEqual(ids.map(() => 202))
      for (let waited = 0; github.dispatches.length < 150 && waited < 60_000; waited += 100) await new Promise(resolve => setTimeout(resolve, 100))
      expect(github.secondaryRateLimitRefusals).toBe(0)
      expect(timesDispatched().size).toBe(150)
      expect([...timesDispatched().values()].every(times => times === 1)).toBe(true)
      // Nothing went wrong with the shared budget's table on the way.
      const budgetErrors = pair.flatMap(relay => relay.logs.filter(line => /dispatch budget could not be read/.test(String(line.githubError))))
      expect(budgetErrors).toEqual([])
      // Both took part: the budget is what they share, not the work.
      const dispatchedBy = pair.map(relay => relay.logs.filter(line => line.message === 'dispatch' && line.outcome === 'dispatched').length)
      expect(dispatchedBy.every(count => count > 0)).toBe(true)
    },
    120_000
  )
})
