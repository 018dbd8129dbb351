// The Notation check in the bundled action, run as the runner runs it, against
// the tests' real registry: images pushed, Notation signatures (JWS and COSE)
// made here and attached as OCI referrers as `notation sign` attaches them,
// a trust policy and a trust store in the workspace as a deployer commits them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runActionAsync } from '../../../../scripts/runner.mjs'
import { NEEDS_DOCKER_REGISTRY } from '../../../support/docker-tests.js'
import {
  codeSigning,
  COSE,
  intermediateAuthority,
  notationPayload,
  notationReferrer,
  rootAuthority,
  signCose,
  signJws,
  timestampAuthority,
  timestamping,
  timestampToken,
  trustPolicy,
  writeTrustStore,
  type Issued,
  type StatementOptions
} from '../../../support/notation.js'
import { pushBundle, pushReferrer, startReferrersApi, type ReferrersApi } from '../../../support/referrers.js'
import { runnerCommands } from '../../../support/runner-commands.js'
import { githubIdentity, loggedInstance, statement } from '../../../support/sigstore.js'
import { registryPayload, writeDockerConfig } from '../../../support/registry-event.js'
import { pushImage, startRegistry, type Descriptor, type LocalRegistry } from '../../../support/registry.js'

const SIGNER = 'C=US, ST=WA, L=Seattle, O=Contoso, CN=builder'
const DAY = 86_400_000

