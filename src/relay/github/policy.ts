// The one resilience policy every request to GitHub goes through, dispatches
// and token mints alike, composed in one place so that every path through it
// ends the same way:
//
//   deadline (and lease) ─ breaker ─ [retries, in dispatcher.ts] ─ blocked until ─ permit ─ HTTP
//
// - the deadline: one AbortSignal per dispatch bounds every wait and every
//   request in it (a permit, a token mint, the dispatch itself); what arrives
//   after it (a permit, a token, an answer) is not used to send;
// - the breaker is asked first, so that a request it refuses takes no permit;
//   its ticket is settled in a `finally`, whatever happened;
// - GitHub's "blocked until" (Retry-After, an exhausted limit's reset, a
//   minute for a secondary limit that names no time) and the budget are the
//   pacer's: shared by every event and, in storage mode, every instance.
import { AsyncLocalStorage } from 'node:async_hooks'
import { judge, type Verdict } from './answers.js'
import type { CircuitBreaker, BreakerOutcome } from './breaker.js'
import type { DispatchPacer } from './budget.js'
import type { GitHubRequest, HttpAnswer, HttpSend } from './http.js'

/** A request that did not reach GitHub, and why: nothing was sent, so a sender may safely come back. */
export class NotSentError extends Error {
  override readonly name = 'NotSentError'
  constructor(
    message: string,
    readonly retryAfterSeconds: number | undefined
  ) {
    super(message)
  }
}

/** What one attempt saw: the last answer GitHub gave it, or why nothing (more) reached GitHub. */
export interface AttemptRecord {
  /** Requests that reached GitHub (were written to a connection). */
  sent: number
  /** GitHub's verdict on the last request that got an answer. */
  verdict?: Verdict
  /** The last request that got no answer: refused connection, reset, no answer before the deadline, an untrusted certificate. */
  transportError?: string
}

export interface AttemptResult {
  readonly record: AttemptRecord
  /** Why the attempt stopped before (another) request reached GitHub: the breaker, GitHub's block, the budget, the deadline. */
  readonly notSent?: NotSentError
  /** What else `work` threw: a transport error, the token mint's. */
  readonly error?: unknown
}

/** One attempt's way to GitHub: each request through the blocked-until, the permit and the deadline. */
export interface AttemptCall {
  readonly signal: AbortSignal
  readonly record: AttemptRecord
  send(request: GitHubRequest): Promise<HttpAnswer>
}

export interface GitHubPolicyOptions {
  readonly send: HttpSend
  readonly breaker: CircuitBreaker
  readonly pacer: DispatchPacer
}

export class GitHubPolicy {
  /** The attempt a request belongs to, for requests made by libraries (the App's token mints) on the attempt's behalf. */
  static readonly current = new AsyncLocalStorage<AttemptCall>()

  constructor(private readonly options: GitHubPolicyOptions) {}

  get breaker(): CircuitBreaker {
    return this.options.breaker
  }

  get pacer(): DispatchPacer {
    return this.options.pacer
  }

  /**
   * Runs `work` as one attempt: refused at once (NotSentError, no permit
   * taken) when the breaker is open; otherwise each request `work` makes
   * waits for GitHub's block to end and for a permit (given up at
   * `permitBy`), is bounded by `signal`, and updates the shared state from
   * GitHub's answer. The breaker hears the attempt's outcome once, whatever
   * `work` did or threw.
   */
  async attempt(signal: AbortSignal, permitBy: number, work: (call: AttemptCall) => Promise<void>): Promise<AttemptResult> {
    const record: AttemptRecord = { sent: 0 }
    const ticket = this.options.breaker.admit()
    if (!ticket) {
      const seconds = this.options.breaker.retryAfterSeconds()
      return {
        record,
        notSent: new NotSentError(`not sent: GitHub failed repeatedly, and the relay waits ${seconds} s before trying again`, seconds)
      }
    }
    const call: AttemptCall = { signal, record, send: request => this.send(request, signal, permitBy, record) }
    try {
      await GitHubPolicy.current.run(call, () => work(call))
      return { record }
    } catch (error) {
      return error instanceof NotSentError ? { record, notSent: error } : { record, error }
    } finally {
      ticket.settle(outcomeOf(record))
    }
  }

  private async send(request: GitHubRequest, signal: AbortSignal, permitBy: number, record: AttemptRecord): Promise<HttpAnswer> {
    if (signal.aborted) throw notSentAfter(signal)
    const permit = await this.options.pacer.acquire(permitBy, signal)
    if (!permit.ok) throw new NotSentError(permit.reason, permit.retryAfterSeconds)
    try {
      // A permit that came after the deadline is not used.
      if (signal.aborted) throw notSentAfter(signal)
      record.sent++
      let answer: HttpAnswer
      try {
        answer = await this.options.send(request, signal)
      } catch (error) {
        record.verdict = undefined
        record.transportError = (error as Error).message
        throw error
      }
      const now = Date.now()
      const verdict = judge(answer, now)
      record.verdict = verdict
      record.transportError = undefined
      // GitHub named a time: nothing goes to it before, from any event (and, through the store, any instance).
      if (verdict.kind !== 'refused' && verdict.waitSeconds !== undefined && verdict.waitSeconds > 0) {
        await this.options.pacer.block(now + verdict.waitSeconds * 1000).catch(() => undefined)
      }
      return answer
    } finally {
      permit.release()
    }
  }
}

function notSentAfter(signal: AbortSignal): NotSentError {
  return new NotSentError(`not sent: ${(signal.reason as Error).message}`, undefined)
}

function outcomeOf(record: AttemptRecord): BreakerOutcome {
  if (record.transportError !== undefined) return 'failed'
  if (record.verdict) return record.verdict.kind === 'failed' ? 'failed' : 'answered'
  return 'not-sent'
}

/** The call of the attempt under way, for a request a library makes on its behalf; throws outside an attempt. */
export function currentCall(): AttemptCall {
  const call = GitHubPolicy.current.getStore()
  if (!call) throw new Error('a request to GitHub outside the resilience policy')
  return call
}
