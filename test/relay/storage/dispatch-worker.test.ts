// The dispatch worker's rules on one message, against an in-memory outbox
// that keeps the DispatchStore contract (conditional claims on an ETag, the
// poison message before the row's mark) and a dispatcher that answers as
// scripted: every path from a message to its fate, without Azure.
import { describe, expect, test } from 'vitest'
import type { Dispatch, DispatchResult } from '../../../src/relay/core.js'
import { LEASE_MARGIN_MS, processMessage, type DispatchStore, type MessageActions } from '../../../src/relay/storage/dispatch-worker.js'
import type { OutboxMessage, OutboxRecord } from '../../../src/relay/storage/outbox.js'

const settings = { leaseMs: 10_000, maxEventAgeMs: 3_600_000, retryDelayMs: 1_000, maxRetryDelayMs: 8_000 }

/** The outbox in memory: rows with ETags, a poison list, and failures to plant on a call. */
class MemoryOutbox implements DispatchStore {
  readonly callTimeoutMs = 10
  readonly rows = new Map<string, OutboxRecord>()
  readonly poisoned: Array<{ row: string; reason: string; githubStatus?: number }> = []
  /** Calls that throw (storage failing), by name, how many times. */
  readonly failing = new Map<string, number>()
  private version = 0

  constructor(private readonly clock: { now: number }) {}

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

  private fail(call: string): void {
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

function harness(answers: DispatchResult[] = [], options = settings) {
  const clock = { now: Date.parse('2026-12-07T03:00:00Z') }
  const outbox = new MemoryOutbox(clock)
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
  const run = (message: OutboxMessage | undefined) => processMessage(outbox, dispatcher, message, actions, options, () => clock.now)
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
    expect(await run(message('missing'))).toMatchObject({ outcome: 'no-record' })
    expect(await run(undefined)).toMatchObject({ outcome: 'unreadable' })
    expect(await run(message('e'))).toMatchObject({ outcome: 'duplicate', eventId: 'e' })
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
