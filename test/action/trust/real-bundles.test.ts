// Real Sigstore bundles no one here made: sigstore-go's public-good examples
// and test data (npm provenance of sigstore-js, signed in GitHub Actions and
// logged in Rekor in 2023; a bundle signed by a person through GitHub's
// OAuth), with the public-good trusted roots that ship beside them, taken from
// Debian's source package of sigstore-go at test time (pinned by SHA-256, see
// test/support/debian-source.ts). Verified through the action's Sigstore
// module, and judged by its policy where the certificate allows.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { judgeSigner, judgeStatement } from '../../../src/action/trust/policy/judge.js'
import { ATTESTATION_INPUTS, parseAttestationPolicy, type AttestationInputName } from '../../../src/action/trust/policy/parse.js'
import { BundleRefused, loadTrust, verifyBundle, type VerifiedBundle } from '../../../src/action/trust/sigstore/verifier.js'
import { unpackDebianSource, type DebianSourceFile } from '../../support/debian-source.js'

/** Debian sid's sigstore-go 1.3.0, as dists/sid/main/source/Sources.xz lists it. */
const SIGSTORE_GO: DebianSourceFile = {
  directory: 'pool/main/s/sigstore-go',
  file: 'sigstore-go_1.3.0.orig.tar.xz',
  sha256: '448d675fbe06e8c9efc027510560ba6b551e00b1087c021d67720b1b0e5f604f'
}
const ROOT = 'sigstore-go-1.3.0'
const FILES = {
  /** sigstore-js 1.3.0's npm provenance (SLSA v0.2), with the trusted root of its example. */
  provenanceV02: `${ROOT}/examples/bundle-provenance.json`,
  examplesRoot: `${ROOT}/examples/trusted-root-public-good.json`,
  /** sigstore-js 2.0.0's npm provenance (SLSA v1). */
  provenanceV1: `${ROOT}/pkg/testing/data/bundles/sigstore.js@2.0.0-provenance.sigstore.json`,
  /** An in-toto statement signed by a person, through GitHub's OAuth. */
  personal: `${ROOT}/pkg/testing/data/bundles/dsse.sigstore.json`,
  /** A message signature (no subject) and a key-signed bundle: not what the gate reads. */
  messageSignature: `${ROOT}/pkg/testing/data/bundles/othername.sigstore.json`,
  keySigned: `${ROOT}/examples/bundle-publish.json`,
  testdataRoot: `${ROOT}/pkg/testing/data/trusted-roots/public-good.json`
}
const SIGSTORE_JS_RELEASE = 'sigstore/sigstore-js/.github/workflows/release.yml'
/** The sha512 of sigstore-2.0.0.tgz, its statement's subject. */
const SIGSTORE_2_0_0 =
  'sha512:46d4e2f74c4877316640000a6fdf8a8b59f1e0847667973e9859f774dd31b8f1e0937813b777fb66a2ac67d50540fe34640966eee9fc2ccca387082b4c85cd3c'
const SIGSTORE_1_3_0 =
  'sha512:76176ffa33808b54602c7c35de5c6e9a4deb96066dba6533f50ac234f4f1f4c6b3527515dc17c06fbe2860030f410eee69ea20079bd3a2c6f3dcf3b329b10751'

const empty = Object.fromEntries(ATTESTATION_INPUTS.map(name => [name, ''])) as Record<AttestationInputName, string>
const policyFor = (inputs: Partial<Record<AttestationInputName, string>>) => parseAttestationPolicy({ ...empty, ...inputs })!

let folder: string
const path = (file: string) => join(folder, file)
const bundleOf = (file: string): unknown => JSON.parse(readFileSync(path(file), 'utf8'))
beforeAll(async () => {
  folder = await unpackDebianSource(SIGSTORE_GO, Object.values(FILES))
}, 120_000)

async function verified(file: string, root = FILES.testdataRoot): Promise<VerifiedBundle> {
  return verifyBundle(loadTrust({ trustedRoot: path(root) }), bundleOf(file))
}

async function refusal(action: () => Promise<unknown>): Promise<string> {
  try {
    await action()
  } catch (error) {
    if (error instanceof BundleRefused) return error.message
    throw error
  }
  return 'verified'
}

