// The Notation modules against material the Notary Project made, as Debian
// ships its sources: notation's own signature envelopes from notation-go's
// tests (JWS and COSE, with timestamp countersignatures of a real TSA,
// GlobalSign's), their trust stores, and the JWS and COSE conformance vectors
// of notation-core-go. Downloaded at test time (test/support/notary-project-sources.ts).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decode, encode } from 'cborg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { decodeCose } from '../../../../src/action/trust/notation/envelope/cose.js'
import { checkSignedAttributes, IntegrityError, openEnvelope } from '../../../../src/action/trust/notation/envelope/envelope.js'
import { decodeJws } from '../../../../src/action/trust/notation/envelope/jws.js'
import { parseTrustPolicy } from '../../../../src/action/trust/notation/policy/trust-policy.js'
import { loadStores } from '../../../../src/action/trust/notation/policy/trust-store.js'
import { verifySignature, type TargetArtifact } from '../../../../src/action/trust/notation/verifier.js'
import { NOTATION_CORE_GO, NOTATION_GO, sourceTree } from '../../../support/notary-project-sources.js'
import { coseSignature, selfSignedSigner, type Issued } from '../../../support/notation.js'

const JWS = 'application/jose+json'
const COSE = 'application/cose'
let testdata: string
let conformance: string
let store: string

beforeAll(async () => {
  testdata = join(await sourceTree(NOTATION_GO), 'verifier/testdata')
  conformance = join(await sourceTree(NOTATION_CORE_GO), 'signature')
  // notation-go's trust stores, and one more that trusts the self-signed certificate of the expired envelopes (its
  // tests check their timestamps alone); certificates copied from the envelopes, at test time.
  store = mkdtempSync(join(tmpdir(), 'notation-real-'))
  cpSync(join(testdata, 'truststore'), store, { recursive: true })
  mkdirSync(join(store, 'x509/ca/expired-signer'), { recursive: true })
  const expired = JSON.parse(readFileSync(join(testdata, 'timestamp/sigEnv/jwsExpiredWithTimestamp.sig'), 'utf8')).header.x5c[0] as string
  writeFileSync(join(store, 'x509/ca/expired-signer/signer.pem'), `-----BEGIN CERTIFICATE-----\n${expired}\n-----END CERTIFICATE-----\n`)
}, 180_000)
afterAll(() => rmSync(store, { recursive: true, force: true }))

function policyOf(stores: string[]) {
  const text = JSON.stringify({
    version: '1.0',
    trustPolicies: [
      { name: 'test-timestamp', registryScopes: ['*'], signatureVerification: { level: 'strict' }, trustStores: stores, trustedIdentities: ['*'] }
    ]
  })
  return parseTrustPolicy(text).policies[0]!
}

async function verifyFile(file: string, mediaType: string, stores: string[], bytes = readFileSync(join(testdata, 'timestamp/sigEnv', file))) {
  const signer = await openEnvelope(mediaType, readFileSync(join(testdata, 'timestamp/sigEnv', file)))
  // What the signature signs: the envelopes were made for notation-go's tests, not for a registry of ours.
  const target = (JSON.parse(signer.payload.toString()) as { targetArtifact: TargetArtifact }).targetArtifact
  const policy = policyOf(stores)
  return verifySignature(mediaType, bytes, {
    policy,
    target,
    now: new Date(),
    stores: type => loadStores(store, policy.trustStores, type).certificates
  })
}

