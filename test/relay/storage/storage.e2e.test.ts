// Storage mode end to end: relays as processes (the bundle), a fake GitHub,
// and a real Azure Storage emulator (Azurite) they share. Deadlines, leases
// and retry delays are set to seconds so that outages and crashes play out
// quickly; the rules are the same as with the defaults.
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { repoRoot } from '../../../scripts/runner.mjs'
import { startAzurite, uniqueStorageName, type Azurite } from '../../support/azurite.js'
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js'
import { fixture } from '../../support/fixtures.js'
import { startRelayProcess, type RelayProcess } from '../../support/relay-process.js'

const run = promisify(execFile)
let azurite: Azurite
let github: FakeGitHub
let relays: RelayProcess[] = []
let storageName: string

beforeAll(async () => {
  azurite = await startAzurite()
}, 60_000)
afterAll(() => azurite.stop())
beforeEach(async () => {
  github = await startFakeGitHub()
  storageName = uniqueStorageName()
})
afterEach(async () => {
  await Promise.all(relays.map(relay => relay.stop()))
  relays = []
  await github.close()
})

function storageEnv(connectionString = azurite.connectionString): Record<string, string> {
  return {
    GITHUB_TOKEN: 'ghp_storagetest',
    GITHUB_REPOSITORY: 'org/deploy',
    GITHUB_API_URL: github.url,
    RELAY_STORAGE_CONNECTION_STRING: connectionString,
    RELAY_STORAGE_NAME: storageName,
    RELAY_DEADLINE_SECONDS: '1',
    RELAY_DISPATCH_LEASE_SECONDS: '3',
    RELAY_RETRY_DELAY_SECONDS: '1',
    RELAY_MAX_RETRY_DELAY_SECONDS: '2',
    // Not a second between requests to GitHub: these tests are about the outbox (pacing has its own, in github/).
    RELAY_GITHUB_REQUEST_INTERVAL: '0'
  }
}

async function startRelay(env: Record<string, string> = {}, connectionString?: string): Promise<RelayProcess> {
  const relay = await startRelayProcess({ ...storageEnv(connectionString), ...env })
  relays.push(relay)
  return relay
}

function pushEvent(id: string): Record<string, unknown> {
  return { ...(fixture('native-push.json') as Record<string, unknown>), id }
}

async function waitFor(what: string, condition: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 25))
  }
}

