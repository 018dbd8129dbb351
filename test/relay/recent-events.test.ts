// The relay's duplicate window on its own: how long an accepted event is
// remembered, and which ones go first once the window is full.
import { describe, expect, test } from 'vitest'
import { RecentEvents } from '../../src/relay/recent-events.js'

const WINDOW = 10_000

describe('RecentEvents', () => {
  test('an event is remembered for the window and not a millisecond longer', () => {
    const recent = new RecentEvents(WINDOW, 100)
    recent.remember('a', 1_000)
    expect(recent.has('a', 1_000)).toBe(true)
    expect(recent.has('a', 1_000 + WINDOW - 1)).toBe(true)
    expect(recent.has('a', 1_000 + WINDOW)).toBe(false)
    expect(recent.has('b', 1_000)).toBe(false)
  })

  test('events out of the window are forgotten as new ones arrive', () => {
    const recent = new RecentEvents(WINDOW, 100)
    for (let i = 0; i < 10; i++) recent.remember(`old-${i}`, i)
    recent.remember('new', 9 + WINDOW)
    expect(recent.size).toBe(1)
    expect(recent.has('new', 9 + WINDOW)).toBe(true)
  })

  test('past the bound, the oldest are forgotten first and the size stays at the bound', () => {
    const recent = new RecentEvents(WINDOW, 3)
    for (const [key, at] of [
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
      ['e', 5]
    ] as const) {
      recent.remember(key, at)
      expect(recent.size).toBeLessThanOrEqual(3)
    }
    expect(['a', 'b', 'c', 'd', 'e'].filter(key => recent.has(key, 6))).toEqual(['c', 'd', 'e'])
  })

  test('an event accepted twice is kept until its later acceptance is the oldest', () => {
    const recent = new RecentEvents(WINDOW, 3)
    recent.remember('a', 1)
    recent.remember('b', 2)
    recent.remember('a', 3)
    recent.remember('c', 4) // the ring is full: the first "a" goes, and must not take the second with it
    expect(recent.has('a', 5)).toBe(true)
    recent.remember('d', 5) // "b" goes
    expect(recent.has('a', 6)).toBe(true)
    recent.remember('e', 6) // now the second "a" goes
    expect(['a', 'b', 'c', 'd', 'e'].filter(key => recent.has(key, 7))).toEqual(['c', 'd', 'e'])
  })

  test('the bound holds over many times its size, with every recent event still known', () => {
    const bound = 1_000
    const recent = new RecentEvents(WINDOW, bound)
    for (let i = 0; i < 25_000; i++) recent.remember(`id-${i}`, 5_000 + Math.floor(i / 10))
    expect(recent.size).toBe(bound)
    const now = 5_000 + 2_500
    expect(recent.has('id-24999', now)).toBe(true)
    expect(recent.has(`id-${25_000 - bound}`, now)).toBe(true)
    expect(recent.has(`id-${25_000 - bound - 1}`, now)).toBe(false)
  })
})
