// RFC 3161 countersignatures read and verified by timestamp.ts on their own:
// the window the stamped time and its accuracy give, and each form of the
// signing-certificate-v2 attribute a TSA may write (RFC 5035's ESSCertIDv2,
// its hash algorithm left to its DEFAULT or spelled out, with or without the
// issuer and serial). The verifier's tests cover the refusals in an envelope.
import { beforeAll, describe, expect, test } from 'vitest'
import { Certificate } from '../../../../../src/action/trust/notation/x509/certificate.js'
import { readSigner, readTimestampToken, TimestampError, verifyTimestamp } from '../../../../../src/action/trust/notation/x509/timestamp.js'
import { timestampAuthority, timestampToken, type TimestampOptions } from '../../../../support/notation.js'

const SIGNATURE = Buffer.from('the envelope signature')
const GEN_TIME = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000)
let tsa: Awaited<ReturnType<typeof timestampAuthority>>
let roots: Certificate[]

beforeAll(async () => {
  tsa = await timestampAuthority()
  roots = [Certificate.parse(tsa.root.der, 'the TSA root')]
})

const stamp = (options: Partial<TimestampOptions> = {}) => tsa.stamp({ genTime: GEN_TIME, ...options })(SIGNATURE)
const window = (options: Partial<TimestampOptions>) => {
  const verified = verifyTimestamp(stamp(options), SIGNATURE, roots)
  return [verified.lower.getTime() - GEN_TIME.getTime(), verified.upper.getTime() - GEN_TIME.getTime()]
}

describe('the stamped time and its accuracy', () => {
  test.each<[string, Partial<TimestampOptions>, number]>([
    ['no accuracy: the stamped time alone', {}, 0],
    ['seconds', { accuracy: { seconds: 2 } }, 2000],
    ['milliseconds', { accuracy: { millis: 250 } }, 250],
    ['microseconds', { accuracy: { micros: 500 } }, 0.5],
    ['the three parts added', { accuracy: { seconds: 1, millis: 500, micros: 250 } }, 1500.25],
    ["ETSI's baseline policy with no accuracy: a second, as tspclient-go assumes", { policy: '0.4.0.2023.1.1' }, 1000],
    ["ETSI's baseline policy with an accuracy: that accuracy", { policy: '0.4.0.2023.1.1', accuracy: { millis: 10 } }, 10]
  ])('%s', (_, options, accuracyMs) => {
    const [lower, upper] = window(options)
    // Date keeps whole milliseconds, dropping a fraction of one: the lower bound moves a millisecond earlier, the upper none.
    expect(lower).toBe(-Math.ceil(accuracyMs) + 0)
    expect(upper).toBe(Math.floor(accuracyMs))
  })

  test('the accuracy as read, fractions of a millisecond kept', () => {
    expect(readTimestampToken(stamp({ accuracy: { micros: 1 } })).tstInfo.accuracyMs).toBe(0.001)
    expect(readTimestampToken(stamp({ policy: '0.4.0.2023.1.1' })).tstInfo).toMatchObject({ accuracyMs: 0, policy: '0.4.0.2023.1.1' })
    expect(readTimestampToken(stamp()).tstInfo).toMatchObject({ genTime: GEN_TIME, imprintAlgorithm: '2.16.840.1.101.3.4.2.1' })
  })

  test.each<[string, Partial<TimestampOptions>['accuracy']]>([
    ['seconds', { seconds: -1 }],
    ['milliseconds', { millis: -5 }],
    ['microseconds', { micros: -1 }]
  ])('a negative accuracy in %s is refused: it would narrow the window', (_, accuracy) => {
    expect(() => verifyTimestamp(stamp({ accuracy }), SIGNATURE, roots)).toThrow(TimestampError)
    expect(() => verifyTimestamp(stamp({ accuracy }), SIGNATURE, roots)).toThrow('the timestamp states a negative accuracy')
  })
})

describe('the signing-certificate-v2 attribute', () => {
  test.each<[string, NonNullable<TimestampOptions['essCertId']>]>([
    ['SHA-256 left to its DEFAULT', {}],
    ['SHA-256 spelled out', { explicitAlgorithm: true }],
    ['SHA-384', { hash: 'sha384' }],
    ['SHA-512 with the issuer and serial', { hash: 'sha512', issuerSerial: true }],
    ['SHA-256 with the issuer and serial', { issuerSerial: true }]
  ])('%s: the TSA certificate it names verifies the token', (_, essCertId) => {
    expect(verifyTimestamp(stamp({ essCertId }), SIGNATURE, roots).authority.equals(Certificate.parse(tsa.tsa.der, 'tsa'))).toBe(true)
  })

  test('read: the hash algorithm, the hash and the issuer and serial it names', () => {
    const token = readTimestampToken(stamp({ essCertId: { hash: 'sha384', issuerSerial: true } }))
    const tsaCertificate = Certificate.parse(tsa.tsa.der, 'tsa')
    const id = readSigner(token.signerInfos[0]!).signingCertificate!
    expect(id.hashAlgorithm).toBe('2.16.840.1.101.3.4.2.2')
    expect(id.certHash).toHaveLength(48)
    expect(id.issuerSerial!.issuer.equals(tsaCertificate.rawIssuer)).toBe(true)
    expect(id.issuerSerial!.serial).toBe(BigInt(`0x${tsaCertificate.x509.serialNumber}`))
  })

  test('naming a certificate the token does not carry is refused', async () => {
    const other = await timestampAuthority('Other TSA')
    // Signed by the trusted TSA, but the token carries only the other TSA's certificate.
    const token = timestampToken(SIGNATURE, { tsa: tsa.tsa, certificates: [other.tsa], genTime: GEN_TIME, essCertId: { issuerSerial: true } })
    expect(() => verifyTimestamp(token, SIGNATURE, roots)).toThrow('the timestamp token does not hold the certificate its signer names')
  })
})

describe('a token whose parts cannot be read is refused as a timestamp', () => {
  test('a certificate in the token that is not one', () => {
    const token = stamp()
    // The token carries the TSA certificate's DER (30 82 LL LL, then the tbsCertificate): make the tbsCertificate a SET.
    const at = token.indexOf(tsa.tsa.der)
    expect(tsa.tsa.der.subarray(0, 2).toString('hex') + tsa.tsa.der[4]!.toString(16)).toBe('308230')
    const broken = Buffer.from(token)
    broken[at + 4] = 0x31
    expect(() => readTimestampToken(broken)).toThrow(TimestampError)
    expect(() => readTimestampToken(broken)).toThrow(/^the timestamp token cannot be read: /)
  })
})
