// The outbox in Azure Storage: a table of accepted events (the duplicate
// window every instance shares) and a queue of events to dispatch, with its
// poison queue. The Azure SDKs are loaded by import() in openAzureOutbox
// alone, so that neither the action nor an in-memory relay pays for them
// (ncc puts them in a chunk of their own).
import { randomUUID } from 'node:crypto'
import type { TableClient } from '@azure/data-tables'
import type { QueueClient } from '@azure/storage-queue'
import type { StorageConfig, StorageNames } from '../config.js'
import {
  decodeMessage,
  encodeMessage,
  partitionKeyOf,
  rowKeyOf,
  type OutboxMessage,
  type OutboxRecord,
  type PoisonMessage,
  type RecordState
} from './outbox.js'

/**
 * Each storage call gives up after this long, SDK retries included, unless
 * RELAY_STORAGE_TIMEOUT_SECONDS says otherwise: a relay must answer a sender
 * within Event Grid's 30 s, and a record and a message (three calls at most)
 * must fit.
 */
export const STORAGE_CALL_TIMEOUT_MS = 8_000
/** Rows the sweep deletes per run, at most: more wait for the next run. */
export const MAX_SWEPT_PER_RUN = 5_000
/** Stranded rows one sweep sends again, at most. */
export const MAX_REQUEUED_PER_RUN = 1_000

/** An event the relay validated and routed, to be stored. */
export interface EventToStore {
  readonly target: string
  readonly eventId?: string
  readonly eventType: string
  readonly clientPayloadJson: string
}

/** A message taken from the queue, invisible to others until its visibility timeout. */
export interface ReceivedMessage {
  readonly messageId: string
  readonly popReceipt: string
  readonly body: OutboxMessage | PoisonMessage | undefined
  readonly dequeueCount: number
}

export interface PoisonListing {
  /** The queue's approximate length. */
  readonly approximateCount: number
  readonly messages: Array<{ messageId: string; insertedOn?: Date; message: OutboxMessage | PoisonMessage | undefined }>
}

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

/** Storage failed or could not be reached: nothing was acknowledged. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError'
}

interface RecordEntity {
  partitionKey: string
  rowKey: string
  etag?: string
  target: string
  eventId?: string
  state: RecordState
  receivedAt: number
  replayedAt?: number
  enqueuedAt?: number
  insertedBy?: string
  leaseUntil: number
  claims: number
  eventType: string
  payload: Uint8Array
  lastError?: string
}

/** Written as Edm.Double, which holds any millisecond time exactly: a bare integer would be read by the service as Int32. */
const double = (value: number) => ({ value, type: 'Double' as const })

export async function openAzureOutbox(
  config: Pick<StorageConfig, 'connectionString' | 'names'> & Partial<Pick<StorageConfig, 'callTimeoutMs' | 'leaseMs'>>,
  now: () => number = Date.now
): Promise<AzureOutbox> {
  const callTimeoutMs = config.callTimeoutMs ?? STORAGE_CALL_TIMEOUT_MS
  const [tables, queues] = await Promise.all([import('@azure/data-tables'), import('@azure/storage-queue')])
  // Http endpoints are Azurite's; the SDKs refuse to send a key over them unless told.
  const insecure = /(^|;)\s*(UseDevelopmentStorage=true|DefaultEndpointsProtocol=http\b|\w+Endpoint=http:)/i.test(config.connectionString)
  const table = tables.TableClient.fromConnectionString(config.connectionString, config.names.table, {
    allowInsecureConnection: insecure,
    // A storage outage is answered 503 within seconds, not after the SDK's 30 s of retries.
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 }
  })
  const service = queues.QueueServiceClient.fromConnectionString(config.connectionString, {
    retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1_000, tryTimeoutInMs: callTimeoutMs }
  })
  const outbox = new AzureOutbox(
    config.names,
    table,
    service.getQueueClient(config.names.queue),
    service.getQueueClient(config.names.poisonQueue),
    now,
    callTimeoutMs
  )
  if (config.leaseMs !== undefined) outbox.strandedAfterMs = config.leaseMs
  return outbox
}

