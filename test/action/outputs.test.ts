import { describe, expect, test } from 'vitest'
import { parseEvent } from '../../src/event/parse.js'
import { buildOutputs, summaryRows } from '../../src/action/outputs.js'
import { fixture } from '../support/fixtures.js'

const matched = { matched: true } as const
const parsed = (name: string) => parseEvent(fixture(name), 'client_payload')

describe('buildOutputs', () => {
  test('a tagged push gets image and pinned-image', () => {
    const outputs = buildOutputs(parsed('native-push.json'), matched)
    expect(outputs.image).toBe('myregistry.azurecr.io/team/web:v1.4.2')
    expect(outputs['pinned-image']).toBe(`myregistry.azurecr.io/team/web@${outputs.digest}`)
    expect(outputs.size).toBe('524')
    expect(outputs.matched).toBe('true')
  })

  test('a push by digest has a pinned-image but no image', () => {
    const outputs = buildOutputs(parsed('native-push-by-digest.json'), matched)
    expect(outputs.tag).toBeUndefined()
    expect(outputs.image).toBeUndefined()
    expect(outputs['pinned-image']).toMatch(/^myregistry\.azurecr\.io\/team\/web@sha256:/)
  })

  test('a chart event has no registry, so neither image output', () => {
    const outputs = buildOutputs(parsed('native-chart-push.json'), matched)
    expect(outputs).toMatchObject({ repository: 'repo', 'chart-name': 'wordpress', 'chart-version': '5.4.0.tgz' })
    expect(outputs.registry).toBeUndefined()
    expect(outputs.image).toBeUndefined()
    expect(outputs['pinned-image']).toBeUndefined()
  })

  test('a ping sets only what it has', () => {
    expect(Object.keys(buildOutputs(parsed('native-ping.json'), matched))).toEqual(['matched', 'action', 'json'])
  })

  test('json carries the outputs under camelCase names and the free text', () => {
    const outputs = buildOutputs(parsed('eventgrid-push.json'), matched)
    const json = JSON.parse(outputs.json!)
    expect(json).toMatchObject({
      action: 'push',
      repository: outputs.repository,
      tag: outputs.tag,
      digest: outputs.digest,
      registry: outputs.registry,
      pinnedImage: outputs['pinned-image'],
      eventId: outputs['event-id'],
      shape: 'event-grid',
      matched: true
    })
    expect(json.request.userAgent).toContain('UpstreamClient(Docker-Client/27.3.1')
  })

  test('an unmatched event keeps nothing a deploy step could use', () => {
    const outputs = buildOutputs(parsed('native-push.json'), { matched: false, reason: 'tag "v1.4.2" does not match tags "latest"' })
    expect(Object.keys(outputs).sort()).toEqual(['action', 'event-id', 'json', 'matched', 'timestamp'])
    expect(outputs.matched).toBe('false')
    const json = JSON.parse(outputs.json!)
    expect(json).toEqual({
      action: 'push',
      eventId: 'cb8c3971-9adc-488b-b1f6-43cbb4974ff5',
      timestamp: '2026-11-17T16:52:01.343145347Z',
      matched: false,
      reason: 'tag "v1.4.2" does not match tags "latest"'
    })
  })
  test('an unmatched event still names the Docker config source-client changed: the header is in effect either way', () => {
    const outputs = buildOutputs(parsed('native-push.json'), { matched: false, reason: 'x' }, { dockerConfig: '/home/runner/.docker/config.json' })
    expect(outputs['docker-config']).toBe('/home/runner/.docker/config.json')
    expect(outputs.repository).toBeUndefined()
  })
})

describe('summaryRows', () => {
  test('shows the image, or the repository when there is no image', () => {
    const labels = (name: string) => Object.fromEntries(summaryRows(parsed(name), matched).map(r => [r.label, r.value]))
    expect(labels('native-push.json').Image).toBe('myregistry.azurecr.io/team/web:v1.4.2')
    expect(labels('native-delete.json').Image).toBe('team/web')
    expect(labels('native-ping.json')).toEqual({ Action: 'ping', Matched: 'yes' })
  })
})

