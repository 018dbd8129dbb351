// The attestation check in the bundled action, run as the runner runs it,
// against the tests' real registry: images pushed, Sigstore bundles signed by
// instances the test makes (test/support/sigstore.ts) and attached as OCI
// referrers, a trusted-root file naming those instances. Offline.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { compress } from '@stablelib/snappy/lib/compress.js'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runActionAsync } from '../../../scripts/runner.mjs'
import { NEEDS_DOCKER_REGISTRY } from '../../support/docker-tests.js'
import { registryPayload, writeDockerConfig } from '../../support/registry-event.js'
import { startAttestationsApi, startBundleHost, type FakeAttestationsApi, type FakeBundleHost } from '../../support/attestations-api.js'
import { pushBundle, pushReferrer, startReferrersApi, type ReferrersApi } from '../../support/referrers.js'
import { pushImage, pushIndex, REFRESH_TOKEN, startRegistry, type Descriptor, type LocalRegistry } from '../../support/registry.js'
import { githubIdentity, githubInstance, loggedInstance, statement, type Identity, type TestInstance } from '../../support/sigstore.js'
import { startTufRepository, type LocalTufRepository } from '../../support/tuf.js'

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
        `attested: https://slsa.dev/provenance/v1 of ${image.digest}, signed by ${WORKFLOW}@refs/heads/main (found in the registry's tag index)`
      )
      expect(result.summary).toContain(
        `https://slsa.dev/provenance/v1 of ${image.digest}, signed by ${WORKFLOW}@refs/heads/main, built from octo-org/web; found in the registry's tag index`
      )
    })

    test('build provenance found by the referrers API (ACR has it)', async () => {
      const image = await newImage()
      await pushBundle(registry, 'team/web', image, await logged.sign(statement(image.digest), { identity }))
      const result = await run(api.host, image, {})
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.attestation).toBe('verified')
      expect(result.stdout).toContain("(found in the registry's referrers API)")
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
      expect(reasonOf(result)).toMatch(
        new RegExp(`^no attestation of sha256:[a-f0-9]{64} meets the policy \\(1 Sigstore bundle in the registry's tag index\\): `)
      )
      expect(reasonOf(result)).toContain(reason)
    })

    test('no referrers at all: "no attestation"; with on-mismatch: fail, a failed step', async () => {
      const image = await newImage()
      const skipped = await run(registry.host, image, {})
      expect(skipped.outputs.matched).toBe('false')
      expect(reasonOf(skipped)).toBe(
        `no attestation: no Sigstore bundle of ${image.digest} in the registry's tag index; GitHub's attestations API was not asked: github-token is empty; if this image is one platform of a multi-platform image, its build attested the index: gate on the index's push (artifacts: index)`
      )
      const failed = await run(registry.host, image, { 'on-mismatch': 'fail' })
      expect(failed.status).toBe(1)
      expect(failed.stdout).toContain(
        `::error::The push event did not pass verification against the registry: no attestation: no Sigstore bundle of ${image.digest} in the registry's tag index`
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
        /meets the policy \(2 Sigstore bundles in the registry's tag index\): a bundle cannot be read \(.+\); a referrer bundle is not valid JSON; GitHub's attestations API was not asked: github-token is empty$/
      )
    })

    test('only a non-Sigstore referrer: "no attestation"', async () => {
      const image = await newImage()
      await pushReferrer(registry, 'team/web', image, Buffer.from('{"spdxVersion":"SPDX-2.3"}'), { artifactType: 'application/spdx+json' })
      const result = await run(api.host, image, {})
      expect(reasonOf(result)).toMatch(/^no attestation: no Sigstore bundle of sha256:[a-f0-9]{64} in the registry's referrers API;/)
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
        `issued by "GitHub, Inc.", which trusted-root ${onlyLogged} does not trust: GitHub's own instance signs attestations of private repositories; add its root to the file`
      )
    })
  })

  describe('attestation inputs refused before anything happens', () => {
    test.each([
      [{ verify: '' }, 'Input "signer-workflow": needs verify (digest or tag)'],
      [{ 'signer-workflow': 'release.yml' }, 'Input "signer-workflow": must be owner/repo/.github/workflows/<file>.yml'],
      [{ 'signer-workflow': '', 'trusted-root': 'x' }, 'Input "trusted-root": only applies with an identity input'],
      // Its default (any) is set on every step and says nothing; another value alone is a configuration error.
      [
        { 'signer-workflow': '', 'trusted-root': '', 'attestation-source': 'registry' },
        'Input "attestation-source": only applies with an identity input'
      ]
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

  describe("GitHub's attestations API (attest-build-provenance's default store), faked on loopback", () => {
    const TOKEN = 'ghs_job-token-for-the-fake-api'
    let api: FakeAttestationsApi
    let tuf: LocalTufRepository
    beforeAll(async () => {
      api = await startAttestationsApi({ token: TOKEN, perPage: 2 })
      tuf = await startTufRepository(github.trustedRoot, work)
    })
    afterAll(async () => {
      await api?.stop()
      await tuf?.stop()
    })
    const withApi = (image: Descriptor, inputs: Record<string, string>, env: Record<string, string> = {}) =>
      run(registry.host, image, { 'github-token': TOKEN, ...inputs }, { GITHUB_API_URL: api.url, XDG_DATA_HOME: join(work, 'data'), ...env })

    test('none in the registry, one in the API: verified, found in the repository the signer names; the token goes to the API alone, masked', async () => {
      const image = await newImage()
      api.add('repos/octo-org/web', image.digest, await logged.sign(statement(image.digest), { identity }))
      const result = await withApi(image, {})
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs).toMatchObject({ matched: 'true', attestation: 'verified', 'signer-workflow': `${WORKFLOW}@refs/heads/main` })
      expect(result.stdout).toContain("(found in GitHub's attestations of octo-org/web)")
      expect(result.stdout).toContain(`::add-mask::${TOKEN}`)
      const asked = api.requests.filter(request => request.path.includes(image.digest))
      expect(asked.map(request => request.path)).toEqual([`/repos/octo-org/web/attestations/${image.digest}?per_page=16`])
      expect(asked.every(request => request.authorization === `Bearer ${TOKEN}`)).toBe(true)
      expect(JSON.parse(result.outputs.json!).attestation).toMatchObject({ foundIn: "GitHub's attestations of octo-org/web" })
    })

    test("a private repository's attestation (GitHub's instance) verifies with no trusted-root, through GitHub's TUF repository", async () => {
      const image = await newImage()
      api.add('repos/octo-org/web', image.digest, await github.sign(statement(image.digest), { identity }))
      const result = await withApi(
        image,
        { 'trusted-root': '', 'attestation-source': 'github' },
        { ACR_WEBHOOK_ACTION_GITHUB_TUF_MIRROR: tuf.url, ACR_WEBHOOK_ACTION_GITHUB_TUF_ROOT: tuf.rootPath }
      )
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.attestation).toBe('verified')
      expect(tuf.requests).toContain('/targets/trusted_root.json')
    })

    test('an unreachable TUF repository fails the step, naming the host and trusted-root', async () => {
      const image = await newImage()
      api.add('repos/octo-org/web', image.digest, await github.sign(statement(image.digest), { identity }))
      const result = await withApi(
        image,
        { 'trusted-root': '', 'attestation-source': 'github' },
        { ACR_WEBHOOK_ACTION_GITHUB_TUF_MIRROR: 'http://127.0.0.1:9', ACR_WEBHOOK_ACTION_GITHUB_TUF_ROOT: tuf.rootPath }
      )
      expect(result.status).toBe(1)
      expect(result.stdout).toMatch(/::error::Cannot get GitHub's trusted root from its TUF repository http:\/\/127\.0\.0\.1:9 .*pass trusted-root/)
      expect(result.outputs).toEqual({})
    })

    test('owner alone asks the organization, following its pages; a reusable workflow of the owner signs', async () => {
      const image = await newImage()
      const shared = githubIdentity('octo-org/shared/.github/workflows/build.yml', 'refs/heads/main', {
        sourceRepositoryUri: 'https://github.com/octo-org/api'
      })
      for (const workflow of ['ci.yml', 'lint.yml']) {
        api.add(
          'orgs/octo-org',
          image.digest,
          await logged.sign(statement(image.digest), { identity: githubIdentity(`octo-org/api/.github/workflows/${workflow}`) })
        )
      }
      api.add('orgs/octo-org', image.digest, await logged.sign(statement(image.digest), { identity: shared }))
      const result = await withApi(image, { 'signer-workflow': 'octo-org/shared/.github/workflows/build.yml', owner: 'octo-org' })
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs).toMatchObject({ attestation: 'verified', 'source-repository': 'octo-org/api' })
      expect(api.requests.filter(request => request.path.includes(image.digest)).map(request => request.path)).toEqual([
        `/orgs/octo-org/attestations/${image.digest}?per_page=16`,
        `/orgs/octo-org/attestations/${image.digest}?per_page=2&page=2`
      ])
    })

    test('attestation-source: registry never asks the API', async () => {
      const image = await newImage()
      api.add('repos/octo-org/web', image.digest, await logged.sign(statement(image.digest), { identity }))
      const result = await withApi(image, { 'attestation-source': 'registry' })
      expect(result.outputs.matched).toBe('false')
      expect(api.requests.some(request => request.path.includes(image.digest))).toBe(false)
    })

    test('a bundle in the registry passes first: the API is not asked', async () => {
      const image = await newImage()
      await pushBundle(registry, 'team/web', image, await logged.sign(statement(image.digest), { identity }))
      const result = await withApi(image, {})
      expect(result.outputs.attestation).toBe('verified')
      expect(api.requests.some(request => request.path.includes(image.digest))).toBe(false)
    })

    test('a bundle from the API is judged as one from the registry: another workflow is refused, with the reason', async () => {
      const image = await newImage()
      api.add(
        'repos/octo-org/web',
        image.digest,
        await logged.sign(statement(image.digest), { identity: githubIdentity('octo-org/web/.github/workflows/ci.yml') })
      )
      const result = await withApi(image, {})
      expect(reasonOf(result)).toBe(
        `no attestation of ${image.digest} meets the policy (1 Sigstore bundle in the registry's tag index or GitHub's attestations of octo-org/web): signed by "octo-org/web/.github/workflows/ci.yml@refs/heads/main", expected ${WORKFLOW}`
      )
    })

    test.each([
      ['github: the step fails, naming the permission', 'github', 1],
      ['any: a mismatch whose reason names the permission', 'any', 0]
    ])('a token GitHub refuses (403), attestation-source %s', async (_, source, status) => {
      const image = await newImage()
      api.answerWith(403)
      try {
        const result = await withApi(image, { 'attestation-source': source })
        expect(result.status, result.stdout).toBe(status)
        const said = status === 1 ? result.stdout : reasonOf(result)
        expect(said).toContain(
          `GitHub's API refused github-token for the attestations of the repository octo-org/web (HTTP 403): the job needs "permissions: attestations: read"`
        )
      } finally {
        api.answerWith(undefined)
      }
    })

    test('a rate limit fails the step whatever the source: GitHub could not answer', async () => {
      const image = await newImage()
      api.answerWith(403, { 'x-ratelimit-remaining': '0' })
      try {
        const result = await withApi(image, {})
        expect(result.status).toBe(1)
        expect(result.stdout).toContain("::error::GitHub's API rate-limited the attestations lookup of the repository octo-org/web (HTTP 403)")
      } finally {
        api.answerWith(undefined)
      }
    })

    test('GITHUB_API_URL over plain http to a host that is not loopback: refused, no request', async () => {
      const image = await newImage()
      const result = await withApi(image, { 'attestation-source': 'github' }, { GITHUB_API_URL: 'http://api.example.test' })
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('::error::GITHUB_API_URL http://api.example.test is not https: the token is sent over https only')
    })

    describe('bundles GitHub keeps at a bundle_url (its blob storage, another host), fetched without any credential', () => {
      let storage: FakeBundleHost
      beforeAll(async () => {
        storage = await startBundleHost()
      })
      afterAll(async () => storage?.stop())
      const snappy = (text: string) => Buffer.from(compress(Buffer.from(text)))
      const neverSawTheToken = () => {
        expect(storage.requests.length).toBeGreaterThan(0)
        for (const request of storage.requests) {
          expect(request.headers).not.toHaveProperty('authorization')
          expect(JSON.stringify(request)).not.toContain(TOKEN)
        }
      }

      test.each<[string, string, (json: string) => Buffer]>([
        ['snappy-compressed, as GitHub serves it', 'application/x-snappy', snappy],
        ['raw JSON', 'application/json', json => Buffer.from(json)]
      ])('%s: verified, judged as any bundle; the storage never sees the token', async (name, contentType, encode) => {
        const image = await newImage()
        const bundle = JSON.stringify(await logged.sign(statement(image.digest), { identity }))
        api.addAt('repos/octo-org/web', image.digest, storage.serve(`/${image.digest}/${contentType}`, encode(bundle), contentType))
        const result = await withApi(image, { 'attestation-source': 'github' })
        expect(result.status, result.stdout).toBe(0)
        expect(result.outputs).toMatchObject({ matched: 'true', attestation: 'verified', 'signer-workflow': `${WORKFLOW}@refs/heads/main` })
        expect(result.stdout).toContain("(found in GitHub's attestations of octo-org/web)")
        expect(storage.requests.filter(request => request.path.startsWith(`/${image.digest}/`))).toHaveLength(1)
        neverSawTheToken()
      })

      test('a bundle_url bundle of another workflow is refused with the reason, as an inline one', async () => {
        const image = await newImage()
        const other = await logged.sign(statement(image.digest), { identity: githubIdentity('octo-org/web/.github/workflows/ci.yml') })
        api.addAt('repos/octo-org/web', image.digest, storage.serve(`/${image.digest}/ci`, snappy(JSON.stringify(other)), 'application/x-snappy'))
        const result = await withApi(image, { 'attestation-source': 'github' })
        expect(result.status, result.stdout).toBe(0)
        expect(reasonOf(result)).toBe(
          `no attestation of ${image.digest} meets the policy (1 Sigstore bundle in GitHub's attestations of octo-org/web): signed by "octo-org/web/.github/workflows/ci.yml@refs/heads/main", expected ${WORKFLOW}`
        )
      })

      test('a compression bomb (8 MiB of JSON in 400 KB) is refused before it is decompressed; a good bundle after it passes', async () => {
        const image = await newImage()
        const bomb = snappy(`{"padding":"${' '.repeat(8 * 1024 * 1024)}"}`)
        expect(bomb.length).toBeLessThan(1024 * 1024)
        api.addAt('repos/octo-org/web', image.digest, storage.serve(`/${image.digest}/bomb`, bomb, 'application/x-snappy'))
        const refused = await withApi(image, { 'attestation-source': 'github' })
        expect(refused.status, refused.stdout).toBe(0)
        expect(reasonOf(refused)).toMatch(
          new RegExp(
            `^no attestation of ${image.digest} meets the policy \\(1 Sigstore bundle in GitHub's attestations of octo-org/web\\): the bundle of an attestation from GitHub at localhost:\\d+ would decompress to ${8 * 1024 * 1024 + 14} bytes, more than the 1048576 this action reads: not decompressed$`
          )
        )
        const bundle = JSON.stringify(await logged.sign(statement(image.digest), { identity }))
        api.addAt('repos/octo-org/web', image.digest, storage.serve(`/${image.digest}/good`, snappy(bundle), 'application/x-snappy'))
        const passed = await withApi(image, { 'attestation-source': 'github' })
        expect(passed.outputs.attestation).toBe('verified')
      })

      test('a bundle_url over plain http to a host that is not loopback: refused, never fetched, the token not sent', async () => {
        const image = await newImage()
        api.addAt('repos/octo-org/web', image.digest, `http://productionresultssa0.blob.core.windows.net/${image.digest}?sig=x`)
        const result = await withApi(image, { 'attestation-source': 'github' })
        expect(result.status, result.stdout).toBe(0)
        expect(reasonOf(result)).toContain(
          'the bundle of an attestation from GitHub at productionresultssa0.blob.core.windows.net is not at an https address (http:): it was not fetched'
        )
      })

      test('storage that answers 403 fails the step, naming the host; with a good bundle beside it, that one passes', async () => {
        const image = await newImage()
        api.addAt('repos/octo-org/web', image.digest, storage.fail(`/${image.digest}/expired`, 403))
        const failed = await withApi(image, { 'attestation-source': 'github' })
        expect(failed.status).toBe(1)
        expect(failed.stdout).toMatch(/::error::.*GitHub's storage at localhost:\d+ answered HTTP 403 for the bundle of an attestation/)
        expect(failed.outputs).toEqual({})
        const bundle = JSON.stringify(await logged.sign(statement(image.digest), { identity }))
        api.addAt('repos/octo-org/web', image.digest, storage.serve(`/${image.digest}/good`, snappy(bundle), 'application/x-snappy'))
        const passed = await withApi(image, { 'attestation-source': 'github' })
        expect(passed.status, passed.stdout).toBe(0)
        expect(passed.outputs.attestation).toBe('verified')
        neverSawTheToken()
      })
    })

    test('attestation-source: github with an empty github-token is a configuration error', async () => {
      const image = await newImage()
      const result = await run(registry.host, image, { 'attestation-source': 'github' })
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('::error::Input "github-token": is empty, and attestation-source: github reads')
    })
  })

  describe('hostile referrers: each refused alone, the reason saying what the caps hid', () => {
    test('a layer size smaller than its blob: that referrer is refused, the step does not crash, a good bundle beside it passes', async () => {
      const image = await newImage()
      const bundle = Buffer.from(JSON.stringify(await logged.sign(statement(image.digest), { identity })))
      await pushReferrer(registry, 'team/web', image, bundle, { layerSize: 10 })
      const refused = await run(registry.host, image, {})
      expect(refused.status, refused.stderr).toBe(0)
      expect(refused.stderr).not.toContain('Unhandled')
      expect(reasonOf(refused)).toContain('a referrer bundle blob is larger than the 10 bytes its descriptor says')
      await pushBundle(registry, 'team/web', image, await logged.sign(statement(image.digest), { identity }))
      const passed = await run(registry.host, image, {})
      expect(passed.outputs.attestation).toBe('verified')
    })

    test('70 referrers without an artifactType: the reason says the cap left some unread, not "none attached"', async () => {
      const image = await newImage()
      for (let i = 0; i < 70; i++) {
        await pushReferrer(registry, 'team/web', image, Buffer.from(`{"spdxVersion":"SPDX-2.3","n":${i}}`), {
          artifactType: 'application/spdx+json',
          untypedDescriptor: true
        })
      }
      const result = await run(registry.host, image, {})
      expect(reasonOf(result)).toMatch(
        /^no attestation: no Sigstore bundle of sha256:[a-f0-9]{64} in the registry's tag index; 6 more referrers without an artifactType were not read \(at most 64 are read to tell their format\): a Sigstore bundle may be among them/
      )
    }, 120_000)

    test("the referrers API's Link pages are followed: a bundle on the third page is found", async () => {
      const paged = await startReferrersApi(registry, { pageSize: 2 })
      try {
        const image = await newImage()
        for (let i = 0; i < 4; i++) {
          await pushReferrer(registry, 'team/web', image, Buffer.from(`{"n":${i}}`), { artifactType: 'application/spdx+json' })
        }
        await pushBundle(registry, 'team/web', image, await logged.sign(statement(image.digest), { identity }))
        const result = await run(paged.host, image, {})
        expect(result.outputs.attestation).toBe('verified')
        expect(paged.answered).toEqual([
          `/v2/team/web/referrers/${image.digest}`,
          `/v2/team/web/referrers/${image.digest}?n=2&last=2`,
          `/v2/team/web/referrers/${image.digest}?n=2&last=4`
        ])
      } finally {
        await paged.stop()
      }
    })

    test('a bundle with 250 forged log entries (as many as fit in 1 MiB) is refused before any is checked', async () => {
      const image = await newImage()
      const forged = (await logged.sign(statement(image.digest), { identity })) as { verificationMaterial: { tlogEntries: unknown[] } }
      forged.verificationMaterial.tlogEntries = Array(250).fill(forged.verificationMaterial.tlogEntries[0])
      await pushBundle(registry, 'team/web', image, forged)
      const result = await run(registry.host, image, {})
      expect(reasonOf(result)).toContain('a bundle carries 250 transparency-log entries, more than the 32 this action reads')
    })
  })
})
