// The outbox in Azure Storage: a table of accepted events (the duplicate
// window every instance shares) and a queue of events to dispatch, with its
// poison queue. The Azure SDKs are loaded by import() in openAzureOutbox
// alone, so that neither the action nor an in-memory relay pays for them
// (ncc puts them in a chunk of their own).
import { randomUUID } from 'node:crypto'
import type { TableClient } from '@azure/data-tables'
import type { QueueClient } from '@azure/storage-queue'
import type { StorageConfig, StorageNames } from './config.js'
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
 * Each storage call gives up after this long, SDK retries included: a relay
 * must answer a sender within Event Grid's 30 s, and a record and a message
 * (three calls at most) must fit.
 */
export const STORAGE_CALL_TIMEOUT_MS = 8_000
/** Rows the sweep deletes per run, at most: more wait for the next run. */
export const MAX_SWEPT_PER_RUN = 5_000

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
  readonly outcome: 'replayed' | 'no-record' | 'unreadable'
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
  leaseUntil: number
  claims: number
  eventType: string
  payload: Uint8Array
  lastError?: string
}

/** Written as Edm.Double, which holds any millisecond time exactly: a bare integer would be read by the service as Int32. */
const double = (value: number) => ({ value, type: 'Double' as const })

export async function openAzureOutbox(config: Pick<StorageConfig, 'connectionString' | 'names'>, now: () => number = Date.now): Promise<AzureOutbox> {
  const [tables, queues] = await Promise.all([import('@azure/data-tables'), import('@azure/storage-queue')])
  // Http endpoints are Azurite's; the SDKs refuse to send a key over them unless told.
  const insecure = /(^|;)\s*(UseDevelopmentStorage=true|DefaultEndpointsProtocol=http\b|\w+Endpoint=http:)/i.test(config.connectionString)
  const table = tables.TableClient.fromConnectionString(config.connectionString, config.names.table, {
    allowInsecureConnection: insecure,
    // A storage outage is answered 503 within seconds, not after the SDK's 30 s of retries.
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 }
  })
  const service = queues.QueueServiceClient.fromConnectionString(config.connectionString, {
    retryOptions: { maxTries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 1_000, tryTimeoutInMs: STORAGE_CALL_TIMEOUT_MS }
  })
  return new AzureOutbox(config.names, table, service.getQueueClient(config.names.queue), service.getQueueClient(config.names.poisonQueue), now)
}

export class AzureOutbox {
  private ensured: Promise<void> | undefined

  constructor(
    readonly names: StorageNames,
    private readonly table: TableClient,
    private readonly queue: QueueClient,
    private readonly poisonQueue: QueueClient,
    private readonly now: () => number
  ) {}

