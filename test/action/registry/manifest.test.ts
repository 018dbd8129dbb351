// What a manifest read from the registry says it is: artifact refinement and
// platforms, from manifests shaped as buildx, helm, cosign and syft push them.
import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { bodyMatchesDigest, describeManifest, type ManifestFacts } from '../../../src/action/registry/manifest.js'
import { PayloadError } from '../../../src/errors.js'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json'
const d = (n: number) => ({ digest: `sha256:${String(n).repeat(64).slice(0, 64)}`, size: 1 })
const image = (config: string, ...layers: string[]) => ({
  schemaVersion: 2,
  mediaType: OCI_MANIFEST,
  config: { mediaType: config, ...d(1) },
  layers: layers.map(mediaType => ({ mediaType, ...d(2) }))
})
const platform = (os: string, architecture: string, variant?: string) => ({
  mediaType: OCI_MANIFEST,
  ...d(3),
  platform: { os, architecture, ...(variant ? { variant } : {}) }
})
const push = { action: 'push' as const }

describe('describeManifest', () => {
  test.each<[string, object, ManifestFacts]>([
    ['an image', image(OCI_CONFIG, 'application/vnd.oci.image.layer.v1.tar+gzip'), { mediaType: OCI_MANIFEST, artifact: 'image', platforms: [] }],
    [
      'a Docker schema 2 image',
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        config: { mediaType: 'application/vnd.docker.container.image.v1+json', ...d(1) },
        layers: [{ mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip', ...d(2) }]
      },
      { mediaType: 'application/vnd.docker.distribution.manifest.v2+json', artifact: 'image', platforms: [] }
    ],
    [
      'a Helm chart (helm push)',
      image('application/vnd.cncf.helm.config.v1+json', 'application/vnd.cncf.helm.chart.content.v1.tar+gzip'),
      { mediaType: OCI_MANIFEST, artifact: 'helm-chart', platforms: [] }
    ],
    [
      'a cosign signature (simplesigning layers)',
      image(OCI_CONFIG, 'application/vnd.dev.cosign.simplesigning.v1+json', 'application/vnd.dev.cosign.simplesigning.v1+json'),
      { mediaType: OCI_MANIFEST, artifact: 'signature', platforms: [] }
    ],
    [
      'a cosign attestation (DSSE envelope layers)',
      image(OCI_CONFIG, 'application/vnd.dsse.envelope.v1+json'),
      { mediaType: OCI_MANIFEST, artifact: 'attestation', platforms: [] }
    ],
    ['an SPDX SBOM attached as a layer', image(OCI_CONFIG, 'text/spdx+json'), { mediaType: OCI_MANIFEST, artifact: 'sbom', platforms: [] }],
    [
      'an OCI 1.1 artifact with artifactType (CycloneDX) and the empty config',
      { ...image('application/vnd.oci.empty.v1+json', 'application/vnd.cyclonedx+json'), artifactType: 'application/vnd.cyclonedx+json' },
      { mediaType: OCI_MANIFEST, artifact: 'sbom', platforms: [] }
    ],
    [
      'a notation signature (artifactType)',
      { ...image('application/vnd.oci.empty.v1+json', 'application/jose+json'), artifactType: 'application/vnd.cncf.notary.signature' },
      { mediaType: OCI_MANIFEST, artifact: 'signature', platforms: [] }
    ],
    [
      'an index of two platforms, with buildx attestation manifests left out',
      {
        schemaVersion: 2,
        mediaType: OCI_INDEX,
        manifests: [platform('linux', 'amd64'), platform('linux', 'arm64', 'v8'), platform('unknown', 'unknown'), platform('unknown', 'unknown')]
      },
      { mediaType: OCI_INDEX, artifact: 'index', platforms: ['linux/amd64', 'linux/arm64/v8'] }
    ],
    [
      'a Docker manifest list, a platform twice, one entry without a platform',
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json',
        manifests: [platform('linux', 'amd64'), platform('windows', 'amd64'), platform('linux', 'amd64'), { mediaType: OCI_MANIFEST, ...d(4) }]
      },
      { mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json', artifact: 'index', platforms: ['linux/amd64', 'windows/amd64'] }
    ]
  ])('%s', (_name, manifest, expected) => {
    expect(describeManifest(JSON.stringify(manifest), undefined, push, 'manifest')).toEqual(expected)
  })

  test('a manifest without mediaType takes the Content-Type header', () => {
    const { mediaType: _, ...bare } = image(OCI_CONFIG, 'application/vnd.oci.image.layer.v1.tar+gzip')
    expect(describeManifest(JSON.stringify(bare), `${OCI_MANIFEST}; charset=utf-8`, push, 'manifest')).toMatchObject({
      mediaType: OCI_MANIFEST,
      artifact: 'image'
    })
  })

  test('a cosign tag still says signature, whatever the layers', () => {
    const tag = `sha256-${'a'.repeat(64)}.sig`
    expect(
      describeManifest(JSON.stringify(image(OCI_CONFIG, 'application/vnd.oci.image.layer.v1.tar+gzip')), undefined, { action: 'push', tag }, 'm')
        .artifact
    ).toBe('signature')
  })

  test.each([
    [
      'a platform with a shell character',
      { mediaType: OCI_INDEX, manifests: [platform('linux', 'amd64;rm')] },
      'manifest.manifests[0].platform.architecture: must be a platform name'
    ],
    [
      'a platform without an os',
      { mediaType: OCI_INDEX, manifests: [{ ...d(1), platform: { architecture: 'amd64' } }] },
      'manifest.manifests[0].platform.os'
    ],
    ['a media type with a "$"', { mediaType: 'application/$(x)' }, 'manifest.mediaType: must be a media type'],
    ['an artifactType that is not a string', { mediaType: OCI_MANIFEST, artifactType: 1 }, 'manifest.artifactType'],
    ['a config media type with a line break', { mediaType: OCI_MANIFEST, config: { mediaType: 'a/b\nc' } }, 'manifest.config.mediaType'],
    ['not an object', [], 'manifest: must be a JSON object']
  ])('refuses %s, naming where', (_name, manifest, message) => {
    expect(() => describeManifest(JSON.stringify(manifest), undefined, push, 'manifest')).toThrow(PayloadError)
    expect(() => describeManifest(JSON.stringify(manifest), undefined, push, 'manifest')).toThrow(message)
  })

  test('refuses a body that is not JSON', () => {
    expect(() => describeManifest('<html>', undefined, push, 'manifest r@d')).toThrow('manifest r@d: is not valid JSON')
  })
})

describe('bodyMatchesDigest', () => {
  const body = Buffer.from('{"schemaVersion":2}')
  test.each([
    ['sha256', `sha256:${createHash('sha256').update(body).digest('hex')}`, true],
    ['sha512', `sha512:${createHash('sha512').update(body).digest('hex')}`, true],
    ['another sha256', `sha256:${'0'.repeat(64)}`, false],
    ['blake3, which Node cannot compute', `blake3:${'0'.repeat(64)}`, undefined]
  ])('%s', (_name, digest, expected) => expect(bodyMatchesDigest(body, digest)).toBe(expected))
})
