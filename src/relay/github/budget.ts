// Paces the requests sent to GitHub to its secondary rate limits for
// requests that create content (80 a minute and 500 an hour on GitHub.com),
// so that GitHub never has to refuse them: GitHub asks integrations not to
// keep hitting these limits, and may block those that do.
//
// Each limit's window is cut into SLICES_PER_WINDOW slices; a request takes a
// permit in the current slice, and a permit is given only while the slices
// that a window (plus one slice of margin for the time a request takes to
// reach GitHub) can overlap hold fewer than the limit. That holds against a
// sliding window, the strictest way GitHub could count, and it needs nothing
// but a counter per slice: a Map in memory, or a row per slice in an Azure
// table, updated on its ETag, which every instance of a storage-mode relay
// shares.

/** At most `count` requests in any `windowMs`. */
export interface RateLimit {
  readonly count: number
  readonly windowMs: number
}

/** GitHub.com's secondary limits for content-creating requests (docs.github.com, "Rate limits for the REST API"). */
export const GITHUB_COM_RATE_LIMITS: readonly RateLimit[] = [
  { count: 80, windowMs: 60_000 },
  { count: 500, windowMs: 3_600_000 }
]

export const SLICES_PER_WINDOW = 10
/**
 * Slices a permit counts in: a window overlaps SLICES_PER_WINDOW + 1 of them,
 * and one more absorbs a request that reaches GitHub later than another sent
 * after it. The burst after a full window therefore waits 1.2 windows.
 */
const GUARDED_SLICES = SLICES_PER_WINDOW + 2

export const sliceMs = (limit: RateLimit) => limit.windowMs / SLICES_PER_WINDOW
export const sliceAt = (limit: RateLimit, at: number) => Math.floor(at / sliceMs(limit))

/** Permits taken, by limit (its index in the list) and slice. */
export type SliceCounts = (limitIndex: number, slice: number) => number

/** Permits that can be taken at `at`, given the counts (slices after `now` hold none yet). */
export function roomAt(limits: readonly RateLimit[], counts: SliceCounts, at: number): number {
  let room = Number.POSITIVE_INFINITY
  limits.forEach((limit, index) => {
    const current = sliceAt(limit, at)
    let used = 0
    for (let slice = current - GUARDED_SLICES + 1; slice <= current; slice++) used += counts(index, slice)
    room = Math.min(room, limit.count - used)
  })
  return Math.max(0, room)
}

/**
 * The time from `now` at which the last of `wanted` more permits would be
 * given, first come first served, if nobody else took any meanwhile: the
 * estimate a sender is given in Retry-After.
 */
export function timeForRoom(limits: readonly RateLimit[], counts: SliceCounts, now: number, wanted: number): number {
  // Permits the estimate gives along the way, counted as if taken.
  const given = new Map<string, number>()
  const withGiven: SliceCounts = (index, slice) => counts(index, slice) + (given.get(`${index}:${slice}`) ?? 0)
  let left = wanted
  let at = now
  for (let step = 0; step < 100_000; step++) {
    const room = roomAt(limits, withGiven, at)
    if (room >= left) return at
    if (room > 0) {
      left -= room
      limits.forEach((limit, index) => {
        const key = `${index}:${sliceAt(limit, at)}`
        given.set(key, (given.get(key) ?? 0) + room)
      })
    }
    // Room only grows when a slice leaves a limit's guarded range: at the next slice boundary.
    at = Math.min(...limits.map(limit => (sliceAt(limit, at) + 1) * sliceMs(limit)))
  }
  return at
}

/** Where the permits are counted: in this process, or shared by every instance. */
export interface BudgetStore {
  /**
   * Takes up to `wanted` permits, counted in the slice of the time `now`
   * gives when they are taken (a shared store reads it after its reads, just
   * before its write); says how many, and the counts it saw after taking them.
   */
  take(wanted: number, now: () => number): Promise<{ taken: number; counts: SliceCounts }>
}

/** The counts in this process's memory (the relay without storage is one process). */
export class MemoryBudgetStore implements BudgetStore {
  private readonly slices: Array<Map<number, number>>

  constructor(private readonly limits: readonly RateLimit[]) {
    this.slices = limits.map(() => new Map<number, number>())
  }

