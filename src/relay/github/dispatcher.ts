// Sends repository dispatches to GitHub, with a token or a GitHub App's
// installation token, through the one resilience policy (policy.ts): retries
// what GitHub asks to be retried within a deadline that stays under Event
// Grid's 30 seconds (and, in storage mode, within the dispatch's lease).
import pLimit from 'p-limit'
import type { GitHubAuth } from '../config.js'
import type { Dispatch, DispatchResult, Dispatcher } from '../core.js'
import { CircuitBreaker } from './breaker.js'
import { DispatchPacer, MemoryBudgetStore, type BudgetStore, type RateLimit } from './budget.js'
import { createHttpSend, type HttpSend } from './http.js'
import { GitHubPolicy, NotSentError, type AttemptRecord } from './policy.js'
import { createTokenSource, type TokenSource } from './tokens.js'

/** Event Grid gives up on a delivery after 30 s; leave room for the answer. */
export const DEFAULT_DEADLINE_MS = 25_000
/**
 * A retry is started only with at least this long left before the deadline
 * (half the deadline, for one shorter than twice this). An attempt cut short
 * by the deadline may still be accepted by GitHub after the relay has
 * answered 503, and the sender's redelivery is then dispatched a second time;
 * its timeout would also hide the last real failure.
 */
export const MIN_ATTEMPT_MS = 2_000
/** GitHub's best practices: at least a second between mutating requests, one at a time. */
export const DEFAULT_REQUEST_INTERVAL_MS = 1_000

export interface GitHubClientOptions {
  readonly apiUrl: string
  readonly auth: GitHubAuth
  readonly limits: readonly RateLimit[]
  /** The budget's counts and GitHub's "blocked until": in memory, or shared by every instance (storage mode). */
  readonly store?: BudgetStore
  readonly intervalMs?: number
}

/** The policy and the token source of one process: every request to GitHub goes through them. */
export function createGitHubPolicy(options: GitHubClientOptions): { policy: GitHubPolicy; tokens: TokenSource; send: HttpSend } {
  const send = createHttpSend(options.apiUrl)
  const pacer = new DispatchPacer(options.store ?? new MemoryBudgetStore(options.limits), options.limits, {
    intervalMs: options.intervalMs ?? DEFAULT_REQUEST_INTERVAL_MS
  })
  const policy = new GitHubPolicy({ send, breaker: new CircuitBreaker(), pacer })
  return { policy, tokens: createTokenSource(options.auth, options.apiUrl), send }
}

export interface DispatcherOptions {
  readonly policy: GitHubPolicy
  readonly tokens: TokenSource
  readonly deadlineMs?: number
  /** The first retry's delay; later ones grow twofold, with jitter. */
  readonly minRetryDelayMs?: number
}

/** The deadline passed: every wait and request of the dispatch ends with this. */
class DeadlineError extends Error {}

export function createGitHubDispatcher(options: DispatcherOptions): Dispatcher {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS
  const now = Date.now
  const { policy, tokens } = options
  const minRetryDelayMs = options.minRetryDelayMs ?? 500

  return async (dispatch: Dispatch): Promise<DispatchResult> => {
    const path = `/repos/${dispatch.target}/dispatches`
    const body = `{"event_type":${JSON.stringify(dispatch.eventType)},"client_payload":${dispatch.clientPayloadJson}}`
    const started = now()
    // Time spent waiting in the queue in front of GitHub counts: the sender's patience does not restart.
    const deadlineAt = dispatch.deadlineAt ?? started + deadlineMs
    const minAttemptMs = Math.min(MIN_ATTEMPT_MS, Math.max(0, deadlineAt - started) / 2)
    // One signal bounds every wait and request of the dispatch: permits, token mints, the dispatch, the pauses between.
    const timeoutMs = Math.max(1, deadlineAt - started)
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(new DeadlineError(`no answer from GitHub within the deadline (${timeoutMs} ms)`)), timeoutMs)
    const signal = controller.signal

    const state: DispatchState = { attempts: 0, last: undefined, notSent: undefined, mintError: undefined, appCredentialsRefused: false }
    let refreshedToken = false
    try {
      for (let retry = 0; ; retry++) {
        if (retry > 0 && deadlineAt - now() < minAttemptMs) break
        let mintError: string | undefined
        const attempt = await policy.attempt(signal, deadlineAt - minAttemptMs, async call => {
          let token: string
          try {
            token = await tokens.token()
          } catch (error) {
            // What the mint met (octokit wraps even the policy's refusal), as the policy saw it; auth-app's own error says less.
            mintError = `minting an installation token: ${call.record.transportError ?? (error as Error).message}`
            throw error
          }
          await call.send({
            method: 'POST',
            path,
            headers: {
              accept: 'application/vnd.github+json',
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
              'x-github-api-version': '2022-11-28'
            },
            body
          })
        })
        const { record } = attempt
        state.notSent = attempt.notSent
        state.mintError = mintError
        if (record.sent > 0) {
          state.attempts++
          state.last = record
        }
        if (attempt.notSent) break
        const verdict = record.verdict
        if (mintError !== undefined && verdict?.kind === 'refused') {
          // GitHub refusing the App's own credentials (a wrong key, App ID or installation) will not change on a retry.
          state.appCredentialsRefused = true
          break
        }
        if (mintError === undefined && verdict?.kind === 'accepted') break
        if (mintError === undefined && verdict?.kind === 'refused') {
          if (verdict.status === 401 && tokens.mints && !refreshedToken) {
            // An installation token can be revoked before it expires: mint one more and try again.
            refreshedToken = true
            tokens.invalidate()
            continue
          }
          break
        }
        // A rate limit: the next attempt's permit waits for the time GitHub named, or is refused with it.
        if (verdict?.kind === 'limited') continue
        const backoff = Math.min(8_000, minRetryDelayMs * 2 ** retry * (1 + Math.random()))
        if (now() + backoff + minAttemptMs > deadlineAt) break
        // Ends before the deadline by the check above: nothing to abort.
        await new Promise(resolve => setTimeout(resolve, backoff))
      }
    } finally {
      clearTimeout(timer)
    }
    return resultOf(state, policy)
  }
}