/** Event ids of the dispatches GitHub accepted, with how many times each. */
function dispatchCounts(): Map<string, number> {
  const counts = new Map<string, number>()
  for (const dispatch of github.dispatches) {
    const id = String(dispatch.body.client_payload.id)
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/** `node dist/relay/index.js poison …`, as an operator runs it: its JSON lines. */
async function poisonCommand(...args: string[]): Promise<Array<Record<string, any>>> {
  const { stdout } = await run(process.execPath, [join(repoRoot, 'dist/relay/index.js'), 'poison', ...args], {
    env: { PATH: process.env.PATH, RELAY_STORAGE_CONNECTION_STRING: azurite.connectionString, RELAY_STORAGE_NAME: storageName }
  })
  return stdout
    .trim()
    .split('\n')
    .map(line => JSON.parse(line) as Record<string, any>)
}

describe('storage mode: one duplicate window for every instance', () => {
  test('the same event id sent to two relays, one after the other: one dispatch', async () => {
    const [a, b] = await Promise.all([startRelay(), startRelay()])
    expect(await a.post(pushEvent('seq-1'))).toMatchObject({ status: 202, body: { queued: 1, duplicates: 0 } })
    expect(await b.post(pushEvent('seq-1'))).toMatchObject({ status: 202, body: { queued: 0, duplicates: 1 } })
    await waitFor('the dispatch', () => github.dispatches.length === 1)
    // And after it was dispatched, too.
    expect(await b.post(pushEvent('seq-1'))).toMatchObject({ status: 202, body: { duplicates: 1 } })
    // Time for any second message to be handled (and found to be a duplicate).
    await new Promise(resolve => setTimeout(resolve, 1500))
    expect(dispatchCounts()).toEqual(new Map([['seq-1', 1]]))
  })

  test('the same event ids sent to two relays at the same time: each dispatched once', async () => {
    const [a, b] = await Promise.all([startRelay(), startRelay()])
    const ids = Array.from({ length: 10 }, (_, index) => `concurrent-${index}`)
    const answers = await Promise.all(ids.flatMap(id => [a.post(pushEvent(id)), b.post(pushEvent(id))]))
    expect(answers.map(answer => answer.status)).toEqual(answers.map(() => 202))
    // Each id: one relay recorded it, the other found it recorded.
    for (let index = 0; index < ids.length; index++) {
      const pair = [answers[2 * index]!.body, answers[2 * index + 1]!.body]
      expect(pair.map(body => body.queued + body.duplicates)).toEqual([1, 1])
    }
    await waitFor('ten dispatches', () => github.dispatches.length >= 10)
    // Past a lease, so that a second message, had one sent twice, would have had its chance.
    await new Promise(resolve => setTimeout(resolve, 4000))
    expect(dispatchCounts()).toEqual(new Map(ids.map(id => [id, 1])))
  })
})

describe('storage mode: a GitHub outage', () => {
  test('GitHub answers 503 for longer than the deadline: every sender gets 202 at once, and each event is dispatched once after', async () => {
    const [a, b] = await Promise.all([startRelay(), startRelay()])
    github.answerAlways({ status: 503 })
    const outageStarted = Date.now()
    const ids = Array.from({ length: 20 }, (_, index) => `outage-${index}`)
    const answers = await Promise.all(ids.map((id, index) => (index % 2 ? a : b).post(pushEvent(id))))
    expect(answers.map(answer => answer.status)).toEqual(ids.map(() => 202))
    // Stored, not waiting for GitHub: far below the 1 s deadline each would otherwise have spent.
    expect(Math.max(...answers.map(answer => answer.ms))).toBeLessThan(5000)
    // Five deadlines long.
    await waitFor('the outage to last', () => Date.now() - outageStarted > 5000)
    expect(github.dispatches).toHaveLength(0)
    const attemptsDuringOutage = github.attempts.length
    github.answerAlways(undefined)
    await waitFor('every event dispatched', () => github.dispatches.length >= ids.length, 50_000)
    await new Promise(resolve => setTimeout(resolve, 1500))
    expect(dispatchCounts()).toEqual(new Map(ids.map(id => [id, 1])))
    // The circuit breaker and the queue's backoff kept retries from multiplying: well under one attempt a second per event.
    expect(attemptsDuringOutage).toBeLessThan(ids.length * 5)
    const retried = [...a.logs, ...b.logs].filter(line => line.message === 'dispatch' && line.outcome === 'retry')
    expect(retried.length).toBeGreaterThan(0)
  }, 90_000)

  test('an event older than RELAY_MAX_EVENT_AGE goes to the poison queue with the reason', async () => {
    const relay = await startRelay({ RELAY_MAX_EVENT_AGE: '3s' })
    github.answerAlways({ status: 503 })
    expect((await relay.post(pushEvent('too-old'))).status).toBe(202)
    await waitFor('the poison', () => relay.logs.some(line => line.message === 'dispatch' && line.outcome === 'poisoned'), 20_000)
    const [summary, entry] = await poisonCommand('list')
    expect(summary).toMatchObject({ approximateCount: 1, shown: 1 })
    expect(entry).toMatchObject({ target: 'org/deploy', row: 'too-old' })
    expect(entry!.reason).toBe('not dispatched within RELAY_MAX_EVENT_AGE (3 s); last failure: HTTP 503')
  }, 40_000)
})

describe('storage mode: crashes and storage failures', () => {
  test('a relay killed while its dispatch hangs: another relay dispatches the event after the lease', async () => {
    const a = await startRelay()
    // The first dispatch hangs far longer than the test.
    github.script({ status: 500, delayMs: 60_000 })
    expect((await a.post(pushEvent('crash-1'))).status).toBe(202)
    await waitFor('the hanging attempt', () => github.attempts.length === 1)
    const b = await startRelay()
    a.child.kill('SIGKILL')
    await waitFor('the dispatch by the other relay', () => github.dispatches.length === 1, 20_000)
    // Not before the lease (3 s from the claim, which came just before the hanging attempt) ended. Measured
    // between the two requests GitHub saw, so that a slow start of the second relay cannot fail it.
    expect(github.dispatches[0]!.at - github.attempts[0]!.at).toBeGreaterThan(2000)
    await waitFor('its log line', () => b.logs.some(line => line.message === 'dispatch' && line.outcome === 'dispatched'))
    await new Promise(resolve => setTimeout(resolve, 1500))
    expect(dispatchCounts()).toEqual(new Map([['crash-1', 1]]))
  })

  test('storage stopped: the relay answers 503 and acknowledges nothing', async () => {
    const own = await startAzurite()
    try {
      const relay = await startRelay({}, own.connectionString)
      expect((await relay.post(pushEvent('before-stop'))).status).toBe(202)
      await waitFor('the first dispatch', () => github.dispatches.length === 1)
      await own.stop()
      const answer = await relay.post(pushEvent('after-stop'))
      expect(answer.status).toBe(503)
      expect(answer.headers.get('retry-after')).toBe('5')
      expect(answer.body).toMatchObject({ error: 'the event could not be stored; send again later', queued: 0, failed: 1 })
      // Within the sender's patience, SDK retries included.
      expect(answer.ms).toBeLessThan(25_000)
      await waitFor('the log line', () => relay.logs.some(entry => entry.status === 503))
      const line = relay.logs.find(entry => entry.status === 503)
      expect(line?.events[0]).toMatchObject({ eventId: 'after-stop', outcome: 'failed' })
      expect(line?.events[0].storageError).toMatch(/^storage: /)
      // The account key never reaches a log.
      expect(JSON.stringify(relay.logs) + relay.stderr()).not.toContain('Eby8vdM02')
      expect(dispatchCounts()).toEqual(new Map([['before-stop', 1]]))
    } finally {
      await own.stop()
    }
  })

  test('SIGTERM finishes the dispatch under way, then exits 0', async () => {
    const relay = await startRelay({ RELAY_DEADLINE_SECONDS: '3', RELAY_DISPATCH_LEASE_SECONDS: '5' })
    github.script({ status: 204, delayMs: 1000 })
    expect((await relay.post(pushEvent('sigterm-1'))).status).toBe(202)
    await waitFor('the attempt', () => github.attempts.length === 1)
    expect(await relay.stop()).toBe(0)
    expect(dispatchCounts()).toEqual(new Map([['sigterm-1', 1]]))
    // Written at exit.
    expect(relay.logs.some(line => line.message === 'dispatch' && line.outcome === 'dispatched')).toBe(true)
  })
})

describe('storage mode: the poison queue', () => {
  test('GitHub answers 404: the event lands in the poison queue with the reason, and a replay after the fix dispatches it', async () => {
    const relay = await startRelay()
    github.script({ status: 404, body: '{"message":"Not Found"}' })
    expect((await relay.post(pushEvent('poison-404'))).status).toBe(202)
    await waitFor('the poison', () => relay.logs.some(line => line.message === 'dispatch' && line.outcome === 'poisoned'))
    expect(relay.logs.find(line => line.outcome === 'poisoned')).toMatchObject({ eventId: 'poison-404', githubStatus: 404 })
    expect(github.dispatches).toHaveLength(0)

    const [summary, entry] = await poisonCommand('list')
    expect(summary).toMatchObject({ queue: `${storageName}-dispatches-poison`, approximateCount: 1 })
    expect(entry).toMatchObject({ target: 'org/deploy', row: 'poison-404', githubStatus: 404 })
    expect(entry!.reason).toContain('GitHub refused the dispatch (HTTP 404)')
    // A poisoned event is still a duplicate for senders: only the operator sends it again.
    expect(await relay.post(pushEvent('poison-404'))).toMatchObject({ status: 202, body: { duplicates: 1 } })

    // The target fixed (the fake GitHub now answers 204): the operator replays.
    const replayed = await poisonCommand('replay', entry!.messageId as string)
    expect(replayed.at(-1)).toEqual({ replayed: 1, of: 1 })
    await waitFor('the dispatch after the replay', () => github.dispatches.length === 1)
    expect(dispatchCounts()).toEqual(new Map([['poison-404', 1]]))
    expect((await poisonCommand('list'))[0]).toMatchObject({ approximateCount: 0, shown: 0 })
  })

  test('a replay of one of three messages leaves the other two listed at once; an id not there, or replayed already, exits 3 saying which', async () => {
    const relay = await startRelay()
    github.answerAlways({ status: 404, body: '{"message":"Not Found"}' })
    const ids = ['three-a', 'three-b', 'three-c']
    for (const id of ids) expect((await relay.post(pushEvent(id))).status).toBe(202)
    await waitFor('three poisoned', () => relay.logs.filter(line => line.message === 'dispatch' && line.outcome === 'poisoned').length === 3)
    const [, ...listed] = await poisonCommand('list')
    expect(listed.map(entry => entry.row).sort()).toEqual(ids)
    const chosen = listed.find(entry => entry.row === 'three-b')!.messageId as string

    github.answerAlways(undefined)
    expect((await poisonCommand('replay', chosen)).at(-1)).toEqual({ replayed: 1, of: 1 })
    // At once: the two it did not take are not hidden behind the replay.
    const [summary, ...left] = await poisonCommand('list')
    expect(summary).toMatchObject({ shown: 2 })
    expect(left.map(entry => entry.row).sort()).toEqual(['three-a', 'three-c'])

    const again = await run(process.execPath, [join(repoRoot, 'dist/relay/index.js'), 'poison', 'replay', chosen, 'no-such-message'], {
      env: { PATH: process.env.PATH, RELAY_STORAGE_CONNECTION_STRING: azurite.connectionString, RELAY_STORAGE_NAME: storageName }
    }).catch((error: { code: number; stdout: string }) => error)
    expect(again).toMatchObject({ code: 3 })
    expect((again as { stdout: string }).stdout).toContain(`not in the poison queue: ${chosen}, no-such-message`)
    expect((await poisonCommand('list'))[0]).toMatchObject({ shown: 2 })
    await waitFor('the replayed event', () => dispatchCounts().get('three-b') === 1)
    expect(dispatchCounts().has('three-a')).toBe(false)
  })

  test('the poison command refuses to run without storage settings, and explains its verbs', async () => {
    const refused = await run(process.execPath, [join(repoRoot, 'dist/relay/index.js'), 'poison', 'list'], { env: { PATH: process.env.PATH } }).catch(
      (error: { code: number; stdout: string }) => error
    )
    expect(refused).toMatchObject({ code: 1, stdout: expect.stringContaining('RELAY_STORAGE_CONNECTION_STRING: is required') })
    const usage = await run(process.execPath, [join(repoRoot, 'dist/relay/index.js'), 'poison'], { env: { PATH: process.env.PATH } }).catch(
      (error: { code: number; stdout: string }) => error
    )
    expect(usage).toMatchObject({ code: 2, stdout: expect.stringContaining('poison replay --all | MESSAGE_ID') })
  })
})

describe('storage mode costs the in-memory relay nothing', () => {
  test('the Azure SDKs are in chunks of their own, which neither the action nor an in-memory relay loads', async () => {
    const relayFolder = join(repoRoot, 'dist/relay')
    const sdkChunks = readdirSync(relayFolder).filter(
      name => /^\d+\.index\.js$/.test(name) && /TableClient|QueueServiceClient/.test(readFileSync(join(relayFolder, name), 'utf8'))
    )
    expect(sdkChunks.length).toBeGreaterThan(0)
    expect(readFileSync(join(relayFolder, 'index.js'), 'utf8')).not.toMatch(/class TableClient|class QueueServiceClient/)
    expect(readFileSync(join(repoRoot, 'dist/index.js'), 'utf8')).not.toMatch(/TableClient|QueueServiceClient|storage-queue/)

    // An in-memory relay runs from a copy without those chunks: it never asks for them.
    const copy = mkdtempSync(join(tmpdir(), 'acr-relay-no-sdk-'))
    try {
      cpSync(relayFolder, copy, { recursive: true })
      for (const name of sdkChunks) rmSync(join(copy, name))
      const relay = await startRelayProcess({ GITHUB_TOKEN: 'ghp_memory', GITHUB_REPOSITORY: 'org/deploy', GITHUB_API_URL: github.url }, copy)
      relays.push(relay)
      expect(await relay.post(pushEvent('memory-1'))).toMatchObject({ status: 202, body: { dispatched: 1 } })
    } finally {
      rmSync(copy, { recursive: true, force: true })
    }
  })
})
