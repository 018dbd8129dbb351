import { describe, expect, test } from 'vitest'
import {
  ATTESTATION_INPUTS,
  COSIGN_SIGNATURE,
  judgeSigner,
  judgeStatement,
  mismatchReason,
  parseAttestationPolicy,
  type AttestationInputName,
  type SignerFacts
} from '../../../src/action/trust/policy/attestation.js'

const empty = Object.fromEntries(ATTESTATION_INPUTS.map(name => [name, ''])) as Record<AttestationInputName, string>
const policyFor = (inputs: Partial<Record<AttestationInputName, string>>) => parseAttestationPolicy({ ...empty, ...inputs })!

const WORKFLOW = 'octo-org/web/.github/workflows/release.yml'
const DIGEST = `sha256:${'a'.repeat(64)}`

/** What a GitHub Actions certificate for octo-org/web's release workflow on main says. */
const github: SignerFacts = {
  subjectAlternativeName: `https://github.com/${WORKFLOW}@refs/heads/main`,
  issuer: 'https://token.actions.githubusercontent.com',
  buildSignerUri: `https://github.com/${WORKFLOW}@refs/heads/main`,
  sourceRepositoryUri: 'https://github.com/octo-org/web',
  sourceRepositoryOwnerUri: 'https://github.com/octo-org',
  runnerEnvironment: 'github-hosted'
}

describe('parseAttestationPolicy', () => {
  test('no identity input: the check is off', () => {
    expect(parseAttestationPolicy(empty)).toBeUndefined()
    expect(
      parseAttestationPolicy({ ...empty, 'predicate-type': 'https://slsa.dev/provenance/v1', 'deny-self-hosted-runners': 'false' })
    ).toBeUndefined()
  })

  test('signer-workflow: the workflow, the source repository and owner it implies, and the defaults', () => {
    expect(policyFor({ 'signer-workflow': `${WORKFLOW}@refs/heads/main` })).toEqual({
      signer: { kind: 'workflow', repository: 'octo-org/web', path: '.github/workflows/release.yml', ref: 'refs/heads/main' },
      issuer: 'https://token.actions.githubusercontent.com',
      predicateType: 'https://slsa.dev/provenance/v1',
      sourceRepository: 'octo-org/web',
      owner: 'octo-org',
      denySelfHostedRunners: false,
      trustedRoot: undefined
    })
  })

  test('repo overrides the source a signer implies (a reusable workflow called from another repository)', () => {
    const policy = policyFor({ 'signer-workflow': `https://github.com/slsa/gen/.github/workflows/builder.yml`, repo: 'octo-org/web' })
    expect(policy).toMatchObject({ signer: { kind: 'workflow', repository: 'slsa/gen' }, sourceRepository: 'octo-org/web', owner: 'octo-org' })
  })

  test('cert-identity alone pins no GitHub source', () => {
    expect(policyFor({ 'cert-identity': 'builder@example.com', 'cert-oidc-issuer': 'https://accounts.google.com' })).toMatchObject({
      signer: { kind: 'identity', identity: 'builder@example.com' },
      issuer: 'https://accounts.google.com',
      sourceRepository: undefined,
      owner: undefined
    })
  })

  test.each<[Partial<Record<AttestationInputName, string>>, string]>([
    [{ 'signer-workflow': 'octo-org/web/release.yml' }, 'Input "signer-workflow": must be owner/repo/.github/workflows/<file>.yml'],
    [{ 'signer-workflow': `${WORKFLOW}@main` }, 'Input "signer-workflow": must be owner/repo/.github/workflows/<file>.yml'],
    [{ 'signer-repo': 'octo-org' }, 'Input "signer-repo": must be owner/repository; got "octo-org"'],
    [{ 'signer-workflow': WORKFLOW, 'cert-identity': 'x' }, 'Input "cert-identity": cannot be combined with signer-workflow'],
    [{ 'cert-identity-regex': '(' }, 'Input "cert-identity-regex": is not a valid regular expression'],
    [{ repo: 'octo-org/web/x' }, 'Input "repo": must be owner/repository'],
    [{ owner: 'octo org' }, 'Input "owner": must be a GitHub user or organization name'],
    [{ owner: 'octo-org', 'cert-oidc-issuer': 'http://issuer' }, 'Input "cert-oidc-issuer": must be an https URL'],
    [{ owner: 'octo-org', 'deny-self-hosted-runners': 'yes' }, 'Input "deny-self-hosted-runners": must be "true" or "false"'],
    [{ 'trusted-root': 'root.jsonl' }, 'Input "trusted-root": only applies with an identity input'],
    [{ 'predicate-type': COSIGN_SIGNATURE }, 'Input "predicate-type": only applies with an identity input']
  ])('%j is refused', (inputs, message) => {
    expect(() => policyFor(inputs)).toThrow(message)
  })
})

