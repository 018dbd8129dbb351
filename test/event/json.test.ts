// Size checks on untrusted text: a shortcut on the length must agree with the bytes.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { PayloadError } from '../../src/errors.js'
import { checkJsonDepth, describeJsonErrorPosition, isOverUtf8Bytes, parseUntrustedJson } from '../../src/event/json.js'

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

describe('checkJsonDepth', () => {
  /** An array nested `levels` deep: [[…[]…]]. */
  const nested = (levels: number): unknown => (levels === 1 ? [] : [nested(levels - 1)])

  test.each([
    ['a scalar', 'text', 1],
    ['null', null, 1],
    ['an object at the limit', { a: { b: {} } }, 3],
    ['an array at the limit', nested(3), 3]
  ])('%s passes', (_name, value, maxDepth) => {
    expect(() => checkJsonDepth(value, 'payload', maxDepth)).not.toThrow()
  })

  test.each([
    ['arrays, by index', nested(4), 'payload[0][0][0]'],
    ['objects, by key', { a: { b: { c: {} } } }, 'payload.a.b.c'],
    ['mixed, the first too deep after shallow siblings', { ok: 1, list: ['x', { deep: [[]] }] }, 'payload.list[1].deep'],
    ['the later of two siblings', [[], [[[]]]], 'payload[1][0][0]']
  ])('%s: the path of the first container too deep', (_name, value, where) => {
    expect(() => checkJsonDepth(value, 'payload', 3)).toThrow(
      new PayloadError(where, 'is nested deeper than 3 levels of arrays and objects; an ACR event needs about 5')
    )
  })

  test('the default bound is 32 levels', () => {
    expect(() => checkJsonDepth(nested(32), 'p')).not.toThrow()
    expect(() => checkJsonDepth(nested(33), 'p')).toThrow(/^p(\[0\]){32}: is nested deeper than 32 levels/)
  })
})

describe('parseUntrustedJson', () => {
  test('parses within the bounds', () => {
    expect(parseUntrustedJson('{"a":[1]}', 'payload')).toEqual({ a: [1] })
  })

  test('refuses more bytes than the bound, counted in UTF-8', () => {
    expect(() => parseUntrustedJson('"éé"', 'payload', 5)).toThrow(new PayloadError('payload', 'is larger than 5 bytes'))
    expect(parseUntrustedJson('"éé"', 'payload', 6)).toBe('éé')
  })

  test('refuses a value nested too deep, rooted at the path', () => {
    expect(() => parseUntrustedJson(`${'['.repeat(40)}${']'.repeat(40)}`, 'client_payload')).toThrow(/^client_payload(\[0\]){32}: is nested/)
  })

  test.each([
    // V8 names no position for a bad token any more, only the text around it, which is not ours to print.
    ['a bad token', '{"a": tru}', /^payload: is not valid JSON$/],
    ['cut short', '{"action":', /^payload: is not valid JSON at line 1, column 11 \(the end\)$/],
    ['empty', '', /^payload: is not valid JSON at line 1, column 1 \(the end\)$/]
  ])('%s: the position when known, never the text', (_name, text, message) => {
    expect(() => parseUntrustedJson(text, 'payload')).toThrow(message)
  })
})

describe('describeJsonErrorPosition', () => {
  test.each([
    ['a position', new SyntaxError('Unexpected token x in JSON at position 12'), 'ab\ncdefghijklmnop', ' at line 2, column 10'],
    ['the end of input', new SyntaxError('Unexpected end of JSON input'), 'ab\nc', ' at line 2, column 2 (the end)'],
    ['the end of data', new SyntaxError('unexpected end of data'), 'abc', ' at line 1, column 4 (the end)'],
    ['no position', new SyntaxError('Bad control character'), 'abc', ''],
    ['not an Error', 'at position 3', 'abcdef', '']
  ])('%s', (_name, error, text, expected) => {
    expect(describeJsonErrorPosition(error, text)).toBe(expected)
  })
})
