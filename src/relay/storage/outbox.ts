// The durable outbox's rules, free of Azure: what a record and a queue
// message hold, how they are keyed, and what a dispatcher does after an
// attempt. azure-outbox.ts keeps them in Azure Storage; the
// dispatcher (dispatch-worker.ts) and both hosts follow these rules.
//
// The invariant: an event the relay acknowledged is dispatched exactly once
// or listed by `poison list`; an event it did not acknowledge is dispatched
// at most once. The order that keeps it:
// 1. Record: insert the event's row, state "pending". An insert that fails
//    because the row exists is the shared duplicate window.
// 2. Enqueue a message naming the row; only the request whose insert created
//    the row does. Only then answer 202. A failure at 1 or 2 is a 503, and
//    the sender delivers again. A row recorded whose message was never sent
//    is sent again by the sweep (or a redelivery) that finds it unclaimed a
//    lease after its last message, one instance at a time (the row's ETag
//    decides). Two messages for one row are harmless:
// 3. A dispatcher claims the row before sending (a conditional update with
//    the row's ETag, setting a lease), so only one holder sends at a time; a
//    row already dispatched or poisoned makes a message a no-op.
// 4. What can never be sent gets its poison message before its row is marked
//    poisoned; a replay sets back only a row still poisoned (its ETag again).
import type { Dispatch, DispatchResult } from '../core.js'

export type RecordState = 'pending' | 'dispatched' | 'poisoned'

/** One accepted event, as its row in the table holds it. */
export interface OutboxRecord {
  readonly target: string
  readonly rowKey: string
  readonly eventId?: string
  readonly state: RecordState
  /** When the relay acknowledged it (ms since the epoch); its age counts from here, or from a replay. */
  readonly receivedAt: number
  readonly replayedAt?: number
  /** When it last got a message (ms since the epoch): a row unclaimed a lease after it is stranded. */
  readonly enqueuedAt?: number
  /** A random id of the request that inserted it, so that the request can tell its own insert, retried by the SDK, from a duplicate. */
  readonly insertedBy?: string
  /** Until when a dispatcher holds it (ms since the epoch); 0: nobody. */
  readonly leaseUntil: number
  /** How many times a dispatcher claimed it: more than 0 proves a message reached the queue. */
  readonly claims: number
  readonly eventType: string
  readonly clientPayloadJson: string
  /** The last failure worth retrying, for the reason an event that grew too old gives. */
  readonly lastError?: string
  /** Opaque: what makes an update conditional. */
  readonly etag: string
}

/** What a queue message carries: a reference to the row, never the payload (a message holds 64 KB, a payload nearly as much). */
export interface OutboxMessage {
  readonly target: string
  readonly row: string
  /** Retryable failures so far: the next wait doubles with each. */
  readonly retries: number
}

/** A poison message: the reference, and why it could not be sent. */
export interface PoisonMessage extends OutboxMessage {
  readonly reason: string
  readonly githubStatus?: number
  readonly poisonedAt: number
}

/** Partition keys may not hold "/": owner and repository names never hold ":". GitHub names are case-insensitive. */
export function partitionKeyOf(target: string): string {
  return target.toLowerCase().replace('/', ':')
}

/**
 * The row of an event id: the id itself (event ids are [A-Za-z0-9][A-Za-z0-9._:-]*,
 * all allowed in a row key). An event without an id cannot be recognised when
 * delivered again, so it gets a row of its own, which no id can name (ids
 * never start with "_").
 */
export function rowKeyOf(eventId: string | undefined, unique: () => string): string {
  return eventId ?? `_noid:${unique()}`
}

/**
 * Messages are base64 JSON: the Functions runtime's queue trigger decodes
 * base64 by default (host.json messageEncoding), and the Node dispatcher reads
 * the same.
 */
export function encodeMessage(message: OutboxMessage | PoisonMessage): string {
  return Buffer.from(JSON.stringify(message)).toString('base64')
}

