// Asks the registry whether the event is still true before anything deploys:
// a well-formed event can name an old digest that still exists (a rollback),
// be a replay, or arrive after a newer one (Event Grid does not keep order).
// A lazy chunk: only steps with the verify input load it. No @actions/core:
// secrets go to `onSecret`, and what to print is returned.
import type { Artifact } from '../event/artifact.js'
import { digestRule } from '../event/grammar.js'
import type { AcrEvent } from '../event/types.js'
import type { GlobList } from '../glob-list.js'
import type { AttestationCheck, AttestationContext } from './trust/check.js'
import type { AttestationPolicy } from './trust/policy/parse.js'
import type { NotationConfig, NotationResult } from './trust/notation/check.js'
import type { VerifyMode } from './inputs.js'
import { bodyMatchesDigest, describeManifest } from './registry/manifest.js'
import { RegistryClient, RegistryError, type Credentials, type RegistryResponse } from './registry/client.js'
import { findCredentialSource, readDockerConfig, runCredentialHelper, secretsOf } from './registry/credentials.js'

export type Verification =
  | {
      readonly verified: true
      /** The artifact as the manifest itself says (the event's when the manifest was not read: a delete). */
      readonly artifact?: Artifact
      readonly platforms: readonly string[]
      /** One line for the log: what was checked, where. */
      readonly summary: string
      /** Set when the options asked for an attestation and one met the policy. */
      readonly attestation?: Extract<AttestationCheck, { verified: true }>
      /** Set when the options asked for a Notation signature: the check (verified, or skipped by its policy) and what it logged. */
      readonly notation?: NotationResult
    }
  | {
      readonly verified: false
      readonly reason: string
      /** What the Notation check logged before the mismatch (its level's logged validations, trust store warnings). */
      readonly logged?: readonly string[]
    }

export interface VerifyOptions {
  readonly mode: VerifyMode
  /** The registries input: the only hosts ever asked. */
  readonly registries: GlobList
  /** config.json, as the Docker CLI finds it. */
  readonly dockerConfigPath: string
  /** Called with every secret read or obtained, before it is used: the caller masks it. */
  readonly onSecret: (secret: string) => void
  /** Where credential helpers are found (PATH); process.env by default. */
  readonly env?: NodeJS.ProcessEnv
  readonly timeoutMs?: number
  /** Also require a Sigstore attestation of the digest that meets this policy. */
  readonly attestation?: AttestationPolicy
  /** Also require a Notation signature of the digest that meets this trust policy. */
  readonly notation?: NotationConfig
  /** GitHub's attestations API (GITHUB_API_URL and github-token), for a policy that may ask it. */
  readonly github?: AttestationContext['github']
  /** Another TUF repository for GitHub's instance (a mirror), beside the policy's trusted-root. */
  readonly trust?: AttestationContext['trust']
}

/** Why an event cannot be checked against a registry at all, before any request; undefined when it can. */
export function unverifiableReason(event: AcrEvent, mode: VerifyMode): string | undefined {
  const asked = `verify: ${mode}`
  if (event.action === 'ping') return `a ping names no manifest, so ${asked} cannot check it`
  if (event.registry === undefined) {
    const why = event.connectedRegistry
      ? `it comes from the connected registry ${event.connectedRegistry}, whose events name no host`
      : 'chart events and events from connected registries name none'
    return `the ${event.action} event carries no registry host (${why}), so ${asked} cannot check it against a registry`
  }
  if (event.repository === undefined || event.digest === undefined) {
    return `the ${event.action} event names no manifest digest (a whole repository deleted), so ${asked} cannot check it`
  }
  if (mode === 'tag' && event.tag === undefined && event.action !== 'delete') {
    return `the ${event.action} event has no tag (a push by digest), so verify: tag cannot check that a tag still points at it; use verify: digest for such events`
  }
  return undefined
}

/**
 * Checks the event against its registry. A verification that fails is an
 * answer (verified: false, with the reason); a registry that cannot answer
 * (unreachable, credentials refused, an unexpected status) throws a
 * RegistryError: never a silent pass.
 */
