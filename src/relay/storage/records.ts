// The table of accepted events: one row per event (partition: the target,
// row: the event id), the duplicate window every instance shares, and each
// event's state, lease and last failure. Every write but the insert is a
// merge conditional on a row's ETag (or unconditional where the outcome is
// final), built in one place.
import type { TableClient } from '@azure/data-tables'
import { double, statusOf, isMissingResource, type CallTimeout } from './azure-storage.js'
import { partitionKeyOf, type OutboxRecord, type RecordState } from './outbox.js'

/** Rows the sweep deletes per run, at most: more wait for the next run. */
export const MAX_SWEPT_PER_RUN = 5_000

/** An event the relay validated and routed, to be stored. */
export interface EventToStore {
  readonly target: string
  readonly eventId?: string
  readonly eventType: string
  readonly clientPayloadJson: string
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

export class AzureRecords {
  constructor(
    private readonly table: TableClient,
    private readonly timeout: CallTimeout,
    private readonly now: () => number,
    /** Told of every failed call: a table found missing is made again before the next. */
    private readonly onError: (error: unknown) => void = () => {}
  ) {}

  create(): Promise<void> {
    return this.table.createTable(this.timeout.options).catch((error: unknown) => {
      if (statusOf(error) !== 409) throw error
    })
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      this.onError(error)
      throw error
    }
  }

  /** Inserts the event's row, pending: false when a row of that id is there already. */
  async insert(event: EventToStore, rowKey: string, insertedBy: string): Promise<boolean> {
    const now = this.now()
    try {
      await this.call(() =>
        this.table.createEntity(
          {
            partitionKey: partitionKeyOf(event.target),
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
          this.timeout.options
        )
      )
      return true
    } catch (error) {
      if (statusOf(error) === 409) return false
      throw error
    }
  }

  async get(target: string, rowKey: string): Promise<OutboxRecord | undefined> {
    let entity: RecordEntity
    try {
      entity = await this.call(() => this.table.getEntity<RecordEntity>(partitionKeyOf(target), rowKey, this.timeout.options))
    } catch (error) {
      // The row is not there; a missing table is no answer about the row.
      if (statusOf(error) === 404 && !isMissingResource(error)) return undefined
      throw error
    }
    return toRecord(entity)
  }

  /**
   * Merges `fields` into the record's row: on `etag` (the ETag the record was
   * read with, unless another is given; '*': whatever it holds now). The new
   * ETag, or undefined when the row changed since (412).
   */
  async merge(record: OutboxRecord, fields: Record<string, unknown>, etag = record.etag): Promise<string | undefined> {
    try {
      const response = await this.call(() =>
        this.table.updateEntity({ partitionKey: partitionKeyOf(record.target), rowKey: record.rowKey, ...fields }, 'Merge', {
          etag,
          ...this.timeout.options
        })
      )
      return response.etag
    } catch (error) {
      if (statusOf(error) === 412 && etag !== '*') return undefined
      throw error
    }
  }

  /** Takes the row for `leaseMs`, if nobody changed it since it was read: the new ETag, or undefined when another dispatcher was first. */
  claim(record: OutboxRecord, leaseMs: number): Promise<string | undefined> {
    return this.merge(record, { leaseUntil: double(this.now() + leaseMs), claims: double(record.claims + 1) })
  }

  /** GitHub accepted it: final, whoever holds the lease now. */
  async markDispatched(record: OutboxRecord, githubStatus: number): Promise<void> {
    await this.merge(record, { state: 'dispatched', dispatchedAt: double(this.now()), githubStatus, leaseUntil: double(0) }, '*')
  }

  /** Gives the lease back after a failure worth retrying; ignored when the lease already passed to another dispatcher. */
  async release(record: OutboxRecord, etag: string, lastError: string): Promise<void> {
    await this.merge(record, { leaseUntil: double(0), lastError: lastError.slice(0, 1000) }, etag)
  }

  async markPoisoned(record: OutboxRecord, reason: string, githubStatus?: number): Promise<void> {
    await this.merge(
      record,
      { state: 'poisoned', poisonReason: reason.slice(0, 1000), leaseUntil: double(0), ...(githubStatus === undefined ? {} : { githubStatus }) },
      '*'
    )
  }

  /** Records a new message for the row, if no one else did since it was read: true when this call did. */
  async markEnqueued(record: OutboxRecord): Promise<boolean> {
    return (await this.merge(record, { enqueuedAt: double(this.now()) })) !== undefined
  }

  /** A poisoned row pending again, its age counted from now, if still as it was read: true when this call did. */
  async markReplayed(record: OutboxRecord): Promise<boolean> {
    const now = this.now()
    // Unclaimed since its last message: the sweep sends it again if the replay stops before enqueuing.
    const fields = { state: 'pending', replayedAt: double(now), claims: double(0), enqueuedAt: double(now), leaseUntil: double(0) }
    return (await this.merge(record, fields)) !== undefined
  }

  /** Rows pending, never claimed, received before `before`: candidates for a stranded row's message. */
  async *pendingUnclaimed(before: number): AsyncGenerator<OutboxRecord> {
    const rows = this.table.listEntities<RecordEntity>({
      queryOptions: { filter: `state eq 'pending' and claims eq 0.0 and receivedAt lt ${before}.0` },
      ...this.timeout.listing
    })
    for await (const entity of rows) yield toRecord(entity)
  }

  /**
   * Deletes rows of dispatched events received before `before`, at most
   * `max`: the duplicate window then stays as long as a sender may still
   * deliver again, and the table does not grow without end.
   */
  async deleteDispatched(before: number, max = MAX_SWEPT_PER_RUN): Promise<number> {
    let deleted = 0
    const rows = this.table.listEntities<{ partitionKey: string; rowKey: string }>({
      queryOptions: { filter: `state eq 'dispatched' and receivedAt lt ${before}.0`, select: ['PartitionKey', 'RowKey'] },
      ...this.timeout.listing
    })
    for await (const row of rows) {
      if (deleted >= max) break
      try {
        await this.table.deleteEntity(row.partitionKey, row.rowKey, this.timeout.options)
        deleted++
      } catch (error) {
        // Another instance's sweep was first.
        if (statusOf(error) !== 404) throw error
      }
    }
    return deleted
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
