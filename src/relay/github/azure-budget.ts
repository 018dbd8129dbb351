// The dispatch budget of a storage-mode relay, shared by all its instances
// (Node processes, Container Apps replicas, Functions workers): one row per
// limit and slice in its own table, counted up with ETag-conditional writes
// (both limits' rows in one transaction), so that the instances together
// stay within GitHub's limits however many of them run.
import type { TableClient, TransactionAction } from '@azure/data-tables'
import type { StorageConfig } from '../config.js'
import { roomAt, sliceAt, SLICES_PER_WINDOW, type BudgetStore, type RateLimit, type SliceCounts } from './budget.js'

const PARTITION = 'budget'
/** Writes lost to another instance's, in a row, before the store gives up for this turn. */
const MAX_CONFLICTS = 20
/** Azure Storage and Azurite answer in milliseconds; an outage must not hold dispatches for the SDK's 30 s. */
const CALL_TIMEOUT_MS = 5_000

interface Row {
  readonly count: number
  readonly etag: string
}

/** Zero-padded so that rows sort by time; the window in the key keeps a changed setting from reading old rows. */
const rowKey = (limit: RateLimit, slice: number) => `${limit.windowMs}-${String(slice).padStart(14, '0')}`

export class AzureBudgetStore implements BudgetStore {
  constructor(
    private readonly table: TableClient,
    private readonly limits: readonly RateLimit[]
  ) {}

  async take(wanted: number, clock: () => number): Promise<{ taken: number; counts: SliceCounts }> {
    for (let conflicts = 0; ; conflicts++) {
      const rows = await this.read()
      // After the read: a permit is counted where it is used, however long the reads and lost writes before it took.
      const now = clock()
      const counts: SliceCounts = (index, slice) => rows.get(rowKey(this.limits[index]!, slice))?.count ?? 0
      this.deleteStale(rows, now)
      const taken = Math.min(wanted, roomAt(this.limits, counts, now))
      if (taken === 0) return { taken, counts }
      const current = this.limits.map(limit => rowKey(limit, sliceAt(limit, now)))
      const actions: TransactionAction[] = current.map(key => {
        const row = rows.get(key)
        const entity = { partitionKey: PARTITION, rowKey: key, count: (row?.count ?? 0) + taken }
        return row ? ['update', entity, 'Replace', { etag: row.etag }] : ['create', entity]
      })
      try {
        await this.table.submitTransaction(actions, { abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS) })
      } catch (error) {
        const status = statusOf(error)
        if (status === 404) {
          // The table is gone (an account reset, an operator's delete): made again, and the turn retried.
          await this.table.createTable({ abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS) })
          continue
        }
        // Another instance wrote first (412 on an update, 409 on a create): read again.
        if ((status === 409 || status === 412) && conflicts < MAX_CONFLICTS) {
          await new Promise(resolve => setTimeout(resolve, Math.random() * 20))
          continue
        }
        throw error
      }
      const after = new Set(current)
      return {
        taken,
        counts: (index, slice) => {
          const key = rowKey(this.limits[index]!, slice)
          return (rows.get(key)?.count ?? 0) + (after.has(key) ? taken : 0)
        }
      }
    }
  }

  private async read(): Promise<Map<string, Row>> {
    const rows = new Map<string, Row>()
    try {
      const entities = this.table.listEntities<{ count: number }>({
        queryOptions: { filter: `PartitionKey eq '${PARTITION}'`, select: ['RowKey', 'count'] },
        abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS)
      })
      for await (const entity of entities) rows.set(entity.rowKey!, { count: Number(entity.count), etag: entity.etag })
    } catch (error) {
      if (statusOf(error) !== 404) throw error
      await this.table.createTable({ abortSignal: AbortSignal.timeout(CALL_TIMEOUT_MS) }).catch((creating: unknown) => {
        if (statusOf(creating) !== 409) throw creating
      })
    }
    return rows
  }

  /** Rows of slices no limit counts any more (or of a window no longer set): the partition stays a few dozen rows. */
  private deleteStale(rows: Map<string, Row>, now: number): void {
    const oldest = new Map(this.limits.map(limit => [String(limit.windowMs), sliceAt(limit, now) - SLICES_PER_WINDOW - 4]))
    for (const key of rows.keys()) {
      const [windowMs = '', slice = ''] = key.split('-')
      const keepFrom = oldest.get(windowMs)
      if (keepFrom !== undefined && Number(slice) >= keepFrom) continue
      // Best effort: another instance may have deleted it, and the next turn tries again.
      this.table.deleteEntity(PARTITION, key, { etag: '*' }).catch(() => undefined)
    }
  }
}

export async function openAzureBudgetStore(
  config: Pick<StorageConfig, 'connectionString' | 'names'>,
  limits: readonly RateLimit[]
): Promise<AzureBudgetStore> {
  const { TableClient } = await import('@azure/data-tables')
  // Http endpoints are Azurite's; the SDK refuses to send a key over them unless told (as storage/azure-outbox.ts).
  const insecure = /(^|;)\s*(UseDevelopmentStorage=true|DefaultEndpointsProtocol=http\b|\w+Endpoint=http:)/i.test(config.connectionString)
  const table = TableClient.fromConnectionString(config.connectionString, config.names.dispatchBudget, {
    allowInsecureConnection: insecure,
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 }
  })
  return new AzureBudgetStore(table, limits)
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown }).statusCode
  return typeof status === 'number' ? status : undefined
}