  /** Creates the table and queues once per process; a failure is tried again on the next call. */
  ensureResources(): Promise<void> {
    this.ensured ??= Promise.all([
      this.table.createTable({ abortSignal: timeout() }).catch((error: unknown) => {
        if (status(error) !== 409) throw error
      }),
      this.queue.createIfNotExists({ abortSignal: timeout() }),
      this.poisonQueue.createIfNotExists({ abortSignal: timeout() })
    ]).then(
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
   * to deliver again (503), and that redelivery finds a row left behind.
   */
  async accept(event: EventToStore): Promise<'queued' | 'duplicate'> {
    return unavailableOnError(async () => {
      await this.ensureResources()
      const partitionKey = partitionKeyOf(event.target)
      const rowKey = rowKeyOf(event.eventId, randomUUID)
      let outcome: 'queued' | 'duplicate' = 'queued'
      try {
        await this.table.createEntity(
          {
            partitionKey,
            rowKey,
            target: event.target,
            ...(event.eventId === undefined ? {} : { eventId: event.eventId }),
            state: 'pending',
            receivedAt: double(this.now()),
            leaseUntil: double(0),
            claims: double(0),
            eventType: event.eventType,
            payload: Buffer.from(event.clientPayloadJson)
          },
          { abortSignal: timeout() }
        )
      } catch (error) {
        if (status(error) !== 409) throw error
        outcome = 'duplicate'
        const existing = await this.getRecord(event.target, rowKey)
        // Claimed once: its message reached the queue and stays there until the row is final.
        // Never claimed: the request that recorded it may have failed before enqueuing, or still be
        // at it: another message costs less than a lost event, and the claim makes it harmless.
        if (!existing || existing.state !== 'pending' || existing.claims > 0) return outcome
      }
      await this.queue.sendMessage(encodeMessage({ target: event.target, row: rowKey, retries: 0 }), {
        messageTimeToLive: -1,
        abortSignal: timeout()
      })
      return outcome
    })
  }

  async getRecord(target: string, rowKey: string): Promise<OutboxRecord | undefined> {
    let entity: RecordEntity
    try {
      entity = await this.table.getEntity<RecordEntity>(partitionKeyOf(target), rowKey, { abortSignal: timeout() })
    } catch (error) {
      if (status(error) === 404) return undefined
      throw error
    }
    return {
      target: entity.target,
      rowKey: entity.rowKey,
      eventId: entity.eventId,
      state: entity.state,
      receivedAt: Number(entity.receivedAt),
      replayedAt: entity.replayedAt === undefined ? undefined : Number(entity.replayedAt),
      leaseUntil: Number(entity.leaseUntil ?? 0),
      claims: Number(entity.claims ?? 0),
      eventType: entity.eventType,
      clientPayloadJson: Buffer.from(entity.payload).toString('utf8'),
      lastError: entity.lastError,
      etag: entity.etag ?? '*'
    }
  }

  /** Takes the row for `leaseMs`, if nobody changed it since it was read: the new ETag, or undefined when another dispatcher was first. */
  async claim(record: OutboxRecord, leaseMs: number): Promise<string | undefined> {
    try {
      const response = await this.table.updateEntity(
        {
          partitionKey: partitionKeyOf(record.target),
          rowKey: record.rowKey,
          leaseUntil: double(this.now() + leaseMs),
          claims: double(record.claims + 1)
        },
        'Merge',
        { etag: record.etag, abortSignal: timeout() }
      )
      return response.etag
    } catch (error) {
      if (status(error) === 412) return undefined
      throw error
    }
  }

  /** GitHub accepted it: final, whoever holds the lease now. */
  async markDispatched(record: OutboxRecord, githubStatus: number): Promise<void> {
    await this.table.updateEntity(
      {
        partitionKey: partitionKeyOf(record.target),
        rowKey: record.rowKey,
        state: 'dispatched',
        dispatchedAt: double(this.now()),
        githubStatus,
        leaseUntil: double(0)
      },
      'Merge',
      { etag: '*', abortSignal: timeout() }
    )
  }

  /** Gives the lease back after a failure worth retrying; ignored when the lease already passed to another dispatcher. */
  async release(record: OutboxRecord, etag: string, lastError: string): Promise<void> {
    try {
      await this.table.updateEntity(
        { partitionKey: partitionKeyOf(record.target), rowKey: record.rowKey, leaseUntil: double(0), lastError: lastError.slice(0, 1000) },
        'Merge',
        { etag, abortSignal: timeout() }
      )
    } catch (error) {
      if (status(error) !== 412) throw error
    }
  }

  /** Final: the row says why, and the poison queue gets a message with the reason, for the operator. */
  async poison(record: OutboxRecord | undefined, message: OutboxMessage, reason: string, githubStatus?: number): Promise<void> {
    if (record) {
      await this.table.updateEntity(
        {
          partitionKey: partitionKeyOf(record.target),
          rowKey: record.rowKey,
          state: 'poisoned',
          poisonReason: reason.slice(0, 1000),
          leaseUntil: double(0),
          ...(githubStatus === undefined ? {} : { githubStatus })
        },
        'Merge',
        { etag: '*', abortSignal: timeout() }
      )
    }
    const poisoned: PoisonMessage = {
      target: message.target,
      row: message.row,
      retries: message.retries,
      reason,
      githubStatus,
      poisonedAt: this.now()
    }
    await this.poisonQueue.sendMessage(encodeMessage(poisoned), { messageTimeToLive: -1, abortSignal: timeout() })
  }

  async enqueue(message: OutboxMessage, delayMs = 0): Promise<void> {
    await this.queue.sendMessage(encodeMessage(message), {
      messageTimeToLive: -1,
      visibilityTimeout: Math.ceil(delayMs / 1000),
      abortSignal: timeout()
    })
  }

  async receive(count: number, visibilityMs: number): Promise<ReceivedMessage[]> {
    await this.ensureResources()
    const response = await this.queue.receiveMessages({
      numberOfMessages: Math.min(32, Math.max(1, count)),
      visibilityTimeout: Math.ceil(visibilityMs / 1000),
      abortSignal: timeout()
    })
    return response.receivedMessageItems.map(item => ({
      messageId: item.messageId,
      popReceipt: item.popReceipt,
      body: decodeMessage(item.messageText),
      dequeueCount: item.dequeueCount
    }))
  }

  /** The message comes back after `delayMs`, carrying `message` (its retry count). */
  async defer(item: ReceivedMessage, message: OutboxMessage, delayMs: number): Promise<void> {
    await this.queue.updateMessage(item.messageId, item.popReceipt, encodeMessage(message), Math.ceil(delayMs / 1000), {
      abortSignal: timeout()
    })
  }

  async delete(item: ReceivedMessage): Promise<void> {
    try {
      await this.queue.deleteMessage(item.messageId, item.popReceipt, { abortSignal: timeout() })
    } catch (error) {
      // Already gone, or taken by another after its visibility ended: either way not ours to delete.
      if (status(error) !== 404) throw error
    }
  }

  /** The first (up to 32) poison messages, without taking them. */
  async listPoison(): Promise<PoisonListing> {
    await this.ensureResources()
    const [properties, peeked] = await Promise.all([
      this.poisonQueue.getProperties({ abortSignal: timeout() }),
      this.poisonQueue.peekMessages({ numberOfMessages: 32, abortSignal: timeout() })
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
   * Sends poison messages back to the outbox: the row pending again, its age
   * counted from now, a new message, the poison message deleted. Only those
   * `select` accepts (all when not given); at most `max`.
   */
  async replayPoison(select: (messageId: string, message: OutboxMessage | undefined) => boolean = () => true, max = 1000): Promise<ReplayOutcome[]> {
    await this.ensureResources()
    const outcomes: ReplayOutcome[] = []
    const seen = new Set<string>()
    while (outcomes.length < max) {
      const batch = await this.poisonQueue.receiveMessages({ numberOfMessages: 32, visibilityTimeout: 60, abortSignal: timeout() })
      const items = batch.receivedMessageItems.filter(item => !seen.has(item.messageId))
      if (items.length === 0) break
      for (const item of items) {
        seen.add(item.messageId)
        const message = decodeMessage(item.messageText)
        // Not chosen: visible again at once for the next look.
        if (!select(item.messageId, message)) {
          await this.poisonQueue.updateMessage(item.messageId, item.popReceipt, undefined, 0, { abortSignal: timeout() })
          continue
        }
        if (!message) {
          outcomes.push({ messageId: item.messageId, outcome: 'unreadable' })
          continue
        }
        const record = await this.getRecord(message.target, message.row)
        if (!record) {
          outcomes.push({ messageId: item.messageId, target: message.target, row: message.row, outcome: 'no-record' })
          continue
        }
        await this.table.updateEntity(
          {
            partitionKey: partitionKeyOf(record.target),
            rowKey: record.rowKey,
            state: 'pending',
            replayedAt: double(this.now()),
            leaseUntil: double(0)
          },
          'Merge',
          { etag: '*', abortSignal: timeout() }
        )
        await this.enqueue({ target: message.target, row: message.row, retries: 0 })
        await this.poisonQueue.deleteMessage(item.messageId, item.popReceipt, { abortSignal: timeout() })
        outcomes.push({ messageId: item.messageId, target: message.target, row: message.row, outcome: 'replayed' })
        if (outcomes.length >= max) break
      }
    }
    return outcomes
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
        await this.table.deleteEntity(row.partitionKey, row.rowKey, { abortSignal: timeout() })
        deleted++
      } catch (error) {
        // Another instance's sweep was first.
        if (status(error) !== 404) throw error
      }
    }
    return deleted
  }
}

function timeout(): AbortSignal {
  return AbortSignal.timeout(STORAGE_CALL_TIMEOUT_MS)
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
