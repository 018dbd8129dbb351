// Which events verify cannot check, before any request, and why: the reason is what the user reads.
import { describe, expect, test } from 'vitest'
import { unverifiableReason } from '../../src/action/verify.js'
import { parseEvent } from '../../src/event/parse.js'
import { fixture } from '../support/fixtures.js'

const parsed = (name: string) => parseEvent(fixture(name), 'client_payload')

describe('unverifiableReason', () => {
  test.each([
    ['native-push.json', 'tag', undefined],
    ['native-push.json', 'digest', undefined],
    ['native-delete.json', 'tag', undefined],
    ['native-ping.json', 'digest', 'a ping names no manifest, so verify: digest cannot check it'],
    [
      'native-chart-push.json',
      'digest',
      'the chart_push event carries no registry host (chart events and events from connected registries name none), so verify: digest cannot check it against a registry'
    ],
    [
      'native-delete-repository.json',
      'tag',
      'the delete event names no manifest digest (a whole repository deleted), so verify: tag cannot check it'
    ],
    [
      'native-push-by-digest.json',
      'tag',
      'the push event has no tag (a push by digest), so verify: tag cannot check that a tag still points at it; use verify: digest for such events'
    ],
    ['native-push-by-digest.json', 'digest', undefined]
  ] as const)('%s with verify: %s', (name, mode, reason) => {
    expect(unverifiableReason(parsed(name), mode)).toBe(reason)
  })

  test('an event from a connected registry names it', () => {
    const event = { ...parsed('native-push.json'), registry: undefined, connectedRegistry: 'edge-1' }
    expect(unverifiableReason(event, 'digest')).toBe(
      'the push event carries no registry host (it comes from the connected registry edge-1, whose events name no host), so verify: digest cannot check it against a registry'
    )
  })
})
