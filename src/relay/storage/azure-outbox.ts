// The outbox in Azure Storage: the table of accepted events (records.ts, the
// duplicate window every instance shares), the work queue and the poison
// queue (queues.ts), put together by the rules of outbox.ts. The Azure SDKs
// are loaded by import() in openAzureOutbox alone, so that neither the action
// nor an in-memory relay pays for them (ncc puts them in a chunk of their own).
import { randomUUID } from 'node:crypto'
import type { StorageConfig, StorageNames } from '../config.js'
import { CallTimeout, isInsecure, isMissingResource, STORAGE_CALL_TIMEOUT_MS, unavailableOnError } from './azure-storage.js'
import type { QueueStore } from './dispatch-worker.js'
import { encodeMessage, rowKeyOf, type OutboxMessage, type OutboxRecord, type PoisonMessage } from './outbox.js'
import { AzurePoisonQueue, AzureWorkQueue, type PoisonListing, type ReceivedMessage } from './queues.js'
import { AzureRecords, MAX_SWEPT_PER_RUN, type EventToStore } from './records.js'

export { describeStorageError, StorageUnavailableError, STORAGE_CALL_TIMEOUT_MS } from './azure-storage.js'
export type { EventToStore } from './records.js'
export type { PoisonListing, ReceivedMessage } from './queues.js'
export { MAX_SWEPT_PER_RUN }
/** Stranded rows one sweep sends again, at most. */
export const MAX_REQUEUED_PER_RUN = 1_000

export interface ReplayOutcome {
  readonly messageId: string
  readonly target?: string
  readonly row?: string
  /**
   * replayed: the row was poisoned, is pending again, and has a new message;
   * requeued: the row was still pending (a replay interrupted before it
   * deleted this message, or a message the Functions runtime moved here), and
   * got a new message, which its claim makes harmless if another exists;
   * stale: the row was dispatched (or replayed by another) since: only the
   * message is deleted, so that GitHub never sees the event twice.
   */
  readonly outcome: 'replayed' | 'requeued' | 'stale' | 'no-record' | 'unreadable'
}

export async function openAzureOutbox(
  config: Pick<StorageConfig, 'connectionString' | 'names'> & Partial<Pick<StorageConfig, 'callTimeoutMs' | 'leaseMs'>>,
  now: () => number = Date.now
): Promise<AzureOutbox> {
  const timeout = new CallTimeout(config.callTimeoutMs ?? STORAGE_CALL_TIMEOUT_MS)
  const [tables, queues] = await Promise.all([import('@azure/data-tables'), import('@azure/storage-queue')])
  const table = tables.TableClient.fromConnectionString(config.connectionString, config.names.table, {
    allowInsecureConnection: isInsecure(config.connectionString),
    // A storage outage is answered 503 within seconds, not after the SDK's 30 s of retries.
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 }
  })
  const service = queues.QueueServiceClient.fromConnectionString(config.connectionString, {
    retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1_000, tryTimeoutInMs: timeout.ms }
  })
  return new AzureOutbox(
    config.names,
    { table, queue: service.getQueueClient(config.names.queue), poisonQueue: service.getQueueClient(config.names.poisonQueue) },
    now,
    timeout,
    config.leaseMs
  )
}

export class AzureOutbox implements QueueStore {
  private ensured: Promise<void> | undefined
  readonly records: AzureRecords
  readonly work: AzureWorkQueue
  readonly poisonQueue: AzurePoisonQueue
  readonly callTimeoutMs: number

  constructor(
    readonly names: StorageNames,
    clients: {
      table: ConstructorParameters<typeof AzureRecords>[0]
      queue: ConstructorParameters<typeof AzureWorkQueue>[0]
      poisonQueue: ConstructorParameters<typeof AzurePoisonQueue>[0]
    },
    private readonly now: () => number,
    private readonly timeout: CallTimeout = new CallTimeout(),
    /** The dispatch lease: how long after its last message an unclaimed row counts as stranded. */
    readonly strandedAfterMs = 60_000
  ) {
    // A table or queue found missing (an account reset, an operator's delete, an emulator restarted) is made again before the next call.
    const onError = (error: unknown) => {
      if (isMissingResource(error)) this.ensured = undefined
    }
    this.records = new AzureRecords(clients.table, timeout, now, onError)
    this.work = new AzureWorkQueue(clients.queue, timeout, onError)
    this.poisonQueue = new AzurePoisonQueue(clients.poisonQueue, timeout, onError)
    this.callTimeoutMs = timeout.ms
  }

