// The dispatch budget of a storage-mode relay, shared by all its instances
// (Node processes, Container Apps replicas, Functions workers): one row in its
// own table holds every limit's slice counts and GitHub's "blocked until", and
// each turn reads it and writes it back on its ETag. Every turn writes the one
// row it read, so two turns can never both decide on the same counts (rows per
// slice let two turns on either side of a slice's edge each grant a whole
// window); the guarded slices cover instances whose clocks are up to
// MAX_CLOCK_SKEW_MS apart.
import type { TableClient } from '@azure/data-tables'
import type { StorageConfig } from '../config.js'
import { guardOf, MAX_CLOCK_SKEW_MS, roomAt, sliceAt, type BudgetStore, type BudgetTurn, type RateLimit, type SliceCounts } from './budget.js'

const PARTITION = 'budget'
const ROW = 'state'
/** Writes lost to another instance's, in a row, before the store gives up for this turn. */
const MAX_CONFLICTS = 20
/** Azure Storage and Azurite answer in milliseconds; an outage must not hold dispatches for the SDK's 30 s. */
export const BUDGET_CALL_TIMEOUT_MS = 5_000

interface BudgetEntity {
  /** By window (ms): [slice, count] pairs of the guarded slices. */
  slices: string
  blockedUntil: number
}

interface BudgetRow {
  readonly counts: Map<number, Map<number, number>>
  readonly blockedUntil: number
  /** Undefined when the row does not exist yet. */
  readonly etag: string | undefined
}

export class AzureBudgetStore implements BudgetStore {
  readonly skewMs = MAX_CLOCK_SKEW_MS

  constructor(
    private readonly table: TableClient,
    private readonly limits: readonly RateLimit[],
    private readonly callTimeoutMs = BUDGET_CALL_TIMEOUT_MS
  ) {}

  async take(wanted: number, clock: () => number): Promise<BudgetTurn> {
    return this.update(row => {
      // After the read: a permit is counted where it is used, however long the reads and lost writes before it took.
      const now = clock()
      const counts = countsOf(row.counts, this.limits)
      const taken = now < row.blockedUntil ? 0 : Math.min(wanted, roomAt(this.limits, counts, now, this.skewMs))
      if (taken === 0) return { write: undefined, turn: { taken, counts, blockedUntil: row.blockedUntil } }
      const next = new Map<number, Map<number, number>>()
      this.limits.forEach(limit => {
        const current = sliceAt(limit, now)
        const { back, ahead } = guardOf(limit, this.skewMs)
        const kept = new Map<number, number>()
        // Only the slices some instance may still count: the row stays a few hundred bytes.
        for (const [slice, count] of row.counts.get(limit.windowMs) ?? []) if (slice >= current - back - ahead) kept.set(slice, count)
        kept.set(current, (kept.get(current) ?? 0) + taken)
        next.set(limit.windowMs, kept)
      })
      return {
        write: { counts: next, blockedUntil: row.blockedUntil },
        turn: { taken, counts: countsOf(next, this.limits), blockedUntil: row.blockedUntil }
      }
    })
  }

  async block(until: number): Promise<void> {
    // The instances' clocks may differ: the block lasts the skew longer for those whose clock is ahead.
    const shared = until + this.skewMs
    await this.update(row =>
      row.blockedUntil >= shared ? { write: undefined, turn: undefined } : { write: { counts: row.counts, blockedUntil: shared }, turn: undefined }
    )
  }

