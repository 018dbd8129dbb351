// Payload shapes real registries send, one table run against both products:
// the action's parser, and the relay's core followed by the action's parser on
// the client_payload it dispatched (what the workflow then reads).
import { describe, expect, test } from 'vitest'
import { PayloadError } from '../../src/errors.js'
import { parseEvent } from '../../src/event/parse.js'
import type { AcrEvent } from '../../src/event/types.js'
import { GlobList } from '../../src/glob-list.js'
import { RelayCore, type Dispatch } from '../../src/relay/core.js'
import { buildOutputs } from '../../src/action/outputs.js'
import { cloneFixture, fixture } from '../support/fixtures.js'

const SECRET = 'real-world-secret-0123456789'
const D = 'sha256:af44d698bd46ce657f1d8e2078bcb3d0e1e1a10cdbe065e1b070ff0085750c74'
const IDX = 'sha256:5b0bcabd1ed22e9fb1310cf6c2dec7cdef19f0ad69efa1f392e94a4333501270'

/** The action's view of the payload: the event, or the refusal's path and message. */
function viaAction(payload: unknown): AcrEvent | PayloadError {
  try {
    return parseEvent(payload, 'body')
  } catch (error) {
    if (error instanceof PayloadError) return error
    throw error
  }
}

/** The relay's view: its answer, and the event the action reads from what it dispatched. */
async function viaRelay(payload: unknown): Promise<{ status: number; field?: string; detail?: string; events: AcrEvent[] }> {
  const sent: Dispatch[] = []
  const core = new RelayCore({
    secret: SECRET,
    routes: [{ repositories: new GlobList(['**']), target: 'org/deploy' }],
    eventTypePrefix: 'acr-',
    dispatcher: async dispatch => {
      sent.push(dispatch)
      return { ok: true, status: 204, attempts: 1, retryable: false }
    }
  })
  const { response } = await core.handle({
    method: 'POST',
    path: '/',
    headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify(payload)
  })
  const body = response.body as { field?: string; detail?: string }
  return {
    status: response.status,
    field: body?.field,
    detail: body?.detail,
    events: sent.map(d => parseEvent(JSON.parse(d.clientPayloadJson), 'client_payload'))
  }
}

const ACCEPTED: Array<[string, unknown, Partial<AcrEvent>]> = [
  [
    'Event Grid, data as a JSON string',
    fixture('eventgrid-push-data-string.json'),
    { action: 'push', tag: 'v1.4.3', digest: D, location: 'westeurope', actor: 'ci-bot', artifact: 'image' }
  ],
  [
    'CloudEvents, data as a JSON string (action from the type)',
    fixture('cloudevents-delete-data-string.json'),
    { action: 'delete', digest: D, tag: undefined }
  ],
  ['"tag": "" on a push by digest', fixture('native-push-empty-tag.json'), { action: 'push', tag: undefined, artifact: 'image' }],
  [
    'a repository delete without a digest',
    fixture('native-delete-repository.json'),
    { action: 'delete', repository: 'team/old-web', digest: undefined, artifact: 'unknown' }
  ],
  [
    'a connected registry (connectedRegistry)',
    fixture('eventgrid-push-connected-registry.json'),
    { connectedRegistry: 'factory-floor-1', location: 'eastus2', registry: undefined }
  ],
  ['a connected registry (connectedregistry)', fixture('native-push-connectedregistry-lowercase.json'), { connectedRegistry: 'factory-floor-2' }],
  ['a multi-arch index, tagged', fixture('native-push-index.json'), { artifact: 'index', tag: 'v2.0.0', digest: IDX }],
  ['one platform manifest of it, by digest', fixture('native-push-platform-manifest.json'), { artifact: 'image', tag: undefined }],
  ['a cosign signature', fixture('native-push-cosign-signature.json'), { artifact: 'signature' }],
  ['a Helm 2 chart event', fixture('native-chart-push.json'), { artifact: 'helm-chart' }]
]

function withData(name: string, data: unknown) {
  const envelope = cloneFixture(name)
  ;(Array.isArray(envelope) ? envelope[0] : envelope).data = data
  return envelope
}

