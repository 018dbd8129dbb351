// The dispatch worker's rules on one message, against an in-memory outbox
// that keeps the DispatchStore contract (conditional claims on an ETag, the
// poison message before the row's mark) and a dispatcher that answers as
// scripted: every path from a message to its fate, without Azure.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { Dispatch, DispatchResult } from '../../../src/relay/core.js'
import {
  LEASE_MARGIN_MS,
  processMessage,
  startQueueDispatcher,
  type DispatchStore,
  type MessageActions,
  type QueueStore
} from '../../../src/relay/storage/dispatch-worker.js'
import type { OutboxMessage, OutboxRecord } from '../../../src/relay/storage/outbox.js'
import type { ReceivedMessage } from '../../../src/relay/storage/queues.js'

const settings = { leaseMs: 10_000, maxEventAgeMs: 3_600_000, retryDelayMs: 1_000, maxRetryDelayMs: 8_000 }

/** The outbox in memory: rows with ETags, a poison list, and failures to plant on a call. */
class MemoryOutbox implements DispatchStore {
  readonly rows = new Map<string, OutboxRecord>()
  readonly poisoned: Array<{ row: string; reason: string; githubStatus?: number }> = []
  /** Calls that throw (storage failing), by name, how many times. */
  readonly failing = new Map<string, number>()
  /** Every call made, by name, in order. */
  readonly calls: string[] = []
  private version = 0

  constructor(
    protected readonly clock: { now: number },
    readonly callTimeoutMs = 10
  ) {}

  add(row: string, fields: Partial<OutboxRecord> = {}): OutboxRecord {
    const record: OutboxRecord = {
      target: 'org/deploy',
      rowKey: row,
      eventId: row,
      state: 'pending',
      receivedAt: this.clock.now,
      leaseUntil: 0,
      claims: 0,
      eventType: 'acr-push',
      clientPayloadJson: `{"id":"${row}"}`,
      etag: `v${++this.version}`,
      ...fields
    }
    this.rows.set(row, record)
    return record
  }

  protected fail(call: string): void {
    this.calls.push(call)
    const left = this.failing.get(call) ?? 0
    if (left > 0) {
      this.failing.set(call, left - 1)
      throw new Error(`storage: ${call} failed`)
    }
  }

  private write(record: OutboxRecord, fields: Partial<OutboxRecord>): string {
    const etag = `v${++this.version}`
    this.rows.set(record.rowKey, { ...this.rows.get(record.rowKey)!, ...fields, etag })
    return etag
  }

  async getRecord(_target: string, row: string) {
    this.fail('get')
    return this.rows.get(row)
  }

  async claim(record: OutboxRecord, leaseMs: number) {
    this.fail('claim')
    if (this.rows.get(record.rowKey)?.etag !== record.etag) return undefined
    return this.write(record, { leaseUntil: this.clock.now + leaseMs, claims: record.claims + 1 })
  }

  async markDispatched(record: OutboxRecord) {
    this.fail('mark')
    this.write(record, { state: 'dispatched', leaseUntil: 0 })
  }

  async release(record: OutboxRecord, etag: string, lastError: string) {
    this.fail('release')
    if (this.rows.get(record.rowKey)?.etag === etag) this.write(record, { leaseUntil: 0, lastError })
  }

  async poison(record: OutboxRecord | undefined, message: OutboxMessage, reason: string, githubStatus?: number) {
    this.fail('poison')
    this.poisoned.push({ row: message.row, reason, githubStatus })
    if (record) this.write(record, { state: 'poisoned', leaseUntil: 0 })
  }
}

function harness(answers: DispatchResult[] = [], options = settings, callTimeoutMs = 10, worker = { processMessage }) {
  const clock = { now: Date.parse('2026-12-07T03:00:00Z') }
  const outbox = new MemoryOutbox(clock, callTimeoutMs)
  const sent: Dispatch[] = []
  const dispatcher = async (dispatch: Dispatch) => {
    sent.push(dispatch)
    return answers.shift() ?? { ok: true, status: 204, attempts: 1, retryable: false }
  }
  const fate: { done: number; later: Array<{ message: OutboxMessage; delayMs: number }> } = { done: 0, later: [] }
  const actions: MessageActions = {
    done: async () => void fate.done++,
    later: async (message, delayMs) => void fate.later.push({ message, delayMs })
  }
  const run = (message: OutboxMessage | undefined) => worker.processMessage(outbox, dispatcher, message, actions, options, () => clock.now)
  return { clock, outbox, sent, fate, run }
}

