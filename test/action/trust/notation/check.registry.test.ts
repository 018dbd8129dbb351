// verify with the Notation inputs, called as main calls it, against the real
// registry: the statement that applies, the referrers read, one signature
// meeting the policy among others, what is refused and why, and a delete.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { NotationConfig } from '../../../../src/action/trust/notation/check.js'
import { parseTrustPolicy } from '../../../../src/action/trust/notation/policy/trust-policy.js'
import { verifyEvent } from '../../../../src/action/verify.js'
import { GlobList } from '../../../../src/glob-list.js'
import { NEEDS_DOCKER_REGISTRY } from '../../../support/docker-tests.js'
import {
  codeSigning,
  COSE,
  notationPayload,
  notationReferrer,
  rootAuthority,
  signCose,
  signJws,
  trustPolicy,
  writeTrustStore,
  type Issued,
  type StatementOptions
} from '../../../support/notation.js'
import { pushReferrer } from '../../../support/referrers.js'
import { registryEvent, writeDockerConfig } from '../../../support/registry-event.js'
import { pushImage, startRegistry, type Descriptor, type LocalRegistry } from '../../../support/registry.js'

const SIGNER = 'C=US, ST=WA, O=Contoso, CN=builder'

describe('verifyEvent with a Notation trust policy', { tags: [NEEDS_DOCKER_REGISTRY] }, () => {
  let work: string
  let registry: LocalRegistry
  let configPath: string
  let chain: Issued[]
  let counter = 0

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'acr-notation-check-'))
    registry = await startRegistry('anonymous')
    configPath = join(writeDockerConfig(work, 'anonymous', {}), 'config.json')
    const root = await rootAuthority('C=US, ST=WA, O=Contoso, CN=Root')
    chain = [await codeSigning(root, SIGNER), root]
    writeTrustStore(join(work, 'store'), { ca: { contoso: [root] } })
  }, 60_000)
  afterAll(async () => {
    await registry?.stop()
    rmSync(work, { recursive: true, force: true })
  })

  const config = (...statements: StatementOptions[]): NotationConfig => ({
    policyInput: 'trustpolicy.json',
    document: parseTrustPolicy(trustPolicy(...statements)),
    storePath: join(work, 'store'),
    storeInput: 'store'
  })

  async function verify(image: Descriptor, notation: NotationConfig, action = 'push') {
    return verifyEvent(registryEvent(registry.host, 'team/web', image, undefined, action), {
      mode: 'digest',
      registries: new GlobList(['127.0.0.1:*'], { caseInsensitive: true }),
      dockerConfigPath: configPath,
      onSecret: () => undefined,
      timeoutMs: 5000,
      notation
    })
  }

  const push = async (image: Descriptor, envelope: Buffer, mediaType?: string) =>
    pushReferrer(registry, 'team/web', image, envelope, notationReferrer(mediaType, chain))
  const newImage = () => pushImage(registry, 'team/web', `v3.0.${counter++}`)
  const strict = { trustStores: ['ca:contoso'], trustedIdentities: [`x509.subject: ${SIGNER}`] }

  test('a signature that meets the policy: verified, with the signer and the statement', async () => {
    const image = await newImage()
    await push(image, await signJws(notationPayload(image), { chain }))
    const verification = await verify(image, config(strict))
    expect(verification).toMatchObject({
      verified: true,
      notation: { check: { verified: true, skipped: false, signer: { subject: SIGNER, format: 'JWS' } }, logged: [] }
    })
    expect(verification.verified && verification.summary).toMatch(
      /exists; Notation: signed by C=US, ST=WA, O=Contoso, CN=builder at .* \(JWS, notary\.x509; trust policy "policy-1", strict; found by the tag index\)$/
    )
  })

  test('the statement that names the repository applies, not the global one', async () => {
    const image = await newImage()
    await push(image, signCose(notationPayload(image), { chain }), COSE)
    const verification = await verify(
      image,
      config(
        { ...strict, name: 'web', registryScopes: [`${registry.host}/team/web`] },
        { name: 'all', level: 'skip', registryScopes: [`${registry.host}/team/other`] }
      )
    )
    expect(verification).toMatchObject({ verified: true, notation: { check: { policy: { name: 'web' } } } })
  })

  test('skip: nothing is read, verified with skipped set', async () => {
    const image = await newImage()
    const verification = await verify(image, config({ level: 'skip', registryScopes: [`${registry.host}/team/web`] }, strict))
    expect(verification).toMatchObject({ verified: true, notation: { check: { verified: true, skipped: true } } })
    expect(verification.verified && verification.summary).toContain(
      `; trust policy "policy-1" skips Notation verification for ${registry.host}/team/web`
    )
  })

  test('refusals are listed per signature; other referrers are not signatures', async () => {
    const image = await newImage()
    await pushReferrer(registry, 'team/web', image, Buffer.from('{"spdxVersion":"SPDX-2.3"}'), { artifactType: 'application/spdx+json' })
    await push(image, await signJws(notationPayload({ ...image, size: 1 }), { chain }))
    await push(
      image,
      signCose(notationPayload(image), { chain: [await codeSigning(chain[1]!, 'C=US, ST=WA, O=Contoso, CN=intern'), chain[1]!] }),
      COSE
    )
    const verification = await verify(image, config(strict))
    expect(verification).toEqual({
      verified: false,
      logged: [],
      reason: expect.stringMatching(
        /^no Notation signature of sha256:[a-f0-9]{64} meets trust policy "policy-1" \(2 signatures\): a JWS signature: it signs sha256:[a-f0-9]{64} as ".*" of 1 bytes, but the registry serves it as .*; a COSE signature: signed by C=US, ST=WA, O=Contoso, CN=intern, which trustedIdentities does not list \(C=US, ST=WA, O=Contoso, CN=builder\)$/
      )
    })
  })

  test('a mismatch keeps what the level logged on the way: the caller prints it', async () => {
    const image = await newImage()
    const day = 86_400_000
    // The identity only logged (authenticity overridden to log), then the expired certificate refused.
    const expiredIntern = await codeSigning(chain[1]!, 'C=US, ST=WA, O=Contoso, CN=intern', {
      notBefore: new Date(Date.now() - 3 * day),
      notAfter: new Date(Date.now() - day)
    })
    await push(image, await signJws(notationPayload(image), { chain: [expiredIntern, chain[1]!], signingTime: new Date(Date.now() - 2 * day) }))
    const verification = await verify(image, config({ ...strict, override: { authenticity: 'log' } }))
    expect(verification).toEqual({
      verified: false,
      reason: expect.stringContaining('a JWS signature: certificate C=US, ST=WA, O=Contoso, CN=intern expired at'),
      logged: [
        expect.stringMatching(
          /^Notation JWS signature sha256:[a-f0-9]{64}: signed by C=US, ST=WA, O=Contoso, CN=intern, which trustedIdentities does not list .* \(authenticity is logged, not enforced, by trust policy "policy-1"\)$/
        )
      ]
    })
  })

  test('a referrer that is not a manifest of its kind is refused by name', async () => {
    const image = await newImage()
    await pushReferrer(registry, 'team/web', image, Buffer.alloc(10), { ...notationReferrer(), layerMediaType: 'application/octet-stream' })
    const verification = await verify(image, config(strict))
    expect(verification).toMatchObject({
      verified: false,
      reason: expect.stringContaining('(1 signature): a referrer has no layer of a Notation signature media type')
    })
  })

  test('no signature; no statement applies', async () => {
    const image = await newImage()
    expect(await verify(image, config(strict))).toEqual({
      verified: false,
      reason: `no Notation signature: none is attached to ${image.digest} (looked up by the tag index)`,
      logged: []
    })
    expect(await verify(image, config({ ...strict, registryScopes: ['r.io/team/web'] }))).toEqual({
      verified: false,
      logged: [],
      reason: `no Notation trust policy applies to ${registry.host}/team/web: no statement of trustpolicy.json names it in registryScopes, and none is "*"`
    })
  })

  test('a trust store named by the statement that does not exist fails, naming the input', async () => {
    const image = await newImage()
    await push(image, await signJws(notationPayload(image), { chain }))
    await expect(verify(image, config({ ...strict, trustStores: ['ca:nowhere'] }))).rejects.toThrow(
      'Input "notation-trust-store" (store): the trust store ca:nowhere'
    )
  })

  test('a delete leaves no image whose signature could be checked', async () => {
    const image = await newImage()
    await registry.deleteManifest('team/web', image.digest)
    expect(await verify(image, config(strict), 'delete')).toEqual({
      verified: false,
      reason: 'a delete leaves no image whose Notation signature could be checked'
    })
  })

  test('more than 16 signatures: the rest are not read', async () => {
    const image = await newImage()
    const refused = await signJws(notationPayload({ ...image, size: 1 }), { chain })
    for (let i = 0; i < 17; i++) await push(image, Buffer.concat([refused, Buffer.from(' '.repeat(i))]))
    const verification = await verify(image, config(strict))
    expect(verification).toMatchObject({ verified: false, reason: expect.stringContaining('(16 signatures)') })
    expect(!verification.verified && verification.reason).toMatch(/; more than 16 Notation signatures: the rest were not read$/)
  })
})