const REFUSED: Array<[string, unknown, RegExp, RegExp]> = [
  [
    'data, a string that is not JSON',
    withData('eventgrid-push-data-string.json', '{"id": '),
    /^body\[0\]\.data \(a JSON string\)$/,
    /is not valid JSON/
  ],
  [
    'data, a string holding an array',
    withData('eventgrid-push-data-string.json', '[1]'),
    /^body\[0\]\.data$/,
    /must be a JSON object \(the ACR event\), or a string holding one/
  ],
  [
    'a push without a digest',
    (() => {
      const e = cloneFixture('native-push.json')
      delete e.target.digest
      return e
    })(),
    /^body\.target\.digest$/,
    /is required for a push event/
  ],
  [
    "the documentation's placeholder digest",
    (() => {
      const e = cloneFixture('native-push.json')
      e.target.digest = 'sha256:xxxxxd698bd46ce657f1d8e2078bcb3d0e1e1a10cdbe065e1b070ff0085750c74'
      return e
    })(),
    /^body\.target\.digest$/,
    /looks like the "xxxx" placeholder in Microsoft's example events; a real event carries a real digest/
  ],
  [
    'a connected registry name with a space',
    (() => {
      const e = cloneFixture('native-push-connectedregistry-lowercase.json')
      e.connectedregistry.name = 'floor 2'
      return e
    })(),
    /^body\.connectedregistry\.name$/,
    /connected registry name/
  ],
  [
    'a location with a slash',
    (() => {
      const e = cloneFixture('eventgrid-push-connected-registry.json')
      e.data.location = 'east/us'
      return e
    })(),
    /^body\.data\.location$/,
    /Azure region/
  ]
]

describe('real-world payloads: the action and the relay agree', () => {
  test.each(ACCEPTED)('%s is accepted by both', async (_name, payload, expected) => {
    const event = viaAction(payload)
    expect(event).not.toBeInstanceOf(PayloadError)
    const relayed = await viaRelay(payload)
    expect(relayed.status).toBe(202)
    expect(relayed.events).toHaveLength(1)
    for (const [key, value] of Object.entries(expected)) {
      expect((event as AcrEvent)[key as keyof AcrEvent], `action: ${key}`).toEqual(value)
      expect(relayed.events[0]![key as keyof AcrEvent], `relay: ${key}`).toEqual(value)
    }
  })

  test.each(REFUSED)('%s is refused by both, at the same path', async (_name, payload, path, message) => {
    const refusal = viaAction(payload)
    expect(refusal).toBeInstanceOf(PayloadError)
    expect((refusal as PayloadError).path).toMatch(path)
    expect((refusal as PayloadError).message).toMatch(message)
    const relayed = await viaRelay(payload)
    expect(relayed.status).toBe(400)
    expect(relayed.field).toMatch(path)
    expect(relayed.detail).toMatch(message)
    expect(relayed.events).toEqual([])
  })
})

describe('real-world payloads: outputs', () => {
  test('an empty tag leaves tag and image empty and sets pinned-image', () => {
    const outputs = buildOutputs(parseEvent(fixture('native-push-empty-tag.json'), 'client_payload'), { matched: true })
    expect(outputs.tag).toBeUndefined()
    expect(outputs.image).toBeUndefined()
    expect(outputs['pinned-image']).toMatch(/^myregistry\.azurecr\.io\/team\/web@sha256:/)
  })

  test('a repository delete leaves digest and pinned-image empty', () => {
    const outputs = buildOutputs(parseEvent(fixture('native-delete-repository.json'), 'client_payload'), { matched: true })
    expect(outputs).toMatchObject({ action: 'delete', repository: 'team/old-web', artifact: 'unknown' })
    expect(outputs.digest).toBeUndefined()
    expect(outputs['pinned-image']).toBeUndefined()
  })

  test('location and connected-registry are outputs; actor only in json', () => {
    const grid = buildOutputs(parseEvent(fixture('eventgrid-push-data-string.json'), 'client_payload'), { matched: true })
    expect(grid.location).toBe('westeurope')
    expect(grid).not.toHaveProperty('actor')
    expect(JSON.parse(grid.json!).actor).toBe('ci-bot')
    const connected = buildOutputs(parseEvent(fixture('eventgrid-push-connected-registry.json'), 'client_payload'), { matched: true })
    expect(connected['connected-registry']).toBe('factory-floor-1')
  })
})