/** The whole check a bundle passes through in the action: signature, then statement, then signer. */
async function judge(file: string, inputs: Partial<Record<AttestationInputName, string>>, digest: string, root?: string) {
  const bundle = await verified(file, root)
  const policy = policyFor(inputs)
  const statement = judgeStatement(policy, bundle.payloadType, bundle.payload, digest)
  if (!statement.ok) return statement.reason
  const signer = judgeSigner(policy, bundle.facts)
  return signer.ok ? signer.signer : signer.reason
}

describe("sigstore-go's real public-good bundles, through the action's Sigstore module", () => {
  test.each([
    ['sigstore-js 1.3.0 provenance, its example root', FILES.provenanceV02, FILES.examplesRoot],
    ['sigstore-js 1.3.0 provenance, the test-data root', FILES.provenanceV02, FILES.testdataRoot],
    ['sigstore-js 2.0.0 provenance', FILES.provenanceV1, FILES.testdataRoot]
  ])('%s verifies (pretty-printed trusted_root.json): what Fulcio wrote in the certificate', async (_, file, root) => {
    const { facts, payloadType } = await verified(file, root)
    expect(payloadType).toBe('application/vnd.in-toto+json')
    expect(facts).toMatchObject({
      subjectAlternativeName: `https://github.com/${SIGSTORE_JS_RELEASE}@refs/heads/main`,
      issuer: 'https://token.actions.githubusercontent.com',
      buildSignerUri: `https://github.com/${SIGSTORE_JS_RELEASE}@refs/heads/main`,
      sourceRepositoryUri: 'https://github.com/sigstore/sigstore-js',
      sourceRepositoryRef: 'refs/heads/main',
      sourceRepositoryOwnerUri: 'https://github.com/sigstore',
      runnerEnvironment: 'github-hosted'
    })
    expect(facts.sourceRepositoryDigest).toMatch(/^[a-f0-9]{40}$/)
  })

  test("a person's bundle (e-mail identity, GitHub's OAuth issuer) verifies", async () => {
    expect((await verified(FILES.personal)).facts).toMatchObject({
      subjectAlternativeName: 'brian@dehamer.com',
      issuer: 'https://github.com/login/oauth'
    })
  })

  test("both roots as gh attestation trusted-root's lines: every root of sigstore.dev is tried, and one verifies", async () => {
    const lines = join(folder, 'trusted_root.jsonl')
    writeFileSync(lines, [FILES.examplesRoot, FILES.testdataRoot].map(file => JSON.stringify(bundleOf(file))).join('\n') + '\n')
    const bundle = await verifyBundle(loadTrust({ trustedRoot: lines }), bundleOf(FILES.provenanceV1))
    expect(bundle.facts.sourceRepositoryUri).toBe('https://github.com/sigstore/sigstore-js')
  })

  test.each<[string, (bundle: any) => void, RegExp]>([
    [
      'the statement changed after signing',
      bundle => {
        const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'))
        statement.subject[0].digest.sha512 = 'e'.repeat(128)
        bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
      },
      /does not verify against trusted-root .*public-good\.json: /
    ],
    [
      'the signature of another envelope',
      bundle => {
        const signature = Buffer.from(bundle.dsseEnvelope.signatures[0].sig, 'base64')
        signature[signature.length - 1]! ^= 1
        bundle.dsseEnvelope.signatures[0].sig = signature.toString('base64')
      },
      /does not verify against trusted-root .*public-good\.json: /
    ],
    [
      'its log entry removed',
      bundle => {
        bundle.verificationMaterial.tlogEntries = []
      },
      /does not verify against trusted-root .*public-good\.json: /
    ]
  ])('a real bundle with %s is refused', async (_, tamper, message) => {
    const bundle = bundleOf(FILES.provenanceV1)
    tamper(bundle)
    expect(await refusal(() => verifyBundle(loadTrust({ trustedRoot: path(FILES.testdataRoot) }), bundle))).toMatch(message)
  })

  test('a message signature and a key-signed bundle are refused, saying what the gate reads', async () => {
    expect(await refusal(() => verified(FILES.messageSignature))).toBe(
      'a message signature, which names no subject; only DSSE in-toto attestations and cosign 3 signatures are read'
    )
    expect(await refusal(() => verified(FILES.keySigned, FILES.examplesRoot))).toBe(
      'signed with a key, not a Sigstore certificate; only keyless signatures are read'
    )
  })
})

