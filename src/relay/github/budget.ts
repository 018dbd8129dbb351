// Paces the requests sent to GitHub: one at a time and at least a second
// apart from each instance (GitHub's best practices for mutating requests),
// within its secondary rate limits for requests that create content (80 a
// minute and 500 an hour on GitHub.com), and never before the time GitHub
// named after refusing one ("blocked until"), so that GitHub never has to
// refuse: it asks integrations not to keep hitting these limits, and may
// block those that do.
//
// Each limit's window is cut into SLICES_PER_WINDOW slices; a request takes a
// permit in the current slice, and a permit is given only while the slices
// that a window can overlap (plus one slice of margin for the time a request
// takes to reach GitHub, and, when instances share the counts, the slices
// their clocks may differ by) hold fewer than the limit. That holds against a
// sliding window, the strictest way GitHub could count, and it needs nothing
// but a counter per slice: in memory, or in one row of an Azure table,
// updated on its ETag, which every instance of a storage-mode relay shares.

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
 * How far apart the clocks of instances sharing a budget may be: Azure hosts
 * keep theirs within a second of UTC (NTP); the margin is five times that.
 */
export const MAX_CLOCK_SKEW_MS = 5_000

export const sliceMs = (limit: RateLimit) => limit.windowMs / SLICES_PER_WINDOW
export const sliceAt = (limit: RateLimit, at: number) => Math.floor(at / sliceMs(limit))

/**
 * The slices a permit counts in, around the current one. `back`: a window
 * overlaps SLICES_PER_WINDOW + 1 slices, one more absorbs a request that
 * reaches GitHub later than another sent after it, and a shared budget adds
 * the slices two clocks `skewMs` apart (either way) can put between the
 * permit's slice and the reader's. `ahead`: permits another instance, its
 * clock ahead, counted in what is still the future here.
 */
export function guardOf(limit: RateLimit, skewMs: number): { back: number; ahead: number } {
  const skewSlices = Math.ceil((2 * skewMs) / sliceMs(limit))
  return { back: SLICES_PER_WINDOW + 1 + skewSlices, ahead: skewSlices }
}

/** Permits taken, by limit (its index in the list) and slice. */
export type SliceCounts = (limitIndex: number, slice: number) => number

/** Permits that can be taken at `at`, given the counts. */
export function roomAt(limits: readonly RateLimit[], counts: SliceCounts, at: number, skewMs = 0): number {
  let room = Number.POSITIVE_INFINITY
  limits.forEach((limit, index) => {
    const current = sliceAt(limit, at)
    const { back, ahead } = guardOf(limit, skewMs)
    let used = 0
    for (let slice = current - back; slice <= current + ahead; slice++) used += counts(index, slice)
    room = Math.min(room, limit.count - used)
  })
  return Math.max(0, room)
}

/**
 * When the last of `wanted` more permits could be given, first come first
 * served, if nobody else took any meanwhile: the estimate a sender is given
 * in Retry-After. Constant time in `wanted` (a walk over each limit's guarded
 * slices, a few dozen at most): a relay answering thousands of senders must
 * not spend its event loop estimating.
 */
export function timeForRoom(limits: readonly RateLimit[], counts: SliceCounts, now: number, wanted: number, skewMs = 0): number {
  let latest = now
  limits.forEach((limit, index) => {
    const size = sliceMs(limit)
    const current = sliceAt(limit, now)
    const { back, ahead } = guardOf(limit, skewMs)
    let used = 0
    for (let slice = current - back; slice <= current + ahead; slice++) used += counts(index, slice)
    let need = wanted - (limit.count - used)
    if (need <= 0) return
    // Room comes back as the permits counted now leave the guarded range, oldest first: slice s once s + back is past.
    let at = now
    for (let slice = current - back; slice <= current + ahead && need > 0; slice++) {
      const count = counts(index, slice)
      if (count === 0) continue
      need -= Math.min(need, count)
      at = (slice + back + 1) * size
    }
    // Beyond those, each guarded range from then on holds `count` more.
    if (need > 0) at += Math.ceil(need / limit.count) * (back + 1) * size
    latest = Math.max(latest, at)
  })
  return latest
}

/** What a store answers for a turn: the permits it gave, the counts after them, and GitHub's "not before". */
export interface BudgetTurn {
  readonly taken: number
  readonly counts: SliceCounts
  /** GitHub asked for no request before this (ms since the epoch); 0 when it did not. */
  readonly blockedUntil: number
}

/** Where the permits are counted: in this process, or shared by every instance. */
export interface BudgetStore {
  /** How far apart the clocks of those sharing the counts may be (0 for one process). */
  readonly skewMs: number
  /**
   * Takes up to `wanted` permits, counted in the slice of the time `now`
   * gives when they are taken (a shared store reads it after its reads, just
   * before its write), none while GitHub's "blocked until" is ahead.
   */
  take(wanted: number, now: () => number): Promise<BudgetTurn>
  /** Records GitHub's "not before" `until` for everyone who shares the store. */
  block(until: number): Promise<void>
}

