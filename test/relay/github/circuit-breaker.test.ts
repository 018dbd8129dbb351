// The breaker in front of GitHub, on a clock the test moves: every outcome of
// a ticket ends what it started, the probe's included.
import { describe, expect, test } from 'vitest'
import { CircuitBreaker, type BreakerOutcome } from '../../../src/relay/github/breaker.js'

function breakerAt(start = 1_000_000) {
  const clock = { now: start }
  return { clock, breaker: new CircuitBreaker(() => clock.now, 3, 5_000) }
}

const fail = (breaker: CircuitBreaker, times: number) => {
  for (let i = 0; i < times; i++) breaker.admit()!.settle('failed')
}

describe('CircuitBreaker', () => {
  test('stays closed below the threshold, and an answer resets the count', () => {
    const { breaker } = breakerAt()
    fail(breaker, 2)
    expect(breaker.admit()).toBeDefined()
    breaker.admit()!.settle('answered')
    fail(breaker, 2)
    expect(breaker.open).toBe(false)
    expect(breaker.admit()?.probe).toBe(false)
  })

  test('opens at the threshold for the cooldown, saying how long', () => {
    const { clock, breaker } = breakerAt()
    fail(breaker, 3)
    expect(breaker.admit()).toBeUndefined()
    expect(breaker.open).toBe(true)
    expect(breaker.retryAfterSeconds()).toBe(5)
    clock.now += 4_001
    expect(breaker.admit()).toBeUndefined()
    expect(breaker.retryAfterSeconds()).toBe(1)
  })

  test('after the cooldown lets exactly one probe through; its answer closes the breaker', () => {
    const { clock, breaker } = breakerAt()
    fail(breaker, 3)
    clock.now += 5_000
    const probe = breaker.admit()!
    expect(probe.probe).toBe(true)
    expect(breaker.admit()).toBeUndefined()
    probe.settle('answered')
    expect(breaker.admit()?.probe).toBe(false)
    expect(breaker.open).toBe(false)
  })

  test('a failed probe opens it again for a whole cooldown', () => {
    const { clock, breaker } = breakerAt()
    fail(breaker, 3)
    clock.now += 5_000
    breaker.admit()!.settle('failed')
    expect(breaker.admit()).toBeUndefined()
    clock.now += 4_999
    expect(breaker.admit()).toBeUndefined()
    clock.now += 1
    expect(breaker.admit()?.probe).toBe(true)
  })

  test('a probe that sent nothing (no permit, GitHub’s block, the deadline) ends the half-open state: the next request probes at once', () => {
    const { clock, breaker } = breakerAt()
    fail(breaker, 3)
    clock.now += 5_000
    breaker.admit()!.settle('not-sent')
    const next = breaker.admit()
    expect(next?.probe).toBe(true)
    next!.settle('answered')
    expect(breaker.open).toBe(false)
  })

  test.each<BreakerOutcome>(['answered', 'failed', 'not-sent'])('a ticket counts once, however often it is settled (%s)', outcome => {
    const { breaker } = breakerAt()
    const ticket = breaker.admit()!
    ticket.settle(outcome)
    ticket.settle('failed')
    ticket.settle('failed')
    fail(breaker, outcome === 'failed' ? 1 : 2)
    expect(breaker.open).toBe(false)
  })

  test('open says whether a request would be refused, to the last millisecond of the cooldown', () => {
    const { clock, breaker } = breakerAt()
    fail(breaker, 3)
    clock.now += 4_999
    expect(breaker.open).toBe(true)
    clock.now += 1
    // The cooldown is over: the next request is let through as the probe.
    expect(breaker.open).toBe(false)
    const probe = breaker.admit()!
    expect(probe.probe).toBe(true)
    expect(breaker.open).toBe(true)
    probe.settle('failed')
    expect(breaker.open).toBe(true)
  })

  test('an answer to a request let through before it opened closes it at once: GitHub is up', () => {
    const { breaker } = breakerAt()
    const early = breaker.admit()!
    fail(breaker, 3)
    expect(breaker.open).toBe(true)
    early.settle('answered')
    expect(breaker.open).toBe(false)
    expect(breaker.admit()?.probe).toBe(false)
  })

  test('while the probe is under way, a request from before the breaker opened that sent nothing lets no second probe through', () => {
    const { clock, breaker } = breakerAt()
    const early = breaker.admit()!
    fail(breaker, 3)
    clock.now += 5_000
    const probe = breaker.admit()!
    expect(probe.probe).toBe(true)
    early.settle('not-sent')
    expect(breaker.admit()).toBeUndefined()
    probe.settle('answered')
    expect(breaker.admit()?.probe).toBe(false)
  })

  test('a failure reported after the breaker opened keeps it open for a cooldown from then', () => {
    const { clock, breaker } = breakerAt()
    const late = breaker.admit()!
    fail(breaker, 3)
    clock.now += 4_000
    late.settle('failed')
    clock.now += 4_000
    expect(breaker.admit()).toBeUndefined()
    clock.now += 1_000
    expect(breaker.admit()?.probe).toBe(true)
  })
})
