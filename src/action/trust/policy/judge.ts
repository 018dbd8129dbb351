// A verified bundle judged against the policy parse.ts built: what its
// certificate says about the signer (Fulcio's extensions, as gh attestation
// verify reads them) and what its in-toto statement is about. The checks
// @sigstore/verify leaves to its caller. Pure: no I/O, no Sigstore library.
import { describeValue } from '../../../errors.js'
import { githubPath, REPOSITORY_PATTERN, SIGNER_WORKFLOW_OUTPUT } from './names.js'
import type { AttestationPolicy, SignerRule } from './parse.js'

const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
const IN_TOTO_STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']

/** What a verified signing certificate says about its signer; absent: the certificate has no such field. */
export interface SignerFacts {
  readonly subjectAlternativeName?: string
  readonly issuer?: string
  readonly buildSignerUri?: string
  readonly sourceRepositoryUri?: string
  readonly sourceRepositoryOwnerUri?: string
  readonly runnerEnvironment?: string
  /** 1.10: the commit of the workflow that signed. */
  readonly buildSignerDigest?: string
  /** 1.13: the commit the build ran on. */
  readonly sourceRepositoryDigest?: string
  /** 1.14: the ref the build ran on. */
  readonly sourceRepositoryRef?: string
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
  // As gh compares --source-ref, --source-digest and --signer-digest: the certificate's value, exactly.
  if (policy.sourceRef !== undefined && facts.sourceRepositoryRef !== policy.sourceRef) {
    return { ok: false, reason: `built from the ref ${show(facts.sourceRepositoryRef)}, expected ${policy.sourceRef} (source-ref)` }
  }
  if (policy.sourceDigest !== undefined && facts.sourceRepositoryDigest?.toLowerCase() !== policy.sourceDigest) {
    return { ok: false, reason: `built from the commit ${show(facts.sourceRepositoryDigest)}, expected ${policy.sourceDigest} (source-digest)` }
  }
  if (policy.signerDigest !== undefined && facts.buildSignerDigest?.toLowerCase() !== policy.signerDigest) {
    return { ok: false, reason: `signed by the workflow at commit ${show(facts.buildSignerDigest)}, expected ${policy.signerDigest} (signer-digest)` }
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
    case 'within': {
      // gh's rule for --repo or --owner alone: the identity starts with https://github.com/<owner>[/<repo>]/.
      const inside = githubPath(san) !== undefined && signed.toLowerCase().startsWith(rule.prefix.toLowerCase())
      return inside ? undefined : `signed by ${show(signed)}, expected a workflow of ${rule.prefix.slice(0, -1)}`
    }
  }
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

/** What the sources were asked and what they held back: for the reason. */
export interface Search {
  /** Bundles found, across the sources asked. */
  readonly found: number
  /** Where they were looked for: "the registry's referrers", "GitHub's attestations of octo-org/web". */
  readonly asked: readonly string[]
  /** Why some were not looked at (a cap, a source that could not be asked); shown even when none was found. */
  readonly notes: readonly string[]
}

/** The reason an event fails the check, from what each bundle was refused for. */
export function mismatchReason(digest: string, search: Search, refusals: readonly string[]): string {
  const where = search.asked.length === 0 ? '' : ` in ${search.asked.join(' or ')}`
  const notes = search.notes.length === 0 ? '' : `; ${search.notes.join('; ')}`
  if (search.found === 0) return `no attestation: no Sigstore bundle of ${digest}${where}${notes}`
  const distinct = [...new Set(refusals)]
  const shown = distinct.slice(0, 3).join('; ')
  const more = distinct.length > 3 ? `; and ${distinct.length - 3} more` : ''
  return `no attestation of ${digest} meets the policy (${search.found} Sigstore bundle${search.found === 1 ? '' : 's'}${where}): ${shown}${more}${notes}`
}
