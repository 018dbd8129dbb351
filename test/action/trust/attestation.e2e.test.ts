// The attestation check in the bundled action, run as the runner runs it,
// against the tests' real registry: images pushed, Sigstore bundles signed by
// instances the test makes (test/support/sigstore.ts) and attached as OCI
// referrers, a trusted-root file naming those instances. Offline.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runActionAsync } from '../../../scripts/runner.mjs'
import { NEEDS_DOCKER_REGISTRY } from '../../support/docker-tests.js'
import { registryPayload, writeDockerConfig } from '../../support/registry-event.js'
import { pushBundle, pushReferrer, startReferrersApi, type ReferrersApi } from '../../support/referrers.js'
import { pushImage, pushIndex, REFRESH_TOKEN, startRegistry, type Descriptor, type LocalRegistry } from '../../support/registry.js'
import { githubIdentity, githubInstance, loggedInstance, statement, type Identity, type TestInstance } from '../../support/sigstore.js'

const WORKFLOW = 'octo-org/web/.github/workflows/release.yml'
const COSIGN = 'https://sigstore.dev/cosign/sign/v1'
const identity = githubIdentity(WORKFLOW)

// Every suite here starts Debian's docker-registry: one tag, so that ACR_SKIP_DOCKER_TESTS=1 leaves them all out.
describe('attestation in the bundle', { tags: [NEEDS_DOCKER_REGISTRY] }, () => {
  let work: string
  let registry: LocalRegistry
  let api: ReferrersApi
  let dockerConfig: string
  let trustedRoot: string
  let logged: TestInstance
  let github: TestInstance
  let stranger: TestInstance
  let expired: TestInstance
  let counter = 0

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'acr-attestation-e2e-'))
    registry = await startRegistry('anonymous')
    api = await startReferrersApi(registry)
    dockerConfig = writeDockerConfig(work, 'anonymous', {})
    logged = await loggedInstance()
    github = await githubInstance()
    stranger = await loggedInstance()
    expired = await loggedInstance({ caClock: new Date(Date.now() - 3_600_000) })
    // As `gh attestation trusted-root` prints them: one root a line. The stranger's and the backdated CA are not in it.
    trustedRoot = join(work, 'trusted_root.jsonl')
    writeFileSync(trustedRoot, [logged, github].map(instance => JSON.stringify(instance.trustedRoot)).join('\n') + '\n')
  }, 60_000)
  afterAll(async () => {
    await api?.stop()
    await registry?.stop()
    rmSync(work, { recursive: true, force: true })
  })

  /** A new image, so that each case has its own digest and referrers. */
  async function newImage(): Promise<Descriptor> {
    return pushImage(registry, 'team/web', `v1.0.${counter++}`)
  }

  function run(host: string, image: Descriptor, inputs: Record<string, string>, env: Record<string, string> = {}) {
    return runActionAsync({
      event: { action: 'acr-push', client_payload: registryPayload(host, 'team/web', image) },
      inputs: { registries: '127.0.0.1:*', verify: 'digest', 'signer-workflow': WORKFLOW, 'trusted-root': trustedRoot, ...inputs },
      env: { DOCKER_CONFIG: dockerConfig, ...env }
    })
  }

  const reasonOf = (result: { outputs: Record<string, string> }) => JSON.parse(result.outputs.json!).reason as string

  describe('an attested image passes', () => {
    test('build provenance found by the tag index: matched, the outputs from the certificate, the summary row', async () => {
      const image = await newImage()
      await pushBundle(registry, 'team/web', image, await logged.sign(statement(image.digest), { identity }))
      const result = await run(registry.host, image, {})
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs).toMatchObject({
        matched: 'true',
        attestation: 'verified',
        'signer-workflow': `${WORKFLOW}@refs/heads/main`,
        'source-repository': 'octo-org/web',
        'pinned-image': `${registry.host}/team/web@${image.digest}`
      })
      expect(JSON.parse(result.outputs.json!).attestation).toMatchObject({ digest: image.digest, predicateType: 'https://slsa.dev/provenance/v1' })
      expect(result.stdout).toContain(
        `attested: https://slsa.dev/provenance/v1 of ${image.digest}, signed by ${WORKFLOW}@refs/heads/main (found by the tag index)`
      )
      expect(result.summary).toContain(
        `https://slsa.dev/provenance/v1 of ${image.digest}, signed by ${WORKFLOW}@refs/heads/main, built from octo-org/web`
      )
    })

    test('build provenance found by the referrers API (ACR has it)', async () => {
      const image = await newImage()
      await pushBundle(registry, 'team/web', image, await logged.sign(statement(image.digest), { identity }))
      const result = await run(api.host, image, {})
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.attestation).toBe('verified')
      expect(result.stdout).toContain('(found by the referrers API)')
      expect(api.answered).toContain(`/v2/team/web/referrers/${image.digest}`)
    })

    test('a cosign 3 signature, with predicate-type set to it', async () => {
      const image = await newImage()
      await pushBundle(registry, 'team/web', image, await logged.sign(statement(image.digest, COSIGN), { identity }))
      const result = await run(registry.host, image, { 'predicate-type': COSIGN })
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs).toMatchObject({ matched: 'true', attestation: 'verified' })
    })

    test("a bundle of GitHub's instance (private repositories: TSA, no log), with its root in trusted-root", async () => {
      const image = await newImage()
      await pushBundle(registry, 'team/web', image, await github.sign(statement(image.digest), { identity }))
      const result = await run(registry.host, image, {})
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.attestation).toBe('verified')
    })

    test('one good bundle among bad ones', async () => {
      const image = await newImage()
      await pushBundle(registry, 'team/web', image, await stranger.sign(statement(image.digest), { identity }))
      await pushBundle(
        registry,
        'team/web',
        image,
        await logged.sign(statement(image.digest), { identity: githubIdentity('octo-org/web/.github/workflows/ci.yml') })
      )
      await pushBundle(registry, 'team/web', image, await logged.sign(statement(image.digest), { identity }))
      await pushBundle(registry, 'team/web', image, await logged.sign(statement(`sha256:${'e'.repeat(64)}`), { identity }))
      const garbled = (await logged.sign(statement(image.digest), { identity })) as { verificationMaterial: { certificate: { rawBytes: string } } }
      garbled.verificationMaterial.certificate.rawBytes = Buffer.from('not a certificate').toString('base64')
      await pushBundle(registry, 'team/web', image, garbled)
      await pushReferrer(registry, 'team/web', image, Buffer.from('{"mediaType": 7'))
      const result = await run(registry.host, image, {})
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.attestation).toBe('verified')
    })

    test('a non-Sigstore referrer beside the bundle is ignored', async () => {
      const image = await newImage()
      await pushReferrer(registry, 'team/web', image, Buffer.from('{"spdxVersion":"SPDX-2.3"}'), { artifactType: 'application/spdx+json' })
      await pushBundle(registry, 'team/web', image, await logged.sign(statement(image.digest), { identity }))
      const result = await run(registry.host, image, {})
      expect(result.outputs.attestation).toBe('verified')
    })

    test('an index attested as a whole: the summary says the attestation covers its platforms', async () => {
      const index = await pushIndex(registry, 'team/web', `multi-${counter++}`)
      await pushBundle(registry, 'team/web', index, await logged.sign(statement(index.digest), { identity }))
      const result = await run(registry.host, index, {})
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs).toMatchObject({ artifact: 'index', attestation: 'verified' })
      expect(result.stdout).toContain(`of the index ${index.digest}, which covers its platforms`)
    })
  })

  describe('a mismatch, with the reason, and no deploy output', () => {
    const other = (workflow: string, overrides: Partial<Identity> = {}) => githubIdentity(workflow, 'refs/heads/main', overrides)
    test.each<[string, (image: Descriptor) => Promise<object>, Record<string, string>, string]>([
      [
        'another workflow',
        image => logged.sign(statement(image.digest), { identity: other('octo-org/web/.github/workflows/ci.yml') }),
        {},
        `signed by "octo-org/web/.github/workflows/ci.yml@refs/heads/main", expected ${WORKFLOW}`
      ],
      [
        'another source repository (a workflow of octo-org/web called from octo-org/fork)',
        image => logged.sign(statement(image.digest), { identity: other(WORKFLOW, { sourceRepositoryUri: 'https://github.com/octo-org/fork' }) }),
        {},
        'built from "octo-org/fork", expected octo-org/web'
      ],
      [
        'another owner',
        image => logged.sign(statement(image.digest), { identity: other(WORKFLOW, { sourceRepositoryOwnerUri: 'https://github.com/mallory' }) }),
        {},
        'built in the account "mallory", expected octo-org'
      ],
      [
        'another issuer',
        image => logged.sign(statement(image.digest), { identity: other(WORKFLOW, { issuer: 'https://accounts.google.com' }) }),
        {},
        'signed with a token from "https://accounts.google.com", expected https://token.actions.githubusercontent.com'
      ],
      [
        'a self-hosted runner, with deny-self-hosted-runners',
        image => logged.sign(statement(image.digest), { identity: other(WORKFLOW, { runnerEnvironment: 'self-hosted' }) }),
        { 'deny-self-hosted-runners': 'true' },
        'built on a "self-hosted" runner, and deny-self-hosted-runners allows only github-hosted'
      ],
      [
        'another predicate type (an SBOM)',
        image => logged.sign(statement(image.digest, 'https://spdx.dev/Document/v2.3'), { identity }),
        {},
        'predicate type is "https://spdx.dev/Document/v2.3", expected https://slsa.dev/provenance/v1'
      ],
      [
        'a statement about another digest',
        () => logged.sign(statement(`sha256:${'e'.repeat(64)}`), { identity }),
        {},
        `subject is sha256:${'e'.repeat(64)}, not the event's sha256:`
      ],
      [
        'a payload changed after signing',
        image => logged.sign(statement(`sha256:${'e'.repeat(64)}`), { identity, tamper: () => statement(image.digest) }),
        {},
        'a bundle does not verify against trusted-root'
      ],
      [
        'a CA the trusted root does not hold',
        image => stranger.sign(statement(image.digest), { identity }),
        {},
        'a bundle does not verify against trusted-root'
      ],
      [
        'a certificate expired when the log saw the signature',
        image => expired.sign(statement(image.digest), { identity }),
        {},
        'Failed to verify certificate chain'
      ]
    ])('%s', async (_, sign, inputs, reason) => {
      const image = await newImage()
      await pushBundle(registry, 'team/web', image, await sign(image))
      const result = await run(registry.host, image, inputs)
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.matched).toBe('false')
      expect(result.outputs).not.toHaveProperty('pinned-image')
      expect(result.outputs).not.toHaveProperty('attestation')
      expect(reasonOf(result)).toMatch(new RegExp(`^no attestation of sha256:[a-f0-9]{64} meets the policy \\(1 Sigstore bundle\\): `))
      expect(reasonOf(result)).toContain(reason)
    })

    test('no referrers at all: "no attestation"; with on-mismatch: fail, a failed step', async () => {
      const image = await newImage()
      const skipped = await run(registry.host, image, {})
      expect(skipped.outputs.matched).toBe('false')
      expect(reasonOf(skipped)).toBe(
        `no attestation: no Sigstore bundle is attached to ${image.digest}; if this image is one platform of a multi-platform image, its build attested the index: gate on the index's push (artifacts: index)`
      )
      const failed = await run(registry.host, image, { 'on-mismatch': 'fail' })
      expect(failed.status).toBe(1)
      expect(failed.stdout).toContain(
        `::error::The push event did not pass verification against the registry: no attestation: no Sigstore bundle is attached to ${image.digest}`
      )
      expect(failed.outputs).toEqual({})
    })

    test('bundles that cannot be read are refused one by one, and the step does not fail', async () => {
      const image = await newImage()
      const garbled = (await logged.sign(statement(image.digest), { identity })) as { verificationMaterial: { certificate: { rawBytes: string } } }
      garbled.verificationMaterial.certificate.rawBytes = Buffer.from('not a certificate').toString('base64')
      await pushBundle(registry, 'team/web', image, garbled)
      await pushReferrer(registry, 'team/web', image, Buffer.from('{"mediaType": 7'))
      const result = await run(registry.host, image, {})
      expect(result.status, result.stdout).toBe(0)
      expect(reasonOf(result)).toMatch(
        /meets the policy \(2 Sigstore bundles\): a bundle cannot be read \(.+\); a referrer bundle is not valid JSON$/
      )
    })

    test('only a non-Sigstore referrer: "no attestation"', async () => {
      const image = await newImage()
      await pushReferrer(registry, 'team/web', image, Buffer.from('{"spdxVersion":"SPDX-2.3"}'), { artifactType: 'application/spdx+json' })
      const result = await run(api.host, image, {})
      expect(reasonOf(result)).toMatch(/^no attestation: no Sigstore bundle is attached to /)
    })

    test('an oversized bundle is refused unread, and a good one beside it still counts', async () => {
      const image = await newImage()
      await pushReferrer(registry, 'team/web', image, Buffer.alloc(1024 * 1024 + 1, 0x20))
      const refused = await run(registry.host, image, {})
      expect(reasonOf(refused)).toContain(`a referrer bundle of ${1024 * 1024 + 1} bytes was not read: more than the 1048576 this action reads`)
      await pushBundle(registry, 'team/web', image, await logged.sign(statement(image.digest), { identity }))
      const passed = await run(registry.host, image, {})
      expect(passed.outputs.attestation).toBe('verified')
    })

    test("a GitHub-instance bundle without GitHub's root: the reason says to pass trusted-root", async () => {
      const image = await newImage()
      await pushBundle(registry, 'team/web', image, await github.sign(statement(image.digest), { identity }))
      const onlyLogged = join(work, 'logged-only.jsonl')
      writeFileSync(onlyLogged, JSON.stringify(logged.trustedRoot))
      const result = await run(registry.host, image, { 'trusted-root': onlyLogged })
      expect(reasonOf(result)).toContain(
        `issued by "GitHub, Inc.", which trusted-root ${onlyLogged} does not trust: GitHub's own instance signs attestations of private repositories`
      )
    })
  })

  describe('attestation inputs refused before anything happens', () => {
    test.each([
      [{ verify: '' }, 'Input "signer-workflow": needs verify (digest or tag)'],
      [{ 'signer-workflow': 'release.yml' }, 'Input "signer-workflow": must be owner/repo/.github/workflows/<file>.yml'],
      [{ 'signer-workflow': '', 'trusted-root': 'x' }, 'Input "trusted-root": only applies with an identity input']
    ])('%j', async (inputs, message) => {
      const result = await run(
        registry.host,
        { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 1 },
        inputs
      )
      expect(result.status).toBe(1)
      expect(result.stdout).toContain(`::error::${message}`)
      expect(result.outputs).toEqual({})
    })

    test('a missing trusted-root file fails the step', async () => {
      const image = await newImage()
      await pushBundle(registry, 'team/web', image, await logged.sign(statement(image.digest), { identity }))
      const result = await run(registry.host, image, { 'trusted-root': join(work, 'nowhere.jsonl') })
      expect(result.status).toBe(1)
      expect(result.stdout).toContain(`::error::Cannot read trusted-root ${join(work, 'nowhere.jsonl')}: ENOENT`)
      expect(result.outputs).toEqual({})
    })
  })

  describe('behind a token login, as ACR', () => {
    let tokenRegistry: LocalRegistry
    beforeAll(async () => {
      tokenRegistry = await startRegistry('token')
    }, 60_000)
    afterAll(async () => tokenRegistry?.stop())

    test('the referrers, the bundle blob and the manifests are read with the login', async () => {
      const image = await pushImage(tokenRegistry, 'team/web', 'v2.0.0')
      await pushBundle(tokenRegistry, 'team/web', image, await logged.sign(statement(image.digest), { identity }))
      const login = writeDockerConfig(work, 'acr', { auths: { [tokenRegistry.host]: { identitytoken: REFRESH_TOKEN } } })
      const result = await run(tokenRegistry.host, image, {}, { DOCKER_CONFIG: login })
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.attestation).toBe('verified')
    })
  })
})
