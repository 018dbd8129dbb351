// The verifier against material made here: each validation of the trust policy
// specification, at each level, refusing or logging as the level says.
import { sign } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseTrustPolicy } from '../../../../src/action/trust/notation/policy/trust-policy.js'
import { loadStores } from '../../../../src/action/trust/notation/policy/trust-store.js'
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

/** A JWS put together by hand (jose refuses to sign these), signed with the leaf's P-256 key as ES256. */
function rawJws(changes: Record<string, unknown>): Buffer {
  const { unprotectedCrit, unprotectedExtra, ...header } = {
    alg: 'ES256',
    cty: 'application/vnd.cncf.notary.payload.v1+json',
    crit: ['io.cncf.notary.signingScheme'],
    'io.cncf.notary.signingScheme': 'notary.x509',
    'io.cncf.notary.signingTime': new Date().toISOString(),
    ...changes
  } as Record<string, unknown>
  const protectedText = Buffer.from(JSON.stringify(header)).toString('base64url')
  const payload = notationPayload(TARGET).toString('base64url')
  const signature = sign('sha256', Buffer.from(`${protectedText}.${payload}`), { key: leaf.privateKey, dsaEncoding: 'ieee-p1363' })
  const unprotected = {
    x5c: chain().map(c => c.der.toString('base64')),
    ...(unprotectedCrit ? { crit: ['io.cncf.notary.signingScheme'] } : {}),
    ...(unprotectedExtra as Record<string, unknown> | undefined)
  }
  return Buffer.from(JSON.stringify({ payload, protected: protectedText, header: unprotected, signature: signature.toString('base64url') }))
}
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

