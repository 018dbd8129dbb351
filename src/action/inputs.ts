// Every input is read, defaulted and validated here, once, so that a bad input
// fails the step before anything else happens.
import * as core from '@actions/core'
import { InputError } from '../errors.js'
import { ATTESTATION_INPUT_DEFAULTS, ATTESTATION_INPUTS, type AttestationInputName } from './trust/input-names.js'
import type { AttestationPolicy } from './trust/policy/parse.js'
import type { NotationConfig } from './trust/notation/check.js'
import type { FilterInputs, Filters } from './filter.js'
import { parseSourceClient, type SourceClient } from './docker-config/source-client.js'

export const ON_MISMATCH = ['skip', 'fail'] as const
export type OnMismatch = (typeof ON_MISMATCH)[number]

/** digest: the registry has the manifest; tag: and the tag still points at it. */
export const VERIFY_MODES = ['digest', 'tag'] as const
export type VerifyMode = (typeof VERIFY_MODES)[number]

export interface Inputs {
  /** JSON text of the event; empty means "use the repository_dispatch client_payload". */
  readonly payload: string
  /** Absent when every filter input is empty: every event matches. */
  readonly filters?: Filters
  readonly onMismatch: OnMismatch
  /** Absent: the Docker config is not touched. */
  readonly sourceClient?: SourceClient
  /** Absent: no network. When set, `filters.registries` holds at least one host pattern. */
  readonly verify?: VerifyMode
  /** Absent: no attestation is required. When set, so is verify. */
  readonly attestation?: AttestationPolicy
  /** Absent: no Notation signature is required. When set, so is verify. */
  readonly notation?: NotationConfig
  /** github-token, when the attestation policy may ask GitHub's attestations API; a secret, masked by main. */
  readonly githubToken?: string
}

export async function getInputs(): Promise<Inputs> {
  const filterInputs: FilterInputs = {
    actions: core.getInput('actions'),
    artifacts: core.getInput('artifacts'),
    repositories: core.getInput('repositories'),
    tags: core.getInput('tags'),
    semver: core.getInput('semver'),
    registries: core.getInput('registries'),
    'max-age': core.getInput('max-age')
  }
  const anyFilter = Object.values(filterInputs as Record<keyof FilterInputs, string>).some(text => text.trim() !== '')
  const verify = parseVerify(core.getInput('verify'))
  // The glob and semver libraries are loaded only by steps that filter.
  const filters = anyFilter ? await loadFilters(filterInputs) : undefined
  if (verify) checkVerifiedHosts(verify, filters)
  const attestation = await parseAttestation(verify)
  const notation = await parseNotation(verify)
  return {
    githubToken: attestation && attestation.source !== 'registry' ? parseGithubToken(attestation) : undefined,
    payload: core.getInput('payload'),
    filters,
    onMismatch: parseOnMismatch(core.getInput('on-mismatch')),
    sourceClient: parseSourceClient(core.getInput('source-client')),
    verify,
    attestation,
    notation
  }
}

/** The attestation policy, when an identity input is set; it needs verify, which reads the digest from the registry. */
async function parseAttestation(verify: VerifyMode | undefined): Promise<AttestationPolicy | undefined> {
  const texts = Object.fromEntries(ATTESTATION_INPUTS.map(name => [name, core.getInput(name)])) as Record<AttestationInputName, string>
  // A plain step must not load the policy's chunk: attestation-source is set on every step, to its default.
  if (ATTESTATION_INPUTS.every(name => texts[name].trim() === '' || texts[name].trim() === ATTESTATION_INPUT_DEFAULTS[name])) return undefined
  const { parseAttestationPolicy, IDENTITY_INPUTS } = await import('./trust/policy/parse.js')
  const policy = parseAttestationPolicy(texts)
  if (policy && !verify) {
    const name = IDENTITY_INPUTS.find(input => texts[input].trim() !== '')!
    throw new InputError(name, 'needs verify (digest or tag): the attestation is looked up in the registry for the digest verify confirms')
  }
  return policy
}

