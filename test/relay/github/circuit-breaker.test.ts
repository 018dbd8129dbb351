// The breaker in front of GitHub, on a clock the test moves.
import { describe, expect, test } from 'vitest'
import { CircuitBreaker } from '../../../src/relay/github/dispatcher.js'

function breakerAt(start = 1_000_000) {
  const clock = { now: start }
  return { clock, breaker: new CircuitBreaker(() => clock.now, 3, 5_000) }
}

describe('CircuitBreaker', () => {
  test('stays closed below the threshold, and a success resets the count', () => {
    const { breaker } = breakerAt()
    breaker.failed()
    breaker.failed()
    expect(breaker.allow()).toBe(true)
    breaker.succeeded()
    breaker.failed()
    breaker.failed()
    expect(breaker.allow()).toBe(true)
  })

  test('opens at the threshold for the cooldown, saying how long', () => {
    const { clock, breaker } = breakerAt()
    for (let i = 0; i < 3; i++) breaker.failed()
    expect(breaker.allow()).toBe(false)
    expect(breaker.retryAfterSeconds()).toBe(5)
    clock.now += 4_001
    expect(breaker.allow()).toBe(false)
    expect(breaker.retryAfterSeconds()).toBe(1)
  })

  test('after the cooldown lets exactly one probe through; its success closes the breaker', () => {
    const { clock, breaker } = breakerAt()
    for (let i = 0; i < 3; i++) breaker.failed()
    clock.now += 5_000
    expect(breaker.allow()).toBe(true)
    expect(breaker.allow()).toBe(false)
    breaker.succeeded()
    expect(breaker.allow()).toBe(true)
    expect(breaker.allow()).toBe(true)
  })

  test('a failed probe opens it again for a whole cooldown', () => {
    const { clock, breaker } = breakerAt()
    for (let i = 0; i < 3; i++) breaker.failed()
    clock.now += 5_000
    expect(breaker.allow()).toBe(true)
    breaker.failed()
    expect(breaker.allow()).toBe(false)
    clock.now += 4_999
    expect(breaker.allow()).toBe(false)
    clock.now += 1
    expect(breaker.allow()).toBe(true)
  })
})
