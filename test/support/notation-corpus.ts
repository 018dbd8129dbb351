// Every certificate and timestamp token the Notation tests have, for the
// differential tests of the DER reader against the libraries it replaces:
// those test/support/notation.ts makes (each kind of certificate it offers,
// with the options the tests use, and tokens with each accuracy and
// signing-certificate-v2 form), and the Notary Project's own, from the
// notation-go and notation-core-go sources Debian ships
// (test/support/notary-project-sources.ts): every certificate file of their
// test data (trust stores, TSA roots, revocation and x509 test data), the
// chains and timestamp tokens of every signature envelope there, JWS and COSE
// (notation's GlobalSign-timestamped ones included), and their .p7s tokens.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative } from 'node:path'
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import * as asn1js from 'asn1js'
import { decode } from 'cborg'
import {
  codeSigning,
  intermediateAuthority,
  rootAuthority,
  selfSigned,
  selfSignedSigner,
  timestampAuthority,
  timestamping,
  timestampToken,
  type Issued
} from './notation.js'
import { NOTATION_CORE_GO, NOTATION_GO, sourceTree } from './notary-project-sources.js'

export interface Sample {
  /** Where it came from, for the test's name. */
  readonly name: string
  readonly der: Buffer
}

export interface Corpus {
  readonly certificates: readonly Sample[]
  /** Timestamp tokens (RFC 3161 TimeStampToken, CMS ContentInfo). */
  readonly tokens: readonly Sample[]
}

const TIMESTAMP_SIGNATURE = 'io.cncf.notary.timestampSignature'