  /** Reads the row, lets `decide` say what to write, and writes it on the row's ETag; again when another instance wrote first. */
  private async update<T>(
    decide: (row: BudgetRow) => { write: { counts: Map<number, Map<number, number>>; blockedUntil: number } | undefined; turn: T }
  ): Promise<T> {
    for (let conflicts = 0; ; conflicts++) {
      const row = await this.read()
      const { write, turn } = decide(row)
      if (!write) return turn
      const entity = {
        partitionKey: PARTITION,
        rowKey: ROW,
        slices: serialize(write.counts),
        blockedUntil: { value: write.blockedUntil, type: 'Double' as const }
      }
      try {
        if (row.etag === undefined) await this.table.createEntity(entity, { abortSignal: this.timeout() })
        else await this.table.updateEntity(entity, 'Replace', { etag: row.etag, abortSignal: this.timeout() })
        return turn
      } catch (error) {
        const status = statusOf(error)
        if (status === 404 && isMissingTable(error)) {
          // The table is gone (an account reset, an operator's delete): made again, and the turn retried.
          await this.createTable()
          continue
        }
        // Another instance wrote first (412 on an update, 409 on a create): read again.
        if ((status === 409 || status === 412) && conflicts < MAX_CONFLICTS) {
          await new Promise(resolve => setTimeout(resolve, Math.random() * 20))
          continue
        }
        throw error
      }
    }
  }

  private async read(): Promise<BudgetRow> {
    try {
      const entity = await this.table.getEntity<BudgetEntity>(PARTITION, ROW, { abortSignal: this.timeout() })
      return { counts: parse(entity.slices), blockedUntil: Number(entity.blockedUntil ?? 0), etag: entity.etag }
    } catch (error) {
      if (statusOf(error) !== 404) throw error
      if (isMissingTable(error)) await this.createTable()
      return { counts: new Map(), blockedUntil: 0, etag: undefined }
    }
  }

  private async createTable(): Promise<void> {
    await this.table.createTable({ abortSignal: this.timeout() }).catch((creating: unknown) => {
      if (statusOf(creating) !== 409) throw creating
    })
  }

  private timeout(): AbortSignal {
    return AbortSignal.timeout(this.callTimeoutMs)
  }
}

function countsOf(byWindow: Map<number, Map<number, number>>, limits: readonly RateLimit[]): SliceCounts {
  return (index, slice) => byWindow.get(limits[index]!.windowMs)?.get(slice) ?? 0
}

function serialize(byWindow: Map<number, Map<number, number>>): string {
  return JSON.stringify(Object.fromEntries([...byWindow].map(([windowMs, slices]) => [windowMs, [...slices]])))
}

/** The row's counts; a row written by another version, or unreadable, counts as empty for the limits it does not hold. */
function parse(text: string | undefined): Map<number, Map<number, number>> {
  const byWindow = new Map<number, Map<number, number>>()
  try {
    const value = JSON.parse(text ?? '{}') as Record<string, Array<[number, number]>>
    for (const [windowMs, pairs] of Object.entries(value)) {
      if (Array.isArray(pairs))
        byWindow.set(
          Number(windowMs),
          new Map(pairs.filter(pair => Array.isArray(pair) && pair.length === 2).map(([slice, count]) => [Number(slice), Number(count)]))
        )
    }
  } catch {
    // Not JSON: an empty budget, rewritten by this turn.
  }
  return byWindow
}

export async function openAzureBudgetStore(
  config: Pick<StorageConfig, 'connectionString' | 'names'> & Partial<Pick<StorageConfig, 'callTimeoutMs'>>,
  limits: readonly RateLimit[]
): Promise<AzureBudgetStore> {
  const { TableClient } = await import('@azure/data-tables')
  // Http endpoints are Azurite's; the SDK refuses to send a key over them unless told (as storage/azure-outbox.ts).
  const insecure = /(^|;)\s*(UseDevelopmentStorage=true|DefaultEndpointsProtocol=http\b|\w+Endpoint=http:)/i.test(config.connectionString)
  const table = TableClient.fromConnectionString(config.connectionString, config.names.dispatchBudget, {
    allowInsecureConnection: insecure,
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 }
  })
  return new AzureBudgetStore(table, limits, Math.min(BUDGET_CALL_TIMEOUT_MS, config.callTimeoutMs ?? BUDGET_CALL_TIMEOUT_MS))
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown }).statusCode
  return typeof status === 'number' ? status : undefined
}

function isMissingTable(error: unknown): boolean {
  const { code, details } = error as { code?: unknown; details?: { errorCode?: unknown } }
  return (code ?? details?.errorCode) === 'TableNotFound'
}
