// RFC 3161 countersignatures read and verified by timestamp.ts on their own:
// the window the stamped time and its accuracy give, and each form of the
// signing-certificate-v2 attribute a TSA may write (RFC 5035's ESSCertIDv2,
// its hash algorithm left to its DEFAULT or spelled out, with or without the
// issuer and serial), each signature algorithm a TSA signs with; and each
// defect of the token's own that must keep it from extending a signing
// certificate's trust (RFC 3161, RFC 5652, RFC 5035, and the Notary Project's
// timestamping certificate requirements). The verifier's tests cover the
// refusals in an envelope.
import { beforeAll, describe, expect, test } from 'vitest'
import { Certificate } from '../../../../../src/action/trust/notation/x509/certificate.js'
import { readSigner, readTimestampToken, TimestampError, verifyTimestamp } from '../../../../../src/action/trust/notation/x509/timestamp.js'
import {
  intermediateAuthority,
  rootAuthority,
  timestampAuthority,
  timestamping,
  timestampToken,
  type CertificateOptions,
  type TimestampOptions
} from '../../../../support/notation.js'

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

describe('a token that must not extend trust is refused, with the reason', () => {
  const SHA1 = '1.3.14.3.2.26'
  const ID_DATA = '1.2.840.113549.1.7.1'
  const HOUR = 3_600_000
  let rsa: Awaited<ReturnType<typeof timestampAuthority>>
  beforeAll(async () => {
    rsa = await timestampAuthority('RSA TSA', { key: 'rsa2048' })
  })

  const refusal = (token: Buffer, authority = tsa) => {
    try {
      verifyTimestamp(token, SIGNATURE, [Certificate.parse(authority.root.der, 'the TSA root')])
    } catch (error) {
      expect(error).toBeInstanceOf(TimestampError)
      return (error as Error).message
    }
    return 'verified'
  }

  test.each<[string, Partial<TimestampOptions>, string]>([
    ['SignedData not version 3', { defect: { signedDataVersion: 1 } }, 'the timestamp token is not SignedData version 3'],
    ['a TSTInfo not version 1', { defect: { tstInfoVersion: 2 } }, 'the TSTInfo is not version 1'],
    ['another encapsulated content type (id-data)', { defect: { eContentType: ID_DATA } }, 'the timestamp token does not hold a TSTInfo'],
    ['a signer info not version 1', { defect: { signerInfoVersion: 3 } }, 'the timestamp signer info is not version 1 (issuer and serial number)'],
    ['no signer', { defect: { noSigner: true } }, 'the timestamp token has no signer'],
    ['no signed attributes (the TSTInfo signed directly)', { defect: { noSignedAttributes: true } }, 'the timestamp signer has no signed attributes'],
    [
      'a content-type attribute of another type',
      { defect: { contentTypeAttribute: ID_DATA } },
      'the timestamp signer signed another content type than TSTInfo'
    ],
    ['no signing-certificate-v2 attribute', { signingCertificateV2: false }, 'the timestamp has no signing-certificate-v2 attribute'],
    ['an empty ESSCertIDv2 list', { defect: { emptyEssCertIdList: true } }, 'the signing-certificate-v2 attribute names no certificate'],
    [
      'an ESSCertIDv2 issuer named by a URI, not a directory name',
      { defect: { essIssuerUri: 'https://tsa.contoso.example/' } },
      'the signing-certificate-v2 attribute names its issuer by other than a directory name'
    ],
    [
      'an ESSCertIDv2 hashed with SHA-1',
      { defect: { essHashOid: SHA1 } },
      'the signing-certificate-v2 attribute hashes with an algorithm other than SHA-256, SHA-384 or SHA-512'
    ],
    [
      'a signer digest algorithm of SHA-1',
      { defect: { digestAlgorithm: SHA1 } },
      'the timestamp signer digests with an algorithm other than SHA-256, SHA-384 or SHA-512'
    ],
    [
      'a signer digest algorithm nobody knows',
      { defect: { digestAlgorithm: '1.2.3.4' } },
      'the timestamp signer digests with an algorithm other than SHA-256, SHA-384 or SHA-512'
    ],
    [
      'a message-digest attribute of another TSTInfo',
      { defect: { messageDigestOf: Buffer.from('another TSTInfo') } },
      'the timestamp signer signed another TSTInfo (message digest)'
    ],
    ['a changed signature byte', { defect: { badSignature: true } }, "the timestamp's signature does not verify with its TSA certificate"],
    [
      'a message imprint hashed with SHA-1',
      { imprintHash: { oid: SHA1, hash: 'sha1' } },
      'the timestamp hashes with an algorithm other than SHA-256, SHA-384 or SHA-512'
    ],
    [
      'a message imprint of another signature',
      { imprintOf: Buffer.from('another signature') },
      'the timestamp is of another signature (its message imprint does not match)'
    ],
    [
      'a message imprint that names SHA-384 but holds the SHA-256 hash',
      { imprintHash: { oid: '2.16.840.1.101.3.4.2.2', hash: 'sha256' } },
      'the timestamp is of another signature (its message imprint does not match)'
    ],
    ['another content type than SignedData', { defect: { contentType: ID_DATA } }, 'the timestamp token is not CMS SignedData'],
    [
      'an ESSCertIDv2 hash of another certificate than the one the token carries',
      { defect: { essCertHashOf: Buffer.from('another certificate') } },
      'the TSA certificate in the timestamp token is not the one its signing-certificate-v2 attribute hashes'
    ],
    ['no content-type attribute', { defect: { omitAttribute: 'contentType' } }, 'the timestamp token cannot be read: '],
    ['no message-digest attribute', { defect: { omitAttribute: 'messageDigest' } }, 'the timestamp token cannot be read: '],
    [
      'a signing-time attribute outside the TSA certificate’s validity',
      { signingTime: new Date(Date.now() + 2 * 365 * 24 * HOUR) },
      'was not valid at the stamped time'
    ]
  ])('%s', (_, options, reason) => {
    expect(refusal(stamp(options))).toContain(reason)
  })

  const [CODE_SIGNING, TIME_STAMPING] = ['1.3.6.1.5.5.7.3.3', '1.3.6.1.5.5.7.3.8']
  const EKU = 'does not have timeStamping as its only extended key usage, marked critical'
  test.each<[string, Partial<CertificateOptions>, string]>([
    ['a TSA certificate expired at the stamped time', { notAfter: new Date(Date.now() - HOUR) }, 'was not valid at the stamped time'],
    ['a TSA certificate not yet valid at the stamped time', { notBefore: new Date(Date.now()) }, 'was not valid at the stamped time'],
    ['a TSA certificate without the timeStamping usage (code signing)', { eku: [CODE_SIGNING] }, EKU],
    ['a TSA certificate without extended key usages', { eku: null }, EKU],
    ['a TSA certificate whose timeStamping usage is not critical', { ekuCritical: false }, EKU],
    ['a TSA certificate with timeStamping and code signing', { eku: [TIME_STAMPING, CODE_SIGNING] }, EKU],
    ['a TSA certificate that is a CA', { ca: true }, 'is a CA certificate']
  ])('%s', async (name, tsaOptions, reason) => {
    const authority = await timestampAuthority(name, tsaOptions)
    const message = refusal(authority.stamp({ genTime: GEN_TIME })(SIGNATURE), authority)
    expect(message).toContain(reason)
    expect(message).toContain(`CN=${name}`)
  })

  test.each<[string, Partial<TimestampOptions>]>([
    ['RSASSA-PSS', { signatureAlgorithm: 'rsassa-pss' }],
    ['PKCS #1 v1.5 named rsaEncryption, the digest algorithm its hash', { signatureAlgorithm: 'rsaEncryption' }],
    ['sha256WithRSAEncryption', { signatureAlgorithm: 'sha256WithRSAEncryption' }]
  ])('an RSA TSA signing with %s is verified', (_, options) => {
    expect(refusal(rsa.stamp({ genTime: GEN_TIME, ...options })(SIGNATURE), rsa)).toBe('verified')
  })

  test.each<[string, Partial<TimestampOptions>]>([
    ['ECDSA named by its key (ecPublicKey)', { signatureAlgorithm: 'ecPublicKey' }],
    ['a SHA-384 message imprint', { imprintHash: 'sha384' }],
    ['a SHA-512 message imprint', { imprintHash: 'sha512' }],
    ['a signing-time attribute within the validity', { signingTime: GEN_TIME }],
    ['a signer whose signature does not verify before one whose does', { defect: { badSignerFirst: true } }],
    ['ordering and a nonce after the accuracy', { accuracy: { seconds: 1 }, ordering: true, nonce: 7 }],
    ['ordering and a nonce without an accuracy', { ordering: false, nonce: 7 }],
    ['an accuracy of zero seconds', { accuracy: { seconds: 0 } }]
  ])('%s is verified', (_, options) => {
    expect(refusal(stamp(options))).toBe('verified')
  })

  test.each<[string, Partial<TimestampOptions>, string]>(
    [
      ['RSASSA-PSS parameters naming another salt length', { signatureAlgorithm: 'rsassa-pss', defect: { pssSaltLength: 20 } }],
      ['RSASSA-PSS with a changed byte', { signatureAlgorithm: 'rsassa-pss', defect: { badSignature: true } }],
      ['PKCS #1 v1.5 with a changed byte', { signatureAlgorithm: 'rsaEncryption', defect: { badSignature: true } }]
    ].map(
      ([name, options]) =>
        [name, options, "the timestamp's signature does not verify with its TSA certificate"] as [string, Partial<TimestampOptions>, string]
    )
  )('an RSA TSA: %s is refused', (_, options, reason) => {
    expect(refusal(rsa.stamp({ genTime: GEN_TIME, ...options })(SIGNATURE), rsa)).toBe(reason)
  })

  test('a TSA certificate valid from or until the very second stamped is valid at it', async () => {
    for (const validity of [{ notBefore: GEN_TIME }, { notAfter: GEN_TIME }]) {
      const authority = await timestampAuthority('Edge TSA', validity)
      expect(refusal(authority.stamp({ genTime: GEN_TIME })(SIGNATURE), authority)).toBe('verified')
    }
  })

  test('the token’s certificate the signer names, by issuer and serial, among others of the same issuer', async () => {
    const sibling = await timestamping(tsa.root, 'C=US, O=Contoso, CN=Contoso TSA 2')
    expect(refusal(stamp({ certificates: [sibling, tsa.tsa] }))).toBe('verified')
    expect(refusal(stamp({ certificates: [sibling, tsa.tsa], essCertId: { issuerSerial: true } }))).toBe('verified')
  })

  test('a TSA under an intermediate: the token’s certificates lead to the root, and without the intermediate nothing does', async () => {
    const root = await rootAuthority('C=US, O=Contoso, CN=Tiered TSA Root')
    const intermediate = await intermediateAuthority(root, 'C=US, O=Contoso, CN=Tiered TSA CA')
    const leaf = await timestamping(intermediate, 'C=US, O=Contoso, CN=Tiered TSA')
    const trusted = [Certificate.parse(root.der, 'the TSA root')]
    const token = (certificates: (typeof leaf)[]) => timestampToken(SIGNATURE, { tsa: leaf, certificates, genTime: GEN_TIME })
    expect(verifyTimestamp(token([leaf, intermediate]), SIGNATURE, trusted).authority.describe()).toBe('C=US, O=Contoso, CN=Tiered TSA')
    expect(() => verifyTimestamp(token([leaf]), SIGNATURE, trusted)).toThrow(
      "the TSA certificate C=US, O=Contoso, CN=Tiered TSA does not lead to a certificate of the trust policy's tsa stores"
    )
    // Several tsa stores: the root is one of them, not every one.
    expect(verifyTimestamp(stamp(), SIGNATURE, [...trusted, ...roots]).authority.describe()).toBe('C=US, O=Contoso, CN=Contoso TSA')
  })

  test('no window from a token without an accuracy when a nonce follows genTime', () => {
    expect(readTimestampToken(stamp({ ordering: true, nonce: 7 })).tstInfo.accuracyMs).toBe(0)
  })

  // Node's verify() uses the key's own algorithm and ignores RSA padding for an EC key: without a check of
  // the key's type these verified, a signature read under another algorithm than the one the signer names.
  test.each<[string, 'EC' | 'RSA', TimestampOptions['signatureAlgorithm']]>([
    ['an ECDSA signature declared as RSASSA-PSS', 'EC', 'rsassa-pss'],
    ['an ECDSA signature declared as rsaEncryption', 'EC', 'rsaEncryption'],
    ['an ECDSA signature declared as sha256WithRSAEncryption', 'EC', 'sha256WithRSAEncryption'],
    ['an RSA signature declared as ecdsa-with-SHA256', 'RSA', 'ecdsa-with-SHA256'],
    ['an RSA signature declared as ecPublicKey', 'RSA', 'ecPublicKey']
  ])('%s is refused', (_, key, signatureAlgorithm) => {
    const authority = key === 'EC' ? tsa : rsa
    expect(refusal(authority.stamp({ genTime: GEN_TIME, signatureAlgorithm })(SIGNATURE), authority)).toBe(
      "the timestamp's signature does not verify with its TSA certificate"
    )
  })
})
