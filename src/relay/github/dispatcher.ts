// Sends repository dispatches to GitHub: with a token or a GitHub App's
// installation token, retrying what GitHub asks to be retried within a
// deadline that stays under Event Grid's 30 seconds.
import { createAppAuth } from '@octokit/auth-app'
import { request as octokitRequest } from '@octokit/request'
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { urlToHttpOptions } from 'node:url'
import pLimit from 'p-limit'
import pRetry, { AbortError } from 'p-retry'
import type { GitHubAuth } from '../config.js'
import type { Dispatch, DispatchResult, Dispatcher } from '../core.js'
import type { DispatchPacer } from './budget.js'

export const USER_AGENT = 'acr-webhook-relay'
/** Event Grid gives up on a delivery after 30 s; leave room for the answer. */
export const DEFAULT_DEADLINE_MS = 25_000
/** An installation token this close to expiry is replaced before use. */
const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000
/**
 * A retry is started only with at least this long left before the deadline.
 * An attempt cut short by the deadline may still be accepted by GitHub after
 * the relay has answered 503, and the sender's redelivery is then dispatched
 * a second time; its timeout would also hide the last real failure.
 */
export const MIN_ATTEMPT_MS = 2_000

export interface TokenSource {
  /** A plain string when nothing needs minting, so that the common case awaits nothing. */
  token(): string | Promise<string>
  /** Forgets a token GitHub refused, so that the next call mints another. */
  invalidate(): void
}

export function createTokenSource(auth: GitHubAuth, apiUrl: string, now: () => number = Date.now): TokenSource {
  if (auth.kind === 'token') return { token: () => auth.token, invalidate: () => {} }

  // @octokit/auth-app keeps tokens 59 minutes whatever GitHub says; this cache
  // also honours the expiry GitHub gives, so a shorter-lived token is renewed in time.
  const cached = new Map<string, string>()
  const cache = {
    // auth-app reads an empty string as "not cached".
    get: (key: string): string => {
      const value = cached.get(key) ?? ''
      const expiresAt = value.split('|')[2]
      return expiresAt && Date.parse(expiresAt) - now() >= TOKEN_REFRESH_MARGIN_MS ? value : ''
    },
    set: (key: string, value: string) => void cached.set(key, value)
  }
  const appAuth = createAppAuth({
    appId: auth.appId,
    privateKey: auth.privateKey,
    installationId: auth.installationId,
    cache,
    request: octokitRequest.defaults({ baseUrl: apiUrl, headers: { 'user-agent': USER_AGENT } })
  })
  return {
    token: async () => (await appAuth({ type: 'installation' })).token,
    invalidate: () => cached.clear()
  }
}

/**
 * One view of GitHub's health shared by every dispatch, so that an outage
 * does not multiply the traffic sent to GitHub: after `threshold` failures in
 * a row (5xx, 429, unreachable) the breaker opens for `cooldownMs`, during
 * which no request is sent and senders are answered 503 at once; then one
 * probe goes through, and its outcome closes the breaker or opens it again.
 */
export class CircuitBreaker {
  private failures = 0
  private openUntil = 0
  private probing = false

  constructor(
    private readonly now: () => number = Date.now,
    private readonly threshold = 5,
    private readonly cooldownMs = 5_000
  ) {}

  /** Whether a request may go to GitHub now. While half-open, only the one probe may. */
  allow(): boolean {
    if (this.failures < this.threshold) return true
    if (this.now() < this.openUntil || this.probing) return false
    this.probing = true
    return true
  }

  /** Seconds until a request may go again, for Retry-After. */
  retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((this.openUntil - this.now()) / 1000))
  }

  succeeded(): void {
    this.failures = 0
    this.probing = false
  }

  failed(): void {
    this.failures++
    this.probing = false
    if (this.failures >= this.threshold) this.openUntil = this.now() + this.cooldownMs
  }
}

export interface DispatcherOptions {
  readonly apiUrl: string
  readonly tokens: TokenSource
  /** Shared by every dispatch; a new one per dispatcher when not given. */
  readonly breaker?: CircuitBreaker
  /** Every request to GitHub, retries included, waits for its permit here; not paced when not given. */
  readonly pacer?: DispatchPacer
  readonly deadlineMs?: number
  /** The first retry's delay; later ones grow twofold, with jitter. */
  readonly minRetryDelayMs?: number
  readonly now?: () => number
}

class GitHubResponseError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds: number | undefined
  ) {
    super(`GitHub answered ${status}`)
  }
}

