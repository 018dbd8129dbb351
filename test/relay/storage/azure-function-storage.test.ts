// The Azure Functions host in storage mode: the HTTP trigger stores, the
// storage queue trigger dispatches. Handlers are called with @azure/functions
// objects, as the Functions host would, against a real Azurite and a fake GitHub.
import { HttpRequest, InvocationContext } from '@azure/functions'
import { QueueServiceClient } from '@azure/storage-queue'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createDispatcher, createRelay } from '../../../src/relay/app.js'
import { createHttpHandler, createQueueHandler, lazyOutbox } from '../../../src/relay/azure-function.js'
import { loadRelayConfig, type RelayConfig, type StorageConfig } from '../../../src/relay/config.js'
import { startAzurite, uniqueStorageName, type Azurite } from '../../support/azurite.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'
import { fixture } from '../../support/fixtures.js'

const SECRET = 'function-secret-0123456789'
let azurite: Azurite
let github: FakeGitHub
let config: RelayConfig
let storage: StorageConfig
let logged: string[]
let httpHandler: ReturnType<typeof createHttpHandler>
let queueHandler: ReturnType<typeof createQueueHandler>

beforeAll(async () => {
  azurite = await startAzurite()
}, 60_000)
afterAll(() => azurite.stop())
beforeEach(async () => {
  github = await startFakeGitHub()
  logged = []
  config = loadRelayConfig({
    RELAY_SECRET: SECRET,
    GITHUB_TOKEN: 'ghp_functiontoken',
    GITHUB_REPOSITORY: 'org/deploy',
    GITHUB_API_URL: github.url,
    RELAY_STORAGE_CONNECTION_STRING: azurite.connectionString,
    RELAY_STORAGE_NAME: uniqueStorageName(),
    RELAY_DEADLINE_SECONDS: '1',
    RELAY_DISPATCH_LEASE_SECONDS: '3',
    RELAY_RETRY_DELAY_SECONDS: '5'
  })
  storage = config.storage!
  const outbox = lazyOutbox(storage)
  const dispatcher = createDispatcher(config)
  httpHandler = createHttpHandler(createRelay(config, { accept: async event => (await outbox()).accept(event) }, dispatcher), line =>
    logged.push(line)
  )
  queueHandler = createQueueHandler(outbox, dispatcher, storage, line => logged.push(line))
})
afterEach(() => github.close())

function post(event: unknown): Promise<{ status?: number; body?: unknown }> {
  return httpHandler(
    new HttpRequest({
      method: 'POST',
      url: 'https://relay.azurewebsites.net/api/',
      params: { path: '' },
      headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
      body: { string: JSON.stringify(event) }
    })
  )
}

function queue(name: string) {
  return QueueServiceClient.fromConnectionString(azurite.connectionString).getQueueClient(name)
}

/**
 * What the Functions runtime hands the queue trigger: the message taken off
 * the queue, base64 decoded (host.json's default messageEncoding) and, being
 * JSON, parsed; the runtime deletes it when the handler returns.
 */
async function takeMessage(name = storage.names.queue): Promise<{ entry: unknown; context: InvocationContext } | undefined> {
  const client = queue(name)
  const { receivedMessageItems } = await client.receiveMessages({ numberOfMessages: 1, visibilityTimeout: 30 })
  const item = receivedMessageItems[0]
  if (!item) return undefined
  await client.deleteMessage(item.messageId, item.popReceipt)
  const entry: unknown = JSON.parse(Buffer.from(item.messageText, 'base64').toString('utf8'))
  const context = new InvocationContext({
    functionName: 'acr-relay-dispatch',
    triggerMetadata: { id: item.messageId, dequeueCount: item.dequeueCount, insertionTime: item.insertedOn }
  })
  return { entry, context }
}