export class AzureOutbox {
  private ensured: Promise<void> | undefined

  constructor(
    readonly names: StorageNames,
    private readonly table: TableClient,
    private readonly queue: QueueClient,
    private readonly poisonQueue: QueueClient,
    private readonly now: () => number,
    readonly callTimeoutMs = STORAGE_CALL_TIMEOUT_MS
  ) {}

  /**
   * Creates the table and queues once per process; a failure is tried again
   * on the next call, and so is a table or queue found missing later (an
   * account reset, an operator's delete, an emulator restarted).
   */
  ensureResources(): Promise<void> {
    this.ensured ??= Promise.all([
      this.table.createTable({ abortSignal: this.timeout() }).catch((error: unknown) => {
        if (status(error) !== 409) throw error
      }),
      this.queue.createIfNotExists({ abortSignal: this.timeout() }),
      this.poisonQueue.createIfNotExists({ abortSignal: this.timeout() })
    ]).then(
      () => undefined,
      (error: unknown) => {
        this.ensured = undefined
        throw error
      }
    )
    return this.ensured
  }

  /** Runs a storage call; a table or queue found missing is created again before the next. */
  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      if (isMissingResource(error)) this.ensured = undefined
      throw error
    }
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
    const partitionKey = partitionKeyOf(event.target)
    const rowKey = rowKeyOf(event.eventId, randomUUID)
    // Tells this request's own insert, retried by the SDK after its answer was lost, from another's.
    const insertedBy = randomUUID()
    const now = this.now()
    try {
      await this.call(() =>
        this.table.createEntity(
          {
            partitionKey,
            rowKey,
            target: event.target,
            ...(event.eventId === undefined ? {} : { eventId: event.eventId }),
            state: 'pending',
            receivedAt: double(now),
            enqueuedAt: double(now),
            insertedBy,
            leaseUntil: double(0),
            claims: double(0),
            eventType: event.eventType,
            payload: Buffer.from(event.clientPayloadJson)
          },
          { abortSignal: this.timeout() }
        )
      )
    } catch (error) {
      if (status(error) !== 409) throw error
      const existing = await this.getRecord(event.target, rowKey)
      if (existing?.insertedBy !== insertedBy) {
        if (existing && this.isStranded(existing, this.now())) await this.requeue(existing)
        return 'duplicate'
      }
    }
    await this.call(() =>
      this.queue.sendMessage(encodeMessage({ target: event.target, row: rowKey, retries: 0 }), {
        messageTimeToLive: -1,
        abortSignal: this.timeout()
      })
    )
    return 'queued'
  }

  /** Pending, never claimed, and its last message sent more than a lease ago: that message may never have been stored. */
  private isStranded(record: OutboxRecord, now: number, leaseMs = this.strandedAfterMs): boolean {
    return record.state === 'pending' && record.claims === 0 && record.leaseUntil <= now && (record.enqueuedAt ?? record.receivedAt) < now - leaseMs
  }

  /** The dispatch lease: how long after its last message an unclaimed row counts as stranded. */
  strandedAfterMs = 60_000

  /** Sends a stranded row a message, if no one else did since it was read (the ETag decides): true when this call did. */
  private async requeue(record: OutboxRecord): Promise<boolean> {
    try {
      await this.call(() =>
        this.table.updateEntity({ partitionKey: partitionKeyOf(record.target), rowKey: record.rowKey, enqueuedAt: double(this.now()) }, 'Merge', {
          etag: record.etag,
          abortSignal: this.timeout()
        })
      )
    } catch (error) {
      if (status(error) === 412) return false
      throw error
    }
    await this.enqueue({ target: record.target, row: record.rowKey, retries: 0 })
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
    const rows = this.table.listEntities<RecordEntity>({
      queryOptions: { filter: `state eq 'pending' and claims eq 0.0 and receivedAt lt ${now - olderThanMs}.0` }
    })
    for await (const entity of rows) {
      const record = toRecord(entity)
      if (!this.isStranded(record, now, olderThanMs)) continue
      if (await this.requeue(record)) requeued++
      if (requeued >= max) break
    }
    return requeued
  }

  async getRecord(target: string, rowKey: string): Promise<OutboxRecord | undefined> {
    let entity: RecordEntity
    try {
      entity = await this.call(() => this.table.getEntity<RecordEntity>(partitionKeyOf(target), rowKey, { abortSignal: this.timeout() }))
    } catch (error) {
      // The row is not there; a missing table is no answer about the row.
      if (status(error) === 404 && !isMissingResource(error)) return undefined
      throw error
    }
    return toRecord(entity)
  }

  /** Takes the row for `leaseMs`, if nobody changed it since it was read: the new ETag, or undefined when another dispatcher was first. */
  async claim(record: OutboxRecord, leaseMs: number): Promise<string | undefined> {
    try {
      const response = await this.call(() =>
        this.table.updateEntity(
          {
            partitionKey: partitionKeyOf(record.target),
            rowKey: record.rowKey,
            leaseUntil: double(this.now() + leaseMs),
            claims: double(record.claims + 1)
          },
          'Merge',
          { etag: record.etag, abortSignal: this.timeout() }
        )
      )
      return response.etag
    } catch (error) {
      if (status(error) === 412) return undefined
      throw error
    }
  }

  /** GitHub accepted it: final, whoever holds the lease now. */
  async markDispatched(record: OutboxRecord, githubStatus: number): Promise<void> {
    await this.call(() =>
      this.table.updateEntity(
        {
          partitionKey: partitionKeyOf(record.target),
          rowKey: record.rowKey,
          state: 'dispatched',
          dispatchedAt: double(this.now()),
          githubStatus,
          leaseUntil: double(0)
        },
        'Merge',
        { etag: '*', abortSignal: this.timeout() }
      )
    )
  }

  /** Gives the lease back after a failure worth retrying; ignored when the lease already passed to another dispatcher. */
  async release(record: OutboxRecord, etag: string, lastError: string): Promise<void> {
    try {
      await this.call(() =>
        this.table.updateEntity(
          { partitionKey: partitionKeyOf(record.target), rowKey: record.rowKey, leaseUntil: double(0), lastError: lastError.slice(0, 1000) },
          'Merge',
          { etag, abortSignal: this.timeout() }
        )
      )
    } catch (error) {
      if (status(error) !== 412) throw error
    }
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
    await this.call(() => this.poisonQueue.sendMessage(encodeMessage(poisoned), { messageTimeToLive: -1, abortSignal: this.timeout() }))
    if (!record) return
    await this.call(() =>
      this.table.updateEntity(
        {
          partitionKey: partitionKeyOf(record.target),
          rowKey: record.rowKey,
          state: 'poisoned',
          poisonReason: reason.slice(0, 1000),
          leaseUntil: double(0),
          ...(githubStatus === undefined ? {} : { githubStatus })
        },
        'Merge',
        { etag: '*', abortSignal: this.timeout() }
      )
    )
  }

  async enqueue(message: OutboxMessage, delayMs = 0): Promise<void> {
    await this.call(() =>
      this.queue.sendMessage(encodeMessage(message), {
        messageTimeToLive: -1,
        visibilityTimeout: Math.ceil(delayMs / 1000),
        abortSignal: this.timeout()
      })
    )
  }

  async receive(count: number, visibilityMs: number): Promise<ReceivedMessage[]> {
    await this.ensureResources()
    const response = await this.call(() =>
      this.queue.receiveMessages({
        numberOfMessages: Math.min(32, Math.max(1, count)),
        visibilityTimeout: Math.ceil(visibilityMs / 1000),
        abortSignal: this.timeout()
      })
    )
    return response.receivedMessageItems.map(item => ({
      messageId: item.messageId,
      popReceipt: item.popReceipt,
      body: decodeMessage(item.messageText),
      dequeueCount: item.dequeueCount
    }))
  }

  /** The message comes back after `delayMs`, carrying `message` (its retry count). */
  async defer(item: ReceivedMessage, message: OutboxMessage, delayMs: number): Promise<void> {
    await this.call(() =>
      this.queue.updateMessage(item.messageId, item.popReceipt, encodeMessage(message), Math.ceil(delayMs / 1000), {
        abortSignal: this.timeout()
      })
    )
  }

  async delete(item: ReceivedMessage): Promise<void> {
    try {
      await this.call(() => this.queue.deleteMessage(item.messageId, item.popReceipt, { abortSignal: this.timeout() }))
    } catch (error) {
      // Already gone, or taken by another after its visibility ended: either way not ours to delete.
      if (status(error) !== 404 || isMissingResource(error)) throw error
    }
  }

  /** The first (up to 32) poison messages, without taking them. */
  async listPoison(): Promise<PoisonListing> {
    await this.ensureResources()
    const [properties, peeked] = await Promise.all([
      this.poisonQueue.getProperties({ abortSignal: this.timeout() }),
      this.poisonQueue.peekMessages({ numberOfMessages: 32, abortSignal: this.timeout() })
    ])
    return {
      approximateCount: properties.approximateMessagesCount ?? peeked.peekedMessageItems.length,
      messages: peeked.peekedMessageItems.map(item => ({
        messageId: item.messageId,
        insertedOn: item.insertedOn,
        message: decodeMessage(item.messageText)
      }))
    }
  }

  /**
   * Sends poison messages back to the outbox: a row still poisoned is set
   * pending again (conditional on its ETag, so that of two replays, or a
   * replay and a stale message, one wins), its age counted from now, and
   * gets a new message; then the poison message is deleted. A message whose
   * row was dispatched or replayed since is only deleted. Only those
   * `select` accepts (all when not given); at most `max`. A message whose
   * replay failed halfway is made visible again for the next replay.
   */
  async replayPoison(select: (messageId: string, message: OutboxMessage | undefined) => boolean = () => true, max = 1000): Promise<ReplayOutcome[]> {
    await this.ensureResources()
    const outcomes: ReplayOutcome[] = []
    const seen = new Set<string>()
    while (outcomes.length < max) {
      // Invisible to `poison list` while this replay holds them: long enough for a message's four calls, and no longer,
      // so that a replay cut short (its answer lost) hides nothing from the operator for long.
      const visibilityTimeout = Math.ceil((5 * this.callTimeoutMs) / 1000)
      const batch = await this.poisonQueue.receiveMessages({ numberOfMessages: 32, visibilityTimeout, abortSignal: this.timeout() })
      const items = batch.receivedMessageItems.filter(item => !seen.has(item.messageId))
      if (items.length === 0) break
      for (const item of items) {
        seen.add(item.messageId)
        const message = decodeMessage(item.messageText)
        // Not chosen: visible again at once for the next look.
        if (!select(item.messageId, message)) {
          await this.poisonQueue.updateMessage(item.messageId, item.popReceipt, undefined, 0, { abortSignal: this.timeout() })
          continue
        }
        if (!message) {
          outcomes.push({ messageId: item.messageId, outcome: 'unreadable' })
          continue
        }
        try {
          const outcome = await this.replayOne(message)
          if (outcome !== 'no-record') await this.deletePoison(item)
          outcomes.push({ messageId: item.messageId, target: message.target, row: message.row, outcome })
        } catch (error) {
          await this.poisonQueue.updateMessage(item.messageId, item.popReceipt, undefined, 0, { abortSignal: this.timeout() }).catch(() => undefined)
          throw error
        }
        if (outcomes.length >= max) break
      }
    }
    return outcomes
  }

  private async deletePoison(item: { messageId: string; popReceipt: string }): Promise<void> {
    try {
      await this.poisonQueue.deleteMessage(item.messageId, item.popReceipt, { abortSignal: this.timeout() })
    } catch (error) {
      // Gone already (this delete's answer was lost and the SDK retried), or another replay holds it now: its replay finds the row done.
      if (status(error) !== 404 || isMissingResource(error)) throw error
    }
  }

  private async replayOne(message: OutboxMessage): Promise<ReplayOutcome['outcome']> {
    const record = await this.getRecord(message.target, message.row)
    if (!record) return 'no-record'
    if (record.state === 'dispatched') return 'stale'
    if (record.state === 'pending') {
      await this.enqueue({ target: message.target, row: message.row, retries: 0 })
      return 'requeued'
    }
    const now = this.now()
    try {
      await this.table.updateEntity(
        {
          partitionKey: partitionKeyOf(record.target),
          rowKey: record.rowKey,
          state: 'pending',
          replayedAt: double(now),
          // Unclaimed since its last message: the sweep sends it again if this replay stops before enqueuing.
          claims: double(0),
          enqueuedAt: double(now),
          leaseUntil: double(0)
        },
        'Merge',
        { etag: record.etag, abortSignal: this.timeout() }
      )
    } catch (error) {
      // Changed since it was read: another replay was first.
      if (status(error) === 412) return 'stale'
      throw error
    }
    await this.enqueue({ target: message.target, row: message.row, retries: 0 })
    return 'replayed'
  }

  /**
   * Deletes rows of dispatched events received more than `windowMs` ago, at
   * most MAX_SWEPT_PER_RUN a run: the duplicate window then stays as long as a
   * sender may still deliver again, and the table does not grow without end.
   * Poisoned rows stay until they are replayed and dispatched.
   */
  async sweep(windowMs: number, max = MAX_SWEPT_PER_RUN): Promise<number> {
    await this.ensureResources()
    const before = this.now() - windowMs
    let deleted = 0
    const rows = this.table.listEntities<{ partitionKey: string; rowKey: string }>({
      queryOptions: { filter: `state eq 'dispatched' and receivedAt lt ${before}.0`, select: ['PartitionKey', 'RowKey'] }
    })
    for await (const row of rows) {
      if (deleted >= max) break
      try {
        await this.table.deleteEntity(row.partitionKey, row.rowKey, { abortSignal: this.timeout() })
        deleted++
      } catch (error) {
        // Another instance's sweep was first.
        if (status(error) !== 404) throw error
      }
    }
    return deleted
  }

  private timeout(): AbortSignal {
    return AbortSignal.timeout(this.callTimeoutMs)
  }
}