  /** Creates the table and queues once per process; a failure is tried again on the next call. */
  ensureResources(): Promise<void> {
    this.ensured ??= Promise.all([this.records.create(), this.work.create(), this.poisonQueue.create()]).then(
      () => undefined,
      (error: unknown) => {
        this.ensured = undefined
        throw error
      }
    )
    return this.ensured
  }

  /**
   * Records the event and enqueues it: 'queued' once both are stored,
   * 'duplicate' when the target already has this event id. Throws
   * StorageUnavailableError when either write failed: the sender must be told
   * to deliver again (503).
   *
   * Only the request whose insert created the row enqueues it, so that a
   * burst of redeliveries costs one message, not one each. A row left
   * pending without a message (the enqueue failed) is sent again by the
   * first redelivery or sweep that finds it unclaimed a lease after its last
   * message, and only by the one whose conditional update wins.
   */
  async accept(event: EventToStore): Promise<'queued' | 'duplicate'> {
    return unavailableOnError(async () => {
      await this.ensureResources()
      try {
        return await this.acceptOnce(event)
      } catch (error) {
        // The table or queue vanished under a running relay: create them and try once more.
        if (!isMissingResource(error)) throw error
        await this.ensureResources()
        return await this.acceptOnce(event)
      }
    })
  }

  private async acceptOnce(event: EventToStore): Promise<'queued' | 'duplicate'> {
    const rowKey = rowKeyOf(event.eventId, randomUUID)
    // Tells this request's own insert, retried by the SDK after its answer was lost, from another's.
    const insertedBy = randomUUID()
    if (!(await this.records.insert(event, rowKey, insertedBy))) {
      const existing = await this.records.get(event.target, rowKey)
      if (existing?.insertedBy !== insertedBy) {
        if (existing && this.isStranded(existing, this.now())) await this.requeue(existing)
        return 'duplicate'
      }
    }
    await this.work.enqueue({ target: event.target, row: rowKey, retries: 0 })
    return 'queued'
  }

  /** Pending, never claimed, and its last message sent more than a lease ago: that message may never have been stored. */
  private isStranded(record: OutboxRecord, now: number, leaseMs = this.strandedAfterMs): boolean {
    return record.state === 'pending' && record.claims === 0 && record.leaseUntil <= now && (record.enqueuedAt ?? record.receivedAt) < now - leaseMs
  }

  /** Sends a stranded row a message, if no one else did since it was read (the ETag decides): true when this call did. */
  private async requeue(record: OutboxRecord): Promise<boolean> {
    if (!(await this.records.markEnqueued(record))) return false
    await this.work.enqueue({ target: record.target, row: record.rowKey, retries: 0 })
    return true
  }

  /**
   * Finds rows recorded but never claimed, whose message is older than
   * `olderThanMs` (the lease): the enqueue after their insert failed, and the
   * sender may never deliver again (ACR webhooks do not retry). They were
   * recorded, so they are dispatched: each gets a message, once, whichever
   * instance sweeps first. A row whose message is merely waiting in a long
   * queue gets a second one, which its claim makes a no-op.
   */
  async requeueStranded(olderThanMs: number, max = MAX_REQUEUED_PER_RUN): Promise<number> {
    await this.ensureResources()
    const now = this.now()
    let requeued = 0
    for await (const record of this.records.pendingUnclaimed(now - olderThanMs)) {
      if (!this.isStranded(record, now, olderThanMs)) continue
      if (await this.requeue(record)) requeued++
      if (requeued >= max) break
    }
    return requeued
  }

  // The dispatch worker's view (QueueStore): records and the work queue.
  getRecord(target: string, rowKey: string): Promise<OutboxRecord | undefined> {
    return this.records.get(target, rowKey)
  }

  claim(record: OutboxRecord, leaseMs: number): Promise<string | undefined> {
    return this.records.claim(record, leaseMs)
  }

  markDispatched(record: OutboxRecord, githubStatus: number): Promise<void> {
    return this.records.markDispatched(record, githubStatus)
  }

  release(record: OutboxRecord, etag: string, lastError: string): Promise<void> {
    return this.records.release(record, etag, lastError)
  }

