// The dispatch budget's counting, on a clock the test moves: whatever the
// pattern of requests, no window (and its margin) holds more permits than
// its limit, and the wait it announces is when a permit is really given.
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import {
  describeRateLimits,
  DispatchPacer,
  GITHUB_COM_RATE_LIMITS,
  guardOf,
  MemoryBudgetStore,
  roomAt,
  sliceAt,
  timeForRoom,
  type BudgetStore,
  type Permit,
  type RateLimit,
  type SliceCounts
} from '../../../src/relay/github/budget.js'

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

describe('budget arithmetic', () => {
  test.each([
    [GITHUB_COM_RATE_LIMITS, '80 per 1m, 500 per 1h'],
    [[{ count: 10, windowMs: 86_400_000 }], '10 per 1d'],
    [[{ count: 3, windowMs: 90_000 }], '3 per 90s'],
    [[{ count: 5, windowMs: 1_500 }], '5 per 1.5s']
  ])('describeRateLimits(%j) = %s', (given, text) => {
    expect(describeRateLimits(given)).toBe(text)
  })

  test('instances that share a budget count the slices their clocks may differ by, both ways', () => {
    // 5 s either way over slices of 6 s: two more slices back, two ahead.
    expect(guardOf({ count: 80, windowMs: 60_000 }, 5_000)).toEqual({ back: 13, ahead: 2 })
    expect(guardOf({ count: 80, windowMs: 60_000 }, 0)).toEqual({ back: 11, ahead: 0 })
  })

  test('a permit another instance counted in what is still the future here leaves no room for it, within the skew only', () => {
    const limit = [{ count: 1, windowMs: 60_000 }]
    const at = 600_000
    const current = sliceAt(limit[0]!, at)
    const countedIn = (slice: number) => (_: number, s: number) => (s === slice ? 1 : 0)
    expect(roomAt(limit, countedIn(current + 2), at, 5_000)).toBe(0)
    expect(roomAt(limit, countedIn(current + 3), at, 5_000)).toBe(1)
    expect(roomAt(limit, countedIn(current - 13), at, 5_000)).toBe(0)
    expect(roomAt(limit, countedIn(current - 14), at, 5_000)).toBe(1)
    expect(timeForRoom(limit, countedIn(current + 2), at, 1, 5_000)).toBe((current + 2 + 14) * 6_000)
  })

  test.each([
    // 8 per 10 s, 20 per minute; counts per 1 s slice, at `now`.
    ['room for exactly what is wanted: now', { 0: 4 }, 0, 4, 0],
    ['the oldest slice leaves first, and only what is needed', { 0: 4, 5_000: 4 }, 6_000, 1, 12_000],
    ['several slices leave before there is room for all', { 0: 4, 5_000: 4 }, 6_000, 5, 17_000],
    ['more than a window holds, asked after the last permit: one more period', { 0: 8 }, 3_000, 9, 24_000]
  ])('timeForRoom: %s', async (_, taken: Record<number, number>, now, wanted, expected) => {
    const store = new MemoryBudgetStore(limits)
    let counts: SliceCounts = () => 0
    for (const [at, count] of Object.entries(taken)) counts = (await store.take(count, () => Number(at))).counts
    expect(timeForRoom(limits, counts, now, wanted)).toBe(expected)
  })

  test('GitHub’s block in the store: no permit before it ends, the time returned to whoever asks', async () => {
    const store = new MemoryBudgetStore(limits)
    await store.block(5_000)
    await store.block(1_000)
    expect(await store.take(1, () => 4_999)).toMatchObject({ taken: 0, blockedUntil: 5_000 })
    expect(await store.take(1, () => 5_000)).toMatchObject({ taken: 1, blockedUntil: 5_000 })
  })
})