describe('attestation outputs', () => {
  const event = () => parsed('native-push.json')
  const attestation = {
    digest: `sha256:${'a'.repeat(64)}`,
    predicateType: 'https://slsa.dev/provenance/v1',
    signerWorkflow: 'octo-org/web/.github/workflows/release.yml@refs/heads/main',
    sourceRepository: 'octo-org/web',
    identity: 'https://github.com/octo-org/web/.github/workflows/release.yml@refs/heads/main'
  }

  test.each([
    ['no verify', undefined, { attestation: undefined, 'signer-workflow': undefined, 'source-repository': undefined }],
    ['verify without an identity input: "" rather than unset', { mode: 'digest' as const, platforms: [] }, { attestation: '' }],
    [
      'an attestation that met the policy',
      { mode: 'tag' as const, platforms: [], attestation },
      { attestation: 'verified', 'signer-workflow': attestation.signerWorkflow, 'source-repository': 'octo-org/web' }
    ]
  ])('%s', (_, verified, expected) => {
    const outputs = buildOutputs(event(), matched, { verified })
    for (const [name, value] of Object.entries(expected)) expect(outputs[name as keyof typeof outputs], name).toBe(value)
  })

  test('an unmatched event sets none of them', () => {
    const outputs = buildOutputs(event(), { matched: false, reason: 'x' }, { verified: { mode: 'digest', platforms: [], attestation } })
    expect(outputs).not.toHaveProperty('attestation')
    expect(outputs).not.toHaveProperty('signer-workflow')
  })

  test.each([
    [
      'a GitHub workflow: the predicate, the digest, the workflow and the source',
      attestation,
      `https://slsa.dev/provenance/v1 of ${attestation.digest}, signed by ${attestation.signerWorkflow}, built from octo-org/web`
    ],
    [
      'a cosign signature made outside GitHub: the certificate identity, and no source',
      {
        digest: attestation.digest,
        predicateType: 'https://sigstore.dev/cosign/sign/v1',
        identity: 'release@example.com'
      },
      `https://sigstore.dev/cosign/sign/v1 of ${attestation.digest}, signed by release@example.com`
    ]
  ])('the summary row of %s', (_, attested, row) => {
    const rows = summaryRows(event(), matched, { mode: 'digest', platforms: [], attestation: attested })
    expect(rows.find(row => row.label === 'Attestation')?.value).toBe(row)
  })
})

describe('with verify', () => {
  test.each([
    [
      'an index: platforms listed',
      { mode: 'tag' as const, platforms: ['linux/amd64', 'linux/arm64'] },
      'linux/amd64,linux/arm64',
      ['linux/amd64', 'linux/arm64']
    ],
    ['not an index: platforms set empty, so that "" means "not an index"', { mode: 'digest' as const, platforms: [] }, '', undefined]
  ])('%s', (_name, verified, platforms, inJson) => {
    const outputs = buildOutputs(parsed('native-push.json'), matched, { verified })
    expect(outputs.platforms).toBe(platforms)
    const json = JSON.parse(outputs.json!)
    expect(json.platforms).toEqual(inJson)
    expect(json.verified).toBe(verified.mode)
  })

  test('without verify there is no platforms output at all', () => {
    expect(buildOutputs(parsed('native-push.json'), matched).platforms).toBeUndefined()
  })
})

describe('summaryRows, every row', () => {
  test('a verified push of an index, matched', () => {
    expect(summaryRows(parsed('native-push.json'), matched, { mode: 'tag', platforms: ['linux/amd64', 'linux/arm64'] })).toEqual([
      { label: 'Action', value: 'push' },
      { label: 'Artifact', value: parsed('native-push.json').artifact },
      { label: 'Image', value: 'myregistry.azurecr.io/team/web:v1.4.2' },
      { label: 'Digest', value: parsed('native-push.json').digest },
      { label: 'Registry', value: 'myregistry.azurecr.io' },
      { label: 'Time', value: '2026-11-17T16:52:01.343145347Z' },
      { label: 'Platforms', value: 'linux/amd64, linux/arm64' },
      { label: 'Verified', value: 'digest and tag, against the registry' },
      { label: 'Matched', value: 'yes' }
    ])
  })

  test('verified by digest, not an index, not matched: no platforms row, and the reason', () => {
    const rows = summaryRows(parsed('native-push.json'), { matched: false, reason: 'stale: x' }, { mode: 'digest', platforms: [] })
    expect(rows.map(r => r.label)).not.toContain('Platforms')
    expect(rows.slice(-2)).toEqual([
      { label: 'Verified', value: 'digest, against the registry' },
      { label: 'Matched', value: 'no: stale: x' }
    ])
  })
})
