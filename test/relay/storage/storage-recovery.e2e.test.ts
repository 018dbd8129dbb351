// Storage mode when storage fails halfway (the table of issue 19, a test per
// row): relays as processes, a fake GitHub, Azurite behind a proxy that fails
// chosen storage requests (scripts/storage-faults.mjs). Leases, retries and
// storage timeouts are set to seconds.
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { TableClient } from '@azure/data-tables'
import { QueueClient } from '@azure/storage-queue'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { repoRoot } from '../../../scripts/runner.mjs'
import { SHORT_SETTINGS, startStorageProxy } from '../../../scripts/storage-faults.mjs'
import { startAzurite, uniqueStorageName, type Azurite } from '../../support/azurite.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'
import { fixture } from '../../support/fixtures.js'
import { startRelayProcess, type RelayProcess } from '../../support/relay-process.js'

interface StorageProxy {
  connectionString: string
  fault?: { label: string; occurrence: number; kind: '503' | 'reset' | 'hang' }
  fired?: { label: string }
  outage?: { label: string; until: number }
  log: Array<{ label: string; status: number; injected?: boolean }>
  close(): Promise<void>
}
const startProxy = startStorageProxy as (azurite: Azurite) => Promise<StorageProxy>

const run = promisify(execFile)
let azurite: Azurite
let github: FakeGitHub
let proxy: StorageProxy
let relays: RelayProcess[] = []
let storageName: string

beforeAll(async () => {
  azurite = await startAzurite()
}, 60_000)
afterAll(() => azurite.stop())
beforeEach(async () => {
  github = await startFakeGitHub()
  proxy = await startProxy(azurite)
  storageName = uniqueStorageName()
})
afterEach(async () => {
  await Promise.all(relays.map(relay => relay.stop()))
  relays = []
  await proxy.close()
  await github.close()
})

async function startRelay(env: Record<string, string> = {}): Promise<RelayProcess> {
  const relay = await startRelayProcess({
    ...SHORT_SETTINGS,
    ...env,
    GITHUB_TOKEN: 'ghp_recoverytest',
    GITHUB_REPOSITORY: 'org/deploy',
    GITHUB_API_URL: github.url,
    RELAY_STORAGE_CONNECTION_STRING: proxy.connectionString,
    RELAY_STORAGE_NAME: storageName
  })
  relays.push(relay)
  return relay
}

function pushEvent(id: string): Record<string, unknown> {
  return { ...(fixture('native-push.json') as Record<string, unknown>), id }
}

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const until = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 100))
  }
}

function dispatchCounts(): Map<string, number> {
  const counts = new Map<string, number>()
  for (const dispatch of github.dispatches) {
    const id = String(dispatch.body.client_payload.id)
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/** `node dist/relay/index.js poison …` through the proxy, as an operator runs it: its exit code and JSON lines. */
async function poisonCommand(...args: string[]): Promise<{ code: number; lines: Array<Record<string, any>> }> {
  const env = { PATH: process.env.PATH, ...SHORT_SETTINGS, RELAY_STORAGE_CONNECTION_STRING: proxy.connectionString, RELAY_STORAGE_NAME: storageName }
  const { code, stdout } = await run(process.execPath, [join(repoRoot, 'dist/relay/index.js'), 'poison', ...args], { env }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout })
  )
  const lines = stdout
    .split('\n')
    .filter(line => line.startsWith('{'))
    .map(line => JSON.parse(line) as Record<string, any>)
  return { code, lines }
}

async function listedRows(): Promise<string[]> {
  const { lines } = await poisonCommand('list')
  return lines.slice(1).map(line => String(line.row))
}

/** Time for a second message, had one been sent, to be handled: past a lease. */
const pastALease = () => new Promise(resolve => setTimeout(resolve, 4_500))