describe('DispatchPacer on a fake clock', () => {
  const START = 1_000_000_000
  beforeEach(() => {
    vi.useFakeTimers({ now: START })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  /** A store that records what is asked of it, optionally slow. */
  function recordingStore(inner: BudgetStore, delayMs = 0) {
    const wanted: number[] = []
    const store: BudgetStore = {
      skewMs: inner.skewMs,
      take: async (count, now) => {
        wanted.push(count)
        if (delayMs > 0) await new Promise(resolve => setTimeout(resolve, delayMs))
        return inner.take(count, now)
      },
      block: until => inner.block(until)
    }
    return { store, wanted }
  }
  const settle = (permit: Promise<Permit>) => {
    const seen: { permit?: Permit; at?: number } = {}
    void permit.then(value => {
      seen.permit = value
      seen.at = Date.now() - START
    })
    return seen
  }

  test('serial pacing: the next permit comes an interval after the last one started, not before, however early it was released', async () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore([]), [], { intervalMs: 1_000 })
    const first = settle(pacer.acquire(START + 5_000))
    await vi.advanceTimersByTimeAsync(0)
    expect(first).toMatchObject({ permit: { ok: true }, at: 0 })
    const second = settle(pacer.acquire(START + 5_000))
    await vi.advanceTimersByTimeAsync(10)
    if (first.permit?.ok) first.permit.release()
    await vi.advanceTimersByTimeAsync(980)
    expect(second.permit).toBeUndefined()
    await vi.advanceTimersByTimeAsync(10)
    expect(second).toMatchObject({ permit: { ok: true }, at: 1_000 })
    // After a permit, the next in line is told the interval.
    expect(pacer.secondsUntilTurn(0)).toBe(1)
  })

  test('two asking at the same moment: one permit, the other waits for its release', async () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore([]), [], { intervalMs: 1_000 })
    const [a, b] = [settle(pacer.acquire(START + 60_000)), settle(pacer.acquire(START + 60_000))]
    await vi.advanceTimersByTimeAsync(5_000)
    expect([a.permit?.ok, b.permit?.ok]).toEqual([true, undefined])
    if (a.permit?.ok) a.permit.release()
    await vi.advanceTimersByTimeAsync(0)
    expect(b).toMatchObject({ permit: { ok: true }, at: 5_000 })
  })

  test('a permit released twice frees its turn once: the next request still waits for the one after it', async () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore([]), [], { intervalMs: 1_000 })
    const a = settle(pacer.acquire(START + 60_000))
    await vi.advanceTimersByTimeAsync(0)
    const b = settle(pacer.acquire(START + 60_000))
    if (a.permit?.ok) a.permit.release()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(b.permit).toMatchObject({ ok: true })
    if (a.permit?.ok) a.permit.release()
    const c = settle(pacer.acquire(START + 60_000))
    await vi.advanceTimersByTimeAsync(5_000)
    expect(c.permit).toBeUndefined()
    if (b.permit?.ok) b.permit.release()
    await vi.advanceTimersByTimeAsync(0)
    expect(c.permit).toMatchObject({ ok: true })
  })

  test('a release with nobody waiting is harmless', async () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore([]), [], { intervalMs: 1_000 })
    const a = settle(pacer.acquire(START + 60_000))
    await vi.advanceTimersByTimeAsync(0)
    expect(() => a.permit?.ok && a.permit.release()).not.toThrow()
  })

  test('told at once when its place in line comes after its deadline, with the seconds until it', async () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore([]), [], { intervalMs: 1_000 })
    settle(pacer.acquire(START + 60_000))
    await vi.advanceTimersByTimeAsync(0)
    settle(pacer.acquire(START + 60_000))
    const third = settle(pacer.acquire(START + 1_500))
    await vi.advanceTimersByTimeAsync(0)
    expect(third.permit).toEqual({ ok: false, retryAfterSeconds: 2, reason: 'not sent: its turn to GitHub comes in 2 s, after the deadline' })
    // Without limits the estimate is not capped at a window: five in line, five seconds.
    expect(pacer.secondsUntilTurn(4)).toBe(5)
  })

  test('a request that gives up (its deadline’s signal) leaves the line at once, and only once', async () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore([]), [], { intervalMs: 1_000 })
    const first = settle(pacer.acquire(START + 60_000))
    await vi.advanceTimersByTimeAsync(0)
    const controller = new AbortController()
    const waiting = settle(pacer.acquire(START + 60_000, controller.signal))
    await vi.advanceTimersByTimeAsync(0)
    expect(pacer.waiters).toBe(1)
    controller.abort(new Error('deadline'))
    await vi.advanceTimersByTimeAsync(0)
    expect(waiting.permit).toMatchObject({ ok: false })
    expect(pacer.waiters).toBe(0)
    // Served, then its signal aborts: nothing changes.
    const served = new AbortController()
    if (first.permit?.ok) first.permit.release()
    const next = settle(pacer.acquire(START + 60_000, served.signal))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(next.permit).toMatchObject({ ok: true })
    served.abort(new Error('late'))
    expect(pacer.waiters).toBe(0)
  })

  test('GitHub’s block: secondsBlocked says it at once, a later block extends it and an earlier one does not shorten it', async () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore([]), [])
    await pacer.block(START + 60_000)
    expect(pacer.secondsBlocked()).toBe(60)
    await pacer.block(START + 10_000)
    expect(pacer.secondsBlocked()).toBe(60)
  })

  test('a block that comes while a request waits: refused as blocked when its turn comes, not after the block', async () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore([]), [], { intervalMs: 1_000 })
    const first = settle(pacer.acquire(START + 60_000))
    await vi.advanceTimersByTimeAsync(0)
    const second = settle(pacer.acquire(START + 5_000))
    await pacer.block(START + 30_000)
    if (first.permit?.ok) first.permit.release()
    await vi.advanceTimersByTimeAsync(0)
    expect(second).toMatchObject({ permit: { ok: false, blocked: true, retryAfterSeconds: 30 }, at: 0 })
  })

  test('another instance’s block, read from the shared store, is kept: refused as blocked, told the time', async () => {
    const shared = new MemoryBudgetStore([])
    await shared.block(START + 20_000)
    const pacer = new DispatchPacer(shared, [])
    const refused = settle(pacer.acquire(START + 5_000))
    await vi.advanceTimersByTimeAsync(0)
    expect(refused).toMatchObject({ permit: { ok: false, blocked: true, retryAfterSeconds: 20 }, at: 0 })
    expect(pacer.secondsBlocked()).toBe(20)
  })

  test('without serial pacing, one turn of the store takes permits for all who wait; with it, one at a time', async () => {
    for (const [intervalMs, expected] of [
      [0, [1, 2]],
      [1_000, [1, 1, 1]]
    ] as const) {
      const { store, wanted } = recordingStore(new MemoryBudgetStore(limits))
      const pacer = new DispatchPacer(store, limits, { intervalMs })
      const permits = [0, 1, 2].map(() => settle(pacer.acquire(START + 60_000)))
      for (let i = 0; i < 3; i++) {
        await vi.advanceTimersByTimeAsync(1_000)
        for (const { permit } of permits) if (permit?.ok) permit.release()
      }
      expect(permits.every(({ permit }) => permit?.ok)).toBe(true)
      expect(wanted).toEqual(expected)
    }
  })

  test('no more permits than the budget has room for, whoever waits', async () => {
    const limit = [{ count: 2, windowMs: 10_000 }]
    const pacer = new DispatchPacer(new MemoryBudgetStore(limit), limit)
    const permits = [0, 1, 2].map(() => settle(pacer.acquire(START + 20_000)))
    await vi.advanceTimersByTimeAsync(0)
    expect(permits.map(({ permit }) => permit?.ok)).toEqual([true, true, undefined])
    // The third has its turn when the first slice leaves the guarded range: 12 s.
    await vi.advanceTimersByTimeAsync(12_000)
    expect(permits[2]).toMatchObject({ permit: { ok: true }, at: 12_000 })
  })

  test('waiting for room costs two reads of the budget, not one a millisecond', async () => {
    const limit = [{ count: 1, windowMs: 10_000 }]
    const { store, wanted } = recordingStore(new MemoryBudgetStore(limit))
    const pacer = new DispatchPacer(store, limit)
    settle(pacer.acquire(START + 60_000))
    const second = settle(pacer.acquire(START + 60_000))
    await vi.advanceTimersByTimeAsync(12_000)
    expect(second).toMatchObject({ permit: { ok: true }, at: 12_000 })
    expect(wanted.length).toBeLessThanOrEqual(4)
  })

  test('room used meanwhile by another instance: a request whose turn now comes after its deadline is refused then, naming the limits', async () => {
    const limit = [
      { count: 2, windowMs: 10_000 },
      { count: 1_000, windowMs: 3_600_000 }
    ]
    const shared = new MemoryBudgetStore(limit)
    await shared.take(2, () => START)
    // This instance has read nothing yet: its estimate says there is room.
    const pacer = new DispatchPacer(shared, limit)
    const refused = settle(pacer.acquire(START + 5_000))
    await vi.advanceTimersByTimeAsync(0)
    expect(refused).toMatchObject({
      permit: {
        ok: false,
        retryAfterSeconds: 12,
        reason: "not sent: GitHub's secondary rate limit (2 per 10s, 1000 per 1h) has room for it in 12 s, after the deadline"
      },
      at: 0
    })
  })

  test('a permit the budget gave after the request’s deadline is not used', async () => {
    for (const deadlineMs of [50, 49]) {
      const { store } = recordingStore(new MemoryBudgetStore([]), 50)
      const pacer = new DispatchPacer(store, [])
      const late = settle(pacer.acquire(Date.now() + deadlineMs))
      await vi.advanceTimersByTimeAsync(100)
      expect(late.permit).toMatchObject({ ok: false })
    }
  })

  test('the shared budget failing to be read: nothing is sent, every waiter is told to come back in 5 s, saying why', async () => {
    const failing: BudgetStore = { skewMs: 0, take: () => Promise.reject(new Error('storage: HTTP 503')), block: async () => {} }
    const pacer = new DispatchPacer(failing, limits)
    const permits = [settle(pacer.acquire(START + 60_000)), settle(pacer.acquire(START + 60_000))]
    await vi.advanceTimersByTimeAsync(0)
    for (const { permit } of permits) {
      expect(permit).toEqual({ ok: false, retryAfterSeconds: 5, reason: 'not sent: the dispatch budget could not be read (storage: HTTP 503)' })
    }
    expect(pacer.waiters).toBe(0)
  })

  test.each([
    ['with room: the permit taken for it is spent, and nobody else is handed it', [{ count: 5, windowMs: 10_000 }]],
    ['without room', [{ count: 1, windowMs: 10_000 }]]
  ])('a request that gives up while the budget is being read, %s', async (_, limit) => {
    const inner = new MemoryBudgetStore(limit)
    if (limit[0]!.count === 1) await inner.take(1, () => START)
    const { store } = recordingStore(inner, 100)
    const pacer = new DispatchPacer(store, limit)
    const controller = new AbortController()
    const waiting = settle(pacer.acquire(START + 60_000, controller.signal))
    await vi.advanceTimersByTimeAsync(50)
    controller.abort(new Error('deadline'))
    await vi.advanceTimersByTimeAsync(100)
    expect(waiting.permit).toMatchObject({ ok: false })
    expect(pacer.waiters).toBe(0)
  })

  test('a release wakes the line at once, however long the pacer has been running', async () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore([]), [], { intervalMs: 1_000 })
    const a = settle(pacer.acquire(START + 120_000))
    await vi.advanceTimersByTimeAsync(0)
    const b = settle(pacer.acquire(START + 120_000))
    await vi.advanceTimersByTimeAsync(10)
    if (a.permit?.ok) a.permit.release()
    await vi.advanceTimersByTimeAsync(990)
    expect(b).toMatchObject({ permit: { ok: true }, at: 1_000 })
    // b holds its turn for a minute; c waits, and b's release hands it over at once.
    const c = settle(pacer.acquire(START + 120_000))
    await vi.advanceTimersByTimeAsync(59_500)
    if (b.permit?.ok) b.permit.release()
    await vi.advanceTimersByTimeAsync(0)
    expect(c).toMatchObject({ permit: { ok: true }, at: 60_500 })
  })

  test('a slow read of the shared budget pushes a turn past its deadline: refused for its turn, not as if GitHub had asked to wait', async () => {
    const { store } = recordingStore(new MemoryBudgetStore([]), 100)
    const pacer = new DispatchPacer(store, [], { intervalMs: 1_000 })
    const first = settle(pacer.acquire(START + 60_000))
    await vi.advanceTimersByTimeAsync(50)
    // Its estimate, made while the first permit was still being read, lets it wait.
    const second = settle(pacer.acquire(START + 1_050))
    await vi.advanceTimersByTimeAsync(60)
    if (first.permit?.ok) first.permit.release()
    await vi.advanceTimersByTimeAsync(0)
    expect(second).toEqual({
      permit: { ok: false, retryAfterSeconds: 1, reason: 'not sent: its turn to GitHub comes in 1 s, after the deadline' },
      at: 110
    })
  })

  test('an estimate before the budget was ever read: the whole line counts against the limit', () => {
    const pacer = new DispatchPacer(new MemoryBudgetStore(GITHUB_COM_RATE_LIMITS), GITHUB_COM_RATE_LIMITS)
    // 101 in line, 80 a minute: the 81st and after wait until the first slice leaves 12 slices of 6 s.
    expect(pacer.secondsUntilTurn(100)).toBe(72)
  })
})
