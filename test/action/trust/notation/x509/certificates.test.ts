// The signature specification's certificate requirements, a rule at a time, on
// certificates made here; and the DER reader.
import 'reflect-metadata'
import { webcrypto } from 'node:crypto'
import * as x509 from '@peculiar/x509'
import { beforeAll, describe, expect, test } from 'vitest'
import { Certificate } from '../../../../../src/action/trust/notation/x509/certificate.js'
import { chainProblem, keyAlgorithm } from '../../../../../src/action/trust/notation/x509/chain.js'
import {
  bits,
  boolean,
  children,
  contextChildren,
  DerError,
  directoryString,
  implicitInteger,
  integer,
  isContext,
  octets,
  oid,
  parseDer,
  time
} from '../../../../../src/action/trust/notation/x509/der.js'
import {
  codeSigning,
  intermediateAuthority,
  rootAuthority,
  selfSigned,
  selfSignedSigner,
  timestamping,
  type Issued
} from '../../../../support/notation.js'

const parse = (issued: Issued) => Certificate.parse(issued.der, issued.subject)
const chainOf = (...issued: Issued[]) => issued.map(parse)
const { digitalSignature, keyEncipherment, cRLSign, nonRepudiation } = x509.KeyUsageFlags

let root: Issued
let intermediate: Issued
let leaf: Issued

beforeAll(async () => {
  root = await rootAuthority('C=US, ST=WA, O=Contoso, CN=Root')
  intermediate = await intermediateAuthority(root, 'C=US, ST=WA, O=Contoso, CN=Intermediate')
  leaf = await codeSigning(intermediate, 'C=US, ST=WA, O=Contoso, CN=builder')
})

/** A chain through an intermediate CA made with `options`. */
async function viaIntermediate(options: Partial<Parameters<typeof intermediateAuthority>[2]>): Promise<Issued[]> {
  const middle = await intermediateAuthority(root, 'CN=I', options)
  return [await codeSigning(middle, 'CN=a'), middle, root]
}