describe('Azure Functions in storage mode', () => {
  test('the HTTP trigger stores and answers 202; the queue trigger dispatches; a redelivery is a duplicate', async () => {
    const response = await post(fixture('native-push.json'))
    expect(response.status).toBe(202)
    expect(JSON.parse(response.body as string)).toEqual({ queued: 1, duplicates: 0, unrouted: 0, pings: 0 })
    expect(github.attempts).toHaveLength(0)

    const message = await takeMessage()
    expect(message?.entry).toEqual({ target: 'org/deploy', row: 'cb8c3971-9adc-488b-b1f6-43cbb4974ff5', retries: 0 })
    await queueHandler(message!.entry, message!.context)
    expect(github.dispatches).toHaveLength(1)
    expect(github.dispatches[0]!.body).toMatchObject({
      event_type: 'acr-push',
      client_payload: { target: { repository: 'team/web', tag: 'v1.4.2' } }
    })
    expect(JSON.parse(logged.at(-1)!)).toMatchObject({
      message: 'dispatch',
      outcome: 'dispatched',
      eventId: 'cb8c3971-9adc-488b-b1f6-43cbb4974ff5',
      dequeueCount: 1
    })

    // Event Grid delivers again: recorded as dispatched, so nothing is enqueued.
    expect(JSON.parse((await post(fixture('native-push.json'))).body as string)).toMatchObject({ queued: 0, duplicates: 1 })
    expect(await takeMessage()).toBeUndefined()
  })

  test('a retryable failure sends the message again with its delay and one more retry', async () => {
    github.script({ status: 502 })
    expect((await post(fixture('native-push.json'))).status).toBe(202)
    const message = await takeMessage()
    const sent = Date.now()
    await queueHandler(message!.entry, message!.context)
    expect(JSON.parse(logged.at(-1)!)).toMatchObject({ outcome: 'retry', githubStatus: 502 })
    // Invisible for the backoff (5 s, with jitter), then back with retries: 1.
    expect(await takeMessage()).toBeUndefined()
    const peeked = await queue(storage.names.queue).getProperties()
    expect(peeked.approximateMessagesCount).toBe(1)
    let again: Awaited<ReturnType<typeof takeMessage>>
    while (!(again = await takeMessage())) await new Promise(resolve => setTimeout(resolve, 250))
    expect(Date.now() - sent).toBeGreaterThanOrEqual(2500)
    expect(again.entry).toMatchObject({ retries: 1 })
    await queueHandler(again.entry, again.context)
    expect(github.dispatches).toHaveLength(1)
  }, 20_000)

  test('GitHub answers 404: the queue trigger puts the event in the poison queue with the reason', async () => {
    github.script({ status: 404, body: '{"message":"Not Found"}' })
    expect((await post(fixture('native-push.json'))).status).toBe(202)
    const message = await takeMessage()
    await queueHandler(message!.entry, message!.context)
    expect(JSON.parse(logged.at(-1)!)).toMatchObject({ outcome: 'poisoned', githubStatus: 404 })
    const poison = await takeMessage(storage.names.poisonQueue)
    expect(poison?.entry).toMatchObject({
      target: 'org/deploy',
      row: 'cb8c3971-9adc-488b-b1f6-43cbb4974ff5',
      githubStatus: 404,
      reason: 'GitHub refused the dispatch (HTTP 404): no such repository, or the token cannot see it'
    })
    expect(await takeMessage()).toBeUndefined()
  })

  test('storage unreachable: the HTTP trigger answers 503', async () => {
    const unreachable = loadRelayConfig({
      RELAY_SECRET: SECRET,
      GITHUB_TOKEN: 'ghp_functiontoken',
      GITHUB_REPOSITORY: 'org/deploy',
      GITHUB_API_URL: github.url,
      // A port Azurite does not listen on.
      RELAY_STORAGE_CONNECTION_STRING: azurite.connectionString
        .replaceAll(`:${azurite.queuePort}/`, ':9/')
        .replaceAll(`:${azurite.tablePort}/`, ':9/')
    })
    const outbox = lazyOutbox(unreachable.storage!)
    const handler = createHttpHandler(createRelay(unreachable, { accept: async event => (await outbox()).accept(event) }), line => logged.push(line))
    const response = await handler(
      new HttpRequest({
        method: 'POST',
        url: 'https://relay.azurewebsites.net/api/',
        params: { path: '' },
        headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
        body: { string: JSON.stringify(fixture('native-push.json')) }
      })
    )
    expect(response.status).toBe(503)
    expect(github.attempts).toHaveLength(0)
  })
})