  /**
   * Final: the poison queue gets a message with the reason, for the operator,
   * and only then the row says why. In that order, an event is always either
   * on its way or listed by `poison list`: a failure between the two leaves
   * the row pending and its message coming back, which poisons it again (a
   * second poison message, which a replay finds stale).
   */
  async poison(record: OutboxRecord | undefined, message: OutboxMessage, reason: string, githubStatus?: number): Promise<void> {
    const poisoned: PoisonMessage = {
      target: message.target,
      row: message.row,
      retries: message.retries,
      reason,
      githubStatus,
      poisonedAt: this.now()
    }
    await this.poisonQueue.add(poisoned)
    if (record) await this.records.markPoisoned(record, reason, githubStatus)
  }

  enqueue(message: OutboxMessage, delayMs = 0): Promise<void> {
    return this.work.enqueue(message, delayMs)
  }

  async receive(count: number, visibilityMs: number): Promise<ReceivedMessage[]> {
    await this.ensureResources()
    return this.work.receive(count, visibilityMs)
  }

  /** The message comes back after `delayMs`, carrying `message` (its retry count). */
  defer(item: ReceivedMessage, message: OutboxMessage, delayMs: number): Promise<void> {
    return this.work.defer(item, delayMs, encodeMessage(message))
  }

  delete(item: ReceivedMessage): Promise<void> {
    return this.work.delete(item)
  }

  /** The first (up to 32) poison messages, without taking them. */
  async listPoison(): Promise<PoisonListing> {
    await this.ensureResources()
    return this.poisonQueue.list()
  }

  /**
   * Sends poison messages back to the outbox: a row still poisoned is set
   * pending again (conditional on its ETag, so that of two replays, or a
   * replay and a stale message, one wins), its age counted from now, and
   * gets a new message; then the poison message is deleted. A message whose
   * row was dispatched or replayed since is only deleted. Only those
   * `select` accepts (all when not given); at most `max`. Every message it
   * took and did not delete (not chosen, its replay failed halfway) is made
   * visible again before it returns.
   */
  async replayPoison(select: (messageId: string, message: OutboxMessage | undefined) => boolean = () => true, max = 1000): Promise<ReplayOutcome[]> {
    await this.ensureResources()
    const outcomes: ReplayOutcome[] = []
    const seen = new Set<string>()
    // Messages taken to look at and not deleted: hidden while the walk goes on (a receive cannot skip them),
    // and made visible again before the replay returns, whatever happened.
    const giveBack: ReceivedMessage[] = []
    // Invisible to `poison list` while this replay holds them: long enough for a message's four calls, and no longer,
    // so that a replay cut short (its answer lost) hides nothing from the operator for long.
    const visibilityMs = 5 * this.callTimeoutMs
    try {
      while (outcomes.length < max) {
        const items = (await this.poisonQueue.receive(32, visibilityMs)).filter(item => !seen.has(item.messageId))
        if (items.length === 0) break
        for (const item of items) {
          seen.add(item.messageId)
          const message = item.body
          if (!select(item.messageId, message) || outcomes.length >= max) {
            giveBack.push(item)
            continue
          }
          if (!message) {
            outcomes.push({ messageId: item.messageId, outcome: 'unreadable' })
            giveBack.push(item)
            continue
          }
          giveBack.push(item)
          const outcome = await this.replayOne(message)
          if (outcome !== 'no-record') {
            await this.poisonQueue.delete(item)
            giveBack.pop()
          }
          outcomes.push({ messageId: item.messageId, target: message.target, row: message.row, outcome })
        }
      }
    } finally {
      await Promise.all(giveBack.map(item => this.poisonQueue.defer(item, 0).catch(() => undefined)))
    }
    return outcomes
  }

  private async replayOne(message: OutboxMessage): Promise<ReplayOutcome['outcome']> {
    const record = await this.records.get(message.target, message.row)
    if (!record) return 'no-record'
    if (record.state === 'dispatched') return 'stale'
    if (record.state === 'pending') {
      await this.work.enqueue({ target: message.target, row: message.row, retries: 0 })
      return 'requeued'
    }
    // Changed since it was read: another replay was first.
    if (!(await this.records.markReplayed(record))) return 'stale'
    await this.work.enqueue({ target: message.target, row: message.row, retries: 0 })
    return 'replayed'
  }

  /**
   * Deletes rows of dispatched events received more than `windowMs` ago, at
   * most MAX_SWEPT_PER_RUN a run. Poisoned rows stay until they are replayed
   * and dispatched.
   */
  async sweep(windowMs: number, max = MAX_SWEPT_PER_RUN): Promise<number> {
    await this.ensureResources()
    return this.records.deleteDispatched(this.now() - windowMs, max)
  }
}
