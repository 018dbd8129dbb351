// The verifier against material made here: each validation of the trust policy
// specification, at each level, refusing or logging as the level says.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseTrustPolicy } from '../../../../src/action/trust/notation/trust-policy.js'
import { loadStores } from '../../../../src/action/trust/notation/trust-store.js'
import { verifySignature, type TargetArtifact } from '../../../../src/action/trust/notation/verifier.js'
import {
  codeSigning,
  COSE,
  intermediateAuthority,
  JWS,
  notationPayload,
  rootAuthority,
  signCose,
  signJws,
  timestampAuthority,
  trustPolicy,
  writeTrustStore,
  type EnvelopeOptions,
  type Issued,
  type StatementOptions
} from '../../../support/notation.js'

const TARGET: TargetArtifact = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'a'.repeat(64)}`, size: 1234 }
const SUBJECT = 'C=US, ST=WA, L=Seattle, O=Contoso, CN=builder'
let work: string
let root: Issued
let intermediate: Issued
let leaf: Issued
let tsa: Awaited<ReturnType<typeof timestampAuthority>>

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'notation-verifier-'))
  root = await rootAuthority('C=US, ST=WA, O=Contoso, CN=Contoso Root')
  intermediate = await intermediateAuthority(root, 'C=US, ST=WA, O=Contoso, CN=Contoso Signing CA')
  leaf = await codeSigning(intermediate, SUBJECT)
  tsa = await timestampAuthority()
  writeTrustStore(work, { ca: { contoso: [root] }, tsa: { contoso: [tsa.root] } })
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

async function verify(envelope: Buffer, mediaType: string, statement: StatementOptions = {}, now = new Date()) {
  const policy = parseTrustPolicy(trustPolicy(statement)).policies[0]!
  return verifySignature(mediaType, envelope, {
    policy,
    target: TARGET,
    now,
    stores: type => loadStores(work, policy.trustStores, type).certificates
  })
}

const chain = () => [leaf, intermediate, root]
const envelopes = (options: Partial<EnvelopeOptions> = {}, payload = notationPayload(TARGET)) => ({
  JWS: () => signJws(payload, { chain: chain(), ...options }),
  COSE: async () => signCose(payload, { chain: chain(), ...options })
})

describe.each(['JWS', 'COSE'] as const)('%s', format => {
  const mediaType = format === 'JWS' ? JWS : COSE
  test('a signature by a trusted CA verifies', async () => {
    const outcome = await verify(await envelopes()[format](), mediaType)
    expect(outcome).toMatchObject({ verified: true, signer: { subject: SUBJECT, format, signingScheme: 'notary.x509' }, logged: [] })
  })
  test('with a timestamp countersignature', async () => {
    const outcome = await verify(await envelopes({ timestamp: tsa.stamp() })[format](), mediaType, { trustStores: ['ca:contoso', 'tsa:contoso'] })
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ verified: true })
  })
})