const message = (row: string, retries = 0): OutboxMessage => ({ target: 'org/deploy', row, retries })

describe('processMessage', () => {
  test('accepted: the row is dispatched, the message done, and the dispatch ends before the lease does, with room for the mark', async () => {
    const { outbox, sent, fate, run, clock } = harness()
    outbox.add('a')
    expect(await run(message('a'))).toMatchObject({ outcome: 'dispatched', eventId: 'a', githubStatus: 204, attempts: 1 })
    expect(outbox.rows.get('a')!.state).toBe('dispatched')
    expect(fate).toEqual({ done: 1, later: [] })
    expect(sent[0]!.deadlineAt).toBe(clock.now + settings.leaseMs - LEASE_MARGIN_MS)
    expect(sent[0]).toMatchObject({ target: 'org/deploy', eventType: 'acr-push', clientPayloadJson: '{"id":"a"}' })
  })

  test('GitHub failing (5xx): the lease is given back with the failure, and the message comes back later with one more retry', async () => {
    const { outbox, fate, run } = harness([{ ok: false, status: 502, attempts: 2, retryable: true }])
    outbox.add('b')
    expect(await run(message('b', 2))).toMatchObject({ outcome: 'retry', githubStatus: 502 })
    expect(outbox.rows.get('b')).toMatchObject({ state: 'pending', leaseUntil: 0, lastError: 'HTTP 502' })
    expect(fate.later).toHaveLength(1)
    expect(fate.later[0]!.message.retries).toBe(3)
    // The third retry's wait: 4 s, ±20 %.
    expect(fate.later[0]!.delayMs).toBeGreaterThanOrEqual(3_200)
    expect(fate.later[0]!.delayMs).toBeLessThanOrEqual(4_800)
  })

  test('nothing sent (the breaker open, GitHub’s block, the budget): back when its turn comes, and its backoff does not grow', async () => {
    const reason = 'not sent: GitHub asked for no request for 42 s more'
    const { outbox, fate, run } = harness([{ ok: false, status: 0, attempts: 0, retryable: true, retryAfterSeconds: 42, failureReason: reason }])
    outbox.add('c')
    expect(await run(message('c', 5))).toMatchObject({ outcome: 'retry', githubError: reason, delayMs: 42_000 })
    expect(fate.later[0]!.message.retries).toBe(5)
    expect(outbox.rows.get('c')!.lastError).toBe(reason)
  })

  test('refused for good (404): the poison message with its reason, then the row poisoned', async () => {
    const { outbox, fate, run } = harness([{ ok: false, status: 404, attempts: 1, retryable: false }])
    outbox.add('d')
    expect(await run(message('d'))).toMatchObject({ outcome: 'poisoned', reason: expect.stringContaining('HTTP 404') })
    expect(outbox.poisoned).toEqual([{ row: 'd', reason: expect.stringContaining('no such repository'), githubStatus: 404 }])
    expect(outbox.rows.get('d')!.state).toBe('poisoned')
    expect(fate.done).toBe(1)
  })

  test('no row, an unreadable message, a row no longer pending: the message is done and nothing is sent', async () => {
    const { outbox, sent, fate, run } = harness()
    outbox.add('e', { state: 'dispatched' })
    expect(await run(message('missing'))).toEqual({ message: 'dispatch', outcome: 'no-record', target: 'org/deploy', retries: 0 })
    expect(await run(undefined)).toEqual({ message: 'dispatch', outcome: 'unreadable' })
    expect(await run(message('e'))).toMatchObject({ message: 'dispatch', outcome: 'duplicate', eventId: 'e' })
    expect(fate.done).toBe(3)
    expect(sent).toHaveLength(0)
  })

  test('held by another dispatcher’s lease: looked at again a second after it ends, and not sent', async () => {
    const { outbox, sent, fate, run, clock } = harness()
    outbox.add('f', { leaseUntil: clock.now + 4_000 })
    expect(await run(message('f'))).toMatchObject({ outcome: 'held', delayMs: 5_000 })
    expect(fate.later[0]!.delayMs).toBe(5_000)
    expect(sent).toHaveLength(0)
  })

  test('another dispatcher claimed it between the read and the claim (the ETag moved): held for a lease, not sent', async () => {
    const { outbox, sent, run } = harness()
    const record = outbox.add('g')
    const claim = outbox.claim.bind(outbox)
    outbox.claim = async (read, leaseMs) => {
      outbox.rows.set('g', { ...record, etag: 'taken' })
      return claim(read, leaseMs)
    }
    expect(await run(message('g'))).toMatchObject({ outcome: 'held', delayMs: settings.leaseMs })
    expect(sent).toHaveLength(0)
  })

  test('past RELAY_MAX_EVENT_AGE: poisoned with the last failure, not sent', async () => {
    const { outbox, sent, run, clock } = harness()
    outbox.add('h', { receivedAt: clock.now - settings.maxEventAgeMs, lastError: 'HTTP 503' })
    expect(await run(message('h'))).toMatchObject({ outcome: 'poisoned', reason: expect.stringContaining('last failure: HTTP 503') })
    expect(sent).toHaveLength(0)
  })

  test('GitHub accepted and every mark failed within the lease: the error is thrown; when the message comes back here, the row is marked, not sent again', async () => {
    // A short lease: the marks are tried again, a little longer each time, until it leaves no room for another.
    const { outbox, sent, run } = harness([], { ...settings, leaseMs: 1_000 })
    outbox.add('i')
    outbox.failing.set('mark', 1_000)
    await expect(run(message('i'))).rejects.toThrow('mark failed')
    expect(sent).toHaveLength(1)
    outbox.failing.set('mark', 0)
    expect(await run(message('i'))).toMatchObject({ outcome: 'dispatched', githubStatus: 204 })
    expect(sent).toHaveLength(1)
    expect(outbox.rows.get('i')!.state).toBe('dispatched')
  })

  test('a lease that ends now is over: the event is claimed and sent', async () => {
    const { outbox, sent, run, clock } = harness()
    outbox.add('k', { leaseUntil: clock.now })
    expect(await run(message('k'))).toMatchObject({ outcome: 'dispatched' })
    expect(sent).toHaveLength(1)
  })

  test('a mark that fails once is tried again within the lease: dispatched, and the message done', async () => {
    const { outbox, fate, run } = harness()
    outbox.add('l')
    outbox.failing.set('mark', 1)
    expect(await run(message('l'))).toMatchObject({ outcome: 'dispatched' })
    expect(outbox.calls.filter(call => call === 'mark')).toHaveLength(2)
    expect(outbox.rows.get('l')!.state).toBe('dispatched')
    expect(fate.done).toBe(1)
  })

  test('a mark is tried again only while the lease leaves room for one more storage call', async () => {
    // Lease 1 s, a call may take 0.2 s; waits of 0.2 s then 0.4 s: the third failure leaves no room for a fourth call.
    const { outbox, run } = harness([], { ...settings, leaseMs: 1_000 }, 200)
    outbox.add('m')
    outbox.failing.set('mark', 1_000)
    await expect(run(message('m'))).rejects.toThrow('mark failed')
    expect(outbox.calls.filter(call => call === 'mark')).toHaveLength(3)
  })

  test('when the message of an accepted, unmarked event comes back, a mark that fails once is tried again there too', async () => {
    const { outbox, sent, run } = harness([], { ...settings, leaseMs: 1_000 }, 200)
    outbox.add('n')
    outbox.failing.set('mark', 3)
    await expect(run(message('n'))).rejects.toThrow('mark failed')
    outbox.failing.set('mark', 1)
    expect(await run(message('n'))).toMatchObject({ outcome: 'dispatched', githubStatus: 204 })
    expect(sent).toHaveLength(1)
    expect(outbox.rows.get('n')!.state).toBe('dispatched')
  })

  test('only the event whose mark failed is marked without sending: another pending event is sent', async () => {
    const { outbox, sent, run } = harness([], { ...settings, leaseMs: 1_000 }, 200)
    outbox.add('o')
    outbox.add('p')
    outbox.failing.set('mark', 3)
    await expect(run(message('o'))).rejects.toThrow('mark failed')
    expect(await run(message('p'))).toMatchObject({ outcome: 'dispatched' })
    expect(sent.map(dispatch => dispatch.clientPayloadJson)).toEqual(['{"id":"o"}', '{"id":"p"}'])
  })

  test('it remembers at most 10,000 accepted events it could not mark: past that, the oldest is forgotten first', async () => {
    // A fresh module: what other tests left remembered would shift the count.
    vi.resetModules()
    const worker = await import('../../../src/relay/storage/dispatch-worker.js')
    // A lease too short for a second mark: each failure is remembered at once.
    const { outbox, sent, run, clock } = harness([], { ...settings, leaseMs: 100 }, 10, worker)
    outbox.failing.set('mark', Number.POSITIVE_INFINITY)
    for (let i = 0; i <= 10_000; i++) {
      outbox.add(`q${i}`)
      await expect(run(message(`q${i}`))).rejects.toThrow('mark failed')
    }
    outbox.failing.set('mark', 0)
    expect(sent).toHaveLength(10_001)
    // The second oldest and the newest are still remembered: marked, not sent again.
    expect(await run(message('q1'))).toMatchObject({ outcome: 'dispatched' })
    expect(await run(message('q10000'))).toMatchObject({ outcome: 'dispatched' })
    expect(sent).toHaveLength(10_001)
    // The oldest was forgotten: its message coming back once its lease is over sends it again (as another instance would).
    clock.now += 100
    expect(await run(message('q0'))).toMatchObject({ outcome: 'dispatched' })
    expect(sent).toHaveLength(10_002)
  })

  test('storage failing before the send (the read, the claim): the error is thrown and nothing is sent', async () => {
    const { outbox, sent, run } = harness()
    outbox.add('j')
    outbox.failing.set('get', 1)
    await expect(run(message('j'))).rejects.toThrow('get failed')
    outbox.failing.set('claim', 1)
    await expect(run(message('j'))).rejects.toThrow('claim failed')
    expect(sent).toHaveLength(0)
  })
})

