// What a Sigstore bundle must say, beyond a valid signature, for the event's
// image to be deployed: the checks @sigstore/verify leaves to its caller.
// Pure: the inputs are parsed here and the facts of a verified bundle are
// judged here; no I/O, no @actions/core, no Sigstore library, so that a step
// that only parses its inputs loads none of it.
import { describeValue, InputError } from '../../../errors.js'

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'
export const COSIGN_SIGNATURE = 'https://sigstore.dev/cosign/sign/v1'
const GITHUB = 'https://github.com/'
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
const IN_TOTO_STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']

import type { AttestationInputName } from '../input-names.js'
export { ATTESTATION_INPUTS, type AttestationInputName } from '../input-names.js'

/** Inputs that say who must have signed: setting any of them turns the check on. */
export const IDENTITY_INPUTS = ['signer-workflow', 'signer-repo', 'cert-identity', 'cert-identity-regex', 'repo', 'owner'] as const

// GitHub's names: an owner is 1-39 of [A-Za-z0-9-]; a repository 1-100 of [A-Za-z0-9._-].
const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})'
const REPO = '[A-Za-z0-9._-]{1,100}'
const WORKFLOW_FILE = '\\.github/workflows/[A-Za-z0-9._/-]{1,255}\\.ya?ml'
const REF = 'refs/(?:heads|tags|pull)/[A-Za-z0-9._/+-]{1,255}'
const OWNER_PATTERN = new RegExp(`^${OWNER}$`)
const REPOSITORY_PATTERN = new RegExp(`^${OWNER}/${REPO}$`)
const WORKFLOW_PATTERN = new RegExp(`^(${OWNER}/${REPO})/(${WORKFLOW_FILE})(?:@(${REF}))?$`)
/** The signer-workflow output: a workflow at a ref, as the certificate of a GitHub Actions run names it. */
const SIGNER_WORKFLOW_OUTPUT = new RegExp(`^${OWNER}/${REPO}/${WORKFLOW_FILE}@${REF}$`)

/** Who must have signed, from the one identity input given. */
export type SignerRule =
  | { readonly kind: 'workflow'; readonly repository: string; readonly path: string; readonly ref?: string }
  | { readonly kind: 'repository'; readonly repository: string }
  | { readonly kind: 'identity'; readonly identity: string }
  | { readonly kind: 'identity-regex'; readonly pattern: RegExp; readonly text: string }
  /** Only repo or owner were given: any signer from the source they name. */
  | { readonly kind: 'any' }

export interface AttestationPolicy {
  readonly signer: SignerRule
  /** The OIDC issuer the certificate must name (cert-oidc-issuer). */
  readonly issuer: string
  readonly predicateType: string
  /** owner/repo the certificate's source repository must be (case-insensitively, as GitHub names are). */
  readonly sourceRepository?: string
  readonly owner?: string
  readonly denySelfHostedRunners: boolean
  /** A trusted_root.json file (JSON lines), instead of Sigstore's TUF repository. */
  readonly trustedRoot?: string
}

/**
 * The policy the inputs ask for, or undefined when no identity input is set
 * (the check is off). Throws an InputError naming the input that is wrong.
 */