export async function verifyEvent(event: AcrEvent, options: VerifyOptions): Promise<Verification> {
  const unverifiable = unverifiableReason(event, options.mode)
  if (unverifiable) return { verified: false, reason: unverifiable }
  const host = event.registry!
  const repository = event.repository!
  const digest = event.digest!
  // Checked here again, whatever the filters did: the host comes from the payload, and only a listed one is ever called.
  if (options.registries.patterns.every(p => p.startsWith('!')) || !options.registries.matches(host)) {
    return { verified: false, reason: `registry "${host}" is not in registries ${options.registries.toString()}, so it was not asked` }
  }
  const client = new RegistryClient(host, credentialsFor(host, options), {
    // Token services and redirects too: the registry's answers must not send the runner, or its credentials, elsewhere.
    allowsHost: other => options.registries.matches(other),
    timeoutMs: options.timeoutMs,
    onSecret: options.onSecret
  })
  const pinned = `${host}/${repository}@${digest}`
  try {
    if (event.action === 'delete') {
      // A delete is true while the manifest stays gone. One that is there may have been pushed again, or the delete may never have
      // happened there (a forged or misrouted event): the registry cannot tell which, so neither is asserted.
      const response = await client.manifest('HEAD', repository, digest)
      if (response.status === 200) {
        return {
          verified: false,
          reason: `stale: the registry still has ${pinned}, which this delete event says is gone (pushed again since, or never deleted there)`
        }
      }
      if (options.attestation) return { verified: false, reason: `a delete leaves no image whose attestation could be checked` }
      if (options.notation) return { verified: false, reason: `a delete leaves no image whose Notation signature could be checked` }
      return { verified: true, artifact: event.artifact, platforms: [], summary: `${pinned} is gone from the registry, as the delete says` }
    }
    const response = await client.manifest('GET', repository, digest)
    if (response.status === 404) {
      return { verified: false, reason: `the registry has no manifest ${pinned} (deleted since, or never pushed there)` }
    }
    checkBody(response, host, digest, pinned)
    const facts = describeManifest(response.body.toString('utf8'), headerValue(response, 'content-type'), event, `manifest ${pinned}`)
    let summary = `${pinned} exists`
    if (options.mode === 'tag') {
      const tagged = await client.manifest('HEAD', repository, event.tag!)
      const image = `${host}/${repository}:${event.tag}`
      if (tagged.status === 404) return { verified: false, reason: `stale: tag ${event.tag} no longer exists in ${host}/${repository}` }
      const current = digestHeader(tagged, host, image)
      if (current !== digest) return { verified: false, reason: `stale: tag ${event.tag} now points to ${current}` }
      summary += `, and ${image} still points to it`
    }
    // Notation: a lazy chunk, loaded only with its inputs. The target is the manifest as the registry serves it.
    let notation: NotationResult | undefined
    if (options.notation) {
      const { checkNotation } = await import('./trust/notation/check.js')
      const mediaType = (headerValue(response, 'content-type') ?? '').split(';')[0]!.trim()
      const target = { mediaType, digest, size: response.body.length }
      notation = await checkNotation(client, repository, digest, target, options.notation, new Date())
      if (!notation.check.verified) return { verified: false, reason: notation.check.reason, logged: notation.logged }
      summary += notation.check.skipped ? `; ${notation.check.summary}` : `; Notation: ${notation.check.summary}`
    }
    if (!options.attestation) return { verified: true, artifact: facts.artifact, platforms: facts.platforms, summary, notation }
    const { checkAttestation } = await import('./trust/check.js')
    const attestation = await checkAttestation(digest, options.attestation, {
      artifact: facts.artifact,
      registry: { client, repository },
      github: options.github,
      trust: options.trust
    })
    if (!attestation.verified) return { verified: false, reason: attestation.reason, logged: notation?.logged }
    return {
      verified: true,
      artifact: facts.artifact,
      platforms: facts.platforms,
      summary: `${summary}; attested: ${attestation.summary}`,
      attestation,
      notation
    }
  } finally {
    client.close()
  }
}

/** The credentials config.json holds for the host, each secret handed to onSecret before use. */
function credentialsFor(host: string, options: VerifyOptions): Credentials {
  const source = findCredentialSource(readDockerConfig(options.dockerConfigPath), host, options.dockerConfigPath)
  const credentials: Credentials =
    source.kind === 'entry'
      ? source.credentials
      : source.kind === 'helper'
        ? runCredentialHelper(source.helper, host, { env: options.env, timeoutMs: options.timeoutMs })
        : { kind: 'anonymous' }
  for (const secret of secretsOf(credentials)) options.onSecret(secret)
  return credentials
}

/** A body that does not hash to the digest asked for is not that manifest: a broken or lying registry. */
function checkBody(response: RegistryResponse, host: string, digest: string, pinned: string): void {
  if (bodyMatchesDigest(response.body, digest) === false) {
    throw new RegistryError(
      host,
      `The registry answered for ${pinned} with a manifest whose content does not hash to that digest; it cannot be trusted to verify`
    )
  }
}

function digestHeader(response: RegistryResponse, host: string, image: string): string {
  const value = headerValue(response, 'docker-content-digest')
  if (value === undefined || !digestRule.test(value)) {
    throw new RegistryError(
      host,
      `The registry ${host} answered for ${image} without a valid Docker-Content-Digest header, so where the tag points cannot be checked`
    )
  }
  return value
}

function headerValue(response: RegistryResponse, name: string): string | undefined {
  const value = response.headers[name]
  return Array.isArray(value) ? value[0] : value
}
