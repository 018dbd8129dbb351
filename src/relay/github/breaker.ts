// One view of GitHub's health shared by every request to it (dispatches and
// token mints), so that an outage does not multiply the traffic sent to
// GitHub: after `threshold` failures in a row (5xx, unreachable, no answer in
// time) the breaker opens for `cooldownMs`, during which nothing is sent and
// senders are told when to come back; then one probe goes through.
//
// A request is let through with a ticket, and the ticket is the only way to
// report: `settle` in the policy's `finally` reports it once whatever
// happened, so no path through a request can leave the breaker half-open
// (the bug this replaced: a probe whose token mint failed never reported, and
// the breaker stayed open until the process restarted).

export type BreakerOutcome =
  /** GitHub answered (accepted or refused): it is up. */
  | 'answered'
  /** 5xx, a reset, no answer in time: GitHub is failing. */
  | 'failed'
  /** Nothing reached GitHub (no permit, blocked, the deadline came first): says nothing of its health. */
  | 'not-sent'

export interface BreakerTicket {
  /** Whether this request is the probe of a half-open breaker. */
  readonly probe: boolean
  /** Reports the outcome; only the first report of a ticket counts. */
  settle(outcome: BreakerOutcome): void
}

export class CircuitBreaker {
  private failures = 0
  private openUntil = 0
  private probing = false

  constructor(
    private readonly now: () => number = Date.now,
    readonly threshold = 5,
    readonly cooldownMs = 5_000
  ) {}

  /** A ticket for one request to GitHub, or undefined when the breaker is open (or its probe is under way). */
  admit(): BreakerTicket | undefined {
    if (this.failures < this.threshold) return this.ticket(false)
    if (this.probing || this.now() < this.openUntil) return undefined
    this.probing = true
    return this.ticket(true)
  }

  /** Seconds until a request may go again, for Retry-After (at least 1). */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((this.openUntil - this.now()) / 1000))
  }

  /** Whether it refuses requests now. */
  get open(): boolean {
    return this.failures >= this.threshold && (this.probing || this.now() < this.openUntil)
  }

  private ticket(probe: boolean): BreakerTicket {
    let settled = false
    return {
      probe,
      settle: outcome => {
        if (settled) return
        settled = true
        if (outcome === 'answered') this.failures = 0
        else if (outcome === 'failed') {
          this.failures++
          if (this.failures >= this.threshold) this.openUntil = this.now() + this.cooldownMs
        }
        // A probe that sent nothing leaves the breaker as it found it: the next request probes.
        if (probe) this.probing = false
      }
    }
  }
}