/** The counts in this process's memory (the relay without storage is one process). */
export class MemoryBudgetStore implements BudgetStore {
  readonly skewMs = 0
  private readonly slices: Array<Map<number, number>>
  private blockedUntil = 0

  constructor(private readonly limits: readonly RateLimit[]) {
    this.slices = limits.map(() => new Map<number, number>())
  }

  take(wanted: number, clock: () => number): Promise<BudgetTurn> {
    const now = clock()
    const counts: SliceCounts = (index, slice) => this.slices[index]!.get(slice) ?? 0
    const taken = now < this.blockedUntil ? 0 : Math.min(wanted, roomAt(this.limits, counts, now))
    this.limits.forEach((limit, index) => {
      const slices = this.slices[index]!
      const current = sliceAt(limit, now)
      if (taken > 0) slices.set(current, counts(index, current) + taken)
      // Bounded: only the guarded slices are kept.
      for (const slice of slices.keys()) if (slice < current - guardOf(limit, 0).back) slices.delete(slice)
    })
    return Promise.resolve({ taken, counts, blockedUntil: this.blockedUntil })
  }

  block(until: number): Promise<void> {
    this.blockedUntil = Math.max(this.blockedUntil, until)
    return Promise.resolve()
  }
}

export type Permit =
  | {
      readonly ok: true
      /** Ends the request's turn: the next may start (one at a time, `intervalMs` after this one started). */
      release(): void
    }
  | {
      readonly ok: false
      readonly retryAfterSeconds: number
      readonly reason: string
      /** GitHub itself asked to wait (Retry-After, a rate limit's reset). */
      readonly blocked?: boolean
    }

interface Waiter {
  /** The permit is useless after this: the request would not be answered by the sender's deadline. */
  readonly latestAt: number
  readonly resolve: (permit: Permit) => void
  done: boolean
}

/** What a sender is told to wait when the shared budget could not be read. */
const STORE_FAILED_RETRY_AFTER_SECONDS = 5

export interface PacerOptions {
  /**
   * The least time between the starts of two requests from this instance,
   * and one at a time; 0: neither (only the limits count). GitHub asks for a
   * second between mutating requests, made serially.
   */
  readonly intervalMs?: number
  readonly now?: () => number
}

/**
 * Hands out permits first come, first served. A request whose permit would
 * come too late for its deadline is told at once, with the seconds after
 * which it could have its turn, so that its sender comes back then instead of
 * after a fixed delay; the estimate costs the same whatever the queue's length.
 */
export class DispatchPacer {
  /** Waiters in arrival order from `head` on; those done (served, refused, given up) are skipped. */
  private waiting: Waiter[] = []
  private head = 0
  /** Waiters not yet done: a sender's place in the line. */
  private live = 0
  private pumping = false
  /** The counts the store last answered, for estimates between its answers. */
  private lastCounts: SliceCounts = () => 0
  private blockedUntil = 0
  /** When the last permit was given, and whether its request is still under way (serial pacing). */
  private lastStart = Number.NEGATIVE_INFINITY
  private busy = false
  private wakeUp: (() => void) | undefined
  readonly intervalMs: number
  private readonly now: () => number

  constructor(
    private readonly store: BudgetStore,
    readonly limits: readonly RateLimit[],
    options: PacerOptions = {}
  ) {
    this.intervalMs = options.intervalMs ?? 0
    this.now = options.now ?? Date.now
  }

  /** A permit for one request to GitHub, to be used by `latestAt` at the latest; given up when `signal` aborts. */
  acquire(latestAt: number, signal?: AbortSignal): Promise<Permit> {
    const now = this.now()
    if (this.blockedUntil > latestAt) return Promise.resolve(this.blockedRefusal(now))
    // Behind others already: told at once when it cannot be its turn in time.
    const at = this.turnAt(this.live + 1, now)
    if (at > latestAt) return Promise.resolve(this.refusal(at, now))
    return new Promise(resolve => {
      const waiter: Waiter = { latestAt, resolve, done: false }
      this.waiting.push(waiter)
      this.live++
      signal?.addEventListener(
        'abort',
        () => {
          if (waiter.done) return
          this.finish(waiter, this.refusal(this.turnAt(this.live, this.now()), this.now()))
        },
        { once: true }
      )
      void this.pump()
    })
  }

  /** Records GitHub's "not before" for this process and, through the store, for every instance sharing it. */
  async block(until: number): Promise<void> {
    this.blockedUntil = Math.max(this.blockedUntil, until)
    await this.store.block(until)
  }

  /** Seconds until the request `ahead + 1`-th in line could have its turn: for a sender turned away for another reason. */
  secondsUntilTurn(ahead: number): number {
    const now = this.now()
    return Math.max(0, Math.ceil((this.turnAt(ahead + 1, now) - now) / 1000))
  }

