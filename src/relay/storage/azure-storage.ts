// What the three Azure resources of storage mode share: one timeout for every
// call (RELAY_STORAGE_TIMEOUT_SECONDS, the SDK's retries included), the
// status and name of an error, and how a failure is told to a sender or an
// operator without a key or a SAS in it.

/**
 * Each storage call gives up after this long, SDK retries included, unless
 * RELAY_STORAGE_TIMEOUT_SECONDS says otherwise: a relay must answer a sender
 * within Event Grid's 30 s, and a record and a message (three calls at most)
 * must fit.
 */
export const STORAGE_CALL_TIMEOUT_MS = 8_000

/** The options every storage call takes: its abort signal, fresh for each call. */
export class CallTimeout {
  constructor(readonly ms: number = STORAGE_CALL_TIMEOUT_MS) {}

  get options(): { abortSignal: AbortSignal } {
    return { abortSignal: AbortSignal.timeout(this.ms) }
  }

  /** For a listing that pages through a table and works on each row: bounded too, by ten calls' time. */
  get listing(): { abortSignal: AbortSignal } {
    return { abortSignal: AbortSignal.timeout(10 * this.ms) }
  }
}

/** Storage failed or could not be reached: nothing was acknowledged. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError'
}

/** Written as Edm.Double, which holds any millisecond time exactly: a bare integer would be read by the service as Int32. */
export const double = (value: number) => ({ value, type: 'Double' as const })

/** Whether the connection string names http endpoints (Azurite's): the SDKs refuse to send a key over them unless told. */
export function isInsecure(connectionString: string): boolean {
  return /(^|;)\s*(UseDevelopmentStorage=true|DefaultEndpointsProtocol=http\b|\w+Endpoint=http:)/i.test(connectionString)
}

/** The table or a queue is gone (Table and Queue services name it so; a missing row or message is a plain 404). */
export function isMissingResource(error: unknown): boolean {
  if (statusOf(error) !== 404) return false
  // The queue SDK sets the error's code; the table SDK leaves it in the response's x-ms-error-code.
  const { code, details } = error as { code?: unknown; details?: { errorCode?: unknown } }
  const name = code ?? details?.errorCode
  return name === 'TableNotFound' || name === 'QueueNotFound'
}

export function statusOf(error: unknown): number | undefined {
  const code = (error as { statusCode?: unknown } | undefined)?.statusCode
  return typeof code === 'number' ? code : undefined
}

/** For a log line: the status, or the SDK's message cut short, with any SAS signature removed. */
export function describeStorageError(error: unknown): string {
  const code = statusOf(error)
  if (code !== undefined) return `HTTP ${code}`
  if ((error as Error | undefined)?.name === 'AbortError') return 'no answer in time'
  return String((error as Error | undefined)?.message ?? error)
    .replace(/sig=[^&\s]+/gi, 'sig=REDACTED')
    .slice(0, 200)
}

export async function unavailableOnError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    // Only what the SDK says, never the connection string or a URL with a SAS.
    throw new StorageUnavailableError(`storage: ${describeStorageError(error)}`, { cause: error })
  }
}
