// The relay's memory of accepted events, for acknowledging redeliveries
// without dispatching again: a time window, and a bound on its size so that a
// flood of distinct ids cannot grow the process without limit.

export class RecentEvents {
  /** Key → when it was last accepted. */
  private readonly acceptedAt = new Map<string, number>()
  // Acceptances oldest first, in a ring of maxEntries slots. A Map also iterates
  // oldest first, but each new iteration walks over the slots of deleted entries
  // until V8 compacts the table: forgetting one entry per request that way grew
  // the cost of a request with the size of the window.
  private readonly ringKeys: string[] = []
  private readonly ringTimes: number[] = []
  private head = 0
  private count = 0

  constructor(
    readonly windowMs: number,
    readonly maxEntries: number
  ) {}

  get size(): number {
    return this.acceptedAt.size
  }

  has(key: string, now: number): boolean {
    const at = this.acceptedAt.get(key)
    return at !== undefined && now - at < this.windowMs
  }

  remember(key: string, now: number): void {
    // The oldest go first, when out of the window or past the bound: they are the least likely to be redelivered.
    while (this.count > 0 && (this.count === this.maxEntries || now - this.ringTimes[this.head]! >= this.windowMs)) this.forgetOldest()
    const slot = (this.head + this.count) % this.maxEntries
    this.ringKeys[slot] = key
    this.ringTimes[slot] = now
    this.count++
    this.acceptedAt.set(key, now)
  }

  private forgetOldest(): void {
    const key = this.ringKeys[this.head]!
    // A key accepted again since holds a later time, and its later slot forgets it.
    if (this.acceptedAt.get(key) === this.ringTimes[this.head]) this.acceptedAt.delete(key)
    this.head = (this.head + 1) % this.maxEntries
    this.count--
  }
}