describe("notation's signature envelopes", () => {
  test.each([
    ['jwsWithTimestamp.sig', JWS],
    ['coseWithTimestamp.sig', COSE]
  ])('%s verifies, its GlobalSign timestamp included', async (file, mediaType) => {
    const outcome = await verifyFile(file, mediaType, ['ca:valid-trust-store', 'tsa:test-timestamp'])
    expect(outcome).toMatchObject({
      verified: true,
      signer: { subject: 'C=US, ST=WA, L=Seattle, O=Notary, CN=alpine', signingScheme: 'notary.x509' }
    })
    if (outcome.verified) expect(outcome.signer.timestamp?.toISOString()).toMatch(/^2024-06-18T06:/)
  })

  test.each([
    ['jwsExpiredWithTimestamp.sig', JWS],
    ['coseExpiredWithTimestamp.sig', COSE]
  ])('%s: an expired certificate verifies with its timestamp, and is refused without a tsa store', async (file, mediaType) => {
    expect(await verifyFile(file, mediaType, ['ca:expired-signer', 'tsa:test-timestamp'])).toMatchObject({ verified: true })
    const refused = await verifyFile(file, mediaType, ['ca:expired-signer'])
    expect(refused).toMatchObject({
      verified: false,
      reason:
        'certificate C=US, ST=WA, L=Seattle, O=Notary, CN=testTSA expired at 2024-06-18T07:30:31.000Z, and the trust policy names no tsa store to verify a timestamp with'
    })
  })

  test('a timestamp before the signing certificate was valid is refused', async () => {
    const outcome = await verifyFile('timestampBeforeNotBefore.sig', JWS, ['ca:valid-trust-store', 'tsa:test-timestamp'])
    expect(outcome).toMatchObject({ verified: false })
    expect(!outcome.verified && outcome.reason).toContain('C=US, ST=WA, L=Seattle, O=Notary, CN=testTSA (valid 2099-')
  })

  test('a timestamp from a TSA the tsa store does not hold is refused', async () => {
    const outcome = await verifyFile('coseWithTimestamp.sig', COSE, ['ca:valid-trust-store', 'tsa:test-mismatch'])
    expect(outcome).toMatchObject({ verified: false })
    expect(!outcome.verified && outcome.reason).toMatch(
      /^its timestamp countersignature does not verify: the TSA certificate .* does not lead to a certificate of the trust policy's tsa stores$/
    )
  })

  test('without a timestamp, where the policy asks for one', async () => {
    const outcome = await verifyFile('withoutTimestamp.sig', JWS, ['ca:valid-trust-store', 'tsa:test-timestamp'])
    expect(outcome).toMatchObject({
      verified: false,
      reason: 'it has no timestamp countersignature, which the trust policy requires (a tsa store is named)'
    })
  })

  test('one byte changed in the envelope fails its integrity', async () => {
    const bytes = readFileSync(join(testdata, 'timestamp/sigEnv/coseWithTimestamp.sig'))
    const changed = Buffer.from(bytes)
    const at = changed.indexOf(Buffer.from('targetArtifact')) + 30
    changed[at] = changed[at]! ^ 1
    const outcome = await verifyFile('coseWithTimestamp.sig', COSE, ['ca:valid-trust-store', 'tsa:test-timestamp'], changed)
    expect(outcome).toMatchObject({ verified: false, reason: "its COSE signature does not verify with its signing certificate's key" })
  })

  test("notation-go's trust stores load, DER and PEM, and a tsa store refuses a certificate that is not a root", () => {
    const loaded = loadStores(store, [{ type: 'ca', name: 'valid-trust-store' }], 'ca')
    expect(loaded.certificates.map(c => c.describe())).toContain('C=US, ST=WA, L=Seattle, O=Notary, CN=Notation Test Root')
    expect(() => loadStores(store, [{ type: 'tsa', name: 'test-nonSelfIssued' }], 'tsa')).toThrow(
      'is not a self-signed root, which a tsa store must hold'
    )
  })
})