export function createGitHubDispatcher(options: DispatcherOptions): Dispatcher {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS
  const now = options.now ?? Date.now

  const post = createPoster(options.apiUrl)
  const breaker = options.breaker ?? new CircuitBreaker(now)

  return async (dispatch: Dispatch): Promise<DispatchResult> => {
    const path = `/repos/${dispatch.target}/dispatches`
    const body = `{"event_type":${JSON.stringify(dispatch.eventType)},"client_payload":${dispatch.clientPayloadJson}}`
    const started = now()
    // Time spent waiting in the queue in front of GitHub counts: the sender's patience does not restart.
    const deadlineAt = dispatch.deadlineAt ?? started + deadlineMs
    let attempts = 0
    let lastStatus = 0
    /** Why GitHub could not be reached (refused, timed out, an untrusted certificate), for the log. */
    let unreachable: string | undefined
    let lastRetryAfter: number | undefined
    /** Whether the last failure is worth the sender's retry: decided once, where GitHub's body is at hand. */
    let lastRetryable = true
    let refreshedToken = false
    let appCredentialsRefused = false

    const attempt = async (): Promise<void> => {
      if (attempts > 0 && deadlineAt - now() < MIN_ATTEMPT_MS) throw new AbortError('too little time left for another attempt')
      if (options.pacer) {
        // Before GitHub has to refuse: a request that cannot have its turn in time is not sent, and the
        // sender is told when the budget has room (not an attempt: nothing reached GitHub).
        const permit = await options.pacer.acquire(deadlineAt - MIN_ATTEMPT_MS)
        if (!permit.ok) {
          lastRetryable = true
          lastRetryAfter = permit.retryAfterSeconds
          if (attempts === 0) unreachable = permit.reason
          throw new AbortError('no room in the dispatch budget before the deadline')
        }
      }
      const remaining = deadlineAt - now()
      if (!breaker.allow()) {
        // GitHub is failing for everyone: the sender is told when to come back instead of adding to the load.
        lastRetryable = true
        lastRetryAfter = breaker.retryAfterSeconds()
        if (attempts === 0) unreachable = `not sent: GitHub failed repeatedly, and the relay waits ${lastRetryAfter} s before trying again`
        throw new AbortError('circuit open')
      }
      attempts++
      let token: string
      try {
        const pending = options.tokens.token()
        token = typeof pending === 'string' ? pending : await pending
      } catch (error) {
        // GitHub refusing the App's own credentials (a wrong key, App ID or installation) will not change on a retry.
        const status = (error as { status?: unknown }).status
        if (typeof status === 'number' && status >= 400 && status < 500 && status !== 429) {
          lastStatus = status
          lastRetryable = false
          appCredentialsRefused = true
          unreachable = `GitHub refused the App's credentials when minting an installation token (HTTP ${status})`
          throw new AbortError(unreachable)
        }
        lastStatus = 0
        unreachable = `minting an installation token: ${(error as Error).message}`
        lastRetryable = true
        throw new Error(unreachable)
      }
      let response: HttpAnswer
      try {
        response = await post(path, token, body, Math.max(remaining, 1))
      } catch (error) {
        lastStatus = 0
        unreachable = (error as Error).message
        lastRetryable = true
        breaker.failed()
        throw new Error(`GitHub could not be reached: ${(error as Error).message}`)
      }
      lastStatus = response.status
      unreachable = undefined
      if (response.status >= 200 && response.status < 300) {
        breaker.succeeded()
        return
      }
      lastRetryAfter = retryAfterSeconds(response, now())
      lastRetryable = isRetryable(response.status, lastRetryAfter, response.text)
      // A refusal means GitHub is up; only what a retry could fix counts against its health.
      if (lastRetryable) breaker.failed()
      else breaker.succeeded()
      if (response.status === 401 && !refreshedToken) {
        // An installation token can be revoked before it expires: mint one more and try again.
        refreshedToken = true
        options.tokens.invalidate()
        throw new GitHubResponseError(401, 0)
      }
      if (!lastRetryable) throw new AbortError(new GitHubResponseError(response.status, undefined))
      throw new GitHubResponseError(response.status, lastRetryAfter)
    }

    try {
      await pRetry(attempt, {
        retries: 10,
        factor: 2,
        minTimeout: options.minRetryDelayMs ?? 500,
        maxTimeout: 8_000,
        randomize: true,
        maxRetryTime: Math.max(deadlineAt - started, 1),
        // p-retry waits retryDelay after this; a longer Retry-After is waited for here, unless it
        // would pass the deadline, in which case the sender is better told to retry later.
        onFailedAttempt: async ({ error, retryDelay }) => {
          const retryAfter = error instanceof GitHubResponseError ? error.retryAfterSeconds : undefined
          if (!retryAfter) return
          const wait = retryAfter * 1000
          if (now() + wait > deadlineAt) throw new AbortError(error)
          if (wait > retryDelay) await sleep(wait - retryDelay)
        }
      })
      return { ok: true, status: lastStatus, attempts, retryable: false }
    } catch {
      return {
        ok: false,
        status: lastStatus,
        attempts,
        retryable: lastRetryable,
        retryAfterSeconds: lastRetryable ? lastRetryAfter : undefined,
        unreachable,
        appCredentialsRefused: appCredentialsRefused || undefined
      }
    }
  }
}