describe('judgeSigner', () => {
  const workflowPolicy = policyFor({ 'signer-workflow': WORKFLOW })

  test('the release workflow of the repository: passes, with the outputs', () => {
    expect(judgeSigner(workflowPolicy, github)).toEqual({
      ok: true,
      signer: { workflow: `${WORKFLOW}@refs/heads/main`, sourceRepository: 'octo-org/web', identity: github.subjectAlternativeName }
    })
  })

  test.each<[string, Partial<Record<AttestationInputName, string>>, Partial<SignerFacts>, string | undefined]>([
    ['a ref asked for and signed at', { 'signer-workflow': `${WORKFLOW}@refs/heads/main` }, {}, undefined],
    [
      'another ref',
      { 'signer-workflow': `${WORKFLOW}@refs/tags/v1` },
      {},
      `signed by "${WORKFLOW}@refs/heads/main", expected ${WORKFLOW}@refs/tags/v1`
    ],
    [
      'another workflow',
      { 'signer-workflow': WORKFLOW },
      { subjectAlternativeName: 'https://github.com/octo-org/web/.github/workflows/ci.yml@refs/heads/main' },
      `signed by "octo-org/web/.github/workflows/ci.yml@refs/heads/main", expected ${WORKFLOW}`
    ],
    [
      'a workflow whose name only starts with the one asked for (gh matches a prefix)',
      { 'signer-workflow': WORKFLOW },
      { subjectAlternativeName: `https://github.com/${WORKFLOW}.evil.yml@refs/heads/main` },
      `signed by "${WORKFLOW}.evil.yml@refs/heads/main", expected ${WORKFLOW}`
    ],
    [
      'a repository whose name only starts with the one asked for',
      { 'signer-repo': 'octo-org/web' },
      { subjectAlternativeName: 'https://github.com/octo-org/web-fork/.github/workflows/release.yml@refs/heads/main' },
      'signed by "octo-org/web-fork/.github/workflows/release.yml@refs/heads/main", expected a workflow of octo-org/web'
    ],
    ['any workflow of the signer repository', { 'signer-repo': 'Octo-Org/Web' }, {}, undefined],
    ['owner and repository in another case', { 'signer-workflow': 'OCTO-ORG/WEB/.github/workflows/release.yml' }, {}, undefined],
    [
      'the workflow path in another case',
      { 'signer-workflow': 'octo-org/web/.github/workflows/Release.yml' },
      {},
      `signed by "${WORKFLOW}@refs/heads/main", expected octo-org/web/.github/workflows/Release.yml`
    ],
    [
      'the same path on another host',
      { 'signer-workflow': WORKFLOW },
      { subjectAlternativeName: `https://github.example.com/${WORKFLOW}@refs/heads/main` },
      `signed by "https://github.example.com/${WORKFLOW}@refs/heads/main", expected ${WORKFLOW}`
    ],
    [
      'another repository as the source',
      { 'signer-workflow': WORKFLOW },
      { sourceRepositoryUri: 'https://github.com/octo-org/other' },
      'built from "octo-org/other", expected octo-org/web'
    ],
    [
      'another owner',
      { 'signer-workflow': WORKFLOW },
      { sourceRepositoryOwnerUri: 'https://github.com/someone-else' },
      'built in the account "someone-else", expected octo-org'
    ],
    ['owner alone', { owner: 'octo-org' }, {}, undefined],
    ['repo alone, another source', { repo: 'octo-org/api' }, {}, 'built from "octo-org/web", expected octo-org/api'],
    [
      'another issuer',
      { 'signer-workflow': WORKFLOW },
      { issuer: 'https://accounts.google.com' },
      'signed with a token from "https://accounts.google.com", expected https://token.actions.githubusercontent.com'
    ],
    [
      'no issuer',
      { 'signer-workflow': WORKFLOW },
      { issuer: undefined },
      'signed with a token from (none), expected https://token.actions.githubusercontent.com'
    ],
    [
      'a self-hosted runner, denied',
      { 'signer-workflow': WORKFLOW, 'deny-self-hosted-runners': 'true' },
      { runnerEnvironment: 'self-hosted' },
      'built on a "self-hosted" runner, and deny-self-hosted-runners allows only github-hosted'
    ],
    ['a self-hosted runner, allowed', { 'signer-workflow': WORKFLOW }, { runnerEnvironment: 'self-hosted' }, undefined],
    ['an exact identity', { 'cert-identity': `https://github.com/${WORKFLOW}@refs/heads/main`, owner: 'octo-org' }, {}, undefined],
    [
      'an exact identity, another signer',
      { 'cert-identity': `https://github.com/${WORKFLOW}@refs/heads/dev` },
      {},
      `signed by "https://github.com/${WORKFLOW}@refs/heads/main", expected https://github.com/${WORKFLOW}@refs/heads/dev`
    ],
    ['an identity pattern', { 'cert-identity-regex': '^https://github\\.com/octo-org/' }, {}, undefined],
    [
      'an identity pattern, not matched',
      { 'cert-identity-regex': '^https://github\\.com/other/' },
      {},
      `signed by "https://github.com/${WORKFLOW}@refs/heads/main", which does not match cert-identity-regex ^https://github\\.com/other/`
    ],
    [
      'a signer workflow outside the output grammar',
      { 'signer-repo': 'octo-org/web' },
      {
        subjectAlternativeName: 'https://github.com/octo-org/web/.github/workflows/release.yml@refs/heads/a$(b)',
        buildSignerUri: 'https://github.com/octo-org/web/.github/workflows/release.yml@refs/heads/a$(b)'
      },
      'the signer workflow "octo-org/web/.github/workflows/release.yml@refs/heads/a$(b)" is outside the signer-workflow output\'s grammar'
    ]
  ])('%s', (_, inputs, facts, reason) => {
    const judgement = judgeSigner(policyFor(inputs), { ...github, ...facts })
    if (reason === undefined) expect(judgement).toMatchObject({ ok: true })
    else expect(judgement.ok ? 'passed' : judgement.reason).toContain(reason)
  })

  test('an e-mail identity (cosign outside GitHub): passes with no GitHub outputs', () => {
    const policy = policyFor({ 'cert-identity': 'builder@example.com', 'cert-oidc-issuer': 'https://accounts.google.com' })
    expect(judgeSigner(policy, { subjectAlternativeName: 'builder@example.com', issuer: 'https://accounts.google.com' })).toEqual({
      ok: true,
      signer: { workflow: undefined, sourceRepository: undefined, identity: 'builder@example.com' }
    })
  })
})