  /** Seconds GitHub's block has left (0: none). */
  secondsBlocked(): number {
    return Math.max(0, Math.ceil((this.blockedUntil - this.now()) / 1000))
  }

  /** How many wait for a permit. */
  get waiters(): number {
    return this.live
  }

  /**
   * When the `place`-th request from now could start: after GitHub's block,
   * one interval after another, and when the budget has room for it; never
   * later than the longest window from now (past it every count has renewed).
   */
  private turnAt(place: number, now: number): number {
    const spaced = this.intervalMs > 0 ? Math.max(now, this.lastStart + this.intervalMs) + (place - 1) * this.intervalMs : now
    const at = Math.max(this.blockedUntil, spaced, timeForRoom(this.limits, this.lastCounts, now, place, this.store.skewMs))
    const longest = Math.max(0, ...this.limits.map(limit => limit.windowMs))
    return longest > 0 ? Math.min(at, now + longest) : at
  }

  private refusal(at: number, now: number): Permit {
    const seconds = Math.max(1, Math.ceil((at - now) / 1000))
    return {
      ok: false,
      retryAfterSeconds: seconds,
      reason:
        this.limits.length > 0
          ? `not sent: GitHub's secondary rate limit (${describeRateLimits(this.limits)}) has room for it in ${seconds} s, after the deadline`
          : `not sent: its turn to GitHub comes in ${seconds} s, after the deadline`
    }
  }

  private blockedRefusal(now: number): Permit {
    const seconds = Math.max(1, Math.ceil((this.blockedUntil - now) / 1000))
    return { ok: false, blocked: true, retryAfterSeconds: seconds, reason: `not sent: GitHub asked for no request for ${seconds} s more` }
  }

  private finish(waiter: Waiter, permit: Permit): void {
    waiter.done = true
    this.live--
    waiter.resolve(permit)
  }

  private next(): Waiter | undefined {
    while (this.head < this.waiting.length && this.waiting[this.head]!.done) this.head++
    if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting = this.waiting.slice(this.head)
      this.head = 0
    }
    return this.waiting[this.head]
  }

  private pause(ms: number): Promise<void> {
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        this.wakeUp = undefined
        resolve()
      }, ms)
      this.wakeUp = () => {
        clearTimeout(timer)
        this.wakeUp = undefined
        resolve()
      }
    })
  }

  private permit(): Permit {
    this.lastStart = this.now()
    if (this.intervalMs === 0) return { ok: true, release: () => {} }
    this.busy = true
    let released = false
    return {
      ok: true,
      release: () => {
        if (released) return
        released = true
        this.busy = false
        this.wakeUp?.()
      }
    }
  }

  private async pump(): Promise<void> {
    if (this.pumping) return
    this.pumping = true
    try {
      for (let first = this.next(); first; first = this.next()) {
        let now = this.now()
        // One at a time, an interval apart, and not before GitHub's block ends.
        if (this.busy) {
          await this.pause(60_000)
          continue
        }
        const wait = Math.max(this.blockedUntil, this.lastStart + this.intervalMs) - now
        if (wait > 0) {
          if (now + wait > first.latestAt) {
            this.finish(first, this.blockedUntil > first.latestAt ? this.blockedRefusal(now) : this.refusal(this.turnAt(1, now), now))
            continue
          }
          await this.pause(wait)
          continue
        }
        let turn: BudgetTurn
        try {
          turn = await this.store.take(this.intervalMs > 0 ? 1 : this.live, this.now)
        } catch (error) {
          // Nothing is sent without a permit: an outage of the budget's storage must not let a burst through.
          for (let waiter = this.next(); waiter; waiter = this.next()) {
            this.finish(waiter, {
              ok: false,
              retryAfterSeconds: STORE_FAILED_RETRY_AFTER_SECONDS,
              reason: `not sent: the dispatch budget could not be read (${(error as Error).message})`
            })
          }
          return
        }
        this.lastCounts = turn.counts
        this.blockedUntil = Math.max(this.blockedUntil, turn.blockedUntil)
        now = this.now()
        for (let given = 0; given < turn.taken; given++) {
          const waiter = this.next()
          // Taken for a waiter that gave up meanwhile: the permit is spent, which only errs on the safe side.
          if (!waiter) break
          // A permit that comes after the deadline is not used to send.
          this.finish(waiter, waiter.latestAt <= now ? this.refusal(this.turnAt(1, now), now) : this.permit())
        }
        if (turn.taken > 0 || this.blockedUntil > now) continue
        // No room: those who cannot have their turn in time are told now; the rest wait for the next slice.
        const head = this.next()
        if (!head) return
        const at = this.turnAt(1, now)
        if (at > head.latestAt) {
          this.finish(head, this.refusal(at, now))
          continue
        }
        await this.pause(Math.max(at - now, 1))
      }
    } finally {
      this.pumping = false
    }
  }
}

/** "80 per 1m, 500 per 1h", for messages. */
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
