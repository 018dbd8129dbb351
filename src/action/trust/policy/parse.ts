// The attestation inputs → the policy a bundle must meet, or an InputError
// naming the input that is wrong. Every check gh attestation verify makes has
// its input here, and so does the rule gh enforces by refusing to run: every
// signer is pinned to a GitHub owner (gh requires --owner or --repo). Pure: no
// I/O, no @actions/core, no Sigstore library; judge.ts judges a bundle by what
// this returns.
import { describeValue, InputError } from '../../../errors.js'
import type { AttestationInputName } from '../input-names.js'
import { GITHUB, GITHUB_ACTIONS_ISSUER, githubPath, OWNER_PATTERN, REPOSITORY_PATTERN, SLSA_PROVENANCE_V1, WORKFLOW_PATTERN } from './names.js'

export { ATTESTATION_INPUTS, type AttestationInputName } from '../input-names.js'

/** Inputs that say who must have signed: setting any of them turns the check on. */
export const IDENTITY_INPUTS = ['signer-workflow', 'signer-repo', 'cert-identity', 'cert-identity-regex', 'repo', 'owner'] as const

/** Where bundles are looked for: the registry's referrers, GitHub's attestations API, or the first then the second. */
export const ATTESTATION_SOURCES = ['registry', 'github', 'any'] as const
export type AttestationSource = (typeof ATTESTATION_SOURCES)[number]

/** Who must have signed, from the one identity input given. */
export type SignerRule =
  | { readonly kind: 'workflow'; readonly repository: string; readonly path: string; readonly ref?: string }
  | { readonly kind: 'repository'; readonly repository: string }
  | { readonly kind: 'identity'; readonly identity: string }
  /** Anchored at both ends: `pattern` is the input wrapped in ^(?:…)$. */
  | { readonly kind: 'identity-regex'; readonly pattern: RegExp; readonly text: string }
  /** repo or owner alone: a workflow of that repository (`owner/repo/`) or of that account (`owner/`), as gh has it. */
  | { readonly kind: 'within'; readonly prefix: string }

/** Where GitHub's attestations API is asked: a repository's, or an organization's (gh's --repo and --owner). */
export type AttestationLookup = { readonly kind: 'repository'; readonly name: string } | { readonly kind: 'organization'; readonly name: string }

export interface AttestationPolicy {
  readonly signer: SignerRule
  /** The OIDC issuer the certificate must name (cert-oidc-issuer). */
  readonly issuer: string
  readonly predicateType: string
  /** owner/repo the certificate's source repository must be (case-insensitively, as GitHub names are). */
  readonly sourceRepository?: string
  readonly owner?: string
  /** Fulcio's 1.14, 1.13 and 1.10: the source ref, the source commit, the signer workflow's commit. */
  readonly sourceRef?: string
  readonly sourceDigest?: string
  readonly signerDigest?: string
  readonly denySelfHostedRunners: boolean
  /** A file of trusted roots, instead of the TUF repositories of public good and GitHub. */
  readonly trustedRoot?: string
  readonly source: AttestationSource
  /** Where the attestations API is asked; absent: the policy names no GitHub account, and only the registry can be. */
  readonly lookup?: AttestationLookup
}

/** Inputs that refine a check an identity input turns on; alone, they are a configuration error. */
const REFINING_INPUTS = [
  'cert-oidc-issuer',
  'predicate-type',
  'deny-self-hosted-runners',
  'trusted-root',
  'source-ref',
  'source-digest',
  'signer-digest',
  'attestation-source'
] as const

/**
 * The policy the inputs ask for, or undefined when no identity input is set
 * (the check is off). Throws an InputError naming the input that is wrong.
 */