export function parseAttestationPolicy(inputs: Readonly<Record<AttestationInputName, string>>): AttestationPolicy | undefined {
  const value = (name: AttestationInputName) => inputs[name].trim()
  const given = IDENTITY_INPUTS.filter(name => value(name) !== '')
  if (given.length === 0) {
    const stray = (['predicate-type', 'deny-self-hosted-runners', 'trusted-root'] as const).find(
      name => value(name) !== '' && !isDefault(name, value(name))
    )
    if (stray) {
      throw new InputError(
        stray,
        'only applies with an identity input (signer-workflow, signer-repo, cert-identity, cert-identity-regex, repo or owner), and none is set'
      )
    }
    return undefined
  }
  const signers = given.filter(name => name !== 'repo' && name !== 'owner')
  if (signers.length > 1) {
    throw new InputError(
      signers[1]!,
      `cannot be combined with ${signers[0]}: set one of signer-workflow, signer-repo, cert-identity, cert-identity-regex`
    )
  }
  const signer = parseSigner(signers[0], value)
  const repo = value('repo')
  if (repo !== '' && !REPOSITORY_PATTERN.test(repo))
    throw new InputError('repo', `must be owner/repository as GitHub names them; got ${describeValue(repo)}`)
  const owner = value('owner')
  if (owner !== '' && !OWNER_PATTERN.test(owner))
    throw new InputError('owner', `must be a GitHub user or organization name; got ${describeValue(owner)}`)
  // Without repo, a GitHub signer's own repository must be the source: a reusable workflow called from elsewhere needs repo set.
  const signerRepository = signer.kind === 'workflow' || signer.kind === 'repository' ? signer.repository : undefined
  const sourceRepository = repo || signerRepository
  const issuer = value('cert-oidc-issuer') || GITHUB_ACTIONS_ISSUER
  if (!/^https:\/\/[^\s]+$/.test(issuer)) throw new InputError('cert-oidc-issuer', `must be an https URL; got ${describeValue(issuer)}`)
  const predicateType = value('predicate-type') || SLSA_PROVENANCE_V1
  if (/\s/.test(predicateType)) throw new InputError('predicate-type', `must be a URI; got ${describeValue(predicateType)}`)
  return {
    signer,
    issuer,
    predicateType,
    sourceRepository,
    owner: owner || sourceRepository?.split('/')[0],
    denySelfHostedRunners: parseBoolean(value('deny-self-hosted-runners')),
    trustedRoot: value('trusted-root') || undefined
  }
}

function isDefault(name: 'predicate-type' | 'deny-self-hosted-runners' | 'trusted-root', text: string): boolean {
  return (name === 'predicate-type' && text === SLSA_PROVENANCE_V1) || (name === 'deny-self-hosted-runners' && text === 'false')
}