describe('the policy on real certificates, as gh attestation verify --repo/--owner judges them', () => {
  test('signer-workflow pinned to its ref, with source-ref, source-digest and signer-digest from the same build: passes', async () => {
    const { facts } = await verified(FILES.provenanceV1)
    const commit = facts.sourceRepositoryDigest!
    expect(
      await judge(
        FILES.provenanceV1,
        {
          'signer-workflow': `${SIGSTORE_JS_RELEASE}@refs/heads/main`,
          'source-ref': 'refs/heads/main',
          'source-digest': commit,
          'signer-digest': commit,
          'deny-self-hosted-runners': 'true'
        },
        SIGSTORE_2_0_0
      )
    ).toMatchObject({ workflow: `${SIGSTORE_JS_RELEASE}@refs/heads/main`, sourceRepository: 'sigstore/sigstore-js' })
  })

  test('owner alone: any workflow of the account; the v0.2 provenance with its predicate type', async () => {
    expect(
      await judge(
        FILES.provenanceV02,
        { owner: 'sigstore', 'predicate-type': 'https://slsa.dev/provenance/v0.2' },
        SIGSTORE_1_3_0,
        FILES.examplesRoot
      )
    ).toMatchObject({ sourceRepository: 'sigstore/sigstore-js' })
  })

  test.each<[string, Partial<Record<AttestationInputName, string>>, string, string]>([
    [
      'another workflow',
      { 'signer-workflow': 'sigstore/sigstore-js/.github/workflows/ci.yml' },
      SIGSTORE_2_0_0,
      `signed by "${SIGSTORE_JS_RELEASE}@refs/heads/main", expected sigstore/sigstore-js/.github/workflows/ci.yml`
    ],
    [
      'repo alone, of another account (gh --repo)',
      { repo: 'octo-org/sigstore-js' },
      SIGSTORE_2_0_0,
      `signed by "${SIGSTORE_JS_RELEASE}@refs/heads/main", expected a workflow of octo-org/sigstore-js`
    ],
    [
      'a reusable workflow of the right name from another account',
      { 'signer-workflow': SIGSTORE_JS_RELEASE, owner: 'octo-org' },
      SIGSTORE_2_0_0,
      'built in the account "sigstore", expected octo-org'
    ],
    [
      'another ref',
      { repo: 'sigstore/sigstore-js', 'source-ref': 'refs/tags/v2.0.0' },
      SIGSTORE_2_0_0,
      'built from the ref "refs/heads/main", expected refs/tags/v2.0.0 (source-ref)'
    ],
    ['another package', { repo: 'sigstore/sigstore-js' }, SIGSTORE_1_3_0, `subject is ${SIGSTORE_2_0_0}, not the event's ${SIGSTORE_1_3_0}`],
    [
      'the default predicate type (SLSA v1) on a v0.2 provenance',
      { owner: 'sigstore' },
      SIGSTORE_1_3_0,
      'predicate type is "https://slsa.dev/provenance/v0.2", expected https://slsa.dev/provenance/v1'
    ]
  ])('%s: refused, naming what the certificate or statement says', async (what, inputs, digest, reason) => {
    const file = what.includes('v0.2') ? FILES.provenanceV02 : FILES.provenanceV1
    expect(await judge(file, inputs, digest, what.includes('v0.2') ? FILES.examplesRoot : undefined)).toContain(reason)
  })

  test("a person's bundle: cert-identity with its issuer (GitHub's OAuth) passes", async () => {
    const digest = `sha512:${'bbfd372fc9beeb777fe35d05bb10c0c70a9733d366a75fed7dd18866c7391de3ee7e88ba74dd47abf3e15c845e547fcf0e5c3da80854c751554224d3a6d4e55f'}`
    expect(
      await judge(
        FILES.personal,
        {
          'cert-identity': 'brian@dehamer.com',
          'cert-oidc-issuer': 'https://github.com/login/oauth',
          'predicate-type': 'https://slsa.dev/provenance/v0.2'
        },
        digest
      )
    ).toMatchObject({ identity: 'brian@dehamer.com' })
  })
})
