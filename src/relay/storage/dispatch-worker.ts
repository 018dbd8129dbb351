// The dispatcher of the durable outbox: takes a queue message, sends its
// event to GitHub once it holds the event's lease, and records the outcome.
// Shared by both hosts; the Node host polls the queue itself
// (startQueueDispatcher), the Functions host is called by its queue trigger.
import type { StorageConfig } from '../config.js'
import type { Dispatcher } from '../core.js'
import { describeStorageError } from './azure-storage.js'
import { afterAttempt, expiresAt, toDispatch, tooOld, type OutboxMessage, type OutboxRecord } from './outbox.js'
import type { ReceivedMessage } from './queues.js'

/**
 * What the worker needs of the outbox to handle one message: the event's
 * record, its lease, and where its fate is written. AzureOutbox keeps it in
 * Azure Storage; the unit tests keep it in memory.
 */
export interface DispatchStore {
  /** How long one storage call may take: a mark is tried again only while the lease leaves room for one. */
  readonly callTimeoutMs: number
  getRecord(target: string, rowKey: string): Promise<OutboxRecord | undefined>
  /** Takes the row for `leaseMs` if nobody changed it since it was read: the new ETag, or undefined when another was first. */
  claim(record: OutboxRecord, leaseMs: number): Promise<string | undefined>
  markDispatched(record: OutboxRecord, githubStatus: number): Promise<void>
  /** Gives the lease back after a failure worth retrying (ignored when the lease passed to another). */
  release(record: OutboxRecord, etag: string, lastError: string): Promise<void>
  /** The poison message with its reason, then the row marked poisoned. */
  poison(record: OutboxRecord | undefined, message: OutboxMessage, reason: string, githubStatus?: number): Promise<void>
}

/** And what the Node host's poller needs: the work queue and the sweeps. */
export interface QueueStore extends DispatchStore {
  receive(count: number, visibilityMs: number): Promise<ReceivedMessage[]>
  delete(item: ReceivedMessage): Promise<void>
  defer(item: ReceivedMessage, message: OutboxMessage, delayMs: number): Promise<void>
  sweep(windowMs: number): Promise<number>
  requeueStranded(olderThanMs: number): Promise<number>
}

/** What a host does with the message it was handed, once the event's fate is known. */
export interface MessageActions {
  /** The message has served: delete it. */
  done(): Promise<void>
  /** Bring it back after `delayMs`, carrying `message`. */
  later(message: OutboxMessage, delayMs: number): Promise<void>
}

export interface DispatchLog {
  message: 'dispatch'
  outcome: 'dispatched' | 'retry' | 'poisoned' | 'duplicate' | 'held' | 'no-record' | 'unreadable' | 'error'
  target?: string
  eventId?: string
  eventType?: string
  githubStatus?: number
  attempts?: number
  githubError?: string
  retries?: number
  delayMs?: number
  reason?: string
  storageError?: string
}

/** What a lease keeps for the writes after a dispatch (config.ts requires a lease this much longer than the deadline). */
export const LEASE_MARGIN_MS = 2_000

export type DispatchSettings = Pick<StorageConfig, 'leaseMs' | 'maxEventAgeMs' | 'retryDelayMs' | 'maxRetryDelayMs'>

/**
 * Events GitHub accepted whose row this process could not yet mark, with
 * GitHub's status: when their message comes back here, the row is marked
 * rather than the event sent again. Bounded; another instance cannot know,
 * so marking is also retried while the lease lasts.
 */
const acceptedNotMarked = new Map<string, number>()
const MAX_ACCEPTED_NOT_MARKED = 10_000
const rowId = (message: OutboxMessage) => `${message.target}\n${message.row}`

/** Marks the row dispatched, trying again while the lease leaves room for a call; remembers it when that fails too. */
async function markDispatched(
  outbox: DispatchStore,
  record: OutboxRecord,
  message: OutboxMessage,
  githubStatus: number,
  leaseUntil: number,
  now: () => number
) {
  let wait = 200
  for (;;) {
    try {
      await outbox.markDispatched(record, githubStatus)
      acceptedNotMarked.delete(rowId(message))
      return
    } catch (error) {
      if (now() + wait + outbox.callTimeoutMs >= leaseUntil) {
        if (acceptedNotMarked.size >= MAX_ACCEPTED_NOT_MARKED) acceptedNotMarked.delete(acceptedNotMarked.keys().next().value!)
        acceptedNotMarked.set(rowId(message), githubStatus)
        throw error
      }
      await new Promise(resolve => setTimeout(resolve, wait))
      wait *= 2
    }
  }
}

