// The DER reader against the libraries it replaces (docs/performance.md says
// why they are not in the bundle). For every certificate and timestamp token
// the tests have (test/support/notation-corpus.ts: those made here, and the
// Notary Project's own from notation-go's and notation-core-go's sources,
// GlobalSign's timestamps included), what certificate.ts and timestamp.ts read
// must be what @peculiar/x509 and pkijs (with asn1js) read: subject and issuer
// attributes in order, basic constraints, key usage, extended key usage,
// whether a revocation service is named, validity; a token's TSTInfo (message
// imprint, genTime, accuracy, policy), its signers and their
// signing-certificate-v2. Where ours refuses what a library reads, the test
// names the rule (DER, or Go's crypto/x509, which notation uses).
import 'reflect-metadata'
import { createHash } from 'node:crypto'
import * as x509 from '@peculiar/x509'
import * as asn1js from 'asn1js'
import * as pkijs from 'pkijs'
import { beforeAll, describe, expect, test } from 'vitest'
import { Certificate, KEY_USAGES, readName } from '../../../../../src/action/trust/notation/x509/certificate.js'
import { children, parseDer, time } from '../../../../../src/action/trust/notation/x509/der.js'
import type { NameAttribute } from '../../../../../src/action/trust/notation/x509/distinguished-name.js'
import { readSigner, readTimestampToken, TimestampError } from '../../../../../src/action/trust/notation/x509/timestamp.js'
import { madeCorpus, notaryProjectCorpus, type Corpus, type Sample } from '../../../../support/notation-corpus.js'

let made: Corpus
let notaryProject: Corpus

beforeAll(async () => {
  made = await madeCorpus()
  notaryProject = await notaryProjectCorpus()
}, 180_000)

const tokens = () => [...made.tokens, ...notaryProject.tokens]

/** What the library reads as a name attribute's text: the directory string types a name may hold. */
function libraryText(value: LibraryValue): string | undefined {
  const text = value.utf8String ?? value.printableString ?? value.teletexString ?? value.bmpString ?? value.ia5String
  if (text !== undefined) return text
  if (value.anyValue) {
    // Types @peculiar/asn1-x509 keeps as raw DER: NumericString is text to Go (and to us); anything else is not.
    const element = asn1js.fromBER(value.anyValue).result
    return element instanceof asn1js.NumericString ? element.valueBlock.value : undefined
  }
  // UniversalString: @peculiar/asn1-x509 reads it, Go's crypto/x509 does not (nor do we: "not text").
  return undefined
}

/** @peculiar/x509's Name keeps @peculiar/asn1-x509's parse of it in `asn`. */
type LibraryName = ReadonlyArray<ReadonlyArray<{ readonly type: string; readonly value: LibraryValue }>>
type LibraryValue = {
  readonly utf8String?: string
  readonly printableString?: string
  readonly teletexString?: string
  readonly bmpString?: string
  readonly ia5String?: string
  readonly universalString?: string
  readonly anyValue?: ArrayBuffer
}

function libraryName(name: x509.Name): NameAttribute[][] {
  return (name as unknown as { asn: LibraryName }).asn.map(rdn =>
    rdn.map(attribute => ({ type: attribute.type, value: libraryText(attribute.value) }))
  )
}

