// The dispatch budget's counting, on a clock the test moves: whatever the
// pattern of requests, no window (and its margin) holds more permits than
// its limit, and the wait it announces is when a permit is really given.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { DispatchPacer, GITHUB_COM_RATE_LIMITS, MemoryBudgetStore, timeForRoom, type RateLimit } from '../../../src/relay/github/budget.js'

const limits: RateLimit[] = [
  { count: 8, windowMs: 10_000 },
  { count: 20, windowMs: 60_000 }
]

describe('MemoryBudgetStore', () => {
  test('no window of a limit, widened by a tenth for the time a request takes to reach GitHub, holds more permits than the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ gapMs: fc.integer({ min: 0, max: 4_000 }), wanted: fc.integer({ min: 1, max: 12 }) }), { maxLength: 80 }),
        async requests => {
          const store = new MemoryBudgetStore(limits)
          let now = 1_000_000
          const given: number[] = []
          for (const { gapMs, wanted } of requests) {
            now += gapMs
            const { taken } = await store.take(wanted, () => now)
            given.push(...Array.from({ length: taken }, () => now))
          }
          for (const limit of limits) {
            const span = limit.windowMs * 1.1
            for (const start of given) expect(given.filter(at => at >= start && at < start + span).length).toBeLessThanOrEqual(limit.count)
          }
        }
      )
    )
  })

  test.each([
    ['room now', 0, 1, 0],
    ['the first slice leaves the guarded range after 12 tenths', 8, 1, 12_000],
    ['past a whole window: one more period of 12 tenths', 8, 9, 24_000]
  ])('timeForRoom: %s', async (_, used, wanted, expectedWaitMs) => {
    const store = new MemoryBudgetStore(limits)
    const { counts } = await store.take(used, () => 0)
    expect(timeForRoom(limits, counts, 0, wanted)).toBe(expectedWaitMs)
  })
})

describe('DispatchPacer', () => {
  test('first come, first served; one whose turn comes after its deadline is told at once when the budget has room', async () => {
    let now = 0
    const limit = [
      { count: 2, windowMs: 10_000 },
      { count: 1_000, windowMs: 3_600_000 }
    ]
    const pacer = new DispatchPacer(new MemoryBudgetStore(limit), limit, { now: () => now })
    expect(await pacer.acquire(5_000)).toMatchObject({ ok: true })
    expect(await pacer.acquire(5_000)).toMatchObject({ ok: true })
    now = 500
    const refused = await pacer.acquire(5_000)
    expect(refused).toMatchObject({ ok: false, retryAfterSeconds: 12 })
    expect(pacer.secondsUntilTurn(0)).toBe(12)
  })

  test('one at a time and an interval apart: the next permit waits for the release and the interval', async () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore([]), [], { intervalMs: 200 })
    const first = await pacer.acquire(Date.now() + 5_000)
    const started = Date.now()
    let second: { ok: boolean } | undefined
    void pacer.acquire(Date.now() + 5_000).then(permit => (second = permit))
    await new Promise(resolve => setTimeout(resolve, 300))
    expect(second).toBeUndefined()
    if (first.ok) first.release()
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(second).toMatchObject({ ok: true })
    expect(Date.now() - started).toBeGreaterThanOrEqual(200)
  })

  test('GitHub’s block: no permit before it ends, and one whose deadline comes first is told how long it lasts', async () => {
    let now = 0
    const pacer = new DispatchPacer(new MemoryBudgetStore([]), [], { now: () => now })
    await pacer.block(60_000)
    expect(await pacer.acquire(30_000)).toMatchObject({ ok: false, blocked: true, retryAfterSeconds: 60 })
    now = 59_500
    expect(pacer.secondsBlocked()).toBe(1)
  })

  test('the estimate for the 10,000th in line is capped at the longest window', async () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore(GITHUB_COM_RATE_LIMITS), GITHUB_COM_RATE_LIMITS, { intervalMs: 1_000 })
    expect(pacer.secondsUntilTurn(10_000)).toBe(3_600)
    expect(pacer.secondsUntilTurn(9)).toBe(9)
  })
})