describe("notation-core-go's conformance vectors", () => {
  test('JWS: its protected header reads as the vector says, and its unknown critical header signedCritKey1 is refused', async () => {
    const vector = readFileSync(join(conformance, 'jws/testdata/conformance.json'))
    // The vector carries no certificate chain: it is refused for that before anything else.
    await expect(openEnvelope(JWS, vector)).rejects.toThrow('its JWS header has no x5c certificate chain')
    const header = JSON.parse(Buffer.from(JSON.parse(vector.toString()).protected, 'base64url').toString())
    expect(header).toMatchObject({
      alg: 'ES256',
      'io.cncf.notary.signingScheme': 'notary.x509',
      'io.cncf.notary.signingTime': '2022-08-29T13:50:00Z'
    })
    // Re-signed with a key of ours (ES256, as the vector declares), its exact protected header and payload:
    const leaf = await selfSignedSigner('C=US, ST=WA, O=Notary, CN=conformance')
    const parsed = JSON.parse(vector.toString())
    const input = `${parsed.protected}.${parsed.payload}`
    const { sign } = await import('node:crypto')
    parsed.signature = sign('sha256', Buffer.from(input), { key: leaf.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')
    parsed.header.x5c = [leaf.der.toString('base64')]
    const decoded = await decodeJws(Buffer.from(JSON.stringify(parsed)))
    expect(decoded).toMatchObject({ algorithm: 'ES256', signingScheme: 'notary.x509', contentType: 'application/vnd.cncf.notary.payload.v1+json' })
    expect(decoded.signingTime?.toISOString()).toBe('2022-08-29T13:50:00.000Z')
    expect(decoded.expiry?.toISOString()).toBe('2099-08-30T13:50:00.000Z')
    expect(() => checkSignedAttributes(decoded)).toThrow('it marks the header "signedCritKey1" critical, which this action does not understand')
  })

  test('COSE: its COSE_Sign1 reads as the vector says, signed over its protected bytes as sent; refused for signedCritKey1', async () => {
    const vector = JSON.parse(readFileSync(join(conformance, 'cose/testdata/conformance.json'), 'utf8'))
    const message = Buffer.from(vector.expectedOutput.cborHex, 'hex')
    await expect(openEnvelope(COSE, message)).rejects.toThrow('its COSE header has no x5chain (label 33) certificate chain')
    // Its alg is -38, PS384: an RSA 3072 key of ours signs its exact protected header and payload, and carries the chain.
    const leaf: Issued = await selfSignedSigner('C=US, ST=WA, O=Notary, CN=conformance', { key: 'rsa3072' })
    const [protectedBytes, unprotected, payload] = decode(message.subarray(1), { useMaps: true }) as [Uint8Array, Map<unknown, unknown>, Uint8Array]
    unprotected.set(33, [new Uint8Array(leaf.der)])
    const resigned = (signature: Buffer) =>
      Buffer.concat([Buffer.from([0xd2]), encode([protectedBytes, unprotected, payload, new Uint8Array(signature)])])
    const decoded = decodeCose(resigned(coseSignature(leaf, 'PS384', protectedBytes, payload)))
    expect(decoded).toMatchObject({
      algorithm: 'PS384',
      signingScheme: 'notary.x509',
      critical: ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry', 'signedCritKey1']
    })
    expect(decoded.signingTime?.getTime()).toBe(vector.signingTime * 1000)
    expect(decoded.expiry?.getTime()).toBe(vector.expiry * 1000)
    expect(decoded.payload.toString()).toBe('hello COSE')
    expect(() => checkSignedAttributes(decoded)).toThrow(IntegrityError)
    expect(() => checkSignedAttributes(decoded)).toThrow('it marks the header "signedCritKey1" critical, which this action does not understand')
    // The same bytes with one byte of the protected header changed: the signature no longer holds.
    const changed = Uint8Array.from(protectedBytes)
    changed[changed.length - 1] = changed[changed.length - 1]! ^ 1
    const tampered = Buffer.concat([
      Buffer.from([0xd2]),
      encode([changed, unprotected, payload, new Uint8Array(coseSignature(leaf, 'PS384', protectedBytes, payload))])
    ])
    expect(() => decodeCose(tampered)).toThrow("its COSE signature does not verify with its signing certificate's key")
  }, 60_000)
})