/**
 * The Notation inputs, a trust policy document and the trust store folder:
 * read and checked (both needed, with verify; the policy valid) by a lazy
 * chunk, so that a step without them pays two getInput calls.
 */
async function parseNotation(verify: VerifyMode | undefined): Promise<NotationConfig | undefined> {
  const texts = { policy: core.getInput('notation-trust-policy'), store: core.getInput('notation-trust-store') }
  if (texts.policy.trim() === '' && texts.store.trim() === '') return undefined
  const { parseNotationInputs } = await import('./trust/notation/inputs.js')
  return parseNotationInputs(texts, verify, process.env.GITHUB_WORKSPACE || process.cwd())
}

/** github-token (default: the job's token): needed when only GitHub's API is asked; with attestation-source: any, empty means the registry alone. */
function parseGithubToken(policy: AttestationPolicy): string | undefined {
  const token = core.getInput('github-token').trim()
  if (token === '' && policy.source === 'github') {
    throw new InputError(
      'github-token',
      "is empty, and attestation-source: github reads GitHub's attestations API with it: leave it to its default (the job's token, with permissions: attestations: read) or pass a token that can read the attestations"
    )
  }
  return token === '' ? undefined : token
}

function parseVerify(text: string): VerifyMode | undefined {
  const value = text.trim()
  if (value === '') return undefined
  if (!(VERIFY_MODES as readonly string[]).includes(value)) {
    throw new InputError('verify', `must be empty, "digest" or "tag"; got "${text}"`)
  }
  return value as VerifyMode
}

/**
 * The host verify calls comes from the payload: only hosts the workflow names
 * may be called, so that an event cannot send the runner, with or without the
 * job's credentials, to an address of the sender's choosing (a cloud metadata
 * endpoint, an internal service).
 */
function checkVerifiedHosts(verify: VerifyMode, filters: Filters | undefined): void {
  const patterns = filters?.registries.patterns ?? []
  const positive = patterns.filter(p => !p.startsWith('!'))
  if (positive.length === 0) {
    const given = patterns.length === 0 ? 'registries to name' : `registries, which holds only exclusions (${patterns.join(', ')}), to name also`
    throw new InputError(
      'verify',
      `"${verify}" needs ${given} the hosts it may call (e.g. registries: myregistry.azurecr.io): the host comes from the event, and an event must not choose where the runner sends requests`
    )
  }
  const any = positive.find(allowsEveryHost)
  if (any !== undefined) {
    throw new InputError(
      'verify',
      `registries "${any}" allows any host (it has no literal part of a domain name, such as azurecr in *.azurecr.io), so an event could choose where the runner sends requests: name your registries (e.g. *.azurecr.io)`
    )
  }
}

/** True for `*`, `?*`, `*.*`, `*:5000`: no label of the host (port aside) is spelt out, so every host matches or nearly. */
export function allowsEveryHost(pattern: string): boolean {
  const host = pattern.replace(/:[^:\]]*$/, '')
  if (/^\[[0-9a-f:.]+\]$/i.test(host)) return false
  return !host.split('.').some(label => /^[a-z0-9-]+$/i.test(label))
}

/** The filter code, and semver's only when a range is given: both are lazy chunks. */
async function loadFilters(filterInputs: FilterInputs): Promise<Filters> {
  const { parseFilters } = await import('./filter.js')
  const parseRange = filterInputs.semver.trim() === '' ? undefined : (await import('./semver-range.js')).parseSemverRange
  return parseFilters(filterInputs, parseRange)
}

function parseOnMismatch(text: string): OnMismatch {
  const value = text === '' ? 'skip' : text
  if (!(ON_MISMATCH as readonly string[]).includes(value)) {
    throw new InputError('on-mismatch', `must be "skip" or "fail"; got "${text}"`)
  }
  return value as OnMismatch
}