describe('judgeStatement', () => {
  const policy = policyFor({ 'signer-workflow': WORKFLOW })
  const statement = (fields: object) =>
    Buffer.from(
      JSON.stringify({
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'myregistry.azurecr.io/team/web', digest: { sha256: 'a'.repeat(64) } }],
        predicateType: 'https://slsa.dev/provenance/v1',
        predicate: {},
        ...fields
      })
    )

  test.each<[string, string, Buffer, string | undefined]>([
    ['a provenance of the digest', 'application/vnd.in-toto+json', statement({}), undefined],
    ['a v0.1 statement', 'application/vnd.in-toto+json', statement({ _type: 'https://in-toto.io/Statement/v0.1' }), undefined],
    [
      'one subject among several',
      'application/vnd.in-toto+json',
      statement({ subject: [{ digest: { sha256: 'b'.repeat(64) } }, { digest: { sha256: 'A'.repeat(64) } }] }),
      undefined
    ],
    [
      'another digest',
      'application/vnd.in-toto+json',
      statement({ subject: [{ digest: { sha256: 'b'.repeat(64) } }] }),
      `subject is sha256:${'b'.repeat(64)}, not the event's ${DIGEST}`
    ],
    [
      'no sha256 subject',
      'application/vnd.in-toto+json',
      statement({ subject: [{ digest: { sha512: 'a' } }] }),
      `subject is no sha256 digest, not the event's ${DIGEST}`
    ],
    [
      'another predicate type',
      'application/vnd.in-toto+json',
      statement({ predicateType: 'https://spdx.dev/Document/v2.3' }),
      'predicate type is "https://spdx.dev/Document/v2.3", expected https://slsa.dev/provenance/v1'
    ],
    ['another payload type', 'text/plain', statement({}), 'the envelope\'s payload is "text/plain", not an in-toto statement'],
    ['not JSON', 'application/vnd.in-toto+json', Buffer.from('{'), 'the in-toto statement is not valid JSON'],
    ['not a statement', 'application/vnd.in-toto+json', statement({ _type: 'x' }), 'the statement\'s _type is "x", not an in-toto statement']
  ])('%s', (_, payloadType, payload, reason) => {
    const judgement = judgeStatement(policy, payloadType, payload, DIGEST)
    expect(judgement.ok ? undefined : judgement.reason).toBe(reason)
  })

  test('a cosign signature passes only a policy that asks for one', () => {
    const signature = statement({ predicateType: COSIGN_SIGNATURE })
    expect(judgeStatement(policy, 'application/vnd.in-toto+json', signature, DIGEST).ok).toBe(false)
    const cosign = policyFor({ 'signer-workflow': WORKFLOW, 'predicate-type': COSIGN_SIGNATURE })
    expect(judgeStatement(cosign, 'application/vnd.in-toto+json', signature, DIGEST).ok).toBe(true)
  })
})

describe('mismatchReason', () => {
  test.each<[number, string[], string]>([
    [0, [], `no attestation: no Sigstore bundle is attached to ${DIGEST}`],
    [2, ['a', 'a'], `no attestation of ${DIGEST} meets the policy (2 Sigstore bundles): a`],
    [5, ['a', 'b', 'c', 'd', 'e'], `no attestation of ${DIGEST} meets the policy (5 Sigstore bundles): a; b; c; and 2 more`]
  ])('%i bundles refused for %j', (found, refusals, reason) => {
    expect(mismatchReason(DIGEST, found, refusals)).toBe(reason)
  })
})
