import { describe, expect, test } from 'vitest'
import { allowsEveryHost } from '../../src/action/inputs.js'

describe('allowsEveryHost: registries patterns verify refuses', () => {
  test.each([
    ['*', true],
    ['**', true],
    ['?*', true],
    ['*.*', true],
    ['*:*', true],
    ['*:5000', true],
    ['[a-z]*.[a-z]*', true],
    ['*.azurecr.io', false],
    ['myregistry.azurecr.io', false],
    ['*.io', false],
    ['localhost:*', false],
    ['127.0.0.1:*', false],
    ['[::1]:5000', false],
    ['[::1]', false]
  ])('%s: %s', (pattern, expected) => {
    expect(allowsEveryHost(pattern)).toBe(expected)
  })
})
