// One X.509 certificate as the Notary Project's rules need to see it: Node's
// X509Certificate (OpenSSL) parses it and checks signatures; der.ts reads what
// Node does not expose: the subject's attributes one by one, the raw names,
// and the extensions the specification honours (basic constraints, key usage,
// extended key usage) with their criticality, and whether it names a
// revocation service.
import { X509Certificate as NodeCertificate, type KeyObject } from 'node:crypto'
import { describeName, type NameAttribute } from './distinguished-name.js'
import { bits, boolean, children, contextChildren, DerError, directoryString, integer, isContext, octets, oid, parseDer, type Node } from './der.js'

/** A certificate that cannot be read: the reason, for the refusal. */
export class CertificateError extends Error {
  override readonly name = 'CertificateError'
}

export const KEY_USAGES = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly'
] as const
export type KeyUsageName = (typeof KEY_USAGES)[number]

export interface Extension<T> {
  readonly critical: boolean
  readonly value: T
}

export interface BasicConstraints {
  readonly ca: boolean
  readonly pathLength?: number
}

export const EKU = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  codeSigning: '1.3.6.1.5.5.7.3.3',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  timeStamping: '1.3.6.1.5.5.7.3.8',
  ocspSigning: '1.3.6.1.5.5.7.3.9',
  any: '2.5.29.37.0'
} as const

const EXTENSION = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extendedKeyUsage: '2.5.29.37',
  crlDistributionPoints: '2.5.29.31',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1'
} as const
const OCSP_ACCESS_METHOD = '1.3.6.1.5.5.7.48.1'

/** A Name's relative distinguished names, each a SET of type and value, in the order it holds them. */
export function readName(node: Node | undefined, what: string): NameAttribute[][] {
  return children(node, what).map(rdn =>
    children(rdn, 'a relative distinguished name', 17).map(attribute => {
      const [type, value] = children(attribute, 'a name attribute')
      return { type: oid(type, 'a name attribute type'), value: value === undefined ? undefined : directoryString(value) }
    })
  )
}

export class Certificate {
  readonly x509: NodeCertificate
  readonly der: Buffer
  /** The subject's relative distinguished names, in the order the certificate holds them. */
  readonly subject: readonly (readonly NameAttribute[])[]
  readonly rawSubject: Buffer
  readonly rawIssuer: Buffer
  readonly basicConstraints?: Extension<BasicConstraints>
  readonly keyUsage?: Extension<ReadonlySet<KeyUsageName>>
  readonly extendedKeyUsage?: Extension<readonly string[]>
  /** Whether it names an OCSP responder or a CRL distribution point, whose answer only the network has. */
  readonly namesRevocationService: boolean

  private constructor(der: Buffer, x509: NodeCertificate, tbs: readonly Node[]) {
    this.der = der
    this.x509 = x509
    // tbsCertificate: [0] version, serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo, … [3] extensions
    const offset = isContext(tbs[0], 0) ? 1 : 0
    const issuer = tbs[offset + 2]
    const subject = tbs[offset + 4]
    if (!issuer || !subject) throw new DerError('the certificate has no issuer or subject')
    this.rawIssuer = Buffer.from(issuer.encoded)
    this.rawSubject = Buffer.from(subject.encoded)
    this.subject = readName(subject, 'the subject')
    const extensions = tbs.find(node => isContext(node, 3))
    const seen = new Set<string>()
    let revocation = false
    for (const extension of extensions ? children(contextChildren(extensions, 3, 'the extensions')[0], 'the extensions') : []) {
      const parts = children(extension, 'an extension')
      const id = oid(parts[0], 'an extension id')
      if (seen.has(id)) throw new DerError(`the extension ${id} appears twice`)
      seen.add(id)
      const critical = parts.length === 3 ? boolean(parts[1], `the criticality of ${id}`) : false
      const value = () => parseDer(octets(parts[parts.length - 1], `the value of ${id}`), `the value of ${id}`)
      switch (id) {
        case EXTENSION.basicConstraints: {
          const fields = children(value(), 'basic constraints')
          // cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER OPTIONAL: either may be left out.
          const flag = fields.find(field => field.tag === 1)
          const ca = flag === undefined ? false : boolean(flag, 'cA')
          const length = fields.find(field => field.tag === 2)
          this.basicConstraints = {
            critical,
            value: { ca, pathLength: length === undefined ? undefined : Number(integer(length, 'pathLenConstraint')) }
          }
          break
        }
        case EXTENSION.keyUsage: {
          const set = bits(value(), 'key usage')
          this.keyUsage = { critical, value: new Set(KEY_USAGES.filter((_, i) => set[i] === true)) }
          break
        }
        case EXTENSION.extendedKeyUsage:
          this.extendedKeyUsage = { critical, value: children(value(), 'extended key usage').map(purpose => oid(purpose, 'a key purpose')) }
          break
        case EXTENSION.crlDistributionPoints:
          revocation = true
          break
        case EXTENSION.authorityInfoAccess:
          revocation ||= children(value(), 'authority information access').some(
            access => oid(children(access, 'an access description')[0], 'an access method') === OCSP_ACCESS_METHOD
          )
          break
      }
    }
    this.namesRevocationService = revocation
  }

  /** Parses one DER certificate; `what` names it in the error. */
  static parse(der: Uint8Array, what: string): Certificate {
    const bytes = Buffer.from(der)
    let x509: NodeCertificate
    try {
      x509 = new NodeCertificate(bytes)
    } catch {
      throw new CertificateError(`${what} is not an X.509 certificate`)
    }
    try {
      const [tbs] = children(parseDer(bytes, what), what)
      return new Certificate(bytes, x509, children(tbs, 'tbsCertificate'))
    } catch (error) {
      throw new CertificateError(`${what} cannot be read: ${(error as Error).message}`)
    }
  }

  get notBefore(): Date {
    return this.x509.validFromDate
  }

  get notAfter(): Date {
    return this.x509.validToDate
  }

  get publicKey(): KeyObject {
    return this.x509.publicKey
  }

  get signatureAlgorithm(): string {
    return this.x509.signatureAlgorithmOid
  }

  /** The subject as one line, in the certificate's order: `C=US, O=Contoso, CN=builder`. */
  describe(): string {
    return describeName(this.subject)
  }

  /** Whether `issuer`'s key signed this certificate and its name is this certificate's issuer. */
  isIssuedBy(issuer: Certificate): boolean {
    return this.rawIssuer.equals(issuer.rawSubject) && this.x509.verify(issuer.publicKey)
  }

  equals(other: Certificate): boolean {
    return this.der.equals(other.der)
  }
}