export function parseAttestationPolicy(inputs: Readonly<Record<AttestationInputName, string>>): AttestationPolicy | undefined {
  const value = (name: AttestationInputName) => inputs[name].trim()
  const given = IDENTITY_INPUTS.filter(name => value(name) !== '')
  if (given.length === 0) {
    const stray = REFINING_INPUTS.find(name => value(name) !== '' && !isDefault(name, value(name)))
    if (stray) {
      throw new InputError(
        stray,
        'only applies with an identity input (signer-workflow, signer-repo, cert-identity, cert-identity-regex, repo or owner), and none is set: nothing would be checked'
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
  const repo = value('repo')
  if (repo !== '' && !REPOSITORY_PATTERN.test(repo))
    throw new InputError('repo', `must be owner/repository as GitHub names them; got ${describeValue(repo)}`)
  const ownerInput = value('owner')
  if (ownerInput !== '' && !OWNER_PATTERN.test(ownerInput))
    throw new InputError('owner', `must be a GitHub user or organization name; got ${describeValue(ownerInput)}`)
  if (repo !== '' && ownerInput !== '' && !sameName(repo.split('/')[0]!, ownerInput)) {
    throw new InputError('owner', `is ${ownerInput}, but repo ${repo} belongs to ${repo.split('/')[0]}: set one of them`)
  }
  const issuer = value('cert-oidc-issuer') || GITHUB_ACTIONS_ISSUER
  if (!/^https:\/\/[^\s]+$/.test(issuer)) throw new InputError('cert-oidc-issuer', `must be an https URL; got ${describeValue(issuer)}`)
  const signer = parseSigner(signers[0], value, repo || ownerInput)
  // The source a GitHub signer implies when neither repo nor owner says: its own repository (stricter than gh, which
  // refuses to run without one). owner alone widens it to any repository of that account, gh's form for reusable workflows.
  const signerRepository = signer.kind === 'workflow' || signer.kind === 'repository' ? signer.repository : undefined
  const sourceRepository = repo || (ownerInput === '' ? signerRepository : undefined)
  const identityOwner = signer.kind === 'identity' ? githubPath(signer.identity)?.split('/')[0] : undefined
  const owner = ownerInput || sourceRepository?.split('/')[0] || (identityOwner && OWNER_PATTERN.test(identityOwner) ? identityOwner : undefined)
  if (owner === undefined && issuer === GITHUB_ACTIONS_ISSUER) {
    throw new InputError(
      signers[0]!,
      `names no GitHub account its signer must belong to: set owner (or repo) as well, as gh attestation verify requires --owner or --repo; without them any repository on GitHub could sign`
    )
  }
  const predicateType = value('predicate-type') || SLSA_PROVENANCE_V1
  if (/\s/.test(predicateType)) throw new InputError('predicate-type', `must be a URI; got ${describeValue(predicateType)}`)
  const source = parseSource(value('attestation-source'))
  const lookup: AttestationLookup | undefined = sourceRepository
    ? { kind: 'repository', name: sourceRepository }
    : owner
      ? { kind: 'organization', name: owner }
      : undefined
  if (source === 'github' && !lookup) {
    throw new InputError(
      'attestation-source',
      'is github, but no repository or owner says where to look the attestations up: set repo (the repository that built the image) or owner'
    )
  }
  return {
    signer,
    issuer,
    predicateType,
    sourceRepository,
    owner,
    sourceRef: parseRef(value('source-ref')),
    sourceDigest: parseCommit('source-digest', value('source-digest')),
    signerDigest: parseCommit('signer-digest', value('signer-digest')),
    denySelfHostedRunners: parseBoolean(value('deny-self-hosted-runners')),
    trustedRoot: value('trusted-root') || undefined,
    source,
    lookup
  }
}

function isDefault(name: (typeof REFINING_INPUTS)[number], text: string): boolean {
  return (
    (name === 'predicate-type' && text === SLSA_PROVENANCE_V1) ||
    (name === 'deny-self-hosted-runners' && text === 'false') ||
    (name === 'attestation-source' && text === 'any') ||
    (name === 'cert-oidc-issuer' && text === GITHUB_ACTIONS_ISSUER)
  )
}

function parseSigner(name: string | undefined, value: (name: AttestationInputName) => string, within: string): SignerRule {
  switch (name) {
    case 'signer-workflow': {
      const text = value('signer-workflow')
      const match = WORKFLOW_PATTERN.exec(text.replace(/^(?:https:\/\/)?github\.com\//, ''))
      if (!match) {
        throw new InputError(
          'signer-workflow',
          `must be owner/repo/.github/workflows/<file>.yml, optionally @refs/heads/<branch>, @refs/tags/<tag> or @<40-hex commit>; got ${describeValue(text)}`
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
      return parseIdentityRegex(value('cert-identity-regex'))
    default:
      // repo or owner alone: the signer is a workflow of that repository, or of that account.
      return { kind: 'within', prefix: `${within}/` }
  }
}

/**
 * A regular expression matched against the whole identity: written with ^ and
 * $ (refused otherwise, so that no one relies on a prefix match that lets
 * https://github.com/evilocto-org/ through ^https://github.com/octo), and
 * wrapped in ^(?:…)$ so that an alternation cannot step outside the anchors.
 */
function parseIdentityRegex(text: string): SignerRule {
  let pattern: RegExp
  try {
    pattern = new RegExp(`^(?:${text})$`, 'u')
  } catch (error) {
    throw new InputError('cert-identity-regex', `is not a valid regular expression: ${(error as Error).message}`)
  }
  if (!text.startsWith('^') || !/(?<!\\)\$$/.test(text)) {
    throw new InputError(
      'cert-identity-regex',
      `must be anchored at both ends, ^…$ (it is matched against the whole identity; a prefix would let ${GITHUB}evilocto-org/… through ^${GITHUB.replace(/\./g, '\\.')}octo): e.g. ^${GITHUB.replace(/\./g, '\\.')}octo-org/web/\\.github/workflows/.*$; got ${describeValue(text)}`
    )
  }
  return { kind: 'identity-regex', pattern, text }
}

function parseSource(text: string): AttestationSource {
  if (text === '') return 'any'
  if (!(ATTESTATION_SOURCES as readonly string[]).includes(text)) {
    throw new InputError('attestation-source', `must be registry, github or any; got ${describeValue(text)}`)
  }
  return text as AttestationSource
}

function parseRef(text: string): string | undefined {
  if (text === '') return undefined
  if (!/^refs\/\S+$/.test(text)) {
    throw new InputError(
      'source-ref',
      `must be a full ref as the certificate names it (refs/heads/main, refs/tags/v1.2.0); got ${describeValue(text)}`
    )
  }
  return text
}

function parseCommit(name: 'source-digest' | 'signer-digest', text: string): string | undefined {
  if (text === '') return undefined
  const hex = text.replace(/^(?:sha1|sha256):/, '')
  if (!/^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/.test(hex)) {
    throw new InputError(name, `must be a commit SHA (40 hexadecimal digits, or 64 for SHA-256 repositories); got ${describeValue(text)}`)
  }
  return hex.toLowerCase()
}

function parseBoolean(text: string): boolean {
  if (text === '' || text === 'false') return false
  if (text === 'true') return true
  throw new InputError('deny-self-hosted-runners', `must be "true" or "false"; got ${describeValue(text)}`)
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