/** The raw subject and issuer (DER), as asn1js finds them in the tbsCertificate. */
function rawNames(der: Buffer): { issuer: Buffer; subject: Buffer } {
  const tbs = ((asn1js.fromBER(der).result as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence).valueBlock.value
  const offset = tbs[0]!.idBlock.tagClass === 3 ? 1 : 0
  return { issuer: Buffer.from(tbs[offset + 2]!.valueBeforeDecode), subject: Buffer.from(tbs[offset + 4]!.valueBeforeDecode) }
}

function libraryExtensions(certificate: x509.X509Certificate) {
  const basic = certificate.getExtension(x509.BasicConstraintsExtension)
  const usage = certificate.getExtension(x509.KeyUsagesExtension)
  const extended = certificate.getExtension(x509.ExtendedKeyUsageExtension)
  const access = certificate.getExtension(x509.AuthorityInfoAccessExtension)
  return {
    basicConstraints: basic ? { critical: basic.critical, value: { ca: basic.ca, pathLength: basic.pathLength } } : undefined,
    keyUsage: usage ? { critical: usage.critical, value: KEY_USAGES.filter((_, bit) => (usage.usages & (1 << bit)) !== 0) } : undefined,
    extendedKeyUsage: extended ? { critical: extended.critical, value: extended.usages.map(String) } : undefined,
    namesRevocationService: certificate.getExtension(x509.CRLDistributionPointsExtension) !== null || (access?.ocsp.length ?? 0) > 0
  }
}

function ourExtensions(certificate: Certificate) {
  return {
    basicConstraints: certificate.basicConstraints,
    keyUsage: certificate.keyUsage && {
      critical: certificate.keyUsage.critical,
      value: KEY_USAGES.filter(name => certificate.keyUsage!.value.has(name))
    },
    extendedKeyUsage: certificate.extendedKeyUsage,
    namesRevocationService: certificate.namesRevocationService
  }
}

describe('certificates: certificate.ts and der.ts read what @peculiar/x509 reads', () => {
  test('the corpus holds the certificates of every source', () => {
    expect(made.certificates.length).toBeGreaterThanOrEqual(19)
    // notation-go's trust stores and envelopes (GlobalSign's timestamps included), notation-core-go's test data.
    expect(notaryProject.certificates.length).toBeGreaterThanOrEqual(25)
    expect(notaryProject.certificates.map(c => c.name).join('\n')).toMatch(/WithTimestamp\.sig timestamp certificate/)
  })

  test.each(['made', 'Notary Project'] as const)('every %s certificate', origin => {
    const samples = origin === 'made' ? made.certificates : notaryProject.certificates
    const compared: string[] = []
    for (const { name, der } of samples) {
      const library = new x509.X509Certificate(der)
      const ours = Certificate.parse(der, name)
      const raw = rawNames(der)
      expect(ours.subject, `${name}: subject`).toEqual(libraryName(library.subjectName))
      expect(readName(parseDer(ours.rawIssuer, 'the issuer'), 'the issuer'), `${name}: issuer`).toEqual(libraryName(library.issuerName))
      expect(ours.rawSubject.equals(raw.subject) && ours.rawIssuer.equals(raw.issuer), `${name}: raw names`).toBe(true)
      expect(ourExtensions(ours), `${name}: extensions`).toEqual(libraryExtensions(library))
      expect([ours.notBefore, ours.notAfter], `${name}: validity`).toEqual([library.notBefore, library.notAfter])
      // der.ts's time(), which reads the timestamps' times, on every certificate's validity (UTCTime and GeneralizedTime).
      const [tbs] = children(parseDer(der, name), name)
      const fields = children(tbs, 'tbs')
      const validity = children(fields[fields[0]!.tagClass === 2 ? 4 : 3], 'validity')
      expect([time(validity[0], 'notBefore'), time(validity[1], 'notAfter')], `${name}: der.ts times`).toEqual([library.notBefore, library.notAfter])
      compared.push(name)
    }
    expect(compared).toHaveLength(samples.length)
  })

  test('the subject kinds the made certificates cover: every string type, a multi-valued RDN, key usage bits 0 to 8', () => {
    const parsed = made.certificates.map(({ der, name }) => Certificate.parse(der, name))
    const values = parsed.flatMap(c => c.subject.flat().map(a => a.value))
    expect(values).toEqual(expect.arrayContaining(['Sé', 'Contoso é中', 'builder@contoso.test', '42', 'Washington', undefined]))
    expect(parsed.some(c => c.subject.some(rdn => rdn.length === 2))).toBe(true)
    expect(parsed.some(c => c.keyUsage?.value.has('decipherOnly') && c.keyUsage.value.size === 1)).toBe(true)
  })
})

/** What pkijs (over asn1js) reads of a token, in the shape timestamp.ts reads it. */
function libraryToken(der: Buffer) {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(der).content })
  const info = pkijs.TSTInfo.fromBER(signedData.encapContentInfo.eContent!.getValue())
  const accuracy = info.accuracy
  return {
    tstInfo: {
      policy: info.policy,
      imprintAlgorithm: info.messageImprint.hashAlgorithm.algorithmId,
      hashedMessage: Buffer.from(info.messageImprint.hashedMessage.getValue()),
      genTime: info.genTime,
      accuracyMs: accuracy ? (accuracy.seconds ?? 0) * 1000 + (accuracy.millis ?? 0) + (accuracy.micros ?? 0) / 1000 : 0
    },
    certificates: signedData.certificates?.length ?? 0,
    signers: signedData.signerInfos.map(signer => {
      const sid = signer.sid as pkijs.IssuerAndSerialNumber
      const attribute = signer.signedAttrs?.attributes.find(a => a.type === '1.2.840.113549.1.9.16.2.47')
      return {
        issuer: Buffer.from(sid.issuer.valueBeforeDecode),
        serial: sid.serialNumber.toBigInt(),
        digestAlgorithm: signer.digestAlgorithm.algorithmId,
        // What the signature signs (RFC 5652 5.4): pkijs keeps it with the tag made a SET, as it verifies it.
        signedAttributes: Buffer.from(signer.signedAttrs!.encodedValue),
        signingCertificate: attribute ? essCertId(attribute.values[0] as asn1js.Sequence) : undefined
      }
    })
  }
}

