// AcrEvent → the step outputs and the job-summary rows. Every string output is
// a grammar-checked value (or built only from such values); free text goes
// into `json` alone.
import type { AcrEvent } from '../event/types.js'
import type { Match } from './filter.js'
import { jsonForRunner } from './runner-output.js'

/** Every output the action declares, in the order they are logged. */
export const OUTPUT_NAMES = [
  'matched',
  'action',
  'repository',
  'tag',
  'digest',
  'registry',
  'image',
  'pinned-image',
  'media-type',
  'size',
  'event-id',
  'timestamp',
  'chart-name',
  'chart-version',
  'artifact',
  'platforms',
  'location',
  'connected-registry',
  'json',
  'docker-config',
  'attestation',
  'signer-workflow',
  'source-repository',
  'notation'
] as const
export type OutputName = (typeof OUTPUT_NAMES)[number]
export type Outputs = Partial<Record<OutputName, string>>

/** Outputs a filtered-out event still gets: enough to log it, nothing to deploy. */
const ALWAYS_SET: ReadonlySet<OutputName> = new Set(['matched', 'action', 'event-id', 'timestamp', 'json', 'docker-config'])

export function image(event: AcrEvent): string | undefined {
  return event.registry && event.repository && event.tag ? `${event.registry}/${event.repository}:${event.tag}` : undefined
}

export function pinnedImage(event: AcrEvent): string | undefined {
  return event.registry && event.repository && event.digest ? `${event.registry}/${event.repository}@${event.digest}` : undefined
}

/** What the step did beside reading the event: the Docker config it wrote, what the registry confirmed. */
export interface Effects {
  readonly dockerConfig?: string
  /** Set when the verify input made the registry confirm the event. */
  readonly verified?: Verified
}

export interface Verified {
  readonly mode: 'digest' | 'tag'
  /** `os/architecture[/variant]` of an index's platforms, read from the manifest; empty otherwise. */
  readonly platforms: readonly string[]
  /** Set when an attestation input asked for one and a Sigstore bundle met the policy. */
  readonly attestation?: Attested
  /** Set when the Notation inputs asked for a signature: one met the trust policy, or its level skips verification. */
  readonly notation?: Notarized
}

/** What the Notation signature's certificate and envelope said. The subject is free text: json and the summary only, never an output. */
export interface Notarized {
  readonly status: 'verified' | 'skipped'
  readonly trustPolicy: string
  readonly level: string
  readonly subject?: string
  readonly signingTime?: string
  readonly signingScheme?: string
  readonly format?: string
  /** The stamped time, when a timestamp countersignature was verified. */
  readonly timestamp?: string
}

/** What the attestation's certificate said, each value within the outputs' grammar (trust/policy/attestation.ts). */
export interface Attested {
  readonly digest: string
  readonly predicateType: string
  readonly signerWorkflow?: string
  readonly sourceRepository?: string
  /** Where the bundle was found: "the registry's referrers API", "GitHub's attestations of octo-org/web". */
  readonly foundIn?: string
  /** The certificate's identity: for the summary, never an output. */
  readonly identity: string
}

/** The outputs to set: absent values are left out, and so is every deploy value of an unmatched event. */
export function buildOutputs(event: AcrEvent, match: Match, effects: Effects = {}): Outputs {
  const all: Outputs = {
    matched: String(match.matched),
    action: event.action,
    repository: event.repository,
    tag: event.tag,
    digest: event.digest,
    registry: event.registry,
    image: image(event),
    'pinned-image': pinnedImage(event),
    'media-type': event.mediaType,
    size: event.size === undefined ? undefined : String(event.size),
    'event-id': event.id,
    timestamp: event.timestamp,
    'chart-name': event.chart?.name,
    'chart-version': event.chart?.version,
    artifact: event.artifact,
    // Only a verified index has platforms; a verified step sets it empty otherwise, so that "" means "not an index".
    platforms: effects.verified?.platforms.join(','),
    location: event.location,
    'connected-registry': event.connectedRegistry,
    json: jsonForRunner(toJson(event, match, effects.verified)),
    'docker-config': effects.dockerConfig,
    // A verified step says "" when no attestation was asked for, so that "" never reads as verified.
    attestation: effects.verified ? (effects.verified.attestation ? 'verified' : '') : undefined,
    'signer-workflow': effects.verified?.attestation?.signerWorkflow,
    'source-repository': effects.verified?.attestation?.sourceRepository,
    // As attestation: a verified step says "" when no Notation signature was asked for.
    notation: effects.verified ? (effects.verified.notation?.status ?? '') : undefined
  }
  const outputs: Outputs = {}
  for (const name of OUTPUT_NAMES) {
    const value = all[name]
    if (value !== undefined && (match.matched || ALWAYS_SET.has(name))) outputs[name] = value
  }
  return outputs
}

/** The `json` output: camelCase keys; an unmatched event keeps only what identifies it and why it was skipped. */
export function toJson(event: AcrEvent, match: Match, verified?: Verified): Record<string, unknown> {
  if (!match.matched) {
    return { action: event.action, eventId: event.id, timestamp: event.timestamp, matched: false, reason: match.reason }
  }
  return {
    action: event.action,
    repository: event.repository,
    tag: event.tag,
    digest: event.digest,
    registry: event.registry,
    image: image(event),
    pinnedImage: pinnedImage(event),
    mediaType: event.mediaType,
    size: event.size,
    eventId: event.id,
    timestamp: event.timestamp,
    chart: event.chart,
    artifact: event.artifact,
    location: event.location,
    connectedRegistry: event.connectedRegistry,
    platforms: verified && verified.platforms.length > 0 ? verified.platforms : undefined,
    verified: verified?.mode,
    attestation: verified?.attestation,
    notation: verified?.notation,
    actor: event.actor,
    request: event.request,
    shape: event.shape,
    matched: true
  }
}

export interface SummaryRow {
  readonly label: string
  readonly value: string
}

export function summaryRows(event: AcrEvent, match: Match, verified?: Verified): SummaryRow[] {
  const rows: Array<[string, string | undefined]> = [
    ['Action', event.action],
    ['Artifact', event.artifact],
    ['Image', image(event) ?? event.repository],
    ['Digest', event.digest],
    ['Registry', event.registry],
    ['Time', event.timestamp],
    ['Platforms', verified && verified.platforms.length > 0 ? verified.platforms.join(', ') : undefined],
    ['Verified', verified ? (verified.mode === 'tag' ? 'digest and tag, against the registry' : 'digest, against the registry') : undefined],
    ['Attestation', verified?.attestation ? attestationRow(verified.attestation) : undefined],
    ['Notation', verified?.notation ? notationRow(verified.notation) : undefined],
    ['Matched', match.matched ? 'yes' : `no: ${match.reason}`]
  ]
  return rows.filter((row): row is [string, string] => row[1] !== undefined).map(([label, value]) => ({ label, value }))
}

function attestationRow(attested: Attested): string {
  const by = attested.signerWorkflow ?? attested.identity
  const from = attested.sourceRepository ? `, built from ${attested.sourceRepository}` : ''
  return `${attested.predicateType} of ${attested.digest}, signed by ${by}${from}${attested.foundIn ? `; found in ${attested.foundIn}` : ''}`
}

function notationRow(notarized: Notarized): string {
  const policy = `trust policy "${notarized.trustPolicy}" (${notarized.level})`
  if (notarized.status === 'skipped') return `not verified: ${policy} skips verification`
  return `signed by ${notarized.subject} at ${notarized.signingTime} (${notarized.format}, ${notarized.signingScheme}), ${policy}`
}
