import { describe, expect, test } from 'vitest'
import { judgeSigner, judgeStatement, mismatchReason, type SignerFacts } from '../../../src/action/trust/policy/judge.js'
import { COSIGN_SIGNATURE, SIGNER_WORKFLOW_OUTPUT } from '../../../src/action/trust/policy/names.js'
import { ATTESTATION_INPUTS, parseAttestationPolicy, type AttestationInputName } from '../../../src/action/trust/policy/parse.js'

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
      sourceRef: undefined,
      sourceDigest: undefined,
      signerDigest: undefined,
      denySelfHostedRunners: false,
      trustedRoot: undefined,
      source: 'any',
      lookup: { kind: 'repository', name: 'octo-org/web' }
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
    [{ 'cert-identity-regex': '(', owner: 'octo-org' }, 'Input "cert-identity-regex": is not a valid regular expression'],
    [{ repo: 'octo-org/web/x' }, 'Input "repo": must be owner/repository'],
    [{ owner: 'octo org' }, 'Input "owner": must be a GitHub user or organization name'],
    [{ owner: 'octo-org', 'cert-oidc-issuer': 'http://issuer' }, 'Input "cert-oidc-issuer": must be an https URL'],
    [{ owner: 'octo-org', 'deny-self-hosted-runners': 'yes' }, 'Input "deny-self-hosted-runners": must be "true" or "false"'],
    [{ 'trusted-root': 'root.jsonl' }, 'Input "trusted-root": only applies with an identity input'],
    [{ 'predicate-type': COSIGN_SIGNATURE }, 'Input "predicate-type": only applies with an identity input'],
    // gh ignores nothing it is given: an input that refines a check no identity input turns on is a mistake, said.
    [{ 'cert-oidc-issuer': 'https://accounts.google.com' }, 'Input "cert-oidc-issuer": only applies with an identity input'],
    [{ 'source-ref': 'refs/heads/main' }, 'Input "source-ref": only applies with an identity input'],
    [{ 'source-digest': 'a'.repeat(40) }, 'Input "source-digest": only applies with an identity input'],
    [{ 'signer-digest': 'a'.repeat(40) }, 'Input "signer-digest": only applies with an identity input'],
    [{ 'attestation-source': 'github' }, 'Input "attestation-source": only applies with an identity input'],
    [{ owner: 'octo-org', 'source-ref': 'main' }, 'Input "source-ref": must be a full ref'],
    [{ owner: 'octo-org', 'source-digest': 'abc' }, 'Input "source-digest": must be a commit SHA'],
    [{ owner: 'octo-org', 'signer-digest': 'z'.repeat(40) }, 'Input "signer-digest": must be a commit SHA'],
    [{ owner: 'octo-org', 'attestation-source': 'oci' }, 'Input "attestation-source": must be registry, github or any; got "oci"'],
    [{ repo: 'octo-org/web', owner: 'other-org' }, 'Input "owner": is other-org, but repo octo-org/web belongs to octo-org'],
    // The GitHub Actions issuer with no account to pin: any repository on GitHub could sign.
    [{ 'cert-identity': 'builder@example.com' }, 'Input "cert-identity": names no GitHub account its signer must belong to'],
    [{ 'cert-identity-regex': '^https://github\\.com/octo-org/.*$' }, 'Input "cert-identity-regex": names no GitHub account'],
    [{ 'cert-identity-regex': 'https://github\\.com/octo-org/.*', owner: 'octo-org' }, 'Input "cert-identity-regex": must be anchored at both ends'],
    [{ 'cert-identity-regex': '^https://github\\.com/octo-org/', owner: 'octo-org' }, 'Input "cert-identity-regex": must be anchored at both ends'],
    [
      { 'cert-identity-regex': '^https://github\\.com/octo-org/.*\\$', owner: 'octo-org' },
      'Input "cert-identity-regex": must be anchored at both ends'
    ],
    [
      { 'cert-identity': 'builder@example.com', 'cert-oidc-issuer': 'https://accounts.google.com', 'attestation-source': 'github' },
      'Input "attestation-source": is github, but no repository or owner says where to look the attestations up'
    ]
  ])('%j is refused', (inputs, message) => {
    expect(() => policyFor(inputs)).toThrow(message)
  })
})