/**
 * One message, start to end. Throws when storage fails: the message is then
 * left to come back by itself (its visibility timeout), and the row's lease,
 * if taken, runs out by then.
 */
export async function processMessage(
  outbox: DispatchStore,
  dispatcher: Dispatcher,
  message: OutboxMessage | undefined,
  actions: MessageActions,
  settings: DispatchSettings,
  now: () => number = Date.now
): Promise<DispatchLog> {
  if (!message) {
    // Not written by a relay: nothing to dispatch, and keeping it would only bring it back.
    await actions.done()
    return { message: 'dispatch', outcome: 'unreadable' }
  }
  const record = await outbox.getRecord(message.target, message.row)
  const entry: DispatchLog = { message: 'dispatch', outcome: 'no-record', target: message.target, retries: message.retries }
  if (!record) {
    await actions.done()
    return entry
  }
  entry.eventId = record.eventId
  entry.eventType = record.eventType
  if (record.state !== 'pending') {
    // A second message for an event already sent or given up: the claim rule makes it a no-op.
    await actions.done()
    entry.outcome = 'duplicate'
    return entry
  }
  const accepted = acceptedNotMarked.get(rowId(message))
  if (accepted !== undefined) {
    // Sent by this process already; only its mark failed.
    await markDispatched(outbox, record, message, accepted, now() + settings.leaseMs, now)
    await actions.done()
    entry.outcome = 'dispatched'
    entry.githubStatus = accepted
    return entry
  }
  const leaseLeft = record.leaseUntil - now()
  if (leaseLeft > 0) {
    // Another dispatcher holds it: look again once its lease is over.
    entry.outcome = 'held'
    entry.delayMs = leaseLeft + 1000
    await actions.later(message, entry.delayMs)
    return entry
  }
  if (now() >= expiresAt(record, settings)) {
    const decision = tooOld(record.lastError, settings)
    await outbox.poison(record, message, decision.reason)
    await actions.done()
    entry.outcome = 'poisoned'
    entry.reason = decision.reason
    return entry
  }
  const claimedAt = now()
  const etag = await outbox.claim(record, settings.leaseMs)
  if (etag === undefined) {
    entry.outcome = 'held'
    entry.delayMs = settings.leaseMs
    await actions.later(message, entry.delayMs)
    return entry
  }

  // Every request of the dispatch (its token mint included) ends before the lease, with room left to record the outcome.
  const result = await dispatcher({ ...toDispatch(record), deadlineAt: claimedAt + settings.leaseMs - LEASE_MARGIN_MS })
  entry.githubStatus = result.status
  entry.attempts = result.attempts
  if (result.failureReason !== undefined) entry.githubError = result.failureReason
  const decision = afterAttempt(result, record, message.retries, settings, now())
  if (decision.kind === 'dispatched') {
    await markDispatched(outbox, record, message, result.status, claimedAt + settings.leaseMs, now)
    await actions.done()
    entry.outcome = 'dispatched'
  } else if (decision.kind === 'retry') {
    await outbox.release(record, etag, result.failureReason ?? `HTTP ${result.status}`)
    // Nothing sent (the breaker, GitHub's block, the budget): not a failure of this event, so its backoff does not grow.
    await actions.later({ ...message, retries: message.retries + (result.attempts > 0 ? 1 : 0) }, decision.delayMs)
    entry.outcome = 'retry'
    entry.delayMs = Math.round(decision.delayMs)
  } else {
    await outbox.poison(record, message, decision.reason, decision.githubStatus)
    await actions.done()
    entry.outcome = 'poisoned'
    entry.reason = decision.reason
  }
  return entry
}

export interface QueueDispatcher {
  /** Look at the queue now: a message was just stored. */
  wake(): void
  /** Takes no more messages and resolves once those under way are done; the others come back to another instance. */
  stop(): Promise<void>
}