describe('Notation signatures in the bundle', { tags: [NEEDS_DOCKER_REGISTRY] }, () => {
  let work: string
  let registry: LocalRegistry
  let api: ReferrersApi
  let dockerConfig: string
  let root: Issued
  let chain: Issued[]
  let rsaChain: Issued[]
  let stranger: Issued[]
  let expired: Issued[]
  let tsa: Awaited<ReturnType<typeof timestampAuthority>>
  let counter = 0

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'acr-notation-e2e-'))
    registry = await startRegistry('anonymous')
    api = await startReferrersApi(registry)
    dockerConfig = writeDockerConfig(work, 'anonymous', {})
    root = await rootAuthority('C=US, ST=WA, O=Contoso, CN=Contoso Root')
    const intermediate = await intermediateAuthority(root, 'C=US, ST=WA, O=Contoso, CN=Contoso Code Signing CA')
    chain = [await codeSigning(intermediate, SIGNER), intermediate, root]
    rsaChain = [await codeSigning(root, SIGNER, { key: 'rsa2048' }), root]
    const otherRoot = await rootAuthority('C=US, ST=WA, O=Fabrikam, CN=Fabrikam Root')
    stranger = [await codeSigning(otherRoot, SIGNER), otherRoot]
    expired = [await codeSigning(root, SIGNER, { notBefore: new Date(Date.now() - 3 * DAY), notAfter: new Date(Date.now() - DAY) }), root]
    tsa = await timestampAuthority()
    writeTrustStore(join(work, '.github/notation/truststore'), { ca: { contoso: [root] }, tsa: { 'contoso-tsa': [tsa.root] } })
  }, 60_000)
  afterAll(async () => {
    await api?.stop()
    await registry?.stop()
    rmSync(work, { recursive: true, force: true })
  })

  async function newImage(): Promise<Descriptor> {
    return pushImage(registry, 'team/web', `v2.0.${counter++}`)
  }

  const payloadOf = (image: Descriptor) => notationPayload(image)
  const pushNotationSignature = (_: LocalRegistry, repository: string, image: Descriptor, envelope: Buffer, mediaType?: string) =>
    pushReferrer(registry, repository, image, envelope, notationReferrer(mediaType))

  /** Runs the step with a trust policy of `statements` written into the workspace. */
  function run(image: Descriptor, statements: StatementOptions[], inputs: Record<string, string> = {}, host = registry.host) {
    return runWithPolicy(image, trustPolicy(...statements), inputs, host)
  }

  /** Runs the step with this trust policy document written into the workspace. */
  function runWithPolicy(image: Descriptor, document: string, inputs: Record<string, string> = {}, host = registry.host) {
    const policy = `.github/notation/trustpolicy-${counter++}.json`
    mkdirSync(join(work, '.github/notation'), { recursive: true })
    writeFileSync(join(work, policy), document)
    return runActionAsync({
      event: { action: 'acr-push', client_payload: registryPayload(host, 'team/web', image) },
      inputs: {
        registries: '127.0.0.1:*',
        verify: 'digest',
        'notation-trust-policy': policy,
        'notation-trust-store': '.github/notation/truststore',
        ...inputs
      },
      env: { DOCKER_CONFIG: dockerConfig, GITHUB_WORKSPACE: work }
    })
  }

  const reasonOf = (result: { outputs: Record<string, string> }) => JSON.parse(result.outputs.json!).reason as string
  const strict: StatementOptions = { trustStores: ['ca:contoso'], trustedIdentities: [`x509.subject: ${SIGNER}`] }

  describe('a signature that meets the policy', () => {
    test('JWS, found by the tag index: notation=verified, the signer in json and the summary', async () => {
      const image = await newImage()
      await pushNotationSignature(registry, 'team/web', image, await signJws(payloadOf(image), { chain }))
      const result = await run(image, [strict])
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs).toMatchObject({ matched: 'true', notation: 'verified', 'pinned-image': `${registry.host}/team/web@${image.digest}` })
      const notation = JSON.parse(result.outputs.json!).notation
      expect(notation).toMatchObject({
        status: 'verified',
        subject: SIGNER,
        format: 'JWS',
        signingScheme: 'notary.x509',
        trustPolicy: 'policy-1',
        level: 'strict'
      })
      expect(Date.parse(notation.signingTime)).toBeGreaterThan(Date.now() - 60_000)
      expect(result.summary).toContain(`signed by ${SIGNER} at `)
      expect(result.stdout).toContain('; found by the tag index)')
    })

    test('COSE with an RSA key, found by the referrers API (ACR has it)', async () => {
      const image = await newImage()
      await pushNotationSignature(registry, 'team/web', image, signCose(payloadOf(image), { chain: rsaChain }), COSE)
      const result = await run(image, [strict], {}, api.host)
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.notation).toBe('verified')
      expect(JSON.parse(result.outputs.json!).notation.format).toBe('COSE')
      expect(result.stdout).toContain('; found by the referrers API)')
    })

    test('an expired certificate with a timestamp countersignature from the trusted TSA', async () => {
      const image = await newImage()
      const stamp = tsa.stamp({ genTime: new Date(Date.now() - 2 * DAY) })
      await pushNotationSignature(
        registry,
        'team/web',
        image,
        await signJws(payloadOf(image), { chain: expired, signingTime: new Date(Date.now() - 2 * DAY), timestamp: stamp })
      )
      const result = await run(image, [{ ...strict, trustStores: ['ca:contoso', 'tsa:contoso-tsa'] }])
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.notation, result.outputs.json).toBe('verified')
    })

    test('one good signature among refused ones', async () => {
      const image = await newImage()
      await pushNotationSignature(registry, 'team/web', image, await signJws(payloadOf(image), { chain: stranger }))
      await pushNotationSignature(registry, 'team/web', image, Buffer.from('{"payload": 7}'))
      await pushNotationSignature(registry, 'team/web', image, signCose(payloadOf(image), { chain }), COSE)
      const result = await run(image, [strict])
      expect(result.outputs.notation, result.stdout).toBe('verified')
    })
  })

  describe('a mismatch, with the reason per signature, and no deploy output', () => {
    test.each<[string, (image: Descriptor) => Promise<Buffer> | Buffer, string]>([
      [
        'another identity',
        async image => signJws(payloadOf(image), { chain: [await codeSigning(chain[1]!, 'C=US, ST=WA, O=Contoso, CN=intern'), ...chain.slice(1)] }),
        'a JWS signature: signed by C=US, ST=WA, O=Contoso, CN=intern, which trustedIdentities does not list'
      ],
      ['another CA', image => signJws(payloadOf(image), { chain: stranger }), 'leads to no certificate of ca:contoso'],
      [
        'a changed byte',
        async image => {
          const envelope = JSON.parse((await signJws(payloadOf(image), { chain })).toString())
          envelope.signature = `${envelope.signature.slice(0, 10)}${envelope.signature[10] === 'A' ? 'B' : 'A'}${envelope.signature.slice(11)}`
          return Buffer.from(JSON.stringify(envelope))
        },
        "its JWS signature does not verify with its signing certificate's key"
      ],
      [
        'a signature of another image',
        () =>
          signJws(notationPayload({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'e'.repeat(64)}`, size: 9 }), {
            chain
          }),
        `it signs sha256:${'e'.repeat(64)}, not the event's sha256:`
      ],
      [
        'an expired certificate without a timestamp',
        image => signJws(payloadOf(image), { chain: expired, signingTime: new Date(Date.now() - 2 * DAY) }),
        `expired at`
      ]
    ])('%s', async (_, make, reason) => {
      const image = await newImage()
      await pushNotationSignature(registry, 'team/web', image, await make(image))
      const result = await run(image, [strict])
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.matched).toBe('false')
      expect(result.outputs).not.toHaveProperty('pinned-image')
      expect(result.outputs).not.toHaveProperty('notation')
      expect(reasonOf(result)).toMatch(new RegExp(`^no Notation signature of sha256:[a-f0-9]{64} meets trust policy "policy-1" \\(1 signature\\): `))
      expect(reasonOf(result)).toContain(reason)
    })

    // A timestamp is what lets an expired signing certificate's signature pass: a wrong one must not.
    test.each<[string, () => Promise<(signature: Buffer) => Buffer>, string]>([
      [
        'an expired certificate whose timestamp is of another signature',
        async () => tsa.stamp({ genTime: new Date(Date.now() - 2 * DAY), imprintOf: Buffer.from('another signature') }),
        'the timestamp is of another signature (its message imprint does not match)'
      ],
      [
        'an expired certificate whose timestamp is by a certificate of the trusted TSA root without the timeStamping usage',
        async () => {
          const signer = await timestamping(tsa.root, 'C=US, O=Contoso, CN=Contoso Signing Service', { eku: ['1.3.6.1.5.5.7.3.3'] })
          return signature => timestampToken(signature, { tsa: signer, genTime: new Date(Date.now() - 2 * DAY) })
        },
        'the timestamping certificate C=US, O=Contoso, CN=Contoso Signing Service does not have timeStamping as its only extended key usage, marked critical'
      ]
    ])('%s', async (_, stamp, reason) => {
      const image = await newImage()
      const timestamp = await stamp()
      await pushNotationSignature(
        registry,
        'team/web',
        image,
        await signJws(payloadOf(image), { chain: expired, signingTime: new Date(Date.now() - 2 * DAY), timestamp })
      )
      const result = await run(image, [{ ...strict, trustStores: ['ca:contoso', 'tsa:contoso-tsa'] }])
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.matched).toBe('false')
      expect(result.outputs).not.toHaveProperty('pinned-image')
      expect(result.outputs).not.toHaveProperty('notation')
      expect(reasonOf(result)).toMatch(new RegExp(`^no Notation signature of sha256:[a-f0-9]{64} meets trust policy "policy-1" \\(1 signature\\): `))
      expect(reasonOf(result)).toContain(reason)
    })

    test('no signature at all; with on-mismatch: fail, a failed step', async () => {
      const image = await newImage()
      const skipped = await run(image, [strict])
      expect(reasonOf(skipped)).toBe(`no Notation signature: none is attached to ${image.digest} (looked up by the tag index)`)
      const failed = await run(image, [strict], { 'on-mismatch': 'fail' })
      expect(failed.status).toBe(1)
      expect(failed.stdout).toContain(
        `::error::The push event did not pass verification against the registry: no Notation signature: none is attached to ${image.digest}`
      )
      expect(failed.outputs).toEqual({})
    })

    test('a policy whose registryScopes do not cover the repository', async () => {
      const image = await newImage()
      await pushNotationSignature(registry, 'team/web', image, await signJws(payloadOf(image), { chain }))
      const result = await run(image, [{ ...strict, registryScopes: [`${registry.host}/team/api`] }])
      expect(result.outputs.matched).toBe('false')
      expect(reasonOf(result)).toMatch(`no Notation trust policy applies to ${registry.host}/team/web: no statement of .github/notation/trustpolicy-`)
    })
  })

  describe('levels', () => {
    test('audit: a signature by another CA passes integrity, and what failed is logged', async () => {
      const image = await newImage()
      await pushNotationSignature(registry, 'team/web', image, await signJws(payloadOf(image), { chain: stranger }))
      const result = await run(image, [{ ...strict, level: 'audit' }])
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs.notation).toBe('verified')
      expect(JSON.parse(result.outputs.json!).notation.level).toBe('audit')
      expect(result.stdout).toMatch(
        /::warning::Notation JWS signature sha256:[a-f0-9]{64}: its certificate chain \(signed by .*\) leads to no certificate of ca:contoso \(authenticity is logged, not enforced, by trust policy "policy-1"\)/
      )
    })

    test('audit still enforces integrity: a changed payload is refused', async () => {
      const image = await newImage()
      await pushNotationSignature(registry, 'team/web', image, await signJws(notationPayload({ ...image, size: image.size + 1 }), { chain }))
      const result = await run(image, [{ ...strict, level: 'audit' }])
      expect(result.outputs.matched).toBe('false')
      expect(reasonOf(result)).toContain('but the registry serves it as')
    })

    test('permissive: an expired certificate is logged, not refused', async () => {
      const image = await newImage()
      await pushNotationSignature(
        registry,
        'team/web',
        image,
        await signJws(payloadOf(image), { chain: expired, signingTime: new Date(Date.now() - 2 * DAY) })
      )
      const result = await run(image, [{ ...strict, level: 'permissive' }])
      expect(result.outputs.notation, result.stdout).toBe('verified')
      expect(result.stdout).toContain('(authenticTimestamp is logged, not enforced')
    })

    test('audit, every signature failing integrity: a mismatch whose notice gives each reason, and no warning (nothing past integrity was checked)', async () => {
      const image = await newImage()
      // By another CA too: at audit that would only be logged, had integrity held.
      await pushNotationSignature(
        registry,
        'team/web',
        image,
        await signJws(notationPayload({ ...image, size: image.size + 1 }), { chain: stranger })
      )
      await pushNotationSignature(registry, 'team/web', image, Buffer.from('{"payload": 7}'))
      const result = await run(image, [{ ...strict, level: 'audit' }])
      expect(result.status, result.stdout).toBe(0)
      expect(Object.keys(result.outputs).sort()).toEqual(['action', 'event-id', 'json', 'matched', 'timestamp'])
      expect(result.outputs.matched).toBe('false')
      const commands = runnerCommands(result.stdout)
      expect(commands.map(c => c.name)).toEqual(['group', 'endgroup', 'notice'])
      expect(commands[2]!.data).toMatch(
        /^Skipped: no Notation signature of sha256:[a-f0-9]{64} meets trust policy "policy-1" \(2 signatures\): a JWS signature: it signs .* but the registry serves it as .*; a JWS signature: .*\. No deploy output/
      )
      expect(commands[2]!.data).toBe(`Skipped: ${reasonOf(result)}. No deploy output (repository, tag, digest, image…) was set.`)
    })

    test('a mismatch still prints what the check logged: the store file Notation ignores, which is why nothing met the policy', async () => {
      const image = await newImage()
      await pushNotationSignature(registry, 'team/web', image, await signJws(payloadOf(image), { chain }))
      // Beside another root, the signer's root exported as DER with a .der name: Notation reads only .pem, .crt and .cer files.
      mkdirSync(join(work, '.github/notation/truststore/x509/ca/exported'), { recursive: true })
      writeFileSync(join(work, '.github/notation/truststore/x509/ca/exported/fabrikam.pem'), stranger[1]!.pem)
      writeFileSync(join(work, '.github/notation/truststore/x509/ca/exported/root.der'), root.der)
      const result = await run(image, [{ ...strict, trustStores: ['ca:exported'] }])
      expect(result.outputs.matched).toBe('false')
      expect(reasonOf(result)).toContain('leads to no certificate of ca:exported')
      const warnings = runnerCommands(result.stdout).filter(c => c.name === 'warning')
      expect(warnings.map(w => w.data)).toEqual([expect.stringMatching(/root\.der in .* is not a \.pem, \.crt or \.cer file: ignored$/)])
    })

    test('a mismatch after a validation the level only logs prints that line too', async () => {
      const image = await newImage()
      // Authenticity only logged (another CA), then the expired certificate refused: strict enforces authenticTimestamp.
      const expiredStranger = [
        await codeSigning(stranger[1]!, SIGNER, { notBefore: new Date(Date.now() - 3 * DAY), notAfter: new Date(Date.now() - DAY) }),
        stranger[1]!
      ]
      await pushNotationSignature(
        registry,
        'team/web',
        image,
        await signJws(payloadOf(image), { chain: expiredStranger, signingTime: new Date(Date.now() - 2 * DAY) })
      )
      const result = await run(image, [{ ...strict, override: { authenticity: 'log' } }])
      expect(result.outputs.matched).toBe('false')
      expect(reasonOf(result)).toContain('expired at')
      expect(
        runnerCommands(result.stdout)
          .filter(c => c.name === 'warning')
          .map(w => w.data)
      ).toEqual([
        expect.stringMatching(/leads to no certificate of ca:contoso \(authenticity is logged, not enforced, by trust policy "policy-1"\)$/)
      ])
    })

    test('skip: nothing is checked, the event matches, notation=skipped', async () => {
      const image = await newImage()
      const result = await run(image, [{ level: 'skip', registryScopes: [`${registry.host}/team/web`] }, strict])
      expect(result.status, result.stdout).toBe(0)
      expect(result.outputs).toMatchObject({ matched: 'true', notation: 'skipped' })
      expect(result.summary).toContain('skips verification')
    })
  })

  test('beside a Sigstore identity input, both must hold: a Notation signature without an attestation is a mismatch', async () => {
    const instance = await loggedInstance()
    const trustedRoot = join(work, 'trusted_root.jsonl')
    writeFileSync(trustedRoot, `${JSON.stringify(instance.trustedRoot)}\n`)
    const image = await newImage()
    await pushNotationSignature(registry, 'team/web', image, await signJws(payloadOf(image), { chain }))
    const inputs = { 'signer-workflow': 'octo-org/web/.github/workflows/release.yml', 'trusted-root': trustedRoot }
    const missing = await run(image, [strict], inputs)
    expect(missing.outputs.matched).toBe('false')
    expect(reasonOf(missing)).toMatch(/^no attestation: no Sigstore bundle of sha256:[0-9a-f]{64} in the registry's tag index/)
    await pushBundle(
      registry,
      'team/web',
      image,
      await instance.sign(statement(image.digest), { identity: githubIdentity('octo-org/web/.github/workflows/release.yml') })
    )
    const both = await run(image, [strict], inputs)
    expect(both.outputs).toMatchObject({ matched: 'true', notation: 'verified', attestation: 'verified' })
  })

  describe('a signing certificate whose subject holds workflow commands', () => {
    // What a CA that copies a requested subject unchecked would sign: line breaks (each of those the runner or a log
    // viewer ends a line at) before workflow commands in both syntaxes, the runner's own escape of a line break, and an
    // expression. UTF8String allows all of it, and notation would verify such a signature.
    const HOSTILE_CN = [
      'builder',
      '::set-output name=x::y',
      '::error::injected',
      '##[set-output name=x;]y',
      '%0A::warning::escaped',
      '${{ github.token }}',
      '\u2028::notice::U+2028',
      '\u0085::notice::NEL',
      '\r::debug::CR'
    ].join('\n')
    let hostile: Issued

    beforeAll(async () => {
      hostile = await codeSigning(chain[1]!, 'ignored', { name: [{ C: ['US'] }, { O: ['Contoso'] }, { CN: [{ utf8String: HOSTILE_CN }] }] })
    })

    async function runHostile(statement: StatementOptions, inputs: Record<string, string> = {}) {
      const image = await newImage()
      await pushNotationSignature(registry, 'team/web', image, await signJws(payloadOf(image), { chain: [hostile, ...chain.slice(1)] }))
      return run(image, [statement], inputs)
    }

    /**
     * The runner reads the step's own commands only, each one line; the subject reaches no output but json, and
     * there only JSON-escaped (no raw line break, no "#"), so that fromJSON gives it back as the certificate holds it.
     */
    function expectContained(result: { stdout: string; outputs: Record<string, string> }, own: readonly string[]) {
      const commands = runnerCommands(result.stdout)
      expect(
        commands.map(c => `${c.syntax}:${c.name}`),
        result.stdout
      ).toEqual(own)
      for (const command of commands) expect(command.data, command.line).not.toMatch(/[\r\n\u0085\u2028\u2029]/)
      for (const [name, value] of Object.entries(result.outputs)) {
        if (name === 'json') expect(value).not.toMatch(/[#\r\n\u0085\u2028\u2029]/)
        else expect(value, name).not.toMatch(/builder|::|\$\{\{|%0A/)
      }
      expect(result.outputs).not.toHaveProperty('x')
    }

    test('strict, trustedIdentities not listing it: a mismatch whose reason names it, escaped', async () => {
      const result = await runHostile(strict)
      expect(result.status, result.stdout).toBe(0)
      expectContained(result, ['v2:group', 'v2:endgroup', 'v2:notice'])
      expect(Object.keys(result.outputs).sort()).toEqual(['action', 'event-id', 'json', 'matched', 'timestamp'])
      expect(result.outputs.matched).toBe('false')
      expect(reasonOf(result)).toContain(`signed by C=US, O=Contoso, CN=builder\n::set-output name=x::y\n::error::injected\n`)
      expect(reasonOf(result)).toContain(', which trustedIdentities does not list')
    })

    test('trustedIdentities "*": verified, and the subject is in json as the certificate holds it', async () => {
      const result = await runHostile({ ...strict, trustedIdentities: ['*'] })
      expect(result.status, result.stdout).toBe(0)
      expectContained(result, ['v2:group', 'v2:endgroup'])
      expect(result.outputs).toMatchObject({ matched: 'true', notation: 'verified' })
      const subject = JSON.parse(result.outputs.json!).notation.subject as string
      expect(subject).toContain('C=US, O=Contoso, CN=builder\n::set-output name=x::y\n::error::injected\n')
      expect(subject).toContain('\n%0A::warning::escaped\n${{ github.token }}\n\u2028::notice::U\\+2028\n\u0085::notice::NEL\n\r::debug::CR')
      expect(result.summary).toContain('::set-output name=x::y')
    })

    test('on-mismatch: fail: one error annotation, on one line, and no output', async () => {
      const result = await runHostile(strict, { 'on-mismatch': 'fail' })
      expect(result.status).toBe(1)
      expectContained(result, ['v2:error'])
      expect(result.outputs).toEqual({})
      expect(runnerCommands(result.stdout)[0]!.data).toContain('CN=builder\\u000a::set-output name=x::y\\u000a::error::injected')
    })

    test('audit: the identity it does not list is a warning on one line, and the signature verifies', async () => {
      const result = await runHostile({ ...strict, level: 'audit' })
      expect(result.status, result.stdout).toBe(0)
      expectContained(result, ['v2:warning', 'v2:group', 'v2:endgroup'])
      expect(result.outputs).toMatchObject({ matched: 'true', notation: 'verified' })
      expect(runnerCommands(result.stdout)[0]!.data).toMatch(
        /signed by C=US, O=Contoso, CN=builder\\u000a::set-output .*, which trustedIdentities does not list/
      )
    })
  })

  describe('skip as the specification bounds it: a configuration error naming the input, no output', () => {
    test.each<[string, () => object, string]>([
      [
        'skip with "*" in trustedIdentities',
        () => ({ name: 'legacy', registryScopes: [`${registry.host}/team/web`], signatureVerification: { level: 'skip' }, trustedIdentities: ['*'] }),
        'statement "legacy" skips verification but names trust stores or trusted identities: remove them, or choose another level'
      ],
      [
        'skip with trust stores and "*" identities',
        () => ({
          name: 'legacy',
          registryScopes: [`${registry.host}/team/web`],
          signatureVerification: { level: 'skip' },
          trustStores: ['ca:contoso'],
          trustedIdentities: ['*']
        }),
        'statement "legacy" skips verification but names trust stores or trusted identities'
      ],
      [
        'skip for every repository ("*")',
        () => ({ name: 'legacy', registryScopes: ['*'], signatureVerification: { level: 'skip' } }),
        'statement "legacy" skips verification for every repository ("*"); skip may only name repositories'
      ]
    ])('%s', async (_, statement, message) => {
      const image = await newImage()
      await pushNotationSignature(registry, 'team/web', image, await signJws(payloadOf(image), { chain }))
      const result = await runWithPolicy(image, JSON.stringify({ version: '1.0', trustPolicies: [statement()] }))
      expect(result.status).toBe(1)
      const commands = runnerCommands(result.stdout)
      expect(commands.map(c => c.name)).toEqual(['error'])
      expect(commands[0]!.data).toMatch(/^Input "notation-trust-policy"/)
      expect(commands[0]!.data).toContain(message)
      expect(result.outputs).toEqual({})
    })
  })

  describe('configuration errors fail the step, naming the input', () => {
    test.each<[string, Record<string, string>, string]>([
      ['a trust policy without a trust store', { 'notation-trust-store': '' }, 'Input "notation-trust-policy": needs notation-trust-store as well'],
      ['without verify', { verify: '' }, 'Input "notation-trust-policy": needs verify (digest or tag)'],
      ['a missing trust store folder', { 'notation-trust-store': 'no/such/folder' }, 'Input "notation-trust-store": '],
      ['a named store that does not exist', {}, 'the trust store ca:nowhere']
    ])('%s', async (_, inputs, message) => {
      const image = await newImage()
      await pushNotationSignature(registry, 'team/web', image, await signJws(payloadOf(image), { chain }))
      const result = await run(image, [{ ...strict, trustStores: ['ca:nowhere'] }], inputs)
      expect(result.status).toBe(1)
      expect(result.stdout).toContain(message)
      expect(result.outputs).toEqual({})
    })
  })
})