describe('a code signing chain', () => {
  test('leaf, intermediate, root: meets the requirements', () => {
    expect(chainProblem(chainOf(leaf, intermediate, root), 'code signing')).toBeUndefined()
  })

  test('one self-signed signing certificate, as notation cert generate-test makes', async () => {
    expect(chainProblem(chainOf(await selfSignedSigner('C=US, ST=WA, O=Contoso, CN=test')), 'code signing')).toBeUndefined()
  })

  test.each<[string, () => Promise<Issued[]>, string]>([
    ['an empty chain', async () => [], 'the certificate chain is empty'],
    [
      'a chain that stops before the root',
      async () => [leaf, intermediate],
      'the chain ends at C=US, ST=WA, O=Contoso, CN=Intermediate, which is not a self-signed root'
    ],
    ['a chain out of order', async () => [leaf, root, intermediate], 'is not issued by the next one in the chain'],
    ['one certificate that is not self-signed', async () => [leaf], 'its one certificate, C=US, ST=WA, O=Contoso, CN=builder, is not self-signed'],
    [
      'a self-signed leaf in a longer chain',
      async () => [await selfSignedSigner('C=US, ST=WA, O=Contoso, CN=self'), root],
      'the signing certificate C=US, ST=WA, O=Contoso, CN=self is self-signed inside a longer chain'
    ],
    [
      'a self-signed intermediate',
      async () => [await codeSigning(root, 'CN=a'), root, root],
      'the intermediate certificate C=US, ST=WA, O=Contoso, CN=Root is self-signed inside a longer chain'
    ],
    [
      'a leaf without key usage',
      async () => [await codeSigning(root, 'CN=a', { keyUsage: null }), root],
      'certificate CN=a has no key usage extension'
    ],
    [
      'a leaf whose key usage is not critical',
      async () => [await codeSigning(root, 'CN=a', { keyUsageCritical: false }), root],
      'has a key usage extension that is not marked critical'
    ],
    [
      'a leaf without digitalSignature',
      async () => [await codeSigning(root, 'CN=a', { keyUsage: nonRepudiation }), root],
      'does not have the digitalSignature key usage'
    ],
    [
      'a leaf that may also encipher keys',
      async () => [await codeSigning(root, 'CN=a', { keyUsage: digitalSignature | keyEncipherment }), root],
      'key usages a signing certificate must not have: keyEncipherment'
    ],
    [
      'a leaf that is a CA',
      async () => [await codeSigning(root, 'CN=a', { ca: true }), root],
      'the code signing certificate CN=a is a CA certificate'
    ],
    [
      'a TLS server certificate',
      async () => [await codeSigning(root, 'CN=a', { eku: [x509.ExtendedKeyUsage.serverAuth] }), root],
      'extended key usages a code signing certificate must not have: serverAuth'
    ],
    [
      'a certificate for any purpose',
      async () => [await codeSigning(root, 'CN=a', { eku: [x509.ExtendedKeyUsage.codeSigning, '2.5.29.37.0'] }), root],
      'must not have: any'
    ],
    [
      'a CA without basic constraints',
      () => viaIntermediate({ ca: undefined }),
      'CA certificate CN=I does not have critical basic constraints with cA true'
    ],
    ['a CA whose basic constraints are not critical', () => viaIntermediate({ caCritical: false }), 'does not have critical basic constraints'],
    ['a CA without keyCertSign', () => viaIntermediate({ keyUsage: cRLSign }), 'CA certificate CN=I does not have the keyCertSign key usage'],
    ['a CA without key usage', () => viaIntermediate({ keyUsage: null }), 'certificate CN=I has no key usage extension'],
    [
      'a root that allows no intermediate below it',
      async () => {
        const strictRoot = await rootAuthority('CN=R0', { pathLength: 0 })
        const middle = await intermediateAuthority(strictRoot, 'CN=M')
        return [await codeSigning(middle, 'CN=a'), middle, strictRoot]
      },
      'CA certificate CN=R0 allows 0 intermediate certificates below it, and the chain has 1'
    ],
    [
      'a certificate signed with SHA-1',
      async () => [await codeSigning(root, 'CN=a', { signatureHash: 'SHA-1' }), root],
      'certificate CN=a is signed with ecdsa-with-SHA1, which the specification does not allow'
    ],
    [
      'a leaf with two key usages it must not have: both named',
      async () => [await codeSigning(root, 'CN=a', { keyUsage: digitalSignature | keyEncipherment | cRLSign }), root],
      'key usages a signing certificate must not have: keyEncipherment, cRLSign'
    ],
    [
      'a leaf with two extended key usages it must not have: both named',
      async () => [
        await codeSigning(root, 'CN=a', {
          eku: [x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth, x509.ExtendedKeyUsage.codeSigning]
        }),
        root
      ],
      'extended key usages a code signing certificate must not have: serverAuth, clientAuth'
    ],
    [
      'a leaf with an RSA key of 1024 bits',
      async () => [await codeSigning(root, 'CN=a', { key: 'rsa1024' }), root],
      'the code signing certificate CN=a: its RSA key of 1024 bits is not 2048, 3072 or 4096 bits'
    ],
    [
      'digitalSignature with nonRepudiation is fine',
      async () => [await codeSigning(root, 'CN=a', { keyUsage: digitalSignature | nonRepudiation }), root],
      ''
    ],
    ['no extended key usage is fine for code signing', async () => [await codeSigning(root, 'CN=a', { eku: undefined }), root], ''],
    [
      'a P-384 key is fine, an RSA 3072 leaf too; a P-256 root signs either',
      async () => [await codeSigning(root, 'CN=a', { key: 'ec384' }), root],
      ''
    ]
  ])('%s', async (_, make, problem) => {
    const found = chainProblem(chainOf(...(await make())), 'code signing')
    if (problem === '') expect(found).toBeUndefined()
    else expect(found).toContain(problem)
  })
})

describe('a timestamping chain', () => {
  test('a TSA certificate with timeStamping, critical, meets the requirements', async () => {
    expect(chainProblem(chainOf(await timestamping(root, 'CN=TSA'), root), 'timestamping')).toBeUndefined()
  })
  test.each<[string, Partial<Parameters<typeof timestamping>[2]>]>([
    ['timeStamping not critical', { ekuCritical: false }],
    ['another purpose too', { eku: [x509.ExtendedKeyUsage.timeStamping, x509.ExtendedKeyUsage.codeSigning] }],
    ['no extended key usage', { eku: null }],
    ['codeSigning as its only one, critical', { eku: [x509.ExtendedKeyUsage.codeSigning] }]
  ])('refuses a TSA certificate with %s', async (_, options) => {
    expect(chainProblem(chainOf(await timestamping(root, 'CN=TSA', options), root), 'timestamping')).toContain(
      'does not have timeStamping as its only extended key usage, marked critical'
    )
  })
  test("a TSA's key usage need not be critical (the specification's SHOULD)", async () => {
    expect(chainProblem(chainOf(await timestamping(root, 'CN=TSA', { keyUsageCritical: false }), root), 'timestamping')).toBeUndefined()
  })
})