/** Certificates and tokens made here: every kind test/support/notation.ts offers, and the options tests use. */
export async function madeCorpus(): Promise<Corpus> {
  const { digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, keyCertSign, cRLSign, encipherOnly, decipherOnly } =
    x509.KeyUsageFlags
  const root = await rootAuthority('C=US, ST=WA, O=Contoso, CN=Root')
  const rsaRoot = await rootAuthority('C=US, O=Contoso, CN=RSA Root', { key: 'rsa2048', pathLength: 2 })
  const intermediate = await intermediateAuthority(root, 'C=US, ST=WA, O=Contoso, OU=Build, CN=Intermediate', { pathLength: 0, key: 'ec384' })
  const tsa = await timestampAuthority()
  const made: Array<[string, Issued]> = [
    ['a root CA', root],
    ['an RSA root CA with a path length of 2', rsaRoot],
    ['an intermediate CA with a path length of 0', intermediate],
    ['a code-signing certificate', await codeSigning(intermediate, 'C=US, ST=WA, L=Seattle, O=Contoso, CN=builder')],
    ['an RSA code-signing certificate', await codeSigning(rsaRoot, 'C=US, ST=WA, O=Contoso, CN=rsa', { key: 'rsa2048' })],
    ['a self-signed signing certificate', await selfSignedSigner('C=US, ST=WA, O=Contoso, CN=generate-test')],
    ['a TSA root', tsa.root],
    ['a TSA certificate', tsa.tsa],
    ['a TSA certificate issued by an intermediate', await timestamping(intermediate, 'C=US, O=Contoso, CN=TSA 2')],
    [
      'every key usage bit, non-critical',
      await selfSigned({
        subject: 'CN=all usages',
        keyUsage:
          digitalSignature | nonRepudiation | keyEncipherment | dataEncipherment | keyAgreement | keyCertSign | cRLSign | encipherOnly | decipherOnly,
        keyUsageCritical: false
      })
    ],
    ['decipherOnly alone', await selfSigned({ subject: 'CN=decipher only', keyUsage: decipherOnly })],
    ['no key usage, basic constraints not critical', await selfSigned({ subject: 'CN=bare', keyUsage: null, ca: false, caCritical: false })],
    [
      'several extended key usages, critical',
      await codeSigning(root, 'CN=several', {
        eku: [x509.ExtendedKeyUsage.codeSigning, x509.ExtendedKeyUsage.serverAuth, '2.5.29.37.0', '1.3.6.1.4.1.311.10.3.13'],
        ekuCritical: true
      })
    ],
    [
      'a CRL distribution point and an OCSP responder',
      await codeSigning(root, 'CN=revocable', {
        extensions: [
          new x509.CRLDistributionPointsExtension(['http://crl.contoso.test/root.crl']),
          new x509.AuthorityInfoAccessExtension({ ocsp: ['http://ocsp.contoso.test'], caIssuers: ['http://contoso.test/root.cer'] })
        ]
      })
    ],
    [
      'CA issuers but no OCSP responder',
      await codeSigning(root, 'CN=ca issuers', {
        extensions: [new x509.AuthorityInfoAccessExtension({ caIssuers: ['http://contoso.test/root.cer'] })]
      })
    ],
    ['a multi-valued RDN', await selfSigned({ subject: 'C=US, ST=WA, O=Contoso+OU=Build, CN=multi' })],
    [
      'escaped characters and Unicode in the subject',
      await selfSigned({ subject: 'C=US, ST=WA, O=Contoso\\, Inc., CN=Caf\u00e9 \u201cbuilder\u201d \\+ 😀' })
    ],
    [
      'every directory string type',
      await selfSigned({
        subject: 'CN=ignored',
        name: [
          { C: [{ printableString: 'US' }] },
          { ST: [{ utf8String: 'Washington' }] },
          // TeletexString and NumericString as their DER (@peculiar/x509 writes no such type itself).
          { L: ['#140253e9'] },
          { O: [{ bmpString: 'Contoso \u00e9\u4e2d' }] },
          { '1.2.840.113549.1.9.1': [{ ia5String: 'builder@contoso.test' }] },
          { CN: [{ utf8String: 'builder' }] },
          { '2.5.4.5': ['#12023432'] },
          { OU: [{ universalString: 'Build' }] }
        ]
      })
    ],
    [
      'validity in UTCTime and in GeneralizedTime (after 2049)',
      await selfSigned({ subject: 'CN=long-lived', notBefore: new Date('1999-12-31T23:59:59Z'), notAfter: new Date('2051-01-01T00:00:00Z') })
    ]
  ]
  const tokens: Array<[string, Buffer]> = [
    ['a token with no accuracy', tsa.stamp()(Buffer.from('signature'))],
    ['a token with an accuracy in seconds', tsa.stamp({ accuracySeconds: 3 })(Buffer.from('signature'))],
    ['a token with seconds, millis and micros', tsa.stamp({ accuracy: { seconds: 1, millis: 500, micros: 250 } })(Buffer.from('signature'))],
    ['a token with millis alone', tsa.stamp({ accuracy: { millis: 999 } })(Buffer.from('signature'))],
    ['a token under the ETSI baseline policy', tsa.stamp({ policy: '0.4.0.2023.1.1' })(Buffer.from('signature'))],
    ['a token whose ESSCertIDv2 names SHA-384 and its issuer', tsa.stamp({ essCertId: { hash: 'sha384', issuerSerial: true } })(Buffer.from('x'))],
    ['a token whose ESSCertIDv2 spells out SHA-256', tsa.stamp({ essCertId: { hash: 'sha256', explicitAlgorithm: true } })(Buffer.from('x'))],
    [
      'a token with its chain',
      timestampToken(Buffer.from('signature'), { tsa: tsa.tsa, certificates: [tsa.tsa, tsa.root], genTime: new Date('2030-06-18T06:29:37Z') })
    ]
  ]
  return {
    certificates: made.map(([name, issued]) => ({ name: `made: ${name}`, der: issued.der })),
    tokens: tokens.map(([name, der]) => ({ name: `made: ${name}`, der }))
  }
}

