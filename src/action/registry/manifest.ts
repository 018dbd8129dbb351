// What a manifest read from the registry says it is, beyond what the event
// carried: its own media type, artifactType, config media type and layer media
// types (Helm charts, cosign signatures, attestations, SBOMs), and the
// platforms of an index. Pure. The manifest is untrusted text (anyone who may
// push wrote it), so every value that reaches an output passes a grammar rule.
import { createHash } from 'node:crypto'
import { PayloadError } from '../../errors.js'
import { classifyArtifact, type Artifact } from '../../event/artifact.js'
import { mediaTypeRule } from '../../event/grammar.js'
import { isJsonObject, ownField, parseUntrustedJson, type JsonObject } from '../../event/json.js'
import type { AcrAction } from '../../event/types.js'

export interface ManifestFacts {
  readonly mediaType?: string
  readonly artifact: Artifact
  /** `os/architecture[/variant]` of each platform of an index, in its order, without repeats; empty otherwise. */
  readonly platforms: readonly string[]
}

/** Config media types of ordinary images: they say nothing about what the artifact is. */
const IMAGE_CONFIG_TYPES = new Set([
  'application/vnd.oci.image.config.v1+json',
  'application/vnd.docker.container.image.v1+json',
  // OCI 1.1's empty config, used by artifacts whose type is then in artifactType or the layers.
  'application/vnd.oci.empty.v1+json'
])
/** Layer media types of ordinary images. */
const IMAGE_LAYER_TYPE = /^application\/vnd\.(oci\.image\.layer\.|docker\.image\.rootfs\.)/
/** One platform component: os, architecture or variant (linux, amd64, arm64, v8, windows, 10.0.17763.1040 for os.version is not used). */
const PLATFORM_PART = /^[a-z0-9][a-z0-9._-]{0,63}$/i

/**
 * Reads a manifest body. `path` names it in errors, e.g.
 * `manifest myregistry.azurecr.io/team/web@sha256:…`.
 */
export function describeManifest(
  body: string,
  contentType: string | undefined,
  clues: { action: AcrAction; tag?: string },
  path: string
): ManifestFacts {
  const manifest = parseUntrustedJson(body, path)
  if (!isJsonObject(manifest)) throw new PayloadError(path, 'must be a JSON object')
  const mediaType = mediaTypeOf(manifest, contentType, path)
  const artifactType = artifactTypeOf(manifest, path)
  const artifact = classifyArtifact({ action: clues.action, mediaType, artifactType, tag: clues.tag })
  return { mediaType, artifact, platforms: artifact === 'index' ? platformsOf(manifest, path) : [] }
}

/** The body's mediaType, else the Content-Type header (Docker schema 2 manifests carry both, old OCI ones only the header). */
function mediaTypeOf(manifest: JsonObject, contentType: string | undefined, path: string): string | undefined {
  const own = checkedMediaType(ownField(manifest, 'mediaType'), `${path}.mediaType`)
  if (own) return own
  const header = contentType?.split(';')[0]?.trim()
  return header ? checkedMediaType(header, `${path} (Content-Type)`) : undefined
}

/**
 * What the manifest says it carries, most explicit first: OCI 1.1's
 * artifactType; a config media type other than an image's (Helm's
 * application/vnd.cncf.helm.config.v1+json); the one media type all its layers
 * share when it is not an image layer's (cosign's simplesigning signatures,
 * in-toto / DSSE attestations, SPDX or CycloneDX SBOMs).
 */
function artifactTypeOf(manifest: JsonObject, path: string): string | undefined {
  const declared = checkedMediaType(ownField(manifest, 'artifactType'), `${path}.artifactType`)
  if (declared) return declared
  const config = ownField(manifest, 'config')
  const configType = isJsonObject(config) ? checkedMediaType(ownField(config, 'mediaType'), `${path}.config.mediaType`) : undefined
  if (configType && !IMAGE_CONFIG_TYPES.has(configType.toLowerCase())) return configType
  const layers = ownField(manifest, 'layers')
  if (!Array.isArray(layers) || layers.length === 0) return undefined
  const types = new Set(
    layers.map((layer, i) => (isJsonObject(layer) ? checkedMediaType(ownField(layer, 'mediaType'), `${path}.layers[${i}].mediaType`) : undefined))
  )
  const [only] = types
  return types.size === 1 && only && !IMAGE_LAYER_TYPE.test(only) ? only : undefined
}

function checkedMediaType(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string' || !mediaTypeRule.test(value)) throw new PayloadError(path, `must be ${mediaTypeRule.description}`, value)
  return value
}

/**
 * The platforms an index names. buildx adds an attestation manifest per
 * platform under `unknown/unknown`: not a platform anyone runs, so left out.
 */
function platformsOf(index: JsonObject, path: string): string[] {
  const manifests = ownField(index, 'manifests')
  if (!Array.isArray(manifests)) return []
  const platforms: string[] = []
  manifests.forEach((entry, i) => {
    const platform = isJsonObject(entry) ? ownField(entry, 'platform') : undefined
    if (!isJsonObject(platform)) return
    const at = `${path}.manifests[${i}].platform`
    const parts = [part(platform, 'os', at, true), part(platform, 'architecture', at, true), part(platform, 'variant', at, false)]
    if (parts[0] === 'unknown' && parts[1] === 'unknown') return
    const name = parts.filter(p => p !== undefined).join('/')
    if (!platforms.includes(name)) platforms.push(name)
  })
  return platforms
}

function part(platform: JsonObject, key: string, path: string, required: boolean): string | undefined {
  const value = ownField(platform, key)
  if ((value === undefined || value === '') && !required) return undefined
  if (typeof value !== 'string' || !PLATFORM_PART.test(value)) {
    throw new PayloadError(`${path}.${key}`, 'must be a platform name: [a-z0-9][a-z0-9._-]{0,63}', value)
  }
  return value.toLowerCase()
}

/** Node's name for the hash of a digest algorithm it can compute; blake3 it cannot. */
const NODE_HASHES: Readonly<Record<string, string>> = { sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' }

/**
 * Whether `body` hashes to `digest`; undefined when Node cannot compute the
 * algorithm (then the registry's Docker-Content-Digest is all there is).
 */
export function bodyMatchesDigest(body: Buffer, digest: string): boolean | undefined {
  const [algorithm = '', encoded] = digest.split(':')
  const hash = NODE_HASHES[algorithm]
  if (!hash) return undefined
  return createHash(hash).update(body).digest('hex') === encoded
}