describe('keyAlgorithm', () => {
  test.each<[Parameters<typeof selfSigned>[0]['key'], string]>([
    ['ec256', 'ES256'],
    ['ec384', 'ES384'],
    ['rsa2048', 'PS256'],
    ['rsa3072', 'PS384'],
    ['ec521', 'ES512']
  ])('%s signs with %s', async (key, algorithm) => {
    expect(keyAlgorithm(parse(await selfSignedSigner('CN=k', { key })))).toBe(algorithm)
  })

  test('an Ed25519 key is neither RSA nor EC', async () => {
    const keys = (await webcrypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as unknown as webcrypto.CryptoKeyPair
    const certificate = await x509.X509CertificateGenerator.createSelfSigned(
      {
        name: 'CN=ed',
        keys,
        signingAlgorithm: { name: 'Ed25519' },
        notBefore: new Date(Date.now() - 60_000),
        notAfter: new Date(Date.now() + 60_000)
      },
      webcrypto
    )
    expect(keyAlgorithm(Certificate.parse(Buffer.from(certificate.rawData), 'ed'))).toEqual({ refusal: 'its ed25519 key is neither RSA nor EC' })
  })
})

describe('Certificate', () => {
  test('what the rules read: subject in order, raw names, extensions and their criticality', () => {
    const certificate = parse(leaf)
    expect(certificate.describe()).toBe('C=US, ST=WA, O=Contoso, CN=builder')
    expect(certificate.rawIssuer.equals(parse(intermediate).rawSubject)).toBe(true)
    expect(certificate.keyUsage).toEqual({ critical: true, value: new Set(['digitalSignature']) })
    expect(certificate.extendedKeyUsage).toEqual({ critical: false, value: ['1.3.6.1.5.5.7.3.3'] })
    expect(certificate.basicConstraints).toBeUndefined()
    expect(parse(root).basicConstraints).toEqual({ critical: true, value: { ca: true, pathLength: undefined } })
    expect(certificate.namesRevocationService).toBe(false)
  })

  test('a certificate that names a CRL or an OCSP responder', async () => {
    const crl = await codeSigning(root, 'CN=crl', { extensions: [new x509.CRLDistributionPointsExtension(['http://crl.contoso.test/root.crl'])] })
    const ocsp = await codeSigning(root, 'CN=ocsp', { extensions: [new x509.AuthorityInfoAccessExtension({ ocsp: ['http://ocsp.contoso.test'] })] })
    const issuers = await codeSigning(root, 'CN=aia', {
      extensions: [new x509.AuthorityInfoAccessExtension({ caIssuers: ['http://contoso.test/root.cer'] })]
    })
    expect([crl, ocsp, issuers].map(c => parse(c).namesRevocationService)).toEqual([true, true, false])
  })

  // RFC 5280 4.2: "A certificate MUST NOT include more than one instance of a particular extension"; OpenSSL
  // reads such a certificate, and which key usage or EKU counts would be whichever a reader takes.
  test.each<[string, () => x509.Extension[]]>([
    ['key usage', () => [new x509.KeyUsagesExtension(keyEncipherment, false)]],
    ['extended key usage', () => [new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth])]],
    ['a CRL distribution point', () => [0, 1].map(i => new x509.CRLDistributionPointsExtension([`http://crl${i}.contoso.test/root.crl`]))]
  ])('a certificate with %s twice is refused, naming the extension', async (_, extensions) => {
    const twice = await codeSigning(root, 'CN=twice', { extensions: extensions() })
    const id = extensions()[0]!.type
    expect(() => parse(twice)).toThrow(`CN=twice cannot be read: the extension ${id} appears twice`)
  })

  test('bytes that are not a certificate', () => {
    expect(() => Certificate.parse(Buffer.from('not a certificate'), 'the signing certificate')).toThrow(
      'the signing certificate is not an X.509 certificate'
    )
  })
})