/** The work queue and the sweeps in memory too, for the Node host's poller: messages invisible for a while once received. */
class MemoryQueueOutbox extends MemoryOutbox implements QueueStore {
  readonly queue: Array<{ item: ReceivedMessage; visibleAt: number }> = []
  /** When each receive came (the fake clock), with what it asked for. */
  readonly receives: Array<{ at: number; count: number; visibilityMs: number }> = []
  readonly sweeps: Array<{ at: number; windowMs: number }> = []
  readonly requeues: Array<{ at: number; olderThanMs: number }> = []
  sweepAnswer: () => Promise<number> = async () => 0
  requeueAnswer: () => Promise<number> = async () => 0
  private ids = 0

  enqueue(body: OutboxMessage | undefined): void {
    this.queue.push({ item: { messageId: `m${++this.ids}`, popReceipt: 'p', body, dequeueCount: 0 }, visibleAt: 0 })
  }

  async receive(count: number, visibilityMs: number): Promise<ReceivedMessage[]> {
    this.receives.push({ at: Date.now(), count, visibilityMs })
    this.fail('receive')
    const visible = this.queue.filter(entry => entry.visibleAt <= Date.now()).slice(0, count)
    for (const entry of visible) entry.visibleAt = Date.now() + visibilityMs
    return visible.map(entry => entry.item)
  }

