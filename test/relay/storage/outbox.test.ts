import { describe, expect, test } from 'vitest'
import type { DispatchResult } from '../../../src/relay/core.js'
import { afterAttempt, decodeMessage, encodeMessage, partitionKeyOf, rowKeyOf, tooOld, type OutboxRecord } from '../../../src/relay/storage/outbox.js'

const settings = { maxEventAgeMs: 86_400_000, retryDelayMs: 10_000, maxRetryDelayMs: 600_000 }
const record: OutboxRecord = {
  target: 'org/deploy',
  rowKey: 'id-1',
  eventId: 'id-1',
  state: 'pending',
  receivedAt: 1_000_000,
  leaseUntil: 0,
  claims: 1,
  eventType: 'acr-push',
  clientPayloadJson: '{}',
  etag: '*'
}
const failed = (status: number, extra: Partial<DispatchResult> = {}): DispatchResult => ({
  ok: false,
  status,
  attempts: 1,
  retryable: status >= 500,
  ...extra
})

describe('outbox keys and messages', () => {
  test('a target is a partition key without "/", in one case', () => {
    expect(partitionKeyOf('Org/Deploy.web')).toBe('org:deploy.web')
  })

  test('an event id is its row; an event without one gets a row no id can name', () => {
    expect(rowKeyOf('cb8c3971-9adc', () => 'x')).toBe('cb8c3971-9adc')
    expect(rowKeyOf(undefined, () => 'uuid')).toBe('_noid:uuid')
  })

  test('messages are base64 JSON, read back from text or from what the Functions runtime decoded', () => {
    const message = { target: 'org/deploy', row: 'id-1', retries: 2 }
    const text = encodeMessage(message)
    expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/)
    expect(decodeMessage(text)).toEqual(message)
    expect(decodeMessage(JSON.stringify(message))).toEqual(message)
    expect(decodeMessage(message)).toEqual(message)
    expect(decodeMessage({ ...message, reason: 'why', githubStatus: 404, poisonedAt: 5 })).toEqual({
      ...message,
      reason: 'why',
      githubStatus: 404,
      poisonedAt: 5
    })
  })

  test('anything else is no message', () => {
    for (const body of ['', 'not json', '{"target":1,"row":"x"}', null, 42, { target: 'org/deploy' }, { target: 'org/deploy', row: '' }]) {
      expect(decodeMessage(body)).toBeUndefined()
    }
    expect(decodeMessage({ target: 'org/deploy', row: 'x', retries: -3 })).toEqual({ target: 'org/deploy', row: 'x', retries: 0 })
  })

  test('fields of the wrong type are read as absent: no retries, no status, no time', () => {
    expect(decodeMessage({ target: 'org/deploy', row: 'x', retries: '3' })).toEqual({ target: 'org/deploy', row: 'x', retries: 0 })
    expect(decodeMessage({ target: 'org/deploy', row: 'x', retries: 2.7, reason: 'why', githubStatus: '404', poisonedAt: 'soon' })).toEqual({
      target: 'org/deploy',
      row: 'x',
      retries: 2,
      reason: 'why',
      githubStatus: undefined,
      poisonedAt: 0
    })
  })
})

describe('afterAttempt', () => {
  const now = record.receivedAt + 60_000
  test('accepted: dispatched', () => {
    expect(afterAttempt({ ok: true, status: 204, attempts: 1, retryable: false }, record, 0, settings, now)).toEqual({ kind: 'dispatched' })
  })

  test('a retryable failure waits twice as long each time, with jitter, up to the maximum', () => {
    const delays = [0, 1, 2, 3, 10].map(retries => afterAttempt(failed(503), record, retries, settings, now, () => 0.5))
    expect(delays).toEqual([10_000, 20_000, 40_000, 80_000, 600_000].map(delayMs => ({ kind: 'retry', delayMs })))
    const low = afterAttempt(failed(503), record, 0, settings, now, () => 0)
    const high = afterAttempt(failed(503), record, 0, settings, now, () => 1)
    expect([low, high]).toEqual([
      { kind: 'retry', delayMs: 8_000 },
      { kind: 'retry', delayMs: 12_000 }
    ])
  })

  test("GitHub's Retry-After is the least wait", () => {
    expect(afterAttempt(failed(429, { retryable: true, retryAfterSeconds: 120 }), record, 0, settings, now, () => 0.5)).toEqual({
      kind: 'retry',
      delayMs: 120_000
    })
  })

  test('the last retry falls at the age limit; past it, the poison queue', () => {
    const nearEnd = record.receivedAt + settings.maxEventAgeMs - 3_000
    expect(afterAttempt(failed(503), record, 5, settings, nearEnd, () => 0.5)).toEqual({ kind: 'retry', delayMs: 3_000 })
    expect(afterAttempt(failed(503), record, 5, settings, nearEnd + 3_000, () => 0.5)).toEqual({
      kind: 'poison',
      reason: 'not dispatched within RELAY_MAX_EVENT_AGE (86400 s); last failure: HTTP 503'
    })
    // A replay counts the age from the replay.
    expect(afterAttempt(failed(503), { ...record, replayedAt: nearEnd }, 0, settings, nearEnd + 3_000, () => 0.5)).toEqual({
      kind: 'retry',
      delayMs: 10_000
    })
  })

  test.each([401, 403, 404, 422])('a refusal (HTTP %i) goes to the poison queue at once, with the status', status => {
    const decision = afterAttempt(failed(status), record, 0, settings, now)
    expect(decision).toMatchObject({ kind: 'poison', githubStatus: status })
    expect(decision.kind === 'poison' && decision.reason).toMatch(new RegExp(`^GitHub refused the dispatch \\(HTTP ${status}\\)`))
  })

  test.each([
    [404, 'GitHub refused the dispatch (HTTP 404): no such repository, or the token cannot see it'],
    [422, 'GitHub refused the dispatch (HTTP 422)']
  ])('the poison reason for HTTP %i says what to check', (status, reason) => {
    expect(afterAttempt(failed(status), record, 0, settings, now)).toEqual({ kind: 'poison', reason, githubStatus: status })
  })

  test.each([
    ['nothing sent, told when: then, even before its backoff', { attempts: 0, retryAfterSeconds: 2 }, 2_000],
    ['sent and told a time shorter than its backoff: its backoff', { attempts: 1, retryAfterSeconds: 2 }, 80_000],
    ['nothing sent and no time told: its backoff', { attempts: 0 }, 80_000]
  ])('after three failures, %s', (_, extra, delayMs) => {
    expect(afterAttempt(failed(503, extra), record, 3, settings, now, () => 0.5)).toEqual({ kind: 'retry', delayMs })
  })

  test('refused App credentials say so', () => {
    expect(afterAttempt(failed(401, { appCredentialsRefused: true }), record, 0, settings, now)).toMatchObject({
      kind: 'poison',
      reason: "GitHub refused the GitHub App's credentials (HTTP 401)"
    })
  })

  test('too old without a failure on record', () => {
    expect(tooOld(undefined, { ...settings, maxEventAgeMs: 3_000 }).reason).toBe('not dispatched within RELAY_MAX_EVENT_AGE (3 s)')
  })
})