/** The Notary Project's certificates and tokens, from the sources Debian ships (downloaded on first use). */
export async function notaryProjectCorpus(): Promise<Corpus> {
  const certificates: Sample[] = []
  const tokens: Sample[] = []
  const seen = new Set<string>()
  const add = (into: Sample[], name: string, der: Buffer) => {
    const key = createHash('sha256').update(der).digest('hex')
    if (seen.has(key)) return
    seen.add(key)
    into.push({ name, der })
  }
  for (const source of [NOTATION_GO, NOTATION_CORE_GO]) {
    const tree = await sourceTree(source)
    for (const path of filesUnder(tree)) {
      const name = `${source.package.replace('golang-github-notaryproject-', '')}: ${relative(tree, path)}`
      const bytes = readFileSync(path)
      const extension = extname(path)
      if (['.pem', '.crt', '.cer', '.der'].includes(extension)) {
        certificatesIn(bytes).forEach((der, i) => add(certificates, `${name} #${i + 1}`, der))
      } else if (extension === '.p7s') {
        add(tokens, name, bytes)
      } else if (extension === '.sig' || (extension === '.json' && path.includes('testdata'))) {
        const envelope = envelopeParts(bytes)
        envelope?.chain.forEach((der, i) => add(certificates, `${name} chain #${i + 1}`, der))
        if (envelope?.timestamp) add(tokens, `${name} timestamp`, envelope.timestamp)
      }
    }
  }
  for (const token of [...tokens]) {
    let carried: Buffer[] = []
    try {
      carried = certificatesOfToken(token.der)
    } catch {
      // A token of the test data that is broken on purpose: its certificates, if any, are not read.
    }
    carried.forEach((der, i) => add(certificates, `${token.name} certificate #${i + 1}`, der))
  }
  return { certificates, tokens }
}

/** The certificates a token carries: the [0] of its SignedData, split by asn1js. */
export function certificatesOfToken(token: Buffer): Buffer[] {
  const contentInfo = asn1js.fromBER(token).result as asn1js.Sequence
  const signedData = (contentInfo.valueBlock.value[1] as asn1js.Constructed).valueBlock.value[0] as asn1js.Sequence
  const set = signedData.valueBlock.value.find(node => node.idBlock.tagClass === 3 && node.idBlock.tagNumber === 0) as asn1js.Constructed | undefined
  return (set?.valueBlock.value ?? []).map(node => Buffer.from(node.valueBeforeDecodeView))
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile())
    .map(entry => join(entry.parentPath, entry.name))
    .sort()
}

/** PEM CERTIFICATE blocks, else DER certificates one after another (split by asn1js). */
function certificatesIn(bytes: Buffer): Buffer[] {
  const text = bytes.toString('latin1')
  if (text.includes('-----BEGIN')) {
    return [...text.matchAll(/-----BEGIN CERTIFICATE-----([^-]*)-----END CERTIFICATE-----/g)].map(block =>
      Buffer.from(block[1]!.replace(/\s+/g, ''), 'base64')
    )
  }
  const found: Buffer[] = []
  for (let at = 0; at < bytes.length;) {
    const { offset } = asn1js.fromBER(bytes.subarray(at))
    if (offset <= 0) break
    found.push(Buffer.from(bytes.subarray(at, at + offset)))
    at += offset
  }
  return found
}

/** A JWS (flattened JSON) or COSE_Sign1 envelope's chain and timestamp token, or undefined for another file. */
function envelopeParts(bytes: Buffer): { chain: Buffer[]; timestamp?: Buffer } | undefined {
  if (bytes[0] === 0xd2) {
    const [, unprotected] = decode(bytes.subarray(1), { useMaps: true }) as [unknown, Map<unknown, unknown>]
    const chain = unprotected.get(33)
    const timestamp = unprotected.get(TIMESTAMP_SIGNATURE)
    return {
      chain: (Array.isArray(chain) ? chain : chain instanceof Uint8Array ? [chain] : []).map(der => Buffer.from(der as Uint8Array)),
      timestamp: timestamp instanceof Uint8Array ? Buffer.from(timestamp) : undefined
    }
  }
  let envelope: { header?: Record<string, unknown> }
  try {
    envelope = JSON.parse(bytes.toString('utf8')) as typeof envelope
  } catch {
    return undefined
  }
  const x5c = envelope?.header?.x5c
  if (!Array.isArray(x5c)) return undefined
  const timestamp = envelope.header![TIMESTAMP_SIGNATURE]
  return {
    chain: x5c.map(item => Buffer.from(String(item), 'base64')),
    timestamp: typeof timestamp === 'string' && timestamp !== '' ? Buffer.from(timestamp, 'base64') : undefined
  }
}
