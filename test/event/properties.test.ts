// Whatever arrives, the action ends in grammar-checked outputs or one
// PayloadError: never a crash, never a value a shell would interpret.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { PayloadError } from '../../src/errors.js'
import {
  digestRule,
  hostRule,
  mediaTypeRule,
  repositoryRule,
  tagRule,
  timestampRule,
  eventIdRule,
  chartNameRule,
  chartVersionRule,
  type Rule
} from '../../src/event/grammar.js'
import { parseEvent } from '../../src/event/parse.js'
import { ACR_ACTIONS } from '../../src/event/types.js'
import { buildOutputs, type OutputName } from '../../src/action/outputs.js'
import { cloneFixture, fixtureNames } from '../support/fixtures.js'

const SHELL_SAFE = /^[A-Za-z0-9._:/@+-]*$/
const outputRules: Partial<Record<OutputName, Rule>> = {
  repository: repositoryRule,
  tag: tagRule,
  digest: digestRule,
  registry: hostRule,
  'media-type': mediaTypeRule,
  timestamp: timestampRule,
  'event-id': eventIdRule,
  'chart-name': chartNameRule,
  'chart-version': chartVersionRule
}

function checkOutcome(payload: unknown): 'accepted' | 'refused' {
  let event
  try {
    event = parseEvent(payload, 'client_payload')
  } catch (error) {
    expect(error).toBeInstanceOf(PayloadError)
    expect((error as Error).message).toMatch(/^client_payload/)
    expect((error as Error).message).not.toMatch(/[\u0000-\u001f]/)
    return 'refused'
  }
  const outputs = buildOutputs(event, { matched: true })
  for (const [name, value] of Object.entries(outputs) as Array<[OutputName, string]>) {
    if (name === 'json') {
      expect(() => JSON.parse(value)).not.toThrow()
      continue
    }
    expect(value, name).toMatch(SHELL_SAFE)
    const rule = outputRules[name]
    if (rule) expect(rule.test(value), `${name}=${value}`).toBe(true)
  }
  expect(ACR_ACTIONS).toContain(outputs.action)
  return 'accepted'
}

// Strings that are valid, nearly valid, or hostile, so that mutations hit every branch.
const interestingString = fc.oneof(
  fc.string(),
  fc.constantFrom('v1', 'latest', 'team/web', 'Team/Web', '$(id)', '`id`', 'a;b', 'a\nb', '', ' ', '__proto__', 'push', 'ping', 'chart_push'),
  fc.stringMatching(/^[a-z0-9]{1,8}(\/[a-z0-9]{1,8}){0,3}$/),
  fc.stringMatching(/^sha256:[a-f0-9]{62,66}$/),
  fc.stringMatching(/^[A-Za-z0-9_.$`;|&-]{1,130}$/)
)
const anyValue = fc.oneof(interestingString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }))

const baseEvents = fixtureNames()
const fieldPaths = [
  ['action'],
  ['id'],
  ['timestamp'],
  ['target'],
  ['target', 'repository'],
  ['target', 'tag'],
  ['target', 'digest'],
  ['target', 'mediaType'],
  ['target', 'size'],
  ['target', 'length'],
  ['target', 'name'],
  ['target', 'version'],
  ['request'],
  ['request', 'host'],
  ['request', 'useragent']
]

/** Finds the native event inside any fixture shape, so mutations land where the parser reads. */
function nativeOf(payload: any): any {
  if (Array.isArray(payload)) return nativeOf(payload[0])
  if (payload.eventType || payload.specversion || (!payload.action && !payload.target)) return payload.data
  return payload
}

describe('properties of parseEvent', () => {
  test('any JSON value ends in outputs or one PayloadError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), value => void checkOutcome(value)),
      { numRuns: 2000 }
    )
  })

  test('fixtures with any field replaced or removed end in grammar-checked outputs or one PayloadError', () => {
    const mutation = fc.record({
      base: fc.constantFrom(...baseEvents),
      path: fc.constantFrom(...fieldPaths),
      value: fc.option(anyValue, { nil: undefined })
    })
    const outcomes = { accepted: 0, refused: 0 }
    fc.assert(
      fc.property(mutation, ({ base, path, value }) => {
        const payload = cloneFixture(base)
        const native = nativeOf(payload)
        const parent = path.slice(0, -1).reduce((node: any, key) => (node && typeof node === 'object' ? node[key] : undefined), native)
        if (parent && typeof parent === 'object') {
          if (value === undefined) delete parent[path.at(-1)!]
          else parent[path.at(-1)!] = value
        }
        outcomes[checkOutcome(payload)]++
      }),
      { numRuns: 3000 }
    )
    // Both outcomes were exercised, so the property said something about each.
    expect(outcomes.accepted).toBeGreaterThan(100)
    expect(outcomes.refused).toBeGreaterThan(100)
  })
})