/** RFC 5035's SigningCertificateV2 (no pkijs class): its first ESSCertIDv2, its parts read by pkijs and asn1js. */
function essCertId(value: asn1js.Sequence) {
  const [first] = (value.valueBlock.value[0] as asn1js.Sequence).valueBlock.value as asn1js.Sequence[]
  const parts = first!.valueBlock.value
  const hasAlgorithm = parts[0] instanceof asn1js.Sequence
  const hashAlgorithm = hasAlgorithm ? new pkijs.AlgorithmIdentifier({ schema: parts[0] }).algorithmId : '2.16.840.1.101.3.4.2.1'
  const certHash = Buffer.from((parts[hasAlgorithm ? 1 : 0] as asn1js.OctetString).valueBlock.valueHexView)
  const issuerSerial = parts[hasAlgorithm ? 2 : 1]
  if (!issuerSerial) return { hashAlgorithm, certHash }
  const read = new pkijs.IssuerSerial({ schema: issuerSerial })
  const directory = read.issuer.names.find(name => name.type === 4)!.value as pkijs.RelativeDistinguishedNames
  return { hashAlgorithm, certHash, issuerSerial: { issuer: Buffer.from(directory.valueBeforeDecode), serial: read.serialNumber.toBigInt() } }
}

function ourToken(der: Buffer) {
  const token = readTimestampToken(der)
  return {
    tstInfo: token.tstInfo,
    certificates: token.certificates.length,
    signers: token.signerInfos.map(node => {
      const signer = readSigner(node)
      return {
        issuer: signer.issuer,
        serial: signer.serial,
        digestAlgorithm: signer.digestAlgorithm,
        signedAttributes: signer.signedAttributes,
        signingCertificate: signer.signingCertificate
      }
    })
  }
}

/** The tokens of notation-go's test data that are broken on purpose, and why ours refuses each. */
const BROKEN_TOKENS: Readonly<Record<string, string>> = {
  'TimeStampTokenWithInvalideContentType.p7s': 'the timestamp token does not hold a TSTInfo',
  'TimeStampTokenWithInvalidTSTInfo.p7s': 'the timestamp token cannot be read'
}

describe('timestamp tokens: timestamp.ts reads what pkijs reads', () => {
  test('the corpus holds the tokens of every source', () => {
    expect(made.tokens.length).toBeGreaterThanOrEqual(8)
    expect(notaryProject.tokens.map(t => t.name).join('\n')).toMatch(/jwsWithTimestamp\.sig timestamp/)
    expect(notaryProject.tokens.map(t => t.name).join('\n')).toMatch(/TimeStampToken\.p7s/)
  })

  test.each(['made', 'Notary Project'] as const)('every %s token: TSTInfo, certificates, signers and signing-certificate-v2', origin => {
    const samples: readonly Sample[] = origin === 'made' ? made.tokens : notaryProject.tokens
    let compared = 0
    for (const { name, der } of samples) {
      const broken = Object.entries(BROKEN_TOKENS).find(([file]) => name.endsWith(file))
      if (broken) {
        expect(() => readTimestampToken(der), name).toThrow(TimestampError)
        expect(() => readTimestampToken(der), name).toThrow(broken[1])
        continue
      }
      expect(ourToken(der), name).toEqual(libraryToken(der))
      compared++
    }
    expect(compared).toBeGreaterThanOrEqual(samples.length - Object.keys(BROKEN_TOKENS).length)
  })

  test("the signing-certificate-v2 hash is the hash of a certificate the token carries (GlobalSign's tokens too)", () => {
    for (const { name, der } of tokens().filter(t => !Object.keys(BROKEN_TOKENS).some(file => t.name.endsWith(file)))) {
      const token = readTimestampToken(der)
      for (const node of token.signerInfos) {
        const id = readSigner(node).signingCertificate
        if (!id) continue
        const hash = { '2.16.840.1.101.3.4.2.1': 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' }[id.hashAlgorithm]!
        const hashes = token.certificates.map(c => createHash(hash).update(c.der).digest('hex'))
        if (token.certificates.length > 0) expect(hashes, name).toContain(id.certHash.toString('hex'))
      }
    }
  })

  test('the made tokens cover each accuracy part, the baseline policy and each ESSCertIDv2 form', () => {
    const read = made.tokens.map(({ der }) => ourToken(der))
    expect(read.map(t => t.tstInfo.accuracyMs)).toEqual(expect.arrayContaining([0, 3000, 1500.25, 999]))
    expect(read.map(t => t.tstInfo.policy)).toContain('0.4.0.2023.1.1')
    const ids = read.flatMap(t => t.signers.map(s => s.signingCertificate))
    expect(ids.some(id => id?.hashAlgorithm === '2.16.840.1.101.3.4.2.2' && id.issuerSerial)).toBe(true)
  })
})
