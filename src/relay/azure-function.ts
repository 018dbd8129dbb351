// The relay as an Azure Functions (v4 programming model) HTTP trigger; in
// storage mode also a storage queue trigger that dispatches what the HTTP
// trigger stored, and a timer that sweeps the duplicate window.
import { app, type HttpRequest, type HttpResponseInit, type InvocationContext } from '@azure/functions'
import type { AzureOutbox } from './storage/azure-outbox.js'
import { loadRelayConfig, type StorageConfig } from './config.js'
import { createDispatcher, createRelay } from './app.js'
import { bodyTooLarge, type Dispatcher, type RelayCore, type RelayRequestHead, type RelayResponse } from './core.js'
import { processMessage, type DispatchSettings } from './storage/dispatch-worker.js'
import { decodeMessage } from './storage/outbox.js'

export function createHttpHandler(core: RelayCore, log: (line: string) => void = line => console.log(line)) {
  return async (request: HttpRequest): Promise<HttpResponseInit> => {
    const headers: Record<string, string> = {}
    request.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value
    })
    const head: RelayRequestHead = { method: request.method, path: `/${request.params.path ?? ''}`, headers }
    // As the Node host: the headers first, and a body only when they pass, read up to its limit.
    const decided = core.decideOnHead(head)
    if (typeof decided !== 'number') return answer(decided, head, log)
    const body = await readBody(request, decided)
    if (body === undefined) return answer(bodyTooLarge(decided), head, log)
    const { response, log: line } = await core.handle({ ...head, body }, decided)
    log(JSON.stringify(line))
    return toHttpResponse(response)
  }
}

function answer(response: RelayResponse, head: RelayRequestHead, log: (line: string) => void): HttpResponseInit {
  log(
    JSON.stringify({
      method: head.method,
      path: head.path,
      status: response.status,
      durationMs: 0,
      events: [],
      ...(response.logError && { error: response.logError })
    })
  )
  return toHttpResponse(response)
}

function toHttpResponse(response: RelayResponse): HttpResponseInit {
  return {
    status: response.status,
    headers: { ...(response.body === undefined ? {} : { 'content-type': 'application/json' }), ...response.headers },
    body: response.body === undefined ? undefined : JSON.stringify(response.body)
  }
}

/** The body as text, or undefined as soon as it exceeds `limit`: read chunk by chunk, never whole first. */
async function readBody(request: HttpRequest, limit: number): Promise<string | undefined> {
  const stream = request.body
  if (!stream) return ''
  const reader = (stream as ReadableStream<Uint8Array>).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The queue trigger's handler: one outbox message. A retry is a copy of the
 * message sent with its delay (the runtime deletes the original when the
 * handler returns), so that the wait can double and honour Retry-After,
 * which host.json's fixed visibilityTimeout cannot. A throw (storage failing)
 * leaves the message to the runtime: back after visibilityTimeout, and to
 * the poison queue after maxDequeueCount.
 */
export function createQueueHandler(
  outbox: () => Promise<AzureOutbox>,
  dispatcher: Dispatcher,
  settings: DispatchSettings,
  log: (line: string) => void = line => console.log(line)
) {
  return async (queueEntry: unknown, context: InvocationContext): Promise<void> => {
    const store = await outbox()
    const entry = await processMessage(
      store,
      dispatcher,
      decodeMessage(queueEntry),
      { done: () => Promise.resolve(), later: (message, delayMs) => store.enqueue(message, delayMs) },
      settings
    )
    log(JSON.stringify({ ...entry, invocationId: context.invocationId, dequeueCount: context.triggerMetadata?.dequeueCount }))
  }
}

/** The app setting the queue trigger reads its connection string from: the same one the relay uses. */
export const STORAGE_CONNECTION_SETTING = 'RELAY_STORAGE_CONNECTION_STRING'

/** Registers the functions; app settings are the environment, as for the Node server. */
export function registerRelayFunction(env: NodeJS.ProcessEnv = process.env): void {
  const config = loadRelayConfig(env)
  const dispatcher = createDispatcher(config)
  const storage = config.storage
  const outbox = storage ? lazyOutbox(storage) : undefined
  const handler = createHttpHandler(createRelay(config, outbox && { accept: async event => (await outbox()).accept(event) }, dispatcher))
  app.http('acr-relay', {
    methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
    authLevel: 'anonymous',
    // /api/ for deliveries, /api/healthz for probes.
    route: '{*path}',
    handler
  })
  if (!storage || !outbox) return
  app.storageQueue('acr-relay-dispatch', {
    queueName: storage.names.queue,
    connection: STORAGE_CONNECTION_SETTING,
    handler: createQueueHandler(outbox, dispatcher, storage)
  })
  app.timer('acr-relay-sweep', {
    // Every 10 minutes: dispatched rows older than RELAY_MAX_EVENT_AGE leave the duplicate window.
    schedule: '0 */10 * * * *',
    handler: async () => {
      const deleted = await (await outbox()).sweep(storage.maxEventAgeMs)
      if (deleted > 0) console.log(JSON.stringify({ message: 'sweep', deleted }))
    }
  })
  app.timer('acr-relay-requeue', {
    // Every minute: events recorded whose enqueue failed, unclaimed a lease later, get their message.
    schedule: '30 * * * * *',
    handler: async () => {
      const requeued = await (await outbox()).requeueStranded(storage.leaseMs)
      if (requeued > 0) console.log(JSON.stringify({ message: 'sweep: stranded events sent again', requeued }))
    }
  })
}

/** The Azure SDKs load on the first use, not when the worker registers its functions. */
export function lazyOutbox(storage: StorageConfig): () => Promise<AzureOutbox> {
  let opening: Promise<AzureOutbox> | undefined
  return () => {
    opening ??= import('./storage/azure-outbox.js').then(module => module.openAzureOutbox(storage))
    return opening
  }
}