function toRecord(entity: RecordEntity): OutboxRecord {
  return {
    target: entity.target,
    rowKey: entity.rowKey,
    eventId: entity.eventId,
    state: entity.state,
    receivedAt: Number(entity.receivedAt),
    replayedAt: entity.replayedAt === undefined ? undefined : Number(entity.replayedAt),
    enqueuedAt: entity.enqueuedAt === undefined ? undefined : Number(entity.enqueuedAt),
    insertedBy: entity.insertedBy,
    leaseUntil: Number(entity.leaseUntil ?? 0),
    claims: Number(entity.claims ?? 0),
    eventType: entity.eventType,
    clientPayloadJson: Buffer.from(entity.payload).toString('utf8'),
    lastError: entity.lastError,
    etag: entity.etag ?? '*'
  }
}

/** The table or a queue is gone (Table and Queue services name it so; a missing row or message is a plain 404). */
function isMissingResource(error: unknown): boolean {
  if (status(error) !== 404) return false
  // The queue SDK sets the error's code; the table SDK leaves it in the response's x-ms-error-code.
  const { code, details } = error as { code?: unknown; details?: { errorCode?: unknown } }
  const name = code ?? details?.errorCode
  return name === 'TableNotFound' || name === 'QueueNotFound'
}

function status(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | undefined)?.statusCode
  return typeof code === 'number' ? code : undefined
}

/** For a log line: the status, or the SDK's message cut short, with any SAS signature removed. */
export function describeStorageError(error: unknown): string {
  const code = status(error)
  if (code !== undefined) return `HTTP ${code}`
  if ((error as Error | undefined)?.name === 'AbortError') return 'no answer in time'
  return String((error as Error | undefined)?.message ?? error)
    .replace(/sig=[^&\s]+/gi, 'sig=REDACTED')
    .slice(0, 200)
}

async function unavailableOnError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    // Only what the SDK says, never the connection string or a URL with a SAS.
    throw new StorageUnavailableError(`storage: ${describeStorageError(error)}`, { cause: error })
  }
}