describe('the signed attributes and critical headers', () => {
  const refusedBoth = (options: Partial<EnvelopeOptions>, reason: string) =>
    test.each(['JWS', 'COSE'] as const)('%s', async format => {
      const outcome = await verify(await envelopes(options)[format](), format === 'JWS' ? JWS : COSE)
      expect(outcome).toMatchObject({ verified: false })
      expect(!outcome.verified && outcome.reason).toContain(reason)
    })
  describe('an unknown critical header is refused', () =>
    refusedBoth(
      { extra: { 'io.contoso.policy': 'x' }, crit: ['io.cncf.notary.signingScheme', 'io.contoso.policy'] },
      'it marks the header "io.contoso.policy" critical, which this action does not understand'
    ))
  describe('a verification plugin is refused', () =>
    refusedBoth(
      {
        extra: { 'io.cncf.notary.verificationPlugin': 'com.example.plugin' },
        crit: ['io.cncf.notary.signingScheme', 'io.cncf.notary.verificationPlugin']
      },
      'it requires a verification plugin (io.cncf.notary.verificationPlugin), and this action runs no Notation plugin'
    ))
  describe('an expiry not marked critical', () =>
    refusedBoth(
      { expiry: new Date(Date.now() + 86_400_000), crit: ['io.cncf.notary.signingScheme'] },
      'it does not mark io.cncf.notary.expiry critical'
    ))
  describe('a signing scheme not marked critical', () =>
    refusedBoth(
      { expiry: new Date(Date.now() + 86_400_000), crit: ['io.cncf.notary.expiry'] },
      'it does not mark io.cncf.notary.signingScheme critical'
    ))
  describe('another content type', () =>
    refusedBoth(
      { contentType: 'application/json' },
      'its payload content type "application/json" is not application/vnd.cncf.notary.payload.v1+json'
    ))
  describe('an unknown signing scheme', () =>
    refusedBoth({ scheme: 'notary.x509.v2' as never }, 'its signing scheme "notary.x509.v2" is not notary.x509 or notary.x509.signingAuthority'))
  test('COSE: an algorithm other than the key’s', async () => {
    const outcome = await verify(await envelopes({ alg: 'ES384' }).COSE(), COSE)
    expect(outcome).toMatchObject({ verified: false, reason: 'it declares the algorithm ES384, but its signing key signs with ES256' })
  })
  test.each<[string, Record<string, unknown>, string]>([
    [
      'an algorithm other than the key’s (an ES256 key, ES384 declared)',
      { alg: 'ES384' },
      'it declares the algorithm ES384, but its signing key signs with ES256'
    ],
    ['alg none', { alg: 'none' }, 'it declares the algorithm none, but its signing key signs with ES256'],
    ['a critical header that is not there', { crit: ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry'] }, 'io.cncf.notary.expiry'],
    ['crit in the unprotected header only', { crit: undefined, unprotectedCrit: true }, 'integrity protected'],
    [
      'a signing time that is not RFC 3339',
      { 'io.cncf.notary.signingTime': 'yesterday' },
      'its io.cncf.notary.signingTime "yesterday" is not an RFC 3339 time'
    ],
    ['a crit that is not a list', { crit: 'io.cncf.notary.signingScheme' }, 'its JWS "crit" header is not a list of names'],
    ['a crit that lists a number', { crit: ['io.cncf.notary.signingScheme', 7] }, 'its JWS "crit" header is not a list of names'],
    ['no crit at all', { crit: undefined }, 'it does not mark io.cncf.notary.signingScheme critical'],
    [
      'a critical header in the unprotected header only',
      {
        crit: ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry'],
        unprotectedExtra: { 'io.cncf.notary.expiry': new Date(Date.now() + 86_400_000).toISOString() }
      },
      'MUST be integrity protected'
    ],
    ['an alg that is a number', { alg: 7 }, 'it declares the algorithm 7, but its signing key signs with ES256'],
    ['no alg', { alg: undefined }, 'it declares the algorithm undefined, but its signing key signs with ES256']
  ])('JWS, made by hand: %s', async (_, changes, reason) => {
    const outcome = await verify(rawJws(changes), JWS)
    expect(outcome).toMatchObject({ verified: false })
    expect(!outcome.verified && outcome.reason).toContain(reason)
  })
  describe('an expiry before the signing time', () =>
    refusedBoth({ signingTime: new Date(), expiry: new Date(Date.now() - 60_000) }, 'its expiry is not after its signing time'))
  test('COSE: a critical header that is not there', async () => {
    const outcome = await verify(await envelopes({ crit: ['io.cncf.notary.signingScheme', 'io.cncf.notary.expiry'] }).COSE(), COSE)
    expect(outcome).toMatchObject({ verified: false, reason: 'it marks io.cncf.notary.expiry critical, but has no such header' })
  })
})

describe('what each level enforces or logs', () => {
  let crlLeaf: Issued
  beforeAll(async () => {
    const x509 = await import('@peculiar/x509')
    crlLeaf = await codeSigning(intermediate, SUBJECT, { extensions: [new x509.CRLDistributionPointsExtension(['http://crl.contoso.test/ca.crl'])] })
  })

  test.each<[string, StatementOptions, boolean, string]>([
    ['strict', {}, false, 'an expired signature: the signature expired at'],
    ['permissive', { level: 'permissive' }, true, '(expiry is logged, not enforced, by trust policy "policy-1")'],
    ['strict, expiry logged by an override', { override: { expiry: 'log' } }, true, '(expiry is logged, not enforced']
  ])('an expired signature, %s', async (_, statement, verified, text) => {
    const envelope = await signJws(notationPayload(TARGET), {
      chain: chain(),
      signingTime: new Date(Date.now() - 120_000),
      expiry: new Date(Date.now() - 60_000)
    })
    const outcome = await verify(envelope, JWS, statement)
    expect(outcome.verified).toBe(verified)
    expect(outcome.verified ? outcome.logged.join('\n') : outcome.reason).toContain(text.replace('an expired signature: ', ''))
  })

  test.each<[string, StatementOptions, boolean, string | undefined]>([
    [
      'strict: refused, the status cannot be determined offline',
      {},
      false,
      'cannot be determined: it names an OCSP or CRL service, which this action does not contact'
    ],
    ['strict with revocation logged', { override: { revocation: 'log' } }, true, '(revocation is logged, not enforced'],
    ['strict with revocation skipped', { override: { revocation: 'skip' } }, true, undefined],
    ['permissive', { level: 'permissive' }, true, '(revocation is logged, not enforced']
  ])('a leaf that names a CRL, %s', async (_, statement, verified, text) => {
    const outcome = await verify(await signJws(notationPayload(TARGET), { chain: [crlLeaf, intermediate, root] }), JWS, statement)
    expect(outcome.verified).toBe(verified)
    if (text) expect(outcome.verified ? outcome.logged.join('\n') : outcome.reason).toContain(text)
    else expect(outcome.logged).toEqual([])
  })

  test('audit logs authenticity, the trusted identity and the chain, and passes on integrity', async () => {
    const other = await rootAuthority('C=US, ST=WA, O=Fabrikam, CN=Fabrikam Root')
    const stranger = await codeSigning(other, 'C=US, ST=WA, O=Fabrikam, CN=mallory')
    const outcome = await verify(await signJws(notationPayload(TARGET), { chain: [stranger, other] }), JWS, {
      level: 'audit',
      trustedIdentities: [`x509.subject: ${SUBJECT}`]
    })
    expect(outcome).toMatchObject({ verified: true })
    expect(outcome.logged).toEqual([
      expect.stringContaining('leads to no certificate of ca:contoso (authenticity is logged'),
      expect.stringContaining(
        'signed by C=US, ST=WA, O=Fabrikam, CN=mallory, which trustedIdentities does not list (C=US, ST=WA, L=Seattle, O=Contoso, CN=builder)'
      )
    ])
  })

  test('a subject with an e-mail address: only "*" can trust it, as in notation', async () => {
    const mailed = await codeSigning(intermediate, `${SUBJECT}, E=builder@contoso.test`)
    const envelope = await signJws(notationPayload(TARGET), { chain: [mailed, intermediate, root] })
    const refused = await verify(envelope, JWS, { trustedIdentities: [`x509.subject: ${SUBJECT}`] })
    expect(!refused.verified && refused.reason).toContain(
      'which no x509.subject identity can match: its subject holds the attribute 1.2.840.113549.1.9.1'
    )
    expect(await verify(envelope, JWS, { trustedIdentities: ['*'] })).toMatchObject({ verified: true })
  })

  test('a notary.x509.signingAuthority signature: the signingAuthority store, the authentic signing time', async () => {
    const options = { scheme: 'notary.x509.signingAuthority' as const }
    expect(await verify(await signJws(notationPayload(TARGET), { chain: chain(), ...options }), JWS)).toMatchObject({
      verified: false,
      reason: 'it is a notary.x509.signingAuthority signature, and trust policy "policy-1" names no signingAuthority store'
    })
    writeTrustStore(work, { signingAuthority: { authority: [root] } })
    const outcome = await verify(signCose(notationPayload(TARGET), { chain: chain(), ...options }), COSE, {
      trustStores: ['signingAuthority:authority']
    })
    expect(outcome).toMatchObject({ verified: true, signer: { signingScheme: 'notary.x509.signingAuthority' } })
    const late = await signJws(notationPayload(TARGET), { chain: chain(), ...options, signingTime: new Date(Date.now() + 2 * 86_400_000) })
    expect(await verify(late, JWS, { trustStores: ['signingAuthority:authority'] })).toMatchObject({
      verified: false,
      reason: expect.stringContaining('was not valid at the authentic signing time')
    })
  })

  test('a certificate not valid yet is refused', async () => {
    const early = await codeSigning(intermediate, SUBJECT, {
      notBefore: new Date(Date.now() + 86_400_000),
      notAfter: new Date(Date.now() + 2 * 86_400_000)
    })
    const outcome = await verify(await signJws(notationPayload(TARGET), { chain: [early, intermediate, root] }), JWS)
    expect(!outcome.verified && outcome.reason).toContain(`certificate ${SUBJECT} is not valid before`)
  })

  test('a payload that is not a Notation payload', async () => {
    for (const [payload, reason] of [
      [Buffer.from('not json'), 'its payload is not JSON'],
      [Buffer.from('{"subject":{}}'), 'its payload has no targetArtifact'],
      [
        Buffer.from(JSON.stringify({ targetArtifact: { ...TARGET, mediaType: 'application/vnd.docker.distribution.manifest.v2+json' } })),
        'but the registry serves it as'
      ]
    ] as const) {
      expect(await verify(await signJws(payload, { chain: chain() }), JWS)).toMatchObject({
        verified: false,
        reason: expect.stringContaining(reason)
      })
    }
  })

  test('an envelope of another media type', async () => {
    expect(await verify(Buffer.from('{}'), 'application/octet-stream')).toMatchObject({
      verified: false,
      reason: expect.stringContaining('neither JWS')
    })
  })
})

describe('the JWS envelope’s structure (flattened JSON serialization) is integrity: each part refused by name', () => {
  type Envelope = { payload: string; protected: string; signature: string; header: Record<string, unknown> }
  let valid: Envelope
  beforeAll(async () => {
    valid = JSON.parse((await signJws(notationPayload(TARGET), { chain: chain() })).toString()) as Envelope
  })
  const TIMESTAMP = 'io.cncf.notary.timestampSignature'

  test.each<[string, (envelope: Envelope) => unknown, string]>([
    ['a JSON array', () => [], 'its JWS envelope is not a JSON object'],
    ['no header', ({ header: _, ...rest }) => rest, 'its JWS envelope is not in the flattened JSON serialization'],
    ['a header that is a list', envelope => ({ ...envelope, header: [] }), 'is not in the flattened JSON serialization'],
    ['a payload that is a number', envelope => ({ ...envelope, payload: 7 }), 'is not in the flattened JSON serialization'],
    ['a protected header that is an object', envelope => ({ ...envelope, protected: {} }), 'is not in the flattened JSON serialization'],
    ['a signature that is null', envelope => ({ ...envelope, signature: null }), 'is not in the flattened JSON serialization'],
    [
      'a payload in padded base64',
      envelope => ({ ...envelope, payload: `${envelope.payload}=` }),
      'its JWS envelope has a part that is not base64url'
    ],
    ['a protected header with "+"', envelope => ({ ...envelope, protected: `+${envelope.protected}` }), 'has a part that is not base64url'],
    ['a signature with "/"', envelope => ({ ...envelope, signature: `/${envelope.signature}` }), 'has a part that is not base64url'],
    ['a signature with "/" at its end', envelope => ({ ...envelope, signature: `${envelope.signature}/` }), 'has a part that is not base64url'],
    [
      'a protected header that is not JSON',
      envelope => ({ ...envelope, protected: Buffer.from('{"alg":').toString('base64url') }),
      'its JWS protected header is not JSON'
    ],
    [
      'a protected header that is a JSON string',
      envelope => ({ ...envelope, protected: Buffer.from('"ES256"').toString('base64url') }),
      'its JWS protected header is not a JSON object'
    ],
    ['no x5c', envelope => ({ ...envelope, header: {} }), 'its JWS header has no x5c certificate chain (base64 DER certificates)'],
    ['x5c as one string', envelope => ({ ...envelope, header: { x5c: (envelope.header.x5c as string[])[0] } }), 'has no x5c certificate chain'],
    ['x5c holding a number', envelope => ({ ...envelope, header: { x5c: [7] } }), 'has no x5c certificate chain'],
    ['x5c holding a number that reads as base64', envelope => ({ ...envelope, header: { x5c: [1234] } }), 'has no x5c certificate chain'],
    [
      'x5c holding base64 without its padding',
      envelope => ({ ...envelope, header: { x5c: [...(envelope.header.x5c as string[]), 'MAA'] } }),
      'has no x5c certificate chain'
    ],
    [
      'x5c holding text before base64',
      envelope => ({ ...envelope, header: { x5c: [...(envelope.header.x5c as string[]), '%MAA='] } }),
      'has no x5c certificate chain'
    ],
    [
      'x5c holding text after base64',
      envelope => ({ ...envelope, header: { x5c: [...(envelope.header.x5c as string[]), 'MAA=%'] } }),
      'has no x5c certificate chain'
    ],
    [
      'x5c holding base64url',
      envelope => ({ ...envelope, header: { x5c: [...(envelope.header.x5c as string[]), 'ab_-'] } }),
      'has no x5c certificate chain'
    ],
    [
      'a timestamp that is a number that reads as base64',
      (envelope: Envelope) => ({ ...envelope, header: { ...envelope.header, [TIMESTAMP]: 1234 } }),
      `its JWS ${TIMESTAMP} is not base64`
    ],
    [
      'a timestamp that is a number',
      envelope => ({ ...envelope, header: { ...envelope.header, [TIMESTAMP]: 7 } }),
      `its JWS ${TIMESTAMP} is not base64`
    ],
    [
      'a timestamp that is not base64',
      envelope => ({ ...envelope, header: { ...envelope.header, [TIMESTAMP]: 'MA_-' } }),
      `its JWS ${TIMESTAMP} is not base64`
    ]
  ])('%s', async (_, change, reason) => {
    const outcome = await verify(Buffer.from(JSON.stringify(change(valid))), JWS)
    expect(outcome).toMatchObject({ verified: false, reason: expect.stringContaining(reason) })
  })

  test('not JSON at all', async () => {
    expect(await verify(Buffer.from('{"payload":'), JWS)).toMatchObject({ verified: false, reason: 'its JWS envelope is not JSON' })
  })

  test('an empty timestamp is none; the envelope as signed verifies, its parts read', async () => {
    const outcome = await verify(Buffer.from(JSON.stringify({ ...valid, header: { ...valid.header, [TIMESTAMP]: '' } })), JWS)
    expect(outcome).toMatchObject({ verified: true, signer: { format: 'JWS', subject: SUBJECT, signingScheme: 'notary.x509', timestamp: undefined } })
    const stamped = await verify(Buffer.from(JSON.stringify({ ...valid, header: { ...valid.header, [TIMESTAMP]: '' } })), JWS, {
      trustStores: ['ca:contoso', 'tsa:contoso']
    })
    expect(stamped).toMatchObject({ verified: false, reason: expect.stringContaining('it has no timestamp countersignature') })
  })
})

describe('timestamp countersignatures', () => {
  const stamped = { trustStores: ['ca:contoso', 'tsa:contoso'] }
  const expiredLeaf = () =>
    codeSigning(intermediate, SUBJECT, { notBefore: new Date(Date.now() - 3 * 86_400_000), notAfter: new Date(Date.now() - 86_400_000) })
  const past = new Date(Date.now() - 2 * 86_400_000)

  test.each<[string, () => Promise<Parameters<typeof signJws>[1]['timestamp']>, string]>([
    ['of another signature', async () => tsa.stamp({ imprintOf: Buffer.from('another signature') }), 'the timestamp is of another signature'],
    [
      'without signing-certificate-v2',
      async () => tsa.stamp({ signingCertificateV2: false }),
      'the timestamp has no signing-certificate-v2 attribute'
    ],
    [
      'from an untrusted TSA',
      async () => (await timestampAuthority('Rogue TSA')).stamp(),
      "does not lead to a certificate of the trust policy's tsa stores"
    ],
    ['after the certificate expired', async () => tsa.stamp({ genTime: new Date() }), 'was not valid at the stamped time'],
    [
      'whose token lacks the TSA certificate',
      async () => tsa.stamp({ certificates: [] }),
      'the timestamp token does not hold the certificate its signer names'
    ],
    ['that is garbage', async () => () => Buffer.from('30030201ff', 'hex'), 'the timestamp token cannot be read']
  ])('a timestamp %s is refused', async (_, stamp, reason) => {
    const envelope = await signJws(notationPayload(TARGET), {
      chain: [await expiredLeaf(), intermediate, root],
      signingTime: past,
      timestamp: await stamp()
    })
    const outcome = await verify(envelope, JWS, stamped)
    expect(outcome).toMatchObject({ verified: false })
    expect(!outcome.verified && outcome.reason).toContain(reason)
  })

  test('afterCertExpiry: no timestamp needed while the chain is valid; needed once it expired', async () => {
    const policy = { ...stamped, verifyTimestamp: 'afterCertExpiry' as const }
    expect(await verify(await signJws(notationPayload(TARGET), { chain: chain() }), JWS, policy)).toMatchObject({ verified: true })
    const expired = await signJws(notationPayload(TARGET), { chain: [await expiredLeaf(), intermediate, root], signingTime: past })
    expect(await verify(expired, JWS, policy)).toMatchObject({ verified: false, reason: expect.stringContaining('no timestamp countersignature') })
  })

  test('the stamped time with its accuracy must lie within the chain’s validity', async () => {
    const leafOfToday = await codeSigning(intermediate, SUBJECT, {
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + 86_400_000)
    })
    const accurate = await signJws(notationPayload(TARGET), {
      chain: [leafOfToday, intermediate, root],
      timestamp: tsa.stamp({ accuracySeconds: 1 })
    })
    expect(await verify(accurate, JWS, stamped)).toMatchObject({ verified: true })
    const vague = await signJws(notationPayload(TARGET), {
      chain: [leafOfToday, intermediate, root],
      timestamp: tsa.stamp({ accuracySeconds: 3600 })
    })
    expect(await verify(vague, JWS, stamped)).toMatchObject({ verified: false, reason: expect.stringContaining('was not valid at the stamped time') })
  })
})