describe('judgeSigner', () => {
  const workflowPolicy = () => policyFor({ 'signer-workflow': WORKFLOW })

  test('the release workflow of the repository: passes, with the outputs', () => {
    expect(judgeSigner(workflowPolicy(), github)).toEqual({
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
    [
      'repo alone, another source',
      { repo: 'octo-org/api' },
      { subjectAlternativeName: 'https://github.com/octo-org/api/.github/workflows/release.yml@refs/heads/main' },
      'built from "octo-org/web", expected octo-org/api'
    ],
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
    ['an identity pattern', { 'cert-identity-regex': '^https://github\\.com/octo-org/.*$', owner: 'octo-org' }, {}, undefined],
    [
      'an identity pattern, not matched',
      { 'cert-identity-regex': '^https://github\\.com/other/.*$', owner: 'octo-org' },
      {},
      `signed by "https://github.com/${WORKFLOW}@refs/heads/main", which does not match cert-identity-regex ^https://github\\.com/other/.*$`
    ],
    [
      'an alternation cannot step outside the anchors',
      { 'cert-identity-regex': '^https://github\\.com/other/x|.*$', owner: 'octo-org' },
      {},
      undefined
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
  const policy = () => policyFor({ 'signer-workflow': WORKFLOW })
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
    const judgement = judgeStatement(policy(), payloadType, payload, DIGEST)
    expect(judgement.ok ? undefined : judgement.reason).toBe(reason)
  })

  test('a cosign signature passes only a policy that asks for one', () => {
    const signature = statement({ predicateType: COSIGN_SIGNATURE })
    expect(judgeStatement(policy(), 'application/vnd.in-toto+json', signature, DIGEST).ok).toBe(false)
    const cosign = policyFor({ 'signer-workflow': WORKFLOW, 'predicate-type': COSIGN_SIGNATURE })
    expect(judgeStatement(cosign, 'application/vnd.in-toto+json', signature, DIGEST).ok).toBe(true)
  })
})

describe('mismatchReason', () => {
  const REFERRERS = "the registry's referrers API"
  test.each<[number, string[], string[], string[], string]>([
    [0, [REFERRERS], [], [], `no attestation: no Sigstore bundle of ${DIGEST} in ${REFERRERS}`],
    [
      0,
      [REFERRERS, "GitHub's attestations of octo-org/web"],
      [],
      [],
      `no attestation: no Sigstore bundle of ${DIGEST} in ${REFERRERS} or GitHub's attestations of octo-org/web`
    ],
    [
      0,
      [REFERRERS],
      ['70 more referrers without an artifactType were not read'],
      [],
      `no attestation: no Sigstore bundle of ${DIGEST} in ${REFERRERS}; 70 more referrers without an artifactType were not read`
    ],
    [2, [REFERRERS], [], ['a', 'a'], `no attestation of ${DIGEST} meets the policy (2 Sigstore bundles in ${REFERRERS}): a`],
    [
      5,
      [REFERRERS],
      ['n'],
      ['a', 'b', 'c', 'd', 'e'],
      `no attestation of ${DIGEST} meets the policy (5 Sigstore bundles in ${REFERRERS}): a; b; c; and 2 more; n`
    ]
  ])('%i bundles in %j, notes %j, refused for %j', (found, asked, notes, refusals, reason) => {
    expect(mismatchReason(DIGEST, { found, asked, notes }, refusals)).toBe(reason)
  })
})

// Each row of the identity table gh's checks were taken from (gh attestation verify's --owner, --repo,
// --signer-workflow, --cert-identity(-regex), --source-ref, --source-digest, --signer-digest): the inputs, a certificate,
// and what must come of it.
describe('identity checked as gh checks it', () => {
  const caller = (repository: string, workflow: string, ref = 'refs/heads/main', extra: Partial<SignerFacts> = {}): SignerFacts => ({
    subjectAlternativeName: `https://github.com/${workflow}@${ref}`,
    issuer: 'https://token.actions.githubusercontent.com',
    buildSignerUri: `https://github.com/${workflow}@${ref}`,
    sourceRepositoryUri: `https://github.com/${repository}`,
    sourceRepositoryOwnerUri: `https://github.com/${repository.split('/')[0]}`,
    runnerEnvironment: 'github-hosted',
    ...extra
  })
  const RELEASE = 'octo-org/web/.github/workflows/release.yml'
  const SHARED = 'octo-org/shared/.github/workflows/build.yml'
  const COMMIT = '09b495c3f12c7881b3cc17209a327792065c1a1d'
  const ATTEST = 'github/artifact-attestations-workflows/.github/workflows/attest.yml'

  test.each<[string, Partial<Record<AttestationInputName, string>>, SignerFacts, string | undefined]>([
    [
      'cert-identity naming a workflow pins its owner: a run of other-org/app calling it is refused',
      { 'cert-identity': `https://github.com/${RELEASE}@refs/heads/main` },
      caller('other-org/app', RELEASE),
      'built in the account "other-org", expected octo-org'
    ],
    [
      '… and passes when owner allows other-org',
      { 'cert-identity': `https://github.com/${RELEASE}@refs/heads/main`, owner: 'other-org' },
      caller('other-org/app', RELEASE),
      undefined
    ],
    [
      'cert-identity-regex is anchored: evilocto-org does not pass ^https://github\\.com/octo-org/.*$',
      { 'cert-identity-regex': '^https://github\\.com/octo-org/.*$', owner: 'evilocto-org' },
      caller('evilocto-org/web', 'evilocto-org/web/.github/workflows/release.yml'),
      'which does not match cert-identity-regex'
    ],
    [
      'repo alone: a workflow of another repository is refused',
      { repo: 'octo-org/web' },
      caller('octo-org/web', 'other-org/tools/.github/workflows/any.yml'),
      'signed by "other-org/tools/.github/workflows/any.yml@refs/heads/main", expected a workflow of octo-org/web'
    ],
    ['repo alone: a workflow of that repository passes', { repo: 'octo-org/web' }, caller('octo-org/web', RELEASE), undefined],
    [
      'owner alone: a workflow of another account is refused',
      { owner: 'octo-org' },
      caller('octo-org/web', 'other-org/tools/.github/workflows/any.yml'),
      'expected a workflow of octo-org'
    ],
    [
      'signer-workflow of a reusable workflow with owner alone: any source repository of that owner',
      { 'signer-workflow': SHARED, owner: 'octo-org' },
      caller('octo-org/api', SHARED),
      undefined
    ],
    [
      '… but not another owner',
      { 'signer-workflow': SHARED, owner: 'octo-org' },
      caller('other-org/api', SHARED),
      'built in the account "other-org", expected octo-org'
    ],
    [
      'signer-workflow with neither repo nor owner: the source is its own repository',
      { 'signer-workflow': SHARED },
      caller('octo-org/api', SHARED),
      'built from "octo-org/api", expected octo-org/shared'
    ],
    [
      "a reusable workflow pinned by commit (gh's test data: GitHub's attest.yml): a commit is a ref",
      { 'signer-workflow': `${ATTEST}@${COMMIT}`, repo: 'malancas/attest-demo' },
      caller('malancas/attest-demo', ATTEST, COMMIT),
      undefined
    ],
    [
      '… at another commit: refused',
      { 'signer-workflow': `${ATTEST}@${'1'.repeat(40)}`, repo: 'malancas/attest-demo' },
      caller('malancas/attest-demo', ATTEST, COMMIT),
      `expected ${ATTEST}@${'1'.repeat(40)}`
    ],
    [
      'source-ref matched against 1.14',
      { 'signer-workflow': RELEASE, 'source-ref': 'refs/heads/main' },
      caller('octo-org/web', RELEASE, 'refs/heads/main', { sourceRepositoryRef: 'refs/heads/main' }),
      undefined
    ],
    [
      'source-ref: the mismatch names what the certificate says',
      { 'signer-workflow': RELEASE, 'source-ref': 'refs/heads/main' },
      caller('octo-org/web', RELEASE, 'refs/heads/main', { sourceRepositoryRef: 'refs/heads/dev' }),
      'built from the ref "refs/heads/dev", expected refs/heads/main (source-ref)'
    ],
    [
      'source-ref: a certificate without 1.14',
      { 'signer-workflow': RELEASE, 'source-ref': 'refs/heads/main' },
      caller('octo-org/web', RELEASE),
      'built from the ref (none), expected refs/heads/main (source-ref)'
    ],
    [
      'source-digest matched against 1.13 (given in upper case)',
      { 'signer-workflow': RELEASE, 'source-digest': 'A'.repeat(40) },
      caller('octo-org/web', RELEASE, 'refs/heads/main', { sourceRepositoryDigest: 'a'.repeat(40) }),
      undefined
    ],
    [
      'source-digest: mismatch',
      { 'signer-workflow': RELEASE, 'source-digest': 'a'.repeat(40) },
      caller('octo-org/web', RELEASE, 'refs/heads/main', { sourceRepositoryDigest: 'b'.repeat(40) }),
      `built from the commit "${'b'.repeat(40)}", expected ${'a'.repeat(40)} (source-digest)`
    ],
    [
      'signer-digest matched against 1.10',
      { 'signer-workflow': RELEASE, 'signer-digest': 'c'.repeat(40) },
      caller('octo-org/web', RELEASE, 'refs/heads/main', { buildSignerDigest: 'c'.repeat(40) }),
      undefined
    ],
    [
      'signer-digest: mismatch',
      { 'signer-workflow': RELEASE, 'signer-digest': 'c'.repeat(40) },
      caller('octo-org/web', RELEASE, 'refs/heads/main', { buildSignerDigest: 'd'.repeat(40) }),
      `signed by the workflow at commit "${'d'.repeat(40)}", expected ${'c'.repeat(40)} (signer-digest)`
    ]
  ])('%s', (_, inputs, facts, reason) => {
    const judgement = judgeSigner(policyFor(inputs), facts)
    if (reason === undefined) expect(judgement.ok ? 'passed' : judgement.reason).toBe('passed')
    else expect(judgement.ok ? 'passed' : judgement.reason).toContain(reason)
  })

  test('a commit-pinned signer is an output within the grammar', () => {
    const judgement = judgeSigner(
      policyFor({ 'signer-workflow': ATTEST, repo: 'malancas/attest-demo' }),
      caller('malancas/attest-demo', ATTEST, COMMIT)
    )
    expect(judgement).toMatchObject({ ok: true, signer: { workflow: `${ATTEST}@${COMMIT}`, sourceRepository: 'malancas/attest-demo' } })
  })

  test.each<[Partial<Record<AttestationInputName, string>>, object | undefined]>([
    [{ 'signer-workflow': RELEASE }, { kind: 'repository', name: 'octo-org/web' }],
    [
      { 'signer-workflow': SHARED, repo: 'octo-org/web' },
      { kind: 'repository', name: 'octo-org/web' }
    ],
    [
      { 'signer-workflow': SHARED, owner: 'octo-org' },
      { kind: 'organization', name: 'octo-org' }
    ],
    [{ 'cert-identity': `https://github.com/${RELEASE}@refs/heads/main` }, { kind: 'organization', name: 'octo-org' }],
    [{ 'cert-identity': 'builder@example.com', 'cert-oidc-issuer': 'https://accounts.google.com' }, undefined]
  ])('the attestations API is asked where gh asks it: %j', (inputs, lookup) => {
    expect(policyFor(inputs).lookup).toEqual(lookup)
  })
})

// Each rule alone, at its edge: a certificate that passes one check by a hair
// and one that fails it by a hair, with the exact reason a user reads.
describe('judgeSigner, rule by rule at its edges', () => {
  const at = (path: string, ref = 'refs/heads/main') => `https://github.com/${path}@${ref}`
  const judged = (inputs: Partial<Record<AttestationInputName, string>>, facts: Partial<SignerFacts>) => {
    const judgement = judgeSigner(policyFor(inputs), { ...github, ...facts })
    return judgement.ok ? judgement.signer : judgement.reason
  }
  const SIGNER = { workflow: `${WORKFLOW}@refs/heads/main`, sourceRepository: 'octo-org/web', identity: at(WORKFLOW) }

  test.each<[string, Partial<Record<AttestationInputName, string>>, Partial<SignerFacts>, object | string]>([
    [
      'no subject alternative name',
      { 'signer-workflow': WORKFLOW },
      { subjectAlternativeName: undefined },
      'the certificate names no signer (no subject alternative name)'
    ],
    // signer-workflow: the whole identity, a GitHub URL, at a ref.
    [
      'the workflow without a ref',
      { 'signer-workflow': WORKFLOW },
      { subjectAlternativeName: `https://github.com/${WORKFLOW}` },
      `signed by "${WORKFLOW}", expected ${WORKFLOW}`
    ],
    [
      'the workflow path without https://github.com/',
      { 'signer-workflow': WORKFLOW },
      { subjectAlternativeName: `${WORKFLOW}@refs/heads/main` },
      `signed by "${WORKFLOW}@refs/heads/main", expected ${WORKFLOW}`
    ],
    [
      'the same workflow file in another repository',
      { 'signer-workflow': WORKFLOW },
      { subjectAlternativeName: at('octo-org/other/.github/workflows/release.yml') },
      `signed by "octo-org/other/.github/workflows/release.yml@refs/heads/main", expected ${WORKFLOW}`
    ],
    [
      'owner and repository that join to the same letters',
      { 'signer-workflow': WORKFLOW },
      { subjectAlternativeName: at('octo-or/gweb/.github/workflows/release.yml') },
      `signed by "octo-or/gweb/.github/workflows/release.yml@refs/heads/main", expected ${WORKFLOW}`
    ],
    [
      'a path whose folders join to the same letters',
      { 'signer-workflow': WORKFLOW },
      { subjectAlternativeName: at('octo-org/web/.github/workflow/srelease.yml') },
      `signed by "octo-org/web/.github/workflow/srelease.yml@refs/heads/main", expected ${WORKFLOW}`
    ],
    // signer-repo: a workflow of that repository, as a GitHub URL, at a ref.
    [
      'signer-repo, a workflow without a ref',
      { 'signer-repo': 'octo-org/web' },
      { subjectAlternativeName: `https://github.com/${WORKFLOW}` },
      `signed by "${WORKFLOW}", expected a workflow of octo-org/web`
    ],
    [
      'signer-repo, not a GitHub URL',
      { 'signer-repo': 'octo-org/web' },
      { subjectAlternativeName: `${WORKFLOW}@refs/heads/main` },
      `signed by "${WORKFLOW}@refs/heads/main", expected a workflow of octo-org/web`
    ],
    // owner alone: a workflow of the account, as a GitHub URL.
    [
      'owner alone, not a GitHub URL',
      { owner: 'octo-org' },
      { subjectAlternativeName: `${WORKFLOW}@refs/heads/main` },
      `signed by "${WORKFLOW}@refs/heads/main", expected a workflow of octo-org`
    ],
    [
      'owner alone, another account',
      { owner: 'octo-org' },
      { subjectAlternativeName: at('mallory/web/.github/workflows/release.yml') },
      'signed by "mallory/web/.github/workflows/release.yml@refs/heads/main", expected a workflow of octo-org'
    ],
    // source-ref, source-digest, signer-digest: equal passes (a digest in any case), absent is refused.
    ['source-ref equal', { 'signer-workflow': WORKFLOW, 'source-ref': 'refs/heads/main' }, { sourceRepositoryRef: 'refs/heads/main' }, SIGNER],
    [
      'source-digest equal, in upper case',
      { 'signer-workflow': WORKFLOW, 'source-digest': 'C'.repeat(40) },
      { sourceRepositoryDigest: 'c'.repeat(40) },
      SIGNER
    ],
    [
      'source-digest, none in the certificate',
      { 'signer-workflow': WORKFLOW, 'source-digest': 'c'.repeat(40) },
      {},
      `built from the commit (none), expected ${'c'.repeat(40)} (source-digest)`
    ],
    [
      'signer-digest equal, in upper case',
      { 'signer-workflow': WORKFLOW, 'signer-digest': 'd'.repeat(40) },
      { buildSignerDigest: 'D'.repeat(40) },
      SIGNER
    ],
    [
      'signer-digest, none in the certificate',
      { 'signer-workflow': WORKFLOW, 'signer-digest': 'd'.repeat(40) },
      {},
      `signed by the workflow at commit (none), expected ${'d'.repeat(40)} (signer-digest)`
    ],
    [
      'deny-self-hosted-runners, a GitHub-hosted runner',
      { 'signer-workflow': WORKFLOW, 'deny-self-hosted-runners': 'true' },
      { runnerEnvironment: 'github-hosted' },
      SIGNER
    ],
    [
      'deny-self-hosted-runners, no runner said',
      { 'signer-workflow': WORKFLOW, 'deny-self-hosted-runners': 'true' },
      { runnerEnvironment: undefined },
      'built on a (none) runner, and deny-self-hosted-runners allows only github-hosted'
    ],
    // The outputs: the workflow from the build signer (else the identity), each within its grammar or left out.
    ['no build signer URI: the workflow output from the identity', { 'signer-workflow': WORKFLOW }, { buildSignerUri: undefined }, SIGNER],
    [
      'a build signer outside GitHub: no workflow output',
      { 'signer-workflow': WORKFLOW },
      { buildSignerUri: 'https://gitlab.com/octo-org/web//.gitlab-ci.yml@refs/heads/main' },
      { ...SIGNER, workflow: undefined }
    ],
    [
      'cert-identity of a workflow outside the output grammar: passes, no workflow output',
      { 'cert-identity': at(WORKFLOW, 'refs/heads/a$(b)') },
      { subjectAlternativeName: at(WORKFLOW, 'refs/heads/a$(b)'), buildSignerUri: at(WORKFLOW, 'refs/heads/a$(b)') },
      { ...SIGNER, workflow: undefined, identity: at(WORKFLOW, 'refs/heads/a$(b)') }
    ],
    [
      'cert-identity-regex on the same: passes, no workflow output',
      { 'cert-identity-regex': '^https://github\\.com/octo-org/.*$', owner: 'octo-org' },
      { subjectAlternativeName: at(WORKFLOW, 'refs/heads/a$(b)'), buildSignerUri: at(WORKFLOW, 'refs/heads/a$(b)') },
      { ...SIGNER, workflow: undefined, identity: at(WORKFLOW, 'refs/heads/a$(b)') }
    ],
    [
      'owner alone, a workflow outside the output grammar: refused',
      { owner: 'octo-org' },
      { subjectAlternativeName: at(WORKFLOW, 'refs/heads/a$(b)'), buildSignerUri: at(WORKFLOW, 'refs/heads/a$(b)') },
      `the signer workflow "${WORKFLOW}@refs/heads/a$(b)" is outside the signer-workflow output's grammar (${SIGNER_WORKFLOW_OUTPUT.source})`
    ],
    [
      'a source repository outside the grammar: no source-repository output',
      { 'cert-identity': at(WORKFLOW), owner: 'octo-org' },
      { sourceRepositoryUri: 'https://github.com/octo-org/web/tree' },
      { ...SIGNER, sourceRepository: undefined }
    ],
    [
      'a ref and commits in the certificate, none asked for: passes',
      { 'signer-workflow': WORKFLOW },
      { sourceRepositoryRef: 'refs/heads/dev', sourceRepositoryDigest: 'c'.repeat(40), buildSignerDigest: 'd'.repeat(40) },
      SIGNER
    ],
    [
      'no source repository in the certificate, one asked for',
      { 'signer-workflow': WORKFLOW },
      { sourceRepositoryUri: undefined },
      'built from (none), expected octo-org/web'
    ],
    [
      'no owner in the certificate, one asked for',
      { 'signer-workflow': WORKFLOW },
      { sourceRepositoryOwnerUri: undefined },
      'built in the account (none), expected octo-org'
    ],
    [
      'no source repository: no source-repository output',
      { 'cert-identity': at(WORKFLOW), owner: 'octo-org' },
      { sourceRepositoryUri: undefined },
      { ...SIGNER, sourceRepository: undefined }
    ]
  ])('%s', (_, inputs, facts, expected) => {
    const result = judged(inputs, facts)
    if (typeof expected === 'string') expect(result).toBe(expected)
    else expect(result).toEqual(expected)
  })
})

describe('judgeStatement, what is not a statement about the digest', () => {
  const policy = () => policyFor({ 'signer-workflow': WORKFLOW })
  const judged = (payload: unknown, digest = DIGEST) => {
    const judgement = judgeStatement(policy(), 'application/vnd.in-toto+json', Buffer.from(JSON.stringify(payload)), digest)
    return judgement.ok ? 'passed' : judgement.reason
  }
  const statement = (subject: unknown) => ({ _type: 'https://in-toto.io/Statement/v1', subject, predicateType: 'https://slsa.dev/provenance/v1' })

  test.each<[string, unknown, string]>([
    ['null', null, 'the in-toto statement is not a JSON object'],
    ['a string', 'statement', 'the in-toto statement is not a JSON object'],
    ['no _type', { subject: [] }, "the statement's _type is undefined, not an in-toto statement"],
    ['a _type that is not text', { _type: 1 }, "the statement's _type is 1, not an in-toto statement"],
    ['subject not a list', statement({ digest: { sha256: 'a'.repeat(64) } }), `subject is no sha256 digest, not the event's ${DIGEST}`],
    ['subjects that are not objects', statement([null, 'x', 1]), `subject is no sha256 digest, not the event's ${DIGEST}`],
    ['digests that are not objects', statement([{ digest: null }, { digest: 'sha256' }]), `subject is no sha256 digest, not the event's ${DIGEST}`],
    ['a digest that is not text', statement([{ digest: { sha256: 7 } }]), `subject is no sha256 digest, not the event's ${DIGEST}`],
    [
      'four other digests: three named',
      statement(['b', 'c', 'd', 'e'].map(c => ({ digest: { sha256: c.repeat(64) } }))),
      `subject is sha256:${'b'.repeat(64)}, sha256:${'c'.repeat(64)}, sha256:${'d'.repeat(64)}, not the event's ${DIGEST}`
    ],
    ['a digest with other characters, quoted', statement([{ digest: { sha256: 'B$(x)' } }]), `subject is "sha256:B$(x)", not the event's ${DIGEST}`]
  ])('%s', (_, payload, reason) => {
    expect(judged(payload)).toBe(reason)
  })

  test('a sha512 digest is looked for under sha512', () => {
    expect(judged(statement([{ digest: { sha512: 'f'.repeat(128) } }]), `sha512:${'f'.repeat(128)}`)).toBe('passed')
  })
})

describe('mismatchReason, the counts', () => {
  test.each<[number, string[], string[], string]>([
    [0, [], [], `no attestation: no Sigstore bundle of ${DIGEST}`],
    [1, ['r'], ['a'], `no attestation of ${DIGEST} meets the policy (1 Sigstore bundle in r): a`],
    [3, ['r'], ['a', 'b', 'c'], `no attestation of ${DIGEST} meets the policy (3 Sigstore bundles in r): a; b; c`],
    [4, ['r'], ['a', 'b', 'c', 'd'], `no attestation of ${DIGEST} meets the policy (4 Sigstore bundles in r): a; b; c; and 1 more`]
  ])('%i bundles', (found, asked, refusals, reason) => {
    expect(mismatchReason(DIGEST, { found, asked, notes: [] }, refusals)).toBe(reason)
  })
  test('notes are joined with "; "', () => {
    expect(mismatchReason(DIGEST, { found: 0, asked: ['r'], notes: ['x', 'y'] }, [])).toBe(
      `no attestation: no Sigstore bundle of ${DIGEST} in r; x; y`
    )
  })
})

describe('parseAttestationPolicy, each input at its edges', () => {
  test.each<[Partial<Record<AttestationInputName, string>>, string]>([
    [{ owner: 'octo-org', 'cert-oidc-issuer': 'not https://issuer' }, 'Input "cert-oidc-issuer": must be an https URL; got "not https://issuer"'],
    [{ owner: 'octo-org', 'cert-oidc-issuer': 'https://issuer\nx' }, 'Input "cert-oidc-issuer": must be an https URL'],
    [
      { owner: 'octo-org', 'predicate-type': 'https://slsa.dev/provenance/v1 x' },
      'Input "predicate-type": must be a URI; got "https://slsa.dev/provenance/v1 x"'
    ],
    [{ 'signer-workflow': `xgithub.com/${WORKFLOW}` }, 'Input "signer-workflow": must be owner/repo/.github/workflows/<file>.yml'],
    [{ 'signer-workflow': `https://github.com.evil/${WORKFLOW}` }, 'Input "signer-workflow": must be owner/repo/.github/workflows/<file>.yml'],
    [{ 'signer-repo': 'xgithub.com/octo-org/web' }, 'Input "signer-repo": must be owner/repository; got "xgithub.com/octo-org/web"'],
    [{ owner: 'octo-org', 'source-ref': 'x refs/heads/main' }, 'Input "source-ref": must be a full ref'],
    [{ owner: 'octo-org', 'source-ref': 'refs/heads/main x' }, 'Input "source-ref": must be a full ref'],
    [{ owner: 'octo-org', 'source-digest': `x${'a'.repeat(40)}` }, 'Input "source-digest": must be a commit SHA'],
    [{ owner: 'octo-org', 'source-digest': `${'a'.repeat(40)}x` }, 'Input "source-digest": must be a commit SHA'],
    [{ owner: 'octo-org', 'source-digest': 'a'.repeat(41) }, 'Input "source-digest": must be a commit SHA'],
    [{ owner: 'octo-org', 'source-digest': `md5:${'a'.repeat(40)}` }, 'Input "source-digest": must be a commit SHA'],
    [{ owner: 'octo-org', 'source-digest': `${'a'.repeat(20)}sha1:${'a'.repeat(20)}` }, 'Input "source-digest": must be a commit SHA'],
    [{ owner: 'octo-org', 'source-digest': 'a' }, 'Input "source-digest": must be a commit SHA'],
    [{ owner: 'octo-org', 'signer-digest': 'z'.repeat(64) }, 'Input "signer-digest": must be a commit SHA'],
    [{ 'cert-identity-regex': 'https://github\\.com/octo-org/.*$', owner: 'octo-org' }, 'Input "cert-identity-regex": must be anchored at both ends'],
    // Matched with the u flag: an escape that means nothing is an error, not a letter.
    [
      { 'cert-identity-regex': '^https://github\\.com/octo-org/\\q$', owner: 'octo-org' },
      'Input "cert-identity-regex": is not a valid regular expression'
    ],
    [
      { 'cert-identity-regex': '^https://github\\.com/octo-org/.*$x', owner: 'octo-org' },
      'Input "cert-identity-regex": must be anchored at both ends'
    ],
    [{ 'signer-workflow': WORKFLOW, 'deny-self-hosted-runners': 'True' }, 'Input "deny-self-hosted-runners": must be "true" or "false"; got "True"']
  ])('%j is refused', (inputs, message) => {
    expect(() => policyFor(inputs)).toThrow(message)
  })

  test('the regex refusal says what to write', () => {
    expect(() => policyFor({ 'cert-identity-regex': 'octo', owner: 'octo-org' })).toThrow(
      'Input "cert-identity-regex": must be anchored at both ends, ^…$ (it is matched against the whole identity; a prefix would let https://github.com/evilocto-org/… through ^https://github\\.com/octo): e.g. ^https://github\\.com/octo-org/web/\\.github/workflows/.*$; got "octo"'
    )
  })

  test.each<[Partial<Record<AttestationInputName, string>>, Partial<AttestationPolicyShape>]>([
    [
      { 'signer-workflow': ` ${WORKFLOW}@refs/heads/main ` },
      { signer: { kind: 'workflow', repository: 'octo-org/web', path: '.github/workflows/release.yml', ref: 'refs/heads/main' } }
    ],
    [
      { 'signer-workflow': `github.com/${WORKFLOW}` },
      { signer: { kind: 'workflow', repository: 'octo-org/web', path: '.github/workflows/release.yml', ref: undefined } }
    ],
    [
      { 'signer-repo': 'https://github.com/octo-org/web' },
      { signer: { kind: 'repository', repository: 'octo-org/web' }, sourceRepository: 'octo-org/web' }
    ],
    [{ 'signer-repo': 'github.com/octo-org/web' }, { signer: { kind: 'repository', repository: 'octo-org/web' } }],
    [{ 'signer-workflow': WORKFLOW, 'source-digest': `sha1:${'A'.repeat(40)}` }, { sourceDigest: 'a'.repeat(40) }],
    [{ 'signer-workflow': WORKFLOW, 'signer-digest': `sha256:${'B'.repeat(64)}` }, { signerDigest: 'b'.repeat(64) }],
    [{ 'signer-workflow': WORKFLOW, 'deny-self-hosted-runners': 'false' }, { denySelfHostedRunners: false }],
    [{ 'signer-workflow': WORKFLOW, 'deny-self-hosted-runners': 'true' }, { denySelfHostedRunners: true }],
    // Input values at their action.yml default are not a check asked for.
    [{ 'signer-workflow': WORKFLOW, 'attestation-source': ' any ' }, { source: 'any' }],
    [
      { repo: 'Octo-Org/web', owner: 'octo-org' },
      { sourceRepository: 'Octo-Org/web', owner: 'octo-org' }
    ],
    // A cert-identity of a GitHub URL pins its owner; one that names a repository only, or is not GitHub's, pins none.
    [{ 'cert-identity': 'https://github.com/octo-org' }, { owner: 'octo-org' }],
    [{ 'cert-identity': 'https://github.com/-bad-/web/.github/workflows/x.yml@refs/heads/main', owner: 'octo-org' }, { owner: 'octo-org' }],
    [
      { 'cert-identity-regex': '^https://github\\.com/octo-org/.*$', owner: 'octo-org' },
      { sourceRepository: undefined, owner: 'octo-org' }
    ]
  ])('%j', (inputs, expected) => {
    expect(policyFor(inputs)).toMatchObject(expected)
  })

  test('a cert-identity of an account that is not a valid owner pins none: refused with the GitHub issuer', () => {
    expect(() => policyFor({ 'cert-identity': 'https://github.com/-bad-/web/.github/workflows/x.yml@refs/heads/main' })).toThrow(
      'Input "cert-identity": names no GitHub account its signer must belong to'
    )
  })

  test.each<[Partial<Record<AttestationInputName, string>>]>([
    [{ 'predicate-type': 'https://slsa.dev/provenance/v1' }],
    [{ 'deny-self-hosted-runners': 'false' }],
    [{ 'attestation-source': 'any' }],
    [{ 'cert-oidc-issuer': 'https://token.actions.githubusercontent.com' }],
    [{ 'signer-workflow': '  ', 'source-ref': ' ' }]
  ])('%j alone: at its default, the check stays off', inputs => {
    expect(policyFor(inputs)).toBeUndefined()
  })

  test.each<[Partial<Record<AttestationInputName, string>>, string]>([
    [{ 'predicate-type': 'https://slsa.dev/provenance/v0.2' }, 'predicate-type'],
    [{ 'deny-self-hosted-runners': 'true' }, 'deny-self-hosted-runners'],
    [{ 'attestation-source': 'registry' }, 'attestation-source'],
    [{ 'cert-oidc-issuer': 'https://token.actions.githubusercontent.com/x' }, 'cert-oidc-issuer'],
    // Each default is its own input's: another input with that text is not at its default.
    [{ 'cert-oidc-issuer': 'https://slsa.dev/provenance/v1' }, 'cert-oidc-issuer'],
    [{ 'source-ref': 'false' }, 'source-ref'],
    [{ 'predicate-type': 'any' }, 'predicate-type'],
    [{ 'trusted-root': 'https://token.actions.githubusercontent.com' }, 'trusted-root']
  ])('%j alone, not at its default: a configuration error', (inputs, name) => {
    expect(() => policyFor(inputs)).toThrow(`Input "${name}": only applies with an identity input`)
  })
})

type AttestationPolicyShape = Record<string, unknown>