  async delete(item: ReceivedMessage): Promise<void> {
    this.fail('delete')
    this.queue.splice(
      this.queue.findIndex(entry => entry.item.messageId === item.messageId),
      1
    )
  }

  async defer(item: ReceivedMessage, message: OutboxMessage, delayMs: number): Promise<void> {
    this.fail('defer')
    const entry = this.queue.find(candidate => candidate.item.messageId === item.messageId)!
    entry.item = { ...entry.item, body: message }
    entry.visibleAt = Date.now() + delayMs
  }

  async sweep(windowMs: number): Promise<number> {
    this.sweeps.push({ at: Date.now(), windowMs })
    return this.sweepAnswer()
  }

  async requeueStranded(olderThanMs: number): Promise<number> {
    this.requeues.push({ at: Date.now(), olderThanMs })
    return this.requeueAnswer()
  }
}

describe('startQueueDispatcher (the Node host’s poller), on a fake clock', () => {
  const START = Date.parse('2026-12-07T03:00:00Z')
  beforeEach(() => {
    vi.useFakeTimers({ now: START })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  /** The poller over an outbox `prepare` filled first: it looks at the queue as soon as it starts. */
  function poller(
    options: Partial<Parameters<typeof startQueueDispatcher>[2]> = {},
    dispatch?: (dispatch: Dispatch) => Promise<DispatchResult>,
    prepare: (outbox: MemoryQueueOutbox) => void = () => {}
  ) {
    const clock = {
      get now() {
        return Date.now()
      }
    }
    const outbox = new MemoryQueueOutbox(clock)
    prepare(outbox)
    const sent: Dispatch[] = []
    const logs: Array<Record<string, unknown>> = []
    const dispatcher = async (event: Dispatch): Promise<DispatchResult> => {
      sent.push(event)
      return dispatch ? dispatch(event) : { ok: true, status: 204, attempts: 1, retryable: false }
    }
    const worker = startQueueDispatcher(outbox, dispatcher, {
      settings,
      maxInFlight: 2,
      log: entry => logs.push(entry as Record<string, unknown>),
      requeueEveryMs: 0,
      ...options
    })
    return { outbox, sent, logs, worker, at: (ms: number) => START + ms }
  }

  const stop = async (worker: { stop(): Promise<void> }) => {
    const stopped = worker.stop()
    await vi.advanceTimersByTimeAsync(100)
    await stopped
  }

  test.each([
    ['idleMinMs 100, idleMaxMs 400', { idleMinMs: 100, idleMaxMs: 400 }, 1_600, [0, 100, 300, 700, 1_100, 1_500]],
    ['the defaults: from 100 ms to 2 s', {}, 7_200, [0, 100, 300, 700, 1_500, 3_100, 5_100, 7_100]]
  ])('an idle queue is looked at less and less often, up to the longest wait (%s)', async (_, options, forMs, expected) => {
    const { outbox, worker, at } = poller(options)
    await vi.advanceTimersByTimeAsync(forMs)
    expect(outbox.receives.map(receive => receive.at)).toEqual(expected.map(at))
    await stop(worker)
  })

  test('storage failing: logged, and looked at again later each time, up to 5 s apart', async () => {
    const { outbox, logs, worker, at } = poller({ idleMinMs: 100, idleMaxMs: 400 }, undefined, outbox =>
      outbox.failing.set('receive', Number.POSITIVE_INFINITY)
    )
    await vi.advanceTimersByTimeAsync(11_300)
    expect(outbox.receives.map(receive => receive.at)).toEqual([0, 200, 600, 1_400, 3_000, 6_200, 11_200].map(at))
    expect(logs[0]).toEqual({ message: 'dispatcher: storage failed', storageError: 'storage: receive failed' })
    await stop(worker)
  })

  test('every queued message is sent once, at most maxInFlight at once, each taken for the lease and deleted once sent', async () => {
    let inFlight = 0
    let most = 0
    const { outbox, sent, logs, worker } = poller(
      { idleMinMs: 100, idleMaxMs: 400 },
      async () => {
        most = Math.max(most, ++inFlight)
        await new Promise(resolve => setTimeout(resolve, 50))
        inFlight--
        return { ok: true, status: 204, attempts: 1, retryable: false }
      },
      outbox => {
        for (const row of ['r1', 'r2', 'r3', 'r4', 'r5']) {
          outbox.add(row)
          outbox.enqueue(message(row))
        }
      }
    )
    await vi.advanceTimersByTimeAsync(1_000)
    expect(sent.map(event => event.clientPayloadJson).sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5'].map(row => `{"id":"${row}"}`))
    expect(most).toBe(2)
    expect(outbox.queue).toHaveLength(0)
    expect(logs.filter(entry => entry.outcome === 'dispatched')).toHaveLength(5)
    // Never asked for more than it had room for, nor for nothing; each message invisible to others for the lease.
    for (const receive of outbox.receives) {
      expect(receive.count).toBeGreaterThanOrEqual(1)
      expect(receive.count).toBeLessThanOrEqual(2)
      expect(receive.visibilityMs).toBe(settings.leaseMs)
    }
    await stop(worker)
  })

  test('wake(): a message this process just stored is looked for at once, however long the queue was idle', async () => {
    const { outbox, sent, worker, at } = poller({ idleMinMs: 100, idleMaxMs: 60_000 })
    await vi.advanceTimersByTimeAsync(10_000)
    // Woken with nothing there: it looks at once, and its waits start again from the shortest (doubled once, 200 ms).
    worker.wake()
    await vi.advanceTimersByTimeAsync(200)
    expect(outbox.receives.slice(-2).map(receive => receive.at)).toEqual([at(10_000), at(10_200)])
    await vi.advanceTimersByTimeAsync(30_000)
    const before = outbox.receives.length
    outbox.add('w')
    outbox.enqueue(message('w'))
    worker.wake()
    await vi.advanceTimersByTimeAsync(0)
    expect(outbox.receives[before]!.at).toBe(at(40_200))
    expect(sent).toHaveLength(1)
    await stop(worker)
  })

  test('a storage failure while handling a message is logged with its target, and the message left to come back', async () => {
    const { outbox, logs, sent, worker } = poller({ idleMinMs: 100, idleMaxMs: 400 }, undefined, outbox => {
      outbox.add('s')
      outbox.enqueue(message('s'))
      outbox.enqueue(undefined)
      outbox.failing.set('get', 1)
      outbox.failing.set('delete', 1)
    })
    await vi.advanceTimersByTimeAsync(50)
    expect(logs).toEqual(
      expect.arrayContaining([
        { message: 'dispatch', outcome: 'error', target: 'org/deploy', storageError: 'storage: get failed' },
        { message: 'dispatch', outcome: 'error', target: undefined, storageError: 'storage: delete failed' }
      ])
    )
    expect(sent).toHaveLength(0)
    expect(outbox.queue).toHaveLength(2)
    await stop(worker)
  })

  test('stop(): no message is taken after it, and it resolves once those under way are done', async () => {
    let release: () => void = () => {}
    const held = new Promise<void>(resolve => (release = resolve))
    const { outbox, sent, worker } = poller(
      { idleMinMs: 100, idleMaxMs: 400 },
      async () => {
        await held
        return { ok: true, status: 204, attempts: 1, retryable: false }
      },
      outbox => {
        for (const row of ['t1']) {
          outbox.add(row)
          outbox.enqueue(message(row))
        }
      }
    )
    await vi.advanceTimersByTimeAsync(10)
    expect(sent).toHaveLength(1)
    let stopped = false
    void worker.stop().then(() => (stopped = true))
    outbox.add('t2')
    outbox.enqueue(message('t2'))
    const receives = outbox.receives.length
    await vi.advanceTimersByTimeAsync(1_000)
    expect(stopped).toBe(false)
    release()
    await vi.advanceTimersByTimeAsync(100)
    expect(stopped).toBe(true)
    expect(outbox.receives).toHaveLength(receives)
    expect(sent).toHaveLength(1)
    expect(outbox.rows.get('t1')!.state).toBe('dispatched')
  })

  test('all maxInFlight under way: it asks for no more until one is done, then at once', async () => {
    const releases: Array<() => void> = []
    const { outbox, sent, worker, at } = poller(
      { idleMinMs: 100, idleMaxMs: 60_000 },
      () => new Promise<DispatchResult>(resolve => releases.push(() => resolve({ ok: true, status: 204, attempts: 1, retryable: false }))),
      outbox => {
        for (const row of ['u1', 'u2', 'u3']) {
          outbox.add(row)
          outbox.enqueue(message(row))
        }
      }
    )
    await vi.advanceTimersByTimeAsync(5_000)
    expect(sent).toHaveLength(2)
    expect(outbox.receives).toHaveLength(1)
    releases[0]!()
    await vi.advanceTimersByTimeAsync(0)
    expect(outbox.receives.map(receive => receive.at)).toEqual([at(0), at(5_000)])
    expect(sent).toHaveLength(3)
    for (const next of releases.slice(1)) next()
    await stop(worker)
  })

  test('the sweep: every sweepEveryMs, dispatched rows past the duplicate window; logged when it deleted some, or when it failed', async () => {
    const { outbox, logs, worker, at } = poller({ idleMinMs: 100, idleMaxMs: 400, sweepEveryMs: 1_000, duplicateWindowMs: 5_000 })
    outbox.sweepAnswer = async () => 0
    await vi.advanceTimersByTimeAsync(1_000)
    outbox.sweepAnswer = async () => 3
    await vi.advanceTimersByTimeAsync(1_000)
    outbox.sweepAnswer = async () => Promise.reject(new Error('storage: sweep failed'))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(outbox.sweeps).toEqual([1_000, 2_000, 3_000].map(ms => ({ at: at(ms), windowMs: 5_000 })))
    expect(logs).toEqual([
      { message: 'sweep', deleted: 3 },
      { message: 'sweep: storage failed', storageError: 'storage: sweep failed' }
    ])
    await stop(worker)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(outbox.sweeps).toHaveLength(3)
  })

  test('the sweep’s window is RELAY_MAX_EVENT_AGE unless given; no sweep unless asked for', async () => {
    const swept = poller({ idleMinMs: 100, idleMaxMs: 400, sweepEveryMs: 1_000 })
    const unswept = poller({ idleMinMs: 100, idleMaxMs: 400 })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(swept.outbox.sweeps.map(sweep => sweep.windowMs)).toEqual([settings.maxEventAgeMs])
    expect(unswept.outbox.sweeps).toEqual([])
    await stop(swept.worker)
    await stop(unswept.worker)
  })

  test('stranded rows (recorded, never enqueued) are looked for every lease by default, and what it requeued is looked for at once', async () => {
    const { outbox, logs, worker, at } = poller({ idleMinMs: 100, idleMaxMs: 60_000, requeueEveryMs: undefined })
    await vi.advanceTimersByTimeAsync(settings.leaseMs - 1)
    expect(outbox.requeues).toEqual([])
    outbox.add('v')
    outbox.requeueAnswer = async () => {
      outbox.enqueue(message('v'))
      return 1
    }
    const before = outbox.receives.length
    await vi.advanceTimersByTimeAsync(1)
    expect(outbox.requeues).toEqual([{ at: at(settings.leaseMs), olderThanMs: settings.leaseMs }])
    expect(logs).toContainEqual({ message: 'sweep: stranded events sent again', requeued: 1 })
    expect(outbox.receives[before]!.at).toBe(at(settings.leaseMs))
    expect(outbox.rows.get('v')!.state).toBe('dispatched')
    // One lease later, a requeued message not visible yet: looked for at once, and again after the shortest wait (doubled once).
    outbox.requeueAnswer = async () => 1
    await vi.advanceTimersByTimeAsync(settings.leaseMs + 200)
    expect(outbox.receives.slice(-2).map(receive => receive.at)).toEqual([at(2 * settings.leaseMs), at(2 * settings.leaseMs + 200)])
    await stop(worker)
  })

  test('a requeue finding nothing logs nothing; one still under way is not started again; one that failed is logged', async () => {
    let finish: (count: number) => void = () => {}
    const { outbox, logs, worker } = poller({ idleMinMs: 100, idleMaxMs: 400, requeueEveryMs: 1_000 })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(logs).toEqual([])
    outbox.requeueAnswer = () => new Promise(resolve => (finish = resolve))
    await vi.advanceTimersByTimeAsync(3_000)
    expect(outbox.requeues).toHaveLength(2)
    finish(0)
    outbox.requeueAnswer = async () => Promise.reject(new Error('storage: requeue failed'))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(outbox.requeues).toHaveLength(3)
    expect(logs).toEqual([{ message: 'sweep: storage failed', storageError: 'storage: requeue failed' }])
    await stop(worker)
  })

  test('an event another instance holds: its message is put back until a second after that lease ends', async () => {
    const { outbox, sent, worker, at } = poller({ idleMinMs: 100, idleMaxMs: 400 }, undefined, outbox => {
      outbox.add('x', { leaseUntil: START + 4_000 })
      outbox.enqueue(message('x', 1))
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(sent).toHaveLength(0)
    expect(outbox.queue).toEqual([{ item: expect.objectContaining({ body: message('x', 1) }), visibleAt: at(5_000) }])
    await stop(worker)
  })

  test('after stop(), no more sweeps or requeues', async () => {
    const { outbox, worker } = poller({ idleMinMs: 100, idleMaxMs: 400, sweepEveryMs: 1_000, requeueEveryMs: 1_000 })
    await vi.advanceTimersByTimeAsync(1_000)
    expect([outbox.sweeps.length, outbox.requeues.length]).toEqual([1, 1])
    await stop(worker)
    await vi.advanceTimersByTimeAsync(5_000)
    expect([outbox.sweeps.length, outbox.requeues.length]).toEqual([1, 1])
  })

  test('requeueEveryMs 0: never', async () => {
    const { outbox, worker } = poller({ idleMinMs: 100, idleMaxMs: 400, requeueEveryMs: 0 })
    await vi.advanceTimersByTimeAsync(settings.leaseMs * 3)
    expect(outbox.requeues).toEqual([])
    await stop(worker)
  })
})