  take(wanted: number, clock: () => number): Promise<{ taken: number; counts: SliceCounts }> {
    const now = clock()
    const counts: SliceCounts = (index, slice) => this.slices[index]!.get(slice) ?? 0
    const taken = Math.min(wanted, roomAt(this.limits, counts, now))
    this.limits.forEach((limit, index) => {
      const slices = this.slices[index]!
      const current = sliceAt(limit, now)
      if (taken > 0) slices.set(current, counts(index, current) + taken)
      // Bounded: only the guarded slices are kept.
      for (const slice of slices.keys()) if (slice <= current - GUARDED_SLICES) slices.delete(slice)
    })
    return Promise.resolve({ taken, counts })
  }
}

export type Permit = { readonly ok: true } | { readonly ok: false; readonly retryAfterSeconds: number; readonly reason: string }

interface Waiter {
  /** The permit is useless after this: the request would not be answered by the sender's deadline. */
  readonly latestAt: number
  readonly resolve: (permit: Permit) => void
}

/** What a sender is told to wait when the shared budget could not be read. */
const STORE_FAILED_RETRY_AFTER_SECONDS = 5

/**
 * Hands out permits first come, first served. A request whose permit would
 * come too late for its deadline is told at once, with the number of seconds
 * after which the budget has room for it, so that its sender comes back then
 * instead of after a fixed delay.
 */
export class DispatchPacer {
  private readonly waiting: Waiter[] = []
  private pumping = false
  /** The counts the store last answered, for estimates between its answers. */
  private lastCounts: SliceCounts = () => 0

  constructor(
    private readonly store: BudgetStore,
    readonly limits: readonly RateLimit[],
    private readonly now: () => number = Date.now
  ) {}

  /** A permit for one request to GitHub, to be used by `latestAt` at the latest. */
  acquire(latestAt: number): Promise<Permit> {
    const now = this.now()
    if (this.waiting.length > 0) {
      // Behind others already: told at once when it cannot be its turn in time.
      const at = timeForRoom(this.limits, this.lastCounts, now, this.waiting.length + 1)
      if (at > latestAt) return Promise.resolve(this.refusal(at, now))
    }
    return new Promise(resolve => {
      this.waiting.push({ latestAt, resolve })
      void this.pump()
    })
  }

  /** Seconds until the budget has room for `ahead` more requests and one: for a sender turned away for another reason. */
  secondsUntilRoomFor(ahead: number): number {
    const now = this.now()
    return Math.ceil((timeForRoom(this.limits, this.lastCounts, now, ahead + 1) - now) / 1000)
  }

  private refusal(at: number, now: number): Permit {
    const seconds = Math.max(1, Math.ceil((at - now) / 1000))
    return {
      ok: false,
      retryAfterSeconds: seconds,
      reason: `not sent: GitHub's secondary rate limit (${describeRateLimits(this.limits)}) has room for it in ${seconds} s, after the deadline`
    }
  }

  private async pump(): Promise<void> {
    if (this.pumping) return
    this.pumping = true
    try {
      while (this.waiting.length > 0) {
        let taken: number
        try {
          const answer = await this.store.take(this.waiting.length, this.now)
          taken = answer.taken
          this.lastCounts = answer.counts
        } catch (error) {
          // Nothing is sent without a permit: an outage of the budget's storage must not let a burst through.
          for (const waiter of this.waiting.splice(0)) {
            waiter.resolve({
              ok: false,
              retryAfterSeconds: STORE_FAILED_RETRY_AFTER_SECONDS,
              reason: `not sent: the dispatch budget could not be read (${(error as Error).message})`
            })
          }
          return
        }
        for (const waiter of this.waiting.splice(0, taken)) waiter.resolve({ ok: true })
        if (this.waiting.length === 0) return

        const now = this.now()
        const kept: Waiter[] = []
        for (const waiter of this.waiting.splice(0)) {
          const at = timeForRoom(this.limits, this.lastCounts, now, kept.length + 1)
          if (at > waiter.latestAt) waiter.resolve(this.refusal(at, now))
          else kept.push(waiter)
        }
        this.waiting.push(...kept)
        if (kept.length === 0) return
        const next = timeForRoom(this.limits, this.lastCounts, now, 1)
        await new Promise(resolve => setTimeout(resolve, Math.max(next - now, 1)))
      }
    } finally {
      this.pumping = false
    }
  }
}

/** "80 a minute, 500 an hour", for messages. */
export function describeRateLimits(limits: readonly RateLimit[]): string {
  return limits.map(limit => `${limit.count} per ${formatDuration(limit.windowMs)}`).join(', ')
}

function formatDuration(ms: number): string {
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000]
  ] as const) {
    if (ms % size === 0) return `${ms / size}${unit}`
  }
  return `${ms / 1000}s`
}