describe('the DER reader', () => {
  test.each<[string, string, (node: ReturnType<typeof parseDer>) => unknown, unknown]>([
    ['an OID', '06092a864886f70d01010b', n => oid(n, 'x'), '1.2.840.113549.1.1.11'],
    ['an OID under 2', '0603883703', n => oid(n, 'x'), '2.999.3'],
    ['a positive INTEGER', '0202008f', n => integer(n, 'x'), 143n],
    ['a negative INTEGER', '0201ff', n => integer(n, 'x'), -1n],
    ['TRUE', '0101ff', n => boolean(n, 'x'), true],
    ['a BIT STRING', '03020780', n => bits(n, 'x'), [true]],
    ['a UTCTime of 1999', '170d3939313233313233353935395a', n => time(n, 'x').toISOString(), '1999-12-31T23:59:59.000Z'],
    ['a UTCTime of 2049', '170d3439303130313030303030305a', n => time(n, 'x').toISOString(), '2049-01-01T00:00:00.000Z'],
    [
      'a GeneralizedTime with a fraction',
      `1812${Buffer.from('20240618061540.51Z').toString('hex')}`,
      n => time(n, 'x').toISOString(),
      '2024-06-18T06:15:40.510Z'
    ],
    ['a long length', `3081${'80'}${'0400'.repeat(64)}`, n => children(n, 'x').length, 64]
  ])('%s', (_, hex, read, expected) => {
    expect(read(parseDer(Buffer.from(hex, 'hex'), 'x'))).toEqual(expected)
  })

  test.each<[string, string, string]>([
    ['trailing bytes', '050000', 'has bytes after its ASN.1 element'],
    ['a length past the end', '0405aabb', 'is shorter than its ASN.1 lengths say'],
    ['an indefinite length', '3080050000000', 'indefinite length'],
    ['a high tag number', '1f2100', 'uses a high tag number'],
    ['a five-byte length', '0485ffffffffff', 'has an invalid length'],
    ['nothing', '', 'ends before an ASN.1 element'],
    ['an end-of-contents marker', '30020000', 'x holds an end-of-contents marker (BER, not DER)'],
    ['a primitive SEQUENCE', '1000', 'x uses the primitive form for universal type 16, which DER does not'],
    ['a primitive SET', '1100', 'x uses the primitive form for universal type 17, which DER does not'],
    ['a primitive EXTERNAL', '0800', 'x uses the primitive form for universal type 8, which DER does not'],
    [
      'a constructed OCTET STRING (BER splits strings into pieces)',
      '24030401aa',
      'x uses the constructed form for universal type 4, which DER does not'
    ],
    ['a constructed UTF8String', '2c00', 'x uses the constructed form for universal type 12, which DER does not'],
    ['a constructed UTCTime', '3700', 'x uses the constructed form for universal type 23, which DER does not'],
    ['a constructed universal tag 0', '2000', 'x uses the constructed form for universal type 0, which DER does not'],
    ['a primitive SEQUENCE inside a SEQUENCE', '30021000', 'x uses the primitive form for universal type 16, which DER does not']
  ])('refuses %s', (_, hex, message) => {
    expect(() => parseDer(Buffer.from(hex, 'hex'), 'x')).toThrow(DerError)
    expect(() => parseDer(Buffer.from(hex, 'hex'), 'x')).toThrow(message)
  })

  test.each<[string, string]>([
    ['a constructed EXTERNAL', '2800'],
    ['a constructed EMBEDDED PDV', '2b00'],
    ['a constructed CHARACTER STRING', '3d00'],
    ['a primitive context tag', '8000'],
    ['a constructed context tag', 'a000'],
    ['a primitive application tag', '4000'],
    ['a constructed private tag', 'e000']
  ])('reads %s, whose form DER leaves free', (_, hex) => {
    expect(parseDer(Buffer.from(hex, 'hex'), 'x').encoded.toString('hex')).toBe(hex)
  })

  test.each<[string, string, (node: ReturnType<typeof parseDer>) => unknown, string]>([
    ['a BOOLEAN that is not DER', '010101', n => boolean(n, 'x'), 'is not a DER BOOLEAN'],
    ['an OID that ends mid-arc', '06022a86', n => oid(n, 'x'), 'is not a valid OBJECT IDENTIFIER'],
    ['an empty INTEGER', '0200', n => integer(n, 'x'), 'is an empty INTEGER'],
    ['a BIT STRING with 8 unused bits', '030208ff', n => bits(n, 'x'), 'is not a valid BIT STRING'],
    ['February 30th', '180f32303234303233303030303030305a', n => time(n, 'x'), 'is not a valid time'],
    ['a SEQUENCE read as a SET', '3000', n => children(n, 'x', 17), 'x is not a SET'],
    ['an INTEGER read as an OID', '020101', n => oid(n, 'x'), 'x is not an OBJECT IDENTIFIER']
  ])('refuses %s', (_, hex, read, message) => {
    expect(() => read(parseDer(Buffer.from(hex, 'hex'), 'x'))).toThrow(message)
  })

  const der = (hex: string) => parseDer(Buffer.from(hex, 'hex'), 'x')
  const nested = (levels: number) => {
    let hex = '0500'
    for (let i = 1; i < levels; i++) hex = `30${(hex.length / 2).toString(16).padStart(2, '0')}${hex}`
    return hex
  }

  test('33 levels parse; 34 do not', () => {
    expect(der(nested(33)).children).toHaveLength(1)
    expect(() => der(nested(34))).toThrow('x nests deeper than 32 levels')
  })

  test('lengths: the long form from 128 on, one whose bytes end the input, a truncated header', () => {
    expect(octets(der(`048180${'aa'.repeat(128)}`), 'x')).toHaveLength(128)
    expect(children(der(`3082010404820100${'00'.repeat(256)}`), 'x')).toHaveLength(1)
    expect(() => der('04')).toThrow('x ends inside an ASN.1 header')
    expect(() => der('0482ff')).toThrow('x has an invalid length')
  })

  test.each<[string, string]>([
    ['a long form for a length under 128', '048101aa'],
    ['a long form for a length of 0', '048100'],
    ['a four-byte length of 1', '048400000001aa'],
    ['a length with a leading zero byte', `04820080${'aa'.repeat(128)}`],
    ['a non-minimal length inside a SEQUENCE', '3004048101aa']
  ])('refuses %s, which BER allows and DER does not', (_, hex) => {
    expect(() => der(hex)).toThrow(DerError)
    expect(() => der(hex)).toThrow("x has a length that is not in DER's shortest form")
  })

  test.each<[string, string, (node: ReturnType<typeof parseDer>) => unknown, string]>([
    ['an INTEGER with a leading zero byte', '02020001', n => integer(n, 'x'), 'x is not a DER INTEGER (not in its fewest bytes)'],
    ['an INTEGER with a leading 0xff byte', '0202ff80', n => integer(n, 'x'), 'x is not a DER INTEGER (not in its fewest bytes)'],
    ['an implicit INTEGER with a leading zero byte', '80020001', n => implicitInteger(n, 'x'), 'x is not a DER INTEGER'],
    ['an empty implicit INTEGER', '8000', n => implicitInteger(n, 'x'), 'x is an empty INTEGER'],
    ['a constructed implicit INTEGER', 'a0030201ff', n => implicitInteger(n, 'x'), 'x is not an INTEGER'],
    ['a universal INTEGER read as an implicit one', '020101', n => implicitInteger(n, 'x'), 'x is not an INTEGER'],
    ['an OID arc with a leading 0x80', '0603802a03', n => oid(n, 'x'), 'x is not a valid OBJECT IDENTIFIER'],
    ['an OID arc after the first with a leading 0x80', '06042a808001', n => oid(n, 'x'), 'x is not a valid OBJECT IDENTIFIER'],
    ['a BIT STRING whose unused bits are set', '03020781', n => bits(n, 'x'), 'x is not a DER BIT STRING (unused bits set)'],
    ['a GeneralizedTime whose fraction ends in 0', `1813${Buffer.from('20240618061540.510Z').toString('hex')}`, n => time(n, 'x'), 'x is not a time'],
    [
      'a GeneralizedTime with a point and no fraction',
      `1810${Buffer.from('20240618061540.Z').toString('hex')}`,
      n => time(n, 'x'),
      'x is not a time'
    ],
    ['a 13th month', `170d${Buffer.from('241301000000Z').toString('hex')}`, n => time(n, 'x'), 'x is not a valid time'],
    ['a month 0', `170d${Buffer.from('240001000000Z').toString('hex')}`, n => time(n, 'x'), 'x is not a valid time'],
    ['a day 0', `170d${Buffer.from('240100000000Z').toString('hex')}`, n => time(n, 'x'), 'x is not a valid time'],
    ['hour 24', `170d${Buffer.from('240101240000Z').toString('hex')}`, n => time(n, 'x'), 'x is not a valid time'],
    ['minute 60', `170d${Buffer.from('240101126000Z').toString('hex')}`, n => time(n, 'x'), 'x is not a valid time'],
    ['second 60', `170d${Buffer.from('240101120060Z').toString('hex')}`, n => time(n, 'x'), 'x is not a valid time'],
    ['February 29th of 2023', `170d${Buffer.from('230229000000Z').toString('hex')}`, n => time(n, 'x'), 'x is not a valid time']
  ])('refuses %s', (_, hex, read, message) => {
    expect(() => read(der(hex))).toThrow(DerError)
    expect(() => read(der(hex))).toThrow(message)
  })

  test.each<[string, string, bigint]>([
    ['0', '020100', 0n],
    ['127', '02017f', 127n],
    ['128, which needs a leading zero', '02020080', 128n],
    ['-128', '020180', -128n],
    ['-129, which needs a leading 0xff', '0202ff7f', -129n]
  ])('an INTEGER of %s', (_, hex, value) => {
    expect(integer(der(hex), 'x')).toBe(value)
    expect(implicitInteger(der(`80${hex.slice(2)}`), 'x')).toBe(value)
  })

  test('times: a leap day, years 0 to 99 in a GeneralizedTime, a fraction', () => {
    expect(time(der(`170d${Buffer.from('240229000000Z').toString('hex')}`), 'x').toISOString()).toBe('2024-02-29T00:00:00.000Z')
    expect(time(der(`180f${Buffer.from('00500101000000Z').toString('hex')}`), 'x').getUTCFullYear()).toBe(50)
    expect(time(der(`1811${Buffer.from('20240618061540.5Z').toString('hex')}`), 'x').toISOString()).toBe('2024-06-18T06:15:40.500Z')
    expect(time(der(`170d${Buffer.from('991231235959Z').toString('hex')}`), 'x').toISOString()).toBe('1999-12-31T23:59:59.000Z')
  })

  test('errors are DerErrors, and name what was expected', () => {
    const error = (() => {
      try {
        children(der('0201ff'), 'the field')
      } catch (caught) {
        return caught as Error
      }
    })()
    expect(error).toBeInstanceOf(DerError)
    expect(error?.name).toBe('DerError')
    expect(error?.message).toBe('the field is not a SEQUENCE')
    expect(() => children(der('3000'), 'the field', 17)).toThrow(/^the field is not a SET$/)
    expect(() => integer(der('0500'), 'the field')).toThrow(/^the field is not an INTEGER$/)
    expect(() => boolean(der('0500'), 'the field')).toThrow(/^the field is not a BOOLEAN$/)
    expect(() => octets(der('0500'), 'the field')).toThrow(/^the field is not an OCTET STRING$/)
    expect(() => bits(der('0500'), 'the field')).toThrow(/^the field is not a BIT STRING$/)
    expect(() => oid(undefined, 'the field')).toThrow(/^the field is not an OBJECT IDENTIFIER$/)
    expect(() => time(undefined, 'the field')).toThrow(/^the field is not a time$/)
    expect(() => contextChildren(der('8000'), 0, 'the field')).toThrow(/^the field is not a constructed \[0\]$/)
    expect(() => contextChildren(der('a100'), 0, 'the field')).toThrow(/^the field is not a constructed \[0\]$/)
    expect(() => contextChildren(undefined, 0, 'the field')).toThrow(DerError)
  })

  test('tags are read with their class and form', () => {
    expect(() => children(der('b000'), 'x')).toThrow('x is not a SEQUENCE')
    expect(() => children(der('3100'), 'x')).toThrow('x is not a SEQUENCE')
    expect(() => children(der('3000'), 'x', 17)).toThrow('x is not a SET')
    expect(() => children(undefined, 'x')).toThrow('x is not a SEQUENCE')
    expect(contextChildren(der('a0020500'), 0, 'x')).toHaveLength(1)
    expect(isContext(der('a000'), 0)).toBe(true)
    expect(isContext(der('a000'), 1)).toBe(false)
    expect(isContext(der('3000'), 16)).toBe(false)
    expect(isContext(undefined, 0)).toBe(false)
  })

  test('BOOLEAN, BIT STRING and OBJECT IDENTIFIER edge cases', () => {
    expect(boolean(der('010100'), 'x')).toBe(false)
    expect(() => boolean(der('01020000'), 'x')).toThrow('x is not a DER BOOLEAN')
    expect(bits(der('030100'), 'x')).toEqual([])
    expect(() => bits(der('030101'), 'x')).toThrow('x is not a valid BIT STRING')
    expect(() => bits(der('0300'), 'x')).toThrow('x is not a valid BIT STRING')
    expect(bits(der('030300ff80'), 'x')).toEqual([...Array(8).fill(true), true, ...Array(7).fill(false)])
    expect(() => oid(der('0600'), 'x')).toThrow('x is not a valid OBJECT IDENTIFIER')
  })

  test.each<[string, string, string]>([
    ['a UTCTime with four year digits', `170f${Buffer.from('19991231235959Z').toString('hex')}`, 'x is not a time'],
    ['a GeneralizedTime with two year digits', `180d${Buffer.from('991231235959Z').toString('hex')}`, 'x is not a time'],
    ['a UTCTime with text before it', `170e${Buffer.from('1991231235959Z').toString('hex')}`, 'x is not a time'],
    ['a UTCTime with text after it', `170e${Buffer.from('991231235959Zx').toString('hex')}`, 'x is not a time'],
    ['a GeneralizedTime with text before it', `1810${Buffer.from('120240618061540Z').toString('hex')}`, 'x is not a time'],
    ['a GeneralizedTime with text after it', `1810${Buffer.from('20240618061540Zx').toString('hex')}`, 'x is not a time'],
    ['a time under a context tag', `970d${Buffer.from('991231235959Z').toString('hex')}`, 'x is not a time']
  ])('refuses %s', (_, hex, message) => {
    expect(() => time(parseDer(Buffer.from(hex, 'hex'), 'x'), 'x')).toThrow(message)
  })

  test('UTCTime 50 is 1950', () => {
    expect(time(der(`170d${Buffer.from('500101000000Z').toString('hex')}`), 'x').toISOString()).toBe('1950-01-01T00:00:00.000Z')
  })

  test.each<[string, string, string | undefined]>([
    ['UTF8String', `0c02${Buffer.from('é').toString('hex')}`, 'é'],
    ['PrintableString', '1302555', undefined],
    ['BMPString', '1e0400e90041', 'éA'],
    ['UniversalString', '1c0400000041', undefined],
    ['a context-tagged string', '8c0141', undefined],
    ['TeletexString', '1401e9', 'é'],
    ['IA5String', '16024142', 'AB'],
    ['NumericString', '120131', '1'],
    ['PrintableString with the * and & Go accepts', '13032a2641', '*&A'],
    ['UTF8String of four-byte characters', `0c04${Buffer.from('😀').toString('hex')}`, '😀']
  ])('directoryString of a %s', (_, hex, text) => {
    if (hex === '1302555') hex = '13025553'
    expect(directoryString(der(hex))).toBe(hex === '13025553' ? 'US' : text)
  })

  test.each<[string, string, string]>([
    ['a BMPString of an odd length', '1e0300e900', 'a name holds an invalid BMPString'],
    ['a UTF8String that is not UTF-8', '0c02c328', 'a name holds an invalid UTF8String'],
    ['a PrintableString with "@" (0x40)', '130140', 'a name holds an invalid PrintableString'],
    ['a PrintableString with "_"', '13015f', 'a name holds an invalid PrintableString'],
    ['an IA5String with a byte over 0x7f', '1601e9', 'a name holds an invalid IA5String'],
    ['an IA5String with 0x80', '160180', 'a name holds an invalid IA5String'],
    ['an IA5String of ASCII then a byte over 0x7f', '160241e9', 'a name holds an invalid IA5String'],
    ['a NumericString with a letter', '12023141', 'a name holds an invalid NumericString']
  ])('directoryString refuses %s, as Go refuses the certificate', (_, hex, message) => {
    expect(() => directoryString(der(hex))).toThrow(DerError)
    expect(() => directoryString(der(hex))).toThrow(message)
  })

  test('nesting deeper than 32 levels', () => {
    let hex = '0500'
    for (let i = 0; i < 40; i++) hex = `30${(hex.length / 2).toString(16).padStart(2, '0')}${hex}`
    expect(() => parseDer(Buffer.from(hex, 'hex'), 'x')).toThrow('nests deeper than 32 levels')
  })
})