interface DispatchState {
  /** Attempts that reached GitHub. */
  attempts: number
  /** What the last attempt that reached GitHub saw. */
  last: AttemptRecord | undefined
  /** Why the last attempt sent nothing (more), when it did not. */
  notSent: NotSentError | undefined
  /** What the last attempt's token mint met, when it failed. */
  mintError: string | undefined
  appCredentialsRefused: boolean
}

function resultOf(state: DispatchState, policy: GitHubPolicy): DispatchResult {
  const { attempts, last, notSent, mintError } = state
  const verdict = last?.verdict
  if (verdict?.kind === 'accepted' && mintError === undefined && notSent === undefined) {
    return { ok: true, status: verdict.status, attempts, retryable: false }
  }
  const status = verdict?.status ?? 0
  if (state.appCredentialsRefused) {
    return {
      ok: false,
      status,
      attempts,
      retryable: false,
      appCredentialsRefused: true,
      failureReason: `GitHub refused the App's credentials when minting an installation token (HTTP ${status})`
    }
  }
  if (verdict?.kind === 'refused' && mintError === undefined && notSent === undefined) return { ok: false, status, attempts, retryable: false }
  // Worth the sender's retry, told when: the breaker's or the budget's time, GitHub's own wait, or what is left of its block.
  const blocked = policy.pacer.secondsBlocked()
  const named = verdict && 'waitSeconds' in verdict ? verdict.waitSeconds : undefined
  // Otherwise (a 5xx, no answer): when its turn could come again, after those waiting now.
  const retryAfterSeconds =
    notSent?.retryAfterSeconds ?? (blocked > 0 ? blocked : named) ?? Math.max(1, policy.pacer.secondsUntilTurn(policy.pacer.waiters))
  // The last real failure stays in the log when something was sent before the relay stopped trying.
  const failureReason = mintError ?? last?.transportError ?? (attempts === 0 ? notSent?.message : undefined)
  return {
    ok: false,
    status,
    attempts,
    retryable: true,
    retryAfterSeconds,
    ...(failureReason === undefined ? {} : { failureReason })
  }
}

export interface DispatchBounds {
  /** Dispatches sent to GitHub at once, at most. */
  readonly maxInFlight: number
  /** Dispatches waiting for a place, at most; past that, the sender is told to come back. */
  readonly maxQueued: number
  readonly deadlineMs?: number
  readonly now?: () => number
  /** The pacer the dispatcher waits on, for when a sender turned away could have its turn. */
  readonly pacer?: DispatchPacer
}

/** What a sender is told when the queue in front of GitHub is full: come back in a few seconds. */
export const QUEUE_FULL_RETRY_AFTER_SECONDS = 5

/**
 * Bounds what the relay asks of GitHub at once (GitHub allows 100 concurrent
 * requests per token, and a flood of them trips its secondary rate limit) and
 * how much waits: a burst beyond both is answered 503 with Retry-After at
 * once, instead of holding a socket and memory per event until the deadline.
 * A dispatch that waited until too little time was left is not sent either.
 */
export function boundDispatcher(dispatcher: Dispatcher, bounds: DispatchBounds): Dispatcher {
  const limit = pLimit(bounds.maxInFlight)
  const deadlineMs = bounds.deadlineMs ?? DEFAULT_DEADLINE_MS
  const now = bounds.now ?? Date.now
  const busy = (why: string): DispatchResult => ({
    ok: false,
    status: 0,
    attempts: 0,
    retryable: true,
    // When its turn could come: after those queued for a permit, at the pacer's pace (constant time whatever the queue).
    retryAfterSeconds: Math.max(QUEUE_FULL_RETRY_AFTER_SECONDS, bounds.pacer?.secondsUntilTurn(bounds.pacer.waiters) ?? 0),
    failureReason: why
  })
  return dispatch => {
    if (limit.activeCount >= bounds.maxInFlight && limit.pendingCount >= bounds.maxQueued) {
      return Promise.resolve(busy(`relay busy: ${bounds.maxInFlight} dispatches in flight and ${bounds.maxQueued} waiting`))
    }
    // A deadline given by the caller (storage mode's lease) is kept when it comes first.
    const deadlineAt = Math.min(now() + deadlineMs, dispatch.deadlineAt ?? Number.POSITIVE_INFINITY)
    // Only a dispatch that had to wait can have waited too long; one with a place at once always goes.
    const waits = limit.activeCount >= bounds.maxInFlight
    return limit(() =>
      waits && deadlineAt - now() < Math.min(MIN_ATTEMPT_MS, deadlineMs / 2)
        ? busy('relay busy: waited for a place until too little time was left')
        : dispatcher({ ...dispatch, deadlineAt })
    )
  }
}