export interface QueueDispatcherOptions {
  readonly settings: DispatchSettings
  /** Messages being handled at once, at most. */
  readonly maxInFlight: number
  readonly log: (entry: object) => void
  /** How often an idle dispatcher looks, from the first wait to the longest. */
  readonly idleMinMs?: number
  readonly idleMaxMs?: number
  /** Sweeps dispatched rows past the duplicate window this often (0: never). */
  readonly sweepEveryMs?: number
  /** Looks for stranded rows (recorded, never enqueued) this often; default: the lease, 0: never. */
  readonly requeueEveryMs?: number
  readonly duplicateWindowMs?: number
}

/**
 * The Node host's dispatcher: polls the queue while it has room, at most
 * maxInFlight messages at once, each invisible to other instances for the
 * lease while it is handled. An idle queue is polled less and less often (up
 * to idleMaxMs), and at once when this process stores an event.
 */
export function startQueueDispatcher(outbox: QueueStore, dispatcher: Dispatcher, options: QueueDispatcherOptions): QueueDispatcher {
  const idleMinMs = options.idleMinMs ?? 100
  const idleMaxMs = options.idleMaxMs ?? 2_000
  let stopping = false
  let active = 0
  let idleMs = idleMinMs
  let wakeUp: (() => void) | undefined
  const pause = (ms: number) =>
    new Promise<void>(resolve => {
      const timer = setTimeout(resolve, ms)
      wakeUp = () => {
        clearTimeout(timer)
        resolve()
      }
    }).finally(() => (wakeUp = undefined))

  const handle = async (item: ReceivedMessage) => {
    const actions: MessageActions = {
      done: () => outbox.delete(item),
      later: (message, delayMs) => outbox.defer(item, message, delayMs)
    }
    try {
      options.log(await processMessage(outbox, dispatcher, item.body, actions, options.settings))
    } catch (error) {
      options.log({ message: 'dispatch', outcome: 'error', target: item.body?.target, storageError: describeStorageError(error) })
    }
  }

  const loop = (async () => {
    while (!stopping) {
      const room = options.maxInFlight - active
      if (room <= 0) {
        // A finished message wakes the loop.
        await pause(idleMaxMs)
        continue
      }
      let items: ReceivedMessage[]
      try {
        items = await outbox.receive(room, options.settings.leaseMs)
      } catch (error) {
        options.log({ message: 'dispatcher: storage failed', storageError: describeStorageError(error) })
        idleMs = Math.min(idleMs * 2, Math.max(idleMaxMs, 5_000))
        await pause(idleMs)
        continue
      }
      if (items.length === 0) {
        await pause(idleMs)
        idleMs = Math.min(idleMs * 2, idleMaxMs)
        continue
      }
      idleMs = idleMinMs
      for (const item of items) {
        active++
        void handle(item).finally(() => {
          active--
          wakeUp?.()
        })
      }
    }
  })()

  const sweepEveryMs = options.sweepEveryMs ?? 0
  const sweeper =
    sweepEveryMs > 0
      ? setInterval(() => {
          const windowMs = options.duplicateWindowMs ?? options.settings.maxEventAgeMs
          outbox.sweep(windowMs).then(
            deleted => deleted > 0 && options.log({ message: 'sweep', deleted }),
            (error: unknown) => options.log({ message: 'sweep: storage failed', storageError: describeStorageError(error) })
          )
        }, sweepEveryMs).unref()
      : undefined

  const requeueEveryMs = options.requeueEveryMs ?? options.settings.leaseMs
  let requeueing = false
  const requeuer =
    requeueEveryMs > 0
      ? setInterval(() => {
          if (requeueing) return
          requeueing = true
          outbox
            .requeueStranded(options.settings.leaseMs)
            .then(
              requeued => {
                if (requeued > 0) {
                  options.log({ message: 'sweep: stranded events sent again', requeued })
                  idleMs = idleMinMs
                  wakeUp?.()
                }
              },
              (error: unknown) => options.log({ message: 'sweep: storage failed', storageError: describeStorageError(error) })
            )
            .finally(() => (requeueing = false))
        }, requeueEveryMs).unref()
      : undefined

  return {
    wake: () => {
      idleMs = idleMinMs
      wakeUp?.()
    },
    stop: async () => {
      stopping = true
      if (sweeper) clearInterval(sweeper)
      if (requeuer) clearInterval(requeuer)
      wakeUp?.()
      await loop
      while (active > 0) await new Promise(resolve => setTimeout(resolve, 20))
    }
  }
}
