// Size checks on untrusted text: a shortcut on the length must agree with the bytes.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { isOverUtf8Bytes } from '../../src/event/json.js'

describe('isOverUtf8Bytes', () => {
  test.each([
    ['ascii at the limit', 'a'.repeat(10), 10, false],
    ['ascii one over', 'a'.repeat(11), 10, true],
    ['é is two bytes: 6 of them in 12', 'é'.repeat(6), 12, false],
    ['é is two bytes: 7 of them in 12', 'é'.repeat(7), 12, true],
    ['€ is three bytes', '€'.repeat(4), 11, true],
    ['a surrogate pair is four bytes', '😀'.repeat(3), 12, false],
    ['a surrogate pair is four bytes, one over', '😀'.repeat(3), 11, true],
    ['a lone surrogate is written as three bytes', '\ud800'.repeat(4), 11, true]
  ])('%s', (_name, text, limit, over) => {
    expect(isOverUtf8Bytes(text, limit)).toBe(over)
  })

  test('agrees with Buffer.byteLength on any text and limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat({ max: 800 }), (text, limit) => {
        expect(isOverUtf8Bytes(text, limit)).toBe(Buffer.byteLength(text) > limit)
      }),
      { numRuns: 2000 }
    )
  })
})