/** The message, from its base64 text or from the object the Functions runtime already decoded; undefined when it is no outbox message. */
export function decodeMessage(body: unknown): OutboxMessage | PoisonMessage | undefined {
  let value: unknown = body
  if (typeof body === 'string') {
    const text = /^[A-Za-z0-9+/]+={0,2}$/.test(body) ? Buffer.from(body, 'base64').toString('utf8') : body
    try {
      value = JSON.parse(text)
    } catch {
      return undefined
    }
  }
  if (typeof value !== 'object' || value === null) return undefined
  const { target, row, retries, reason, githubStatus, poisonedAt } = value as Record<string, unknown>
  if (typeof target !== 'string' || typeof row !== 'string' || row === '') return undefined
  const message: OutboxMessage = { target, row, retries: typeof retries === 'number' && retries >= 0 ? Math.floor(retries) : 0 }
  if (typeof reason !== 'string') return message
  return {
    ...message,
    reason,
    githubStatus: typeof githubStatus === 'number' ? githubStatus : undefined,
    poisonedAt: typeof poisonedAt === 'number' ? poisonedAt : 0
  }
}

export function toDispatch(record: OutboxRecord): Dispatch {
  return { target: record.target, eventType: record.eventType, clientPayloadJson: record.clientPayloadJson }
}

export interface RetrySettings {
  readonly maxEventAgeMs: number
  readonly retryDelayMs: number
  readonly maxRetryDelayMs: number
}

/** What becomes of a message after its attempt. */
export type AfterAttempt =
  | { readonly kind: 'dispatched' }
  | { readonly kind: 'retry'; readonly delayMs: number }
  | { readonly kind: 'poison'; readonly reason: string; readonly githubStatus?: number }

/** When an event's age limit falls: from its arrival, or from the operator's replay. */
export function expiresAt(record: OutboxRecord, settings: RetrySettings): number {
  return Math.max(record.receivedAt, record.replayedAt ?? 0) + settings.maxEventAgeMs
}

/**
 * The decision after GitHub answered (or did not): done; again later, after
 * a wait that doubles with each failure (with jitter, so that a backlog does
 * not come back all at once, and never shorter than GitHub's Retry-After);
 * or the poison queue, for a refusal GitHub will not change its mind about
 * or an event that would pass its age limit before its next try.
 */
export function afterAttempt(
  result: DispatchResult,
  record: OutboxRecord,
  retries: number,
  settings: RetrySettings,
  now: number,
  random: () => number = Math.random
): AfterAttempt {
  if (result.ok) return { kind: 'dispatched' }
  if (!result.retryable) {
    const why = result.appCredentialsRefused
      ? `GitHub refused the GitHub App's credentials (HTTP ${result.status})`
      : `GitHub refused the dispatch (HTTP ${result.status})${result.status === 404 ? ': no such repository, or the token cannot see it' : ''}`
    return { kind: 'poison', reason: why, githubStatus: result.status }
  }
  const backoff = Math.min(settings.maxRetryDelayMs, settings.retryDelayMs * 2 ** Math.min(retries, 30)) * (0.8 + 0.4 * random())
  // Nothing reached GitHub (its breaker open, its block, no room in the budget): back when its turn comes, no later.
  const delayMs = Math.round(
    result.attempts === 0 && result.retryAfterSeconds !== undefined
      ? result.retryAfterSeconds * 1000
      : Math.max(backoff, (result.retryAfterSeconds ?? 0) * 1000)
  )
  const left = expiresAt(record, settings) - now
  if (left <= 0) return tooOld(result.failureReason ?? `HTTP ${result.status}`, settings)
  // The last try falls at the age limit rather than past it.
  return { kind: 'retry', delayMs: Math.min(delayMs, left) }
}

/** The poison decision for an event past its age limit; `lastError` is what its last attempt met. */
export function tooOld(lastError: string | undefined, settings: RetrySettings): AfterAttempt & { kind: 'poison' } {
  const last = lastError === undefined ? '' : `; last failure: ${lastError}`
  return { kind: 'poison', reason: `not dispatched within RELAY_MAX_EVENT_AGE (${Math.round(settings.maxEventAgeMs / 1000)} s)${last}` }
}