export interface DispatchBounds {
  /** Dispatches sent to GitHub at once, at most. */
  readonly maxInFlight: number
  /** Dispatches waiting for a place, at most; past that, the sender is told to come back. */
  readonly maxQueued: number
  readonly deadlineMs?: number
  readonly now?: () => number
  /** The pacer the dispatcher waits on, for when a sender turned away may come back. */
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
    // Later than a few seconds when the dispatch budget has no room for those ahead until then.
    retryAfterSeconds: Math.max(QUEUE_FULL_RETRY_AFTER_SECONDS, bounds.pacer?.secondsUntilRoomFor(limit.activeCount + limit.pendingCount) ?? 0),
    unreachable: why
  })
  return dispatch => {
    if (limit.activeCount >= bounds.maxInFlight && limit.pendingCount >= bounds.maxQueued) {
      return Promise.resolve(busy(`relay busy: ${bounds.maxInFlight} dispatches in flight and ${bounds.maxQueued} waiting`))
    }
    const deadlineAt = now() + deadlineMs
    // Only a dispatch that had to wait can have waited too long; one with a place at once always goes.
    const waits = limit.activeCount >= bounds.maxInFlight
    return limit(() =>
      waits && deadlineAt - now() < MIN_ATTEMPT_MS
        ? busy('relay busy: waited for a place until too little time was left')
        : dispatcher({ ...dispatch, deadlineAt })
    )
  }
}

/** 5xx, 429, and a 403 that is a rate limit (primary or secondary) are worth another try. */
function isRetryable(status: number, retryAfter: number | undefined, body: string): boolean {
  if (status >= 500 || status === 429) return true
  return status === 403 && (retryAfter !== undefined || /rate limit/i.test(body))
}

interface HttpAnswer {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly text: string
}

/**
 * POSTs over keep-alive connections with Node's http client. fetch (undici)
 * cost the relay more than twice the CPU per dispatch under load (160 µs
 * against 67 µs a request, npm run bench:relay), most of it in its streams and
 * the garbage they leave.
 */
function createPoster(apiUrl: string) {
  // Parsed once: a URL per request showed in the profile. The base path keeps GitHub Enterprise Server's /api/v3.
  const url = new URL(apiUrl)
  const base = urlToHttpOptions(url)
  const basePath = url.pathname.replace(/\/$/, '')
  const secure = base.protocol === 'https:'
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true })
  const send = secure ? httpsRequest : httpRequest
  return (path: string, token: string, body: string, timeoutMs: number): Promise<HttpAnswer> =>
    new Promise((resolve, reject) => {
      // In rawHeaders form, which Node writes as given instead of setting each header in turn.
      const headers = [
        'host',
        url.host,
        'accept',
        'application/vnd.github+json',
        'authorization',
        `Bearer ${token}`,
        'content-type',
        'application/json',
        'content-length',
        String(Buffer.byteLength(body)),
        'user-agent',
        USER_AGENT,
        'x-github-api-version',
        '2022-11-28'
      ]
      const options = { protocol: base.protocol, hostname: base.hostname, port: base.port, path: basePath + path, method: 'POST', agent, headers }
      const request = send(options, res => {
        const status = res.statusCode ?? 0
        let text = ''
        // An accepted dispatch has no body worth reading; a refusal's body tells a rate limit from the rest.
        if (status >= 200 && status < 300) res.resume()
        else {
          res.setEncoding('utf8')
          res.on('data', chunk => (text += chunk))
        }
        res.on('end', () => {
          clearTimeout(timer)
          resolve({ status, headers: res.headers, text })
        })
        res.on('error', error => {
          clearTimeout(timer)
          reject(error)
        })
      })
      const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
      request.on('error', error => {
        clearTimeout(timer)
        reject(error)
      })
      request.end(body)
    })
}

/** Seconds GitHub asks us to wait, from Retry-After or an exhausted rate limit's reset time. */
function retryAfterSeconds(response: HttpAnswer, nowMs: number): number | undefined {
  const header = response.headers['retry-after']
  if (typeof header === 'string') {
    if (/^\d+$/.test(header.trim())) return Number(header.trim())
    const date = Date.parse(header)
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - nowMs) / 1000))
  }
  if (response.headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(response.headers['x-ratelimit-reset'])
    if (Number.isFinite(reset) && reset > 0) return Math.max(1, Math.ceil(reset - nowMs / 1000))
  }
  // A secondary rate limit without a header: GitHub asks for at least a minute.
  if ((response.status === 403 || response.status === 429) && /secondary rate limit/i.test(response.text)) return 60
  return undefined
}

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
