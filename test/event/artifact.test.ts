// The artifact rules of the table in docs/gating.md, in its order, without a payload.
import { describe, expect, test } from 'vitest'
import { classifyArtifact, type ArtifactClues } from '../../src/event/artifact.js'

const hex = 'af44d698bd46ce657f1d8e2078bcb3d0e1e1a10cdbe065e1b070ff0085750c74'
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'

describe('classifyArtifact', () => {
  test.each<[string, ArtifactClues, string]>([
    ['a chart_push', { action: 'chart_push', mediaType: 'application/vnd.acr.helm.chart' }, 'helm-chart'],
    ['a chart_delete', { action: 'chart_delete' }, 'helm-chart'],
    ['a Helm media type on a push', { action: 'push', mediaType: 'application/vnd.cncf.helm.chart.content.v1.tar+gzip' }, 'helm-chart'],
    ['a Helm artifact type', { action: 'push', mediaType: OCI_MANIFEST, artifactType: 'application/vnd.cncf.helm.config.v1+json' }, 'helm-chart'],
    ['a cosign signature tag', { action: 'push', mediaType: OCI_MANIFEST, tag: `sha256-${hex}.sig` }, 'signature'],
    ['a cosign attestation tag', { action: 'push', mediaType: OCI_MANIFEST, tag: `sha256-${hex}.att` }, 'attestation'],
    ['a cosign SBOM tag', { action: 'push', mediaType: OCI_MANIFEST, tag: `sha256-${hex}.sbom` }, 'sbom'],
    [
      'a notation signature (artifact type)',
      { action: 'push', mediaType: OCI_MANIFEST, artifactType: 'application/vnd.cncf.notary.signature' },
      'signature'
    ],
    [
      'an in-toto attestation (artifact type)',
      { action: 'push', mediaType: OCI_MANIFEST, artifactType: 'application/vnd.in-toto+json' },
      'attestation'
    ],
    ['an SPDX SBOM (artifact type)', { action: 'push', mediaType: OCI_MANIFEST, artifactType: 'application/spdx+json' }, 'sbom'],
    ['an OCI image index', { action: 'push', mediaType: 'application/vnd.oci.image.index.v1+json', tag: 'v2.0.0' }, 'index'],
    ['a Docker manifest list', { action: 'push', mediaType: 'application/vnd.docker.distribution.manifest.list.v2+json' }, 'index'],
    ['an OCI image manifest', { action: 'push', mediaType: OCI_MANIFEST, tag: 'v1.4.2' }, 'image'],
    ['a Docker v2 manifest', { action: 'push', mediaType: 'application/vnd.docker.distribution.manifest.v2+json' }, 'image'],
    ['a Docker v1 manifest', { action: 'push', mediaType: 'application/vnd.docker.distribution.manifest.v1+json' }, 'image'],
    ['a signed Docker v1 manifest', { action: 'push', mediaType: 'application/vnd.docker.distribution.manifest.v1+prettyjws' }, 'image'],
    ['a tag that only ends like cosign', { action: 'push', mediaType: OCI_MANIFEST, tag: `v1-sha256-${hex}.sig` }, 'image'],
    [
      'an artifact type that only holds a Helm type',
      { action: 'push', mediaType: OCI_MANIFEST, artifactType: 'application/x.application/vnd.cncf.helm.config.v1+json' },
      'image'
    ],
    [
      'an artifact type that only holds cosign simple signing',
      { action: 'push', mediaType: OCI_MANIFEST, artifactType: 'application/x.application/vnd.dev.cosign.simplesigning.v1+json' },
      'image'
    ],
    [
      'cosign simple signing (artifact type)',
      { action: 'push', mediaType: OCI_MANIFEST, artifactType: 'application/vnd.dev.cosign.simplesigning.v1+json' },
      'signature'
    ],
    ['a media type in upper case', { action: 'push', mediaType: 'application/vnd.OCI.image.index.v1+json' }, 'index'],
    ['a tag that only resembles cosign', { action: 'push', mediaType: OCI_MANIFEST, tag: 'sha256-abc.sig' }, 'image'],
    ['a tag named like a signature of a short digest', { action: 'push', mediaType: OCI_MANIFEST, tag: `sha256-${hex}.sig2` }, 'image'],
    ['no media type', { action: 'delete' }, 'unknown'],
    [
      'an artifact manifest of an unknown type',
      { action: 'push', mediaType: 'application/vnd.oci.artifact.manifest.v1+json', artifactType: 'application/vnd.example.thing' },
      'unknown'
    ]
  ])('%s → %s', (_name, clues, expected) => {
    expect(classifyArtifact(clues)).toBe(expected)
  })
})
