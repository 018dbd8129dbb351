import { existsSync, readFileSync } from 'node:fs'
import { describeJsonErrorPosition } from '../event/json.js'
import { parseEvent } from '../event/parse.js'
import { selectEventSource, type RunnerEvent } from '../event/source.js'
import type { AcrEvent } from '../event/types.js'
import type { Match } from './filter.js'
import { dockerConfigPath } from './docker-config/path.js'
import { getInputs, type Inputs } from './inputs.js'
import { buildOutputs, summaryRows, type Notarized, type Verified } from './outputs.js'
import type { NotationResult } from './trust/notation/check.js'
import { fail, info, maskSecret, notice, prepareOutputs, warning, writeSummaryTable } from './runner-output.js'
import { KNOWN_CLOUDS, type SourceClient } from './docker-config/source-client.js'
import { isPost, loadHeaderClaim, markMainStarted, saveHeaderClaim } from './state.js'

/** The action's one error boundary: every failure ends here, as a failed step with no outputs. */
export async function run(): Promise<void> {
  try {
    if (isPost()) await runPost()
    else await runMain()
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
}

async function runMain(): Promise<void> {
  markMainStarted()
  const inputs = await getInputs()
  if (inputs.githubToken) maskSecret(inputs.githubToken)
  const source = selectEventSource(inputs.payload, readRunnerEvent)
  const parsed = parseEvent(source.payload, source.path)
  const filtered: Match = inputs.filters ? (await import('./filter.js')).matchFilters(parsed, inputs.filters, Date.now()) : { matched: true }
  if (!filtered.matched && inputs.onMismatch === 'fail') {
    throw new Error(`The ${parsed.action} event did not pass the filters: ${filtered.reason}`)
  }
  const { event, match, verified } = inputs.verify ? await verifyAgainstRegistry(parsed, filtered, inputs) : { event: parsed, match: filtered }
  if (!match.matched && inputs.onMismatch === 'fail') {
    throw new Error(`The ${event.action} event did not pass verification against the registry: ${match.reason}`)
  }
  const dockerConfig = inputs.sourceClient ? await tagRegistryTraffic(inputs.sourceClient) : undefined
  // Everything that can fail runs before the first output is set: a failed step sets none.
  const outputs = prepareOutputs(buildOutputs(event, match, { dockerConfig, verified }), `ACR ${event.action} event: outputs`)
  writeSummaryTable('ACR event', summaryRows(event, match, verified))
  outputs.publish()
  if (!match.matched) notice(`Skipped: ${match.reason}. No deploy output (repository, tag, digest, image…) was set.`)
}

/**
 * The verify input: asks the event's registry whether the event is still
 * true, once the filters have let it through (an event they refuse costs no
 * request). The manifest read refines `artifact`, so the artifacts filter is
 * applied again to what the registry says.
 */
async function verifyAgainstRegistry(
  event: AcrEvent,
  filtered: Match,
  inputs: Inputs
): Promise<{ event: AcrEvent; match: Match; verified?: Verified }> {
  const mode = inputs.verify!
  const { unverifiableReason, verifyEvent } = await import('./verify.js')
  if (!filtered.matched) {
    // Said beside the filter's reason, so that no one waits for a verification that cannot happen.
    const unverifiable = event.registry === undefined ? unverifiableReason(event, mode) : undefined
    return { event, match: unverifiable ? { matched: false, reason: `${filtered.reason}; and ${unverifiable}` } : filtered }
  }
  const verification = await verifyEvent(event, {
    mode,
    registries: inputs.filters!.registries,
    dockerConfigPath: dockerConfigPath(),
    onSecret: maskSecret,
    attestation: inputs.attestation,
    notation: inputs.notation,
    github: inputs.githubToken ? { url: process.env.GITHUB_API_URL || 'https://api.github.com', token: inputs.githubToken } : undefined,
    trust: githubTufMirror()
  })
  if (!verification.verified) {
    // A mismatch prints what the Notation check logged too: a store file it ignored may be why no signature met the policy.
    for (const line of verification.logged ?? []) warning(line)
    return { event, match: { matched: false, reason: verification.reason } }
  }
  info(`Verified against the registry: ${verification.summary}`)
  const refined: AcrEvent = { ...event, artifact: verification.artifact }
  const match = refined.artifact === event.artifact ? filtered : (await import('./filter.js')).matchFilters(refined, inputs.filters!, Date.now())
  const attestation = verification.attestation && {
    digest: verification.attestation.digest,
    predicateType: verification.attestation.predicateType,
    foundIn: verification.attestation.foundIn,
    signerWorkflow: verification.attestation.signer.workflow,
    sourceRepository: verification.attestation.signer.sourceRepository,
    identity: verification.attestation.signer.identity
  }
  const notation = verification.notation && notarized(verification.notation)
  return { event: refined, match, verified: { mode, platforms: verification.platforms, attestation, notation } }
}

/** What the Notation check found, for the outputs; what its level only logs is printed as warnings. */
function notarized(result: NotationResult): Notarized | undefined {
  for (const line of result.logged) warning(line)
  const check = result.check
  if (!check.verified) return undefined
  const policy = { trustPolicy: check.policy.name, level: check.policy.level }
  if (check.skipped || !check.signer) return { status: 'skipped', ...policy }
  return {
    status: 'verified',
    subject: check.signer.subject,
    signingTime: check.signer.signingTime.toISOString(),
    signingScheme: check.signer.signingScheme,
    format: check.signer.format,
    timestamp: check.signer.timestamp?.toISOString(),
    ...policy
  }
}

/**
 * Another TUF repository for GitHub's Sigstore instance and its initial root
 * (a mirror inside a network that cannot reach tuf-repo.github.com; the
 * tests' local repository): both, or the pinned bootstrap.
 */
function githubTufMirror(): { githubTuf?: { mirror: string; rootPath: string }; env: NodeJS.ProcessEnv } {
  const mirror = process.env.ACR_WEBHOOK_ACTION_GITHUB_TUF_MIRROR
  const rootPath = process.env.ACR_WEBHOOK_ACTION_GITHUB_TUF_ROOT
  if (!mirror !== !rootPath) {
    throw new Error(
      "ACR_WEBHOOK_ACTION_GITHUB_TUF_MIRROR and ACR_WEBHOOK_ACTION_GITHUB_TUF_ROOT go together: a mirror of GitHub's TUF repository, and the initial root.json to trust it from"
    )
  }
  return { githubTuf: mirror && rootPath ? { mirror, rootPath } : undefined, env: process.env }
}

/** Writes X-Meta-Source-Client into Docker's config.json; returns the file's path. */
async function tagRegistryTraffic(sourceClient: SourceClient): Promise<string> {
  if (!sourceClient.knownCloud) {
    warning(
      `source-client cloud "${sourceClient.cloud}" is not one ACR documents (${KNOWN_CLOUDS.join(', ')}); writing "${sourceClient.value}" anyway`
    )
  }
  // Loaded only when asked for, so that steps without source-client do not pay for it.
  const { claimHeader } = await import('./docker-config/holders.js')
  // Saved before the write, so that the post step can undo a write that got interrupted.
  const claim = await claimHeader(dockerConfigPath(), sourceClient.value, saveHeaderClaim)
  info(`Docker will send X-Meta-Source-Client: ${sourceClient.value} (set in ${claim.configPath})`)
  return claim.configPath
}

/** Cleanup: whatever goes wrong here is a warning, never a failed job (the job's work is done). */
async function runPost(): Promise<void> {
  const claim = loadHeaderClaim()
  if (!claim) return
  try {
    const { releaseHeader } = await import('./docker-config/holders.js')
    const outcome = await releaseHeader(claim)
    const messages = {
      restored: `Restored ${claim.configPath} to what it was before this job set X-Meta-Source-Client`,
      'removed-file': `Removed ${claim.configPath}, which this action had created`,
      'file-missing': `${claim.configPath} is gone; nothing to restore`,
      'changed-since': `X-Meta-Source-Client in ${claim.configPath} was changed by another step since; left as it is`,
      unchanged: `${claim.configPath} needed no change`,
      'handed-over': `X-Meta-Source-Client in ${claim.configPath} is back to the value of another job on this runner that still runs`,
      'not-held': `${claim.configPath}: this job's X-Meta-Source-Client was already released; nothing to restore`
    }
    info(messages[outcome])
  } catch (error) {
    const why = describeCleanupError(error)
    warning(
      `Could not restore X-Meta-Source-Client in ${claim.configPath} (${why}): the value "${claim.value}" this job set may be left in it, and Docker on this runner would keep sending it. Once ${claim.configPath} is a readable file again, remove "X-Meta-Source-Client" from its HttpHeaders if no other job uses source-client. The job's result is not changed by this.`
    )
  }
}

function describeCleanupError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EISDIR') return 'EISDIR: it is a directory now'
  if (code === 'EACCES' || code === 'EPERM') return `${code}: this job's user may not read or write it`
  return error instanceof Error ? error.message : String(error)
}

/** The triggering event as the runner hands it over, read the way @actions/github's Context reads it. */
function readRunnerEvent(): RunnerEvent {
  const name = process.env.GITHUB_EVENT_NAME ?? ''
  const path = process.env.GITHUB_EVENT_PATH
  if (!path || !existsSync(path)) return { name, payload: {} }
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new Error(`Cannot read the triggering event at GITHUB_EVENT_PATH (${path}): ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  try {
    return { name, payload: JSON.parse(text) }
  } catch (error) {
    // By position only: the file is the runner's, and its text is not ours to print.
    throw new Error(`Cannot read the triggering event at GITHUB_EVENT_PATH (${path}): not valid JSON${describeJsonErrorPosition(error, text)}`)
  }
}