describe('storage fails halfway: every acknowledged event is dispatched once or listed by poison list', () => {
  test('GitHub answers 404 while every write to the poison queue fails for 6 s: the event is listed once the queue answers, and a replay dispatches it once', async () => {
    const relay = await startRelay()
    github.answerAlways({ status: 404, body: '{"message":"Not Found"}' })
    proxy.outage = { label: 'poison:send', until: Date.now() + 6_000 }
    expect((await relay.post(pushEvent('poison-write-fails'))).status).toBe(202)
    await waitFor('a refused poison write', () => proxy.log.some(entry => entry.label === 'poison:send' && entry.injected === true))
    // Until the poison message is stored, the row stays pending: a redelivery is a duplicate, and the event is not lost.
    expect(await relay.post(pushEvent('poison-write-fails'))).toMatchObject({ status: 202, body: { duplicates: 1 } })
    await waitFor('the event in poison list', async () => (await listedRows()).includes('poison-write-fails'), 30_000)

    github.answerAlways(undefined)
    const replay = await poisonCommand('replay', '--all')
    expect(replay.code).toBe(0)
    expect(replay.lines.filter(line => line.outcome === 'replayed')).toHaveLength(1)
    await waitFor('the dispatch', () => github.dispatches.length > 0)
    await pastALease()
    expect(dispatchCounts()).toEqual(new Map([['poison-write-fails', 1]]))
    expect(await listedRows()).toEqual([])
  }, 90_000)

  test('a replay cut short after it set the row pending (the delete of the poison message fails): the next replay finds it stale, GitHub sees the event once', async () => {
    const relay = await startRelay()
    github.script({ status: 404, body: '{"message":"Not Found"}' })
    expect((await relay.post(pushEvent('replay-cut-short'))).status).toBe(202)
    await waitFor('the event in poison list', async () => (await listedRows()).includes('replay-cut-short'))

    proxy.fault = { label: 'poison:delete', occurrence: 1, kind: '503' }
    const first = await poisonCommand('replay', '--all')
    expect(first.code).toBe(1)
    expect(proxy.fired).toMatchObject({ label: 'poison:delete' })
    await waitFor('the dispatch of the replayed event', () => github.dispatches.length > 0)

    // The operator tries again, once the poison message is visible again.
    let second = await poisonCommand('replay', '--all')
    await waitFor('the stale poison message', async () => {
      if (second.lines.some(line => line.outcome === 'stale')) return true
      second = await poisonCommand('replay', '--all')
      return false
    })
    expect(second.code).toBe(0)
    expect(second.lines.at(-1)).toEqual({ replayed: 0, of: 1 })
    await pastALease()
    expect(dispatchCounts()).toEqual(new Map([['replay-cut-short', 1]]))
    expect(await listedRows()).toEqual([])
  }, 90_000)

  test('the enqueue fails after the row insert for 8 events whose senders never come back: the sweep dispatches each once', async () => {
    const relay = await startRelay()
    proxy.outage = { label: 'queue:send', until: Date.now() + 60_000 }
    const ids = Array.from({ length: 8 }, (_, index) => `stranded-${index}`)
    const answers = await Promise.all(ids.map(id => relay.post(pushEvent(id))))
    expect(answers.map(answer => answer.status)).toEqual(ids.map(() => 503))
    proxy.outage = undefined
    // No sender delivers again (ACR webhooks never retry): the rows were recorded, so they are dispatched.
    await waitFor('every stranded event dispatched', () => github.dispatches.length >= ids.length, 30_000)
    await pastALease()
    expect(dispatchCounts()).toEqual(new Map(ids.map(id => [id, 1])))
    expect(relay.logs.some(line => line.message === 'sweep: stranded events sent again' && line.requeued > 0)).toBe(true)
  }, 60_000)

  test('the table and queues are deleted while the relay runs: it recreates them and accepts again at once', async () => {
    const relay = await startRelay()
    expect((await relay.post(pushEvent('before-delete'))).status).toBe(202)
    await waitFor('the first dispatch', () => github.dispatches.length === 1)

    await TableClient.fromConnectionString(azurite.connectionString, `${storageName}events`, { allowInsecureConnection: true }).deleteTable()
    await new QueueClient(azurite.connectionString, `${storageName}-dispatches`).delete()
    await new QueueClient(azurite.connectionString, `${storageName}-dispatches-poison`).delete()

    const started = Date.now()
    let answer = await relay.post(pushEvent('after-delete'))
    while (answer.status !== 202 && Date.now() - started < 30_000) answer = await relay.post(pushEvent('after-delete'))
    expect(answer.status).toBe(202)
    await waitFor('the dispatch after the delete', () => github.dispatches.length === 2)
    expect(dispatchCounts()).toEqual(
      new Map([
        ['before-delete', 1],
        ['after-delete', 1]
      ])
    )
  }, 60_000)

  test('the same id sent 20 times at once to each of two relays: at most 2 queue messages per id, one dispatch', async () => {
    // Storage's usual timeout: 120 requests at once on a loaded machine take longer than the short one, and this is no timeout's test.
    const [a, b] = [await startRelay({ RELAY_STORAGE_TIMEOUT_SECONDS: '8' }), await startRelay({ RELAY_STORAGE_TIMEOUT_SECONDS: '8' })]
    const ids = ['burst-0', 'burst-1', 'burst-2']
    const answers = await Promise.all(ids.flatMap(id => Array.from({ length: 40 }, (_, index) => (index % 2 ? a : b).post(pushEvent(id)))))
    expect(answers.map(answer => answer.status)).toEqual(answers.map(() => 202))
    // Each id stored once: one answer says queued, the 39 others duplicate.
    expect(answers.reduce((sum, answer) => sum + (answer.body.queued as number), 0)).toBe(ids.length)
    await waitFor('the dispatches', () => github.dispatches.length >= ids.length)
    await pastALease()
    expect(dispatchCounts()).toEqual(new Map(ids.map(id => [id, 1])))
    const sent = proxy.log.filter(entry => entry.label === 'queue:send' && entry.status === 201).length
    expect(sent).toBeLessThanOrEqual(2 * ids.length)
  }, 60_000)
})