function parseSigner(name: string | undefined, value: (name: AttestationInputName) => string): SignerRule {
  switch (name) {
    case 'signer-workflow': {
      const text = value('signer-workflow')
      const match = WORKFLOW_PATTERN.exec(text.replace(/^(?:https:\/\/)?github\.com\//, ''))
      if (!match) {
        throw new InputError(
          'signer-workflow',
          `must be owner/repo/.github/workflows/<file>.yml, optionally @refs/heads/<branch> or @refs/tags/<tag>; got ${describeValue(text)}`
        )
      }
      return { kind: 'workflow', repository: match[1]!, path: match[2]!, ref: match[3] }
    }
    case 'signer-repo': {
      const text = value('signer-repo').replace(/^(?:https:\/\/)?github\.com\//, '')
      if (!REPOSITORY_PATTERN.test(text)) throw new InputError('signer-repo', `must be owner/repository; got ${describeValue(value('signer-repo'))}`)
      return { kind: 'repository', repository: text }
    }
    case 'cert-identity':
      return { kind: 'identity', identity: value('cert-identity') }
    case 'cert-identity-regex':
      try {
        return { kind: 'identity-regex', pattern: new RegExp(value('cert-identity-regex'), 'u'), text: value('cert-identity-regex') }
      } catch (error) {
        throw new InputError('cert-identity-regex', `is not a valid regular expression: ${(error as Error).message}`)
      }
    default:
      return { kind: 'any' }
  }
}

function parseBoolean(text: string): boolean {
  if (text === '' || text === 'false') return false
  if (text === 'true') return true
  throw new InputError('deny-self-hosted-runners', `must be "true" or "false"; got ${describeValue(text)}`)
}

/** What a verified signing certificate says about its signer; absent: the certificate has no such field. */
export interface SignerFacts {
  readonly subjectAlternativeName?: string
  readonly issuer?: string
  readonly buildSignerUri?: string
  readonly sourceRepositoryUri?: string
  readonly sourceRepositoryOwnerUri?: string
  readonly runnerEnvironment?: string
}

/** The signer as the outputs show it: what passed the policy, within the outputs' grammar. */
export interface Signer {
  /** owner/repo/.github/workflows/<file>@<ref>, when GitHub Actions signed. */
  readonly workflow?: string
  /** owner/repo, when the certificate names a GitHub source repository. */
  readonly sourceRepository?: string
  /** The certificate's identity, for the log. */
  readonly identity: string
}

export type Judgement = { readonly ok: true; readonly signer: Signer } | { readonly ok: false; readonly reason: string }

/** Judges the certificate of a bundle whose signature verified; the first rule it breaks is the reason. */
export function judgeSigner(policy: AttestationPolicy, facts: SignerFacts): Judgement {
  const san = facts.subjectAlternativeName
  if (san === undefined) return { ok: false, reason: 'the certificate names no signer (no subject alternative name)' }
  if (facts.issuer !== policy.issuer) {
    return { ok: false, reason: `signed with a token from ${show(facts.issuer)}, expected ${policy.issuer}` }
  }
  const signerProblem = signerMismatch(policy.signer, san)
  if (signerProblem) return { ok: false, reason: signerProblem }
  const source = githubPath(facts.sourceRepositoryUri)
  if (policy.sourceRepository !== undefined && !sameName(source, policy.sourceRepository)) {
    return { ok: false, reason: `built from ${show(source ?? facts.sourceRepositoryUri)}, expected ${policy.sourceRepository}` }
  }
  const owner = githubPath(facts.sourceRepositoryOwnerUri)
  if (policy.owner !== undefined && !sameName(owner, policy.owner)) {
    return { ok: false, reason: `built in the account ${show(owner ?? facts.sourceRepositoryOwnerUri)}, expected ${policy.owner}` }
  }
  if (policy.denySelfHostedRunners && facts.runnerEnvironment !== 'github-hosted') {
    return { ok: false, reason: `built on a ${show(facts.runnerEnvironment)} runner, and deny-self-hosted-runners allows only github-hosted` }
  }
  const workflow = githubPath(facts.buildSignerUri ?? san)
  if (
    workflow !== undefined &&
    !SIGNER_WORKFLOW_OUTPUT.test(workflow) &&
    policy.signer.kind !== 'identity' &&
    policy.signer.kind !== 'identity-regex'
  ) {
    return {
      ok: false,
      reason: `the signer workflow ${show(workflow)} is outside the signer-workflow output's grammar (${SIGNER_WORKFLOW_OUTPUT.source})`
    }
  }
  return {
    ok: true,
    signer: {
      workflow: workflow !== undefined && SIGNER_WORKFLOW_OUTPUT.test(workflow) ? workflow : undefined,
      sourceRepository: source !== undefined && REPOSITORY_PATTERN.test(source) ? source : undefined,
      identity: san
    }
  }
}

/** Why the certificate's identity is not the one asked for; undefined when it is. */
function signerMismatch(rule: SignerRule, san: string): string | undefined {
  const signed = githubPath(san) ?? san
  switch (rule.kind) {
    case 'workflow': {
      // Anchored at both ends and compared as text, not as a pattern: gh's "^https://github.com/<workflow>" lets release.yml.evil.yml through.
      const expected = `${rule.repository}/${rule.path}`
      const at = signed.lastIndexOf('@')
      const workflow = at === -1 ? signed : signed.slice(0, at)
      const ref = at === -1 ? undefined : signed.slice(at + 1)
      const same =
        githubPath(san) !== undefined && sameRepositoryPath(workflow, expected) && ref !== undefined && (rule.ref === undefined || ref === rule.ref)
      return same ? undefined : `signed by ${show(signed)}, expected ${expected}${rule.ref ? `@${rule.ref}` : ''}`
    }
    case 'repository': {
      const prefix = `${rule.repository}/.github/workflows/`
      const inRepository = githubPath(san) !== undefined && signed.toLowerCase().startsWith(prefix.toLowerCase()) && signed.includes('@')
      return inRepository ? undefined : `signed by ${show(signed)}, expected a workflow of ${rule.repository}`
    }
    case 'identity':
      return san === rule.identity ? undefined : `signed by ${show(san)}, expected ${rule.identity}`
    case 'identity-regex':
      return rule.pattern.test(san) ? undefined : `signed by ${show(san)}, which does not match cert-identity-regex ${rule.text}`
    case 'any':
      return undefined
  }
}

/** The part of a https://github.com/ URL after the host, or undefined for anything else. */
function githubPath(uri: string | undefined): string | undefined {
  return uri?.startsWith(GITHUB) ? uri.slice(GITHUB.length) : undefined
}

/** GitHub owner and repository names are case-insensitive; the rest of a path is not. */
function sameRepositoryPath(a: string, b: string): boolean {
  const split = (path: string) => {
    const parts = path.split('/')
    return [parts.slice(0, 2).join('/').toLowerCase(), parts.slice(2).join('/')]
  }
  const [aRepository, aRest] = split(a)
  const [bRepository, bRest] = split(b)
  return aRepository === bRepository && aRest === bRest
}

function sameName(actual: string | undefined, expected: string): boolean {
  return actual !== undefined && actual.toLowerCase() === expected.toLowerCase()
}

/** A value read from a certificate or a statement, quoted and bounded for a reason. */
function show(value: string | undefined): string {
  // Long enough for a workflow URL at a ref, short enough for one log line.
  return value === undefined ? '(none)' : describeValue(value, 300)
}

export type StatementJudgement = { readonly ok: true } | { readonly ok: false; readonly reason: string }

/**
 * Judges the in-toto statement a DSSE envelope carries: it must be about the
 * event's digest and of the predicate type asked for. The signature over it
 * is the library's to check; what it says is ours.
 */
export function judgeStatement(policy: AttestationPolicy, payloadType: string, payload: Buffer, digest: string): StatementJudgement {
  if (payloadType !== IN_TOTO_PAYLOAD_TYPE) return { ok: false, reason: `the envelope's payload is ${show(payloadType)}, not an in-toto statement` }
  let statement: unknown
  try {
    statement = JSON.parse(payload.toString('utf8'))
  } catch {
    return { ok: false, reason: 'the in-toto statement is not valid JSON' }
  }
  if (typeof statement !== 'object' || statement === null) return { ok: false, reason: 'the in-toto statement is not a JSON object' }
  const { _type: type, predicateType, subject } = statement as Record<string, unknown>
  if (typeof type !== 'string' || !IN_TOTO_STATEMENT_TYPES.includes(type)) {
    return { ok: false, reason: `the statement's _type is ${describeValue(type)}, not an in-toto statement` }
  }
  const [algorithm = '', hex = ''] = digest.split(':')
  const subjects = Array.isArray(subject) ? subject : []
  const digests = subjects.map(entry => subjectDigest(entry, algorithm)).filter((d): d is string => d !== undefined)
  if (!digests.some(d => d.toLowerCase() === hex)) {
    const named =
      digests.length === 0
        ? `no ${algorithm} digest`
        : digests
            .slice(0, 3)
            .map(d => `${algorithm}:${d}`)
            .join(', ')
    return { ok: false, reason: `subject is ${describeValueList(named)}, not the event's ${digest}` }
  }
  if (predicateType !== policy.predicateType) {
    return { ok: false, reason: `predicate type is ${describeValue(predicateType)}, expected ${policy.predicateType}` }
  }
  return { ok: true }
}

function subjectDigest(entry: unknown, algorithm: string): string | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined
  const digests = (entry as { digest?: unknown }).digest
  if (typeof digests !== 'object' || digests === null) return undefined
  const value = (digests as Record<string, unknown>)[algorithm]
  return typeof value === 'string' ? value : undefined
}

/** Digests that are hex are shown as they are; anything else is quoted. */
function describeValueList(text: string): string {
  return /^[a-z0-9:, ]*$/.test(text) ? text : describeValue(text)
}

/** The reason an event fails the check, from what each bundle was refused for. */
export function mismatchReason(digest: string, found: number, refusals: readonly string[]): string {
  if (found === 0) return `no attestation: no Sigstore bundle is attached to ${digest}`
  const distinct = [...new Set(refusals)]
  const shown = distinct.slice(0, 3).join('; ')
  const more = distinct.length > 3 ? `; and ${distinct.length - 3} more` : ''
  return `no attestation of ${digest} meets the policy (${found} Sigstore bundle${found === 1 ? '' : 's'}): ${shown}${more}`
}
