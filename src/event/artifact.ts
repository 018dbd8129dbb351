// What a pushed (or deleted) manifest is, from what the event carries: its
// action, its media type and its tag. A registry receives more than images:
// buildx pushes one manifest per platform and then the index, cosign pushes
// signatures, attestations and SBOMs under tags named after the signed
// digest, Helm 3 pushes charts as OCI artifacts. Pure; the table in
// docs/gating.md ("What was pushed") lists these rules in this order.
import type { AcrAction } from './types.js'

export const ARTIFACTS = ['index', 'image', 'signature', 'attestation', 'sbom', 'helm-chart', 'unknown'] as const
export type Artifact = (typeof ARTIFACTS)[number]

export function isArtifact(value: unknown): value is Artifact {
  return (ARTIFACTS as readonly unknown[]).includes(value)
}

const INDEX_MEDIA_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'])
const IMAGE_MEDIA_TYPES = new Set([
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v1+prettyjws'
])
/** cosign's tag conventions: sha256-<hex of the signed manifest>.<kind>. */
const COSIGN_TAG = /^sha256-[a-f0-9]{64}\.(sig|att|sbom)$/
const COSIGN_KINDS: Readonly<Record<string, Artifact>> = { sig: 'signature', att: 'attestation', sbom: 'sbom' }

/** OCI 1.1 artifact types (target.artifactType, when a registry sends it), by what they name. */
const ARTIFACT_TYPES: ReadonlyArray<[RegExp, Artifact]> = [
  [/^application\/vnd\.cncf\.helm\./, 'helm-chart'],
  [/signature|^application\/vnd\.dev\.cosign\.simplesigning/, 'signature'],
  [/in-toto|attestation|dsse/, 'attestation'],
  [/spdx|cyclonedx|sbom/, 'sbom']
]

export interface ArtifactClues {
  readonly action: AcrAction
  readonly mediaType?: string
  readonly artifactType?: string
  readonly tag?: string
}

export function classifyArtifact({ action, mediaType, artifactType, tag }: ArtifactClues): Artifact {
  if (action === 'chart_push' || action === 'chart_delete') return 'helm-chart'
  const media = mediaType?.toLowerCase()
  if (media?.startsWith('application/vnd.cncf.helm.')) return 'helm-chart'
  const type = artifactType?.toLowerCase()
  const named = type ? ARTIFACT_TYPES.find(([pattern]) => pattern.test(type))?.[1] : undefined
  if (named) return named
  // Before the media type: cosign stores its signatures in ordinary image manifests.
  const cosign = tag ? COSIGN_TAG.exec(tag)?.[1] : undefined
  if (cosign) return COSIGN_KINDS[cosign]!
  if (media && INDEX_MEDIA_TYPES.has(media)) return 'index'
  if (media && IMAGE_MEDIA_TYPES.has(media)) return 'image'
  return 'unknown'
}
