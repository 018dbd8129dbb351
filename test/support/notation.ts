// Notation material made in the test, offline: certificate authorities,
// code-signing and timestamping certificates (@peculiar/x509), JWS envelopes
// signed with jose, COSE_Sign1 envelopes encoded with cborg and signed with
// node:crypto, RFC 3161 timestamp tokens built with asn1js, and the trust
// store folder and trust policy document a deployer commits. Each can be made
// wrong on purpose, for the refusals.
import { constants, createHash, KeyObject, sign, webcrypto } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import 'reflect-metadata'
import * as x509 from '@peculiar/x509'
import * as asn1js from 'asn1js'
import { encode, Tagged } from 'cborg'
import { FlattenedSign } from 'jose'

export const NOTATION_SIGNATURE = 'application/vnd.cncf.notary.signature'
export const JWS = 'application/jose+json'
export const COSE = 'application/cose'
export const PAYLOAD_TYPE = 'application/vnd.cncf.notary.payload.v1+json'

export type KeyKind = 'ec256' | 'ec384' | 'ec521' | 'rsa1024' | 'rsa2048' | 'rsa3072'

export interface Issued {
  readonly der: Buffer
  readonly pem: string
  readonly subject: string
  /** The subject as the certificate holds it, for the certificates it issues. */
  readonly name: x509.Name
  /** For node:crypto and jose. */
  readonly privateKey: KeyObject
  readonly keys: webcrypto.CryptoKeyPair
  readonly algorithm: KeyAlgorithm
}

export interface CertificateOptions {
  readonly subject: string
  /** The subject as typed attributes (each value's string type chosen), instead of `subject`'s text. */
  readonly name?: x509.JsonNameParams
  readonly key?: KeyKind
  readonly notBefore?: Date
  readonly notAfter?: Date
  /** Basic constraints: absent when undefined. */
  readonly ca?: boolean
  readonly caCritical?: boolean
  readonly pathLength?: number
  /** Key usage flags (x509.KeyUsageFlags); null: no key usage extension. */
  readonly keyUsage?: number | null
  readonly keyUsageCritical?: boolean
  /** Extended key usages; null or undefined: none. */
  readonly eku?: readonly string[] | null
  readonly ekuCritical?: boolean
  readonly extensions?: readonly x509.Extension[]
  readonly signatureHash?: 'SHA-256' | 'SHA-1'
}

interface KeyAlgorithm {
  readonly name: string
  readonly namedCurve?: string
  readonly modulusLength?: number
  readonly publicExponent?: Uint8Array
  readonly hash: string
}

const HOUR = 3_600_000
/** Authorities (CAs, TSAs) are valid long before and after the signatures the tests make, backdated ones included. */
const YEAR_AGO = () => new Date(Date.now() - 365 * 24 * HOUR)
const IN_A_YEAR = () => new Date(Date.now() + 365 * 24 * HOUR)

function keyAlgorithm(kind: KeyKind, hash: 'SHA-256' | 'SHA-1' = 'SHA-256'): KeyAlgorithm {
  switch (kind) {
    case 'ec256':
      return { name: 'ECDSA', namedCurve: 'P-256', hash }
    case 'ec384':
      return { name: 'ECDSA', namedCurve: 'P-384', hash }
    case 'ec521':
      return { name: 'ECDSA', namedCurve: 'P-521', hash }
    case 'rsa1024':
      return { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash }
    case 'rsa2048':
      return { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash }
    case 'rsa3072':
      return { name: 'RSASSA-PKCS1-v1_5', modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]), hash }
  }
}

/** A fresh key pair; RSA ones are slow to make, so each test file makes few. */
async function newKeys(kind: KeyKind): Promise<webcrypto.CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(keyAlgorithm(kind), true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair
}

function extensionsOf(options: CertificateOptions): x509.Extension[] {
  const extensions: x509.Extension[] = []
  if (options.ca !== undefined) extensions.push(new x509.BasicConstraintsExtension(options.ca, options.pathLength, options.caCritical ?? true))
  if (options.keyUsage !== null && options.keyUsage !== undefined)
    extensions.push(new x509.KeyUsagesExtension(options.keyUsage, options.keyUsageCritical ?? true))
  if (options.eku) extensions.push(new x509.ExtendedKeyUsageExtension([...options.eku], options.ekuCritical ?? false))
  return [...extensions, ...(options.extensions ?? [])]
}

let serial = 1

async function create(options: CertificateOptions, issuer?: Issued): Promise<Issued> {
  const kind = options.key ?? 'ec256'
  const keys = await newKeys(kind)
  const signingAlgorithm = issuer ? { ...issuer.algorithm, hash: options.signatureHash ?? 'SHA-256' } : keyAlgorithm(kind, options.signatureHash)
  const common = {
    serialNumber: (serial++).toString(16).padStart(2, '0'),
    notBefore: options.notBefore ?? new Date(Date.now() - HOUR),
    notAfter: options.notAfter ?? new Date(Date.now() + 24 * HOUR),
    signingAlgorithm,
    extensions: extensionsOf(options)
  }
  const subject = options.name ? new x509.Name(options.name) : options.subject
  const certificate = issuer
    ? await x509.X509CertificateGenerator.create(
        { ...common, subject, issuer: issuer.name, publicKey: keys.publicKey, signingKey: issuer.keys.privateKey },
        webcrypto
      )
    : await x509.X509CertificateGenerator.createSelfSigned({ ...common, name: subject, keys }, webcrypto)
  const der = Buffer.from(certificate.rawData)
  return {
    der,
    pem: certificate.toString('pem'),
    subject: options.subject,
    name: certificate.subjectName,
    privateKey: KeyObject.from(keys.privateKey),
    keys,
    algorithm: keyAlgorithm(kind)
  }
}

export function selfSigned(options: CertificateOptions): Promise<Issued> {
  return create(options)
}

export function issue(issuer: Issued, options: CertificateOptions): Promise<Issued> {
  return create(options, issuer)
}

/** A root CA as a public or enterprise CA makes one. */
export function rootAuthority(subject: string, options: Partial<CertificateOptions> = {}): Promise<Issued> {
  return selfSigned({
    subject,
    notBefore: YEAR_AGO(),
    notAfter: IN_A_YEAR(),
    ca: true,
    keyUsage: x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
    ...options
  })
}

export function intermediateAuthority(issuer: Issued, subject: string, options: Partial<CertificateOptions> = {}): Promise<Issued> {
  return issue(issuer, {
    subject,
    notBefore: YEAR_AGO(),
    notAfter: IN_A_YEAR(),
    ca: true,
    keyUsage: x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
    ...options
  })
}

/** A code-signing certificate as Azure Key Vault issues one for Notation: digitalSignature, codeSigning. */
export function codeSigning(issuer: Issued, subject: string, options: Partial<CertificateOptions> = {}): Promise<Issued> {
  return issue(issuer, { subject, keyUsage: x509.KeyUsageFlags.digitalSignature, eku: [x509.ExtendedKeyUsage.codeSigning], ...options })
}

/** What `notation cert generate-test` makes: one self-signed signing certificate. */
export function selfSignedSigner(subject: string, options: Partial<CertificateOptions> = {}): Promise<Issued> {
  return selfSigned({ subject, ca: false, keyUsage: x509.KeyUsageFlags.digitalSignature, eku: [x509.ExtendedKeyUsage.codeSigning], ...options })
}

/** A TSA certificate as RFC 3161 asks: timeStamping its only extended key usage, critical. */
export function timestamping(issuer: Issued, subject: string, options: Partial<CertificateOptions> = {}): Promise<Issued> {
  return issue(issuer, {
    subject,
    notBefore: YEAR_AGO(),
    notAfter: IN_A_YEAR(),
    keyUsage: x509.KeyUsageFlags.digitalSignature,
    eku: [x509.ExtendedKeyUsage.timeStamping],
    ekuCritical: true,
    ...options
  })
}

/** The Notation payload about a manifest. */
export function notationPayload(target: { mediaType: string; digest: string; size: number }): Buffer {
  return Buffer.from(JSON.stringify({ targetArtifact: { mediaType: target.mediaType, digest: target.digest, size: target.size } }))
}

export interface EnvelopeOptions {
  /** Leaf first. */
  readonly chain: readonly Issued[]
  readonly scheme?: 'notary.x509' | 'notary.x509.signingAuthority'
  readonly signingTime?: Date
  readonly expiry?: Date
  /** More protected headers (a plugin's, an unknown critical one). */
  readonly extra?: Readonly<Record<string, unknown>>
  /** Replaces the crit list. */
  readonly crit?: readonly string[]
  /** Declares another algorithm than the key's. */
  readonly alg?: string
  readonly contentType?: string
  /** A timestamp countersignature of the primitive signature. */
  readonly timestamp?: (signature: Buffer) => Buffer
}

const JWS_ALGORITHMS: Record<string, string> = { 'P-256': 'ES256', 'P-384': 'ES384', 2048: 'PS256', 3072: 'PS384' }
const COSE_ALGORITHMS: Record<string, number> = { ES256: -7, ES384: -35, PS256: -37, PS384: -38, PS512: -39, ES512: -36 }

function algorithmOf(leaf: Issued): string {
  const algorithm = leaf.algorithm as { namedCurve?: string; modulusLength?: number }
  return JWS_ALGORITHMS[algorithm.namedCurve ?? String(algorithm.modulusLength)]!
}

function signedAttributes(options: EnvelopeOptions, time: (date: Date) => unknown) {
  const scheme = options.scheme ?? 'notary.x509'
  const timeName = scheme === 'notary.x509' ? 'io.cncf.notary.signingTime' : 'io.cncf.notary.authenticSigningTime'
  const crit = options.crit ?? [
    'io.cncf.notary.signingScheme',
    ...(scheme === 'notary.x509' ? [] : ['io.cncf.notary.authenticSigningTime']),
    ...(options.expiry ? ['io.cncf.notary.expiry'] : [])
  ]
  const signingTime = new Date(Math.floor((options.signingTime ?? new Date()).getTime() / 1000) * 1000)
  return {
    crit,
    entries: [
      ['io.cncf.notary.signingScheme', scheme],
      [timeName, time(signingTime)],
      ...(options.expiry ? [['io.cncf.notary.expiry', time(options.expiry)]] : []),
      ...Object.entries(options.extra ?? {})
    ] as Array<[string, unknown]>
  }
}

/** A JWS envelope (flattened JSON serialization), signed with jose. */
export async function signJws(payload: Buffer, options: EnvelopeOptions): Promise<Buffer> {
  const leaf = options.chain[0]!
  const { crit, entries } = signedAttributes(options, date => date.toISOString().replace('.000Z', 'Z'))
  const header = {
    alg: options.alg ?? algorithmOf(leaf),
    cty: options.contentType ?? PAYLOAD_TYPE,
    crit,
    ...Object.fromEntries(entries)
  }
  const jws = await new FlattenedSign(payload)
    .setProtectedHeader(header as never)
    .setUnprotectedHeader({ x5c: options.chain.map(c => c.der.toString('base64')), 'io.cncf.notary.signingAgent': 'acr-webhook-action tests' })
    .sign(leaf.privateKey, { crit: Object.fromEntries(crit.map(name => [name, true])) })
  if (options.timestamp) {
    const token = options.timestamp(Buffer.from(jws.signature, 'base64url'))
    ;(jws.header as Record<string, unknown>)['io.cncf.notary.timestampSignature'] = token.toString('base64')
  }
  return Buffer.from(JSON.stringify(jws))
}

/** A COSE_Sign1_Tagged envelope: cborg encodes, node:crypto signs RFC 9052's Sig_structure. */
export function signCose(payload: Buffer, options: EnvelopeOptions): Buffer {
  const leaf = options.chain[0]!
  const algorithm = options.alg ?? algorithmOf(leaf)
  const { crit, entries } = signedAttributes(options, date => new Tagged(1, date.getTime() / 1000))
  const protectedHeader = new Map<unknown, unknown>([
    [1, COSE_ALGORITHMS[algorithm] ?? 0],
    [2, crit],
    [3, options.contentType ?? PAYLOAD_TYPE],
    ...entries
  ])
  const protectedBytes = encodeCbor(protectedHeader)
  const signature = coseSignature(leaf, algorithm, protectedBytes, payload)
  const unprotected = new Map<unknown, unknown>([
    [33, options.chain.map(c => new Uint8Array(c.der))],
    ['io.cncf.notary.signingAgent', 'acr-webhook-action tests'],
    ...(options.timestamp ? [['io.cncf.notary.timestampSignature', new Uint8Array(options.timestamp(signature))] as [string, Uint8Array]] : [])
  ])
  return Buffer.concat([Buffer.from([0xd2]), encodeCbor([protectedBytes, unprotected, new Uint8Array(payload), new Uint8Array(signature)])])
}

export function coseSignature(leaf: Issued, algorithm: string, protectedBytes: Uint8Array, payload: Uint8Array): Buffer {
  const toBeSigned = encode(['Signature1', protectedBytes, new Uint8Array(0), payload])
  const hash = `sha${algorithm.slice(2)}`
  return algorithm.startsWith('PS')
    ? sign(hash, toBeSigned, { key: leaf.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST })
    : sign(hash, toBeSigned, { key: leaf.privateKey, dsaEncoding: 'ieee-p1363' })
}

function encodeCbor(value: unknown): Uint8Array {
  return encode(value)
}

export interface TimestampOptions {
  readonly tsa: Issued
  /** The certificates the token carries; the TSA's alone by default. */
  readonly certificates?: readonly Issued[]
  readonly genTime?: Date
  readonly accuracySeconds?: number
  /** The accuracy's three parts; accuracySeconds is its seconds alone. */
  readonly accuracy?: { readonly seconds?: number; readonly millis?: number; readonly micros?: number }
  /** The TSA's policy; GlobalSign's by default. */
  readonly policy?: string
  /** false: leave RFC 5035's signing-certificate-v2 attribute out. */
  readonly signingCertificateV2?: boolean
  /** The ESSCertIDv2 it holds: its hash (SHA-256, left out as its DEFAULT, by default), and whether it names the issuer and serial. */
  readonly essCertId?: { readonly hash?: 'sha256' | 'sha384' | 'sha512'; readonly explicitAlgorithm?: boolean; readonly issuerSerial?: boolean }
  /** Stamp these bytes instead of the signature. */
  readonly imprintOf?: Buffer
  /** The message imprint's hash (SHA-256 by default); an OID for one the specification does not allow. */
  readonly imprintHash?: 'sha256' | 'sha384' | 'sha512' | { readonly oid: string; readonly hash: string }
  /** Defects, one each, for the refusals a verifier owes. */
  readonly defect?: TimestampDefect
  /** A signing-time attribute. */
  readonly signingTime?: Date
  /** How the signer names its signature algorithm (ECDSA with SHA-256 by default); 'rsassa-pss' needs an RSA TSA. */
  readonly signatureAlgorithm?: 'ecdsa-with-SHA256' | 'ecPublicKey' | 'rsaEncryption' | 'sha256WithRSAEncryption' | 'rsassa-pss'
  /** The TSTInfo's ordering and nonce, which RFC 3161 places after the accuracy. */
  readonly ordering?: boolean
  readonly nonce?: number
}

export type TimestampDefect =
  | { readonly signedDataVersion: number }
  | { readonly tstInfoVersion: number }
  | { readonly signerInfoVersion: number }
  | { readonly eContentType: string }
  | { readonly contentTypeAttribute: string }
  | { readonly noSignedAttributes: true }
  | { readonly noSigner: true }
  | { readonly emptyEssCertIdList: true }
  /** The ESSCertIDv2's issuer as a URI (GeneralName [6]) instead of a directory name. */
  | { readonly essIssuerUri: string }
  /** The ESSCertIDv2's hash algorithm: an OID the specification does not allow (SHA-1's, as in ESSCertID v1). */
  | { readonly essHashOid: string }
  /** The signer's digest algorithm: an OID the verifier does not know. */
  | { readonly digestAlgorithm: string }
  /** The message-digest attribute of these bytes instead of the TSTInfo. */
  | { readonly messageDigestOf: Buffer }
  /** A byte of the CMS signature changed. */
  | { readonly badSignature: true }
  /** RSASSA-PSS parameters naming this salt length, the signature made with another (32). */
  | { readonly pssSaltLength: number }
  /** The ContentInfo's content type: another than SignedData. */
  | { readonly contentType: string }
  /** The ESSCertIDv2's certificate hash of these bytes instead of the TSA certificate. */
  | { readonly essCertHashOf: Buffer }
  /** A signed attribute the token must have, left out. */
  | { readonly omitAttribute: 'contentType' | 'messageDigest' }
  /** A signer whose signature does not verify, before the good one. */
  | { readonly badSignerFirst: true }

const HASH_OIDS = { sha256: '2.16.840.1.101.3.4.2.1', sha384: '2.16.840.1.101.3.4.2.2', sha512: '2.16.840.1.101.3.4.2.3' } as const

const OID = {
  sha256: HASH_OIDS.sha256,
  ecdsaSha256: '1.2.840.10045.4.3.2',
  ecPublicKey: '1.2.840.10045.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
  rsaPss: '1.2.840.113549.1.1.10',
  mgf1: '1.2.840.113549.1.1.8',
  signingTime: '1.2.840.113549.1.9.5',
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47'
}

const sequence = (...value: asn1js.AsnType[]) => new asn1js.Sequence({ value })
const set = (...value: asn1js.AsnType[]) => new asn1js.Set({ value })
const objectId = (value: string) => new asn1js.ObjectIdentifier({ value })
const octetString = (bytes: Uint8Array) => new asn1js.OctetString({ valueHex: bytes })
const context = (tagNumber: number, ...value: asn1js.AsnType[]) => new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber }, value })
const der = (node: asn1js.AsnType) => Buffer.from(node.toBER(false))
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest()

/** An RFC 3161 TimeStampToken over `signature`, signed by `options.tsa` (its key decides the signature: ECDSA, or RSA with `signatureAlgorithm`). */
export function timestampToken(signature: Buffer, options: TimestampOptions): Buffer {
  const defect: Partial<Record<string, unknown>> = options.defect ?? {}
  const genTime = options.genTime ?? new Date()
  const accuracy = options.accuracy ?? (options.accuracySeconds === undefined ? undefined : { seconds: options.accuracySeconds })
  const implicitInteger = (tagNumber: number, value: number) =>
    new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber }, valueHex: new asn1js.Integer({ value }).valueBlock.valueHexView })
  const imprintHash = options.imprintHash ?? 'sha256'
  const imprint = typeof imprintHash === 'string' ? { oid: HASH_OIDS[imprintHash], hash: imprintHash } : imprintHash
  const tstInfo = der(
    sequence(
      new asn1js.Integer({ value: (defect.tstInfoVersion as number | undefined) ?? 1 }),
      objectId(options.policy ?? '1.3.6.1.4.1.4146.2.3'),
      sequence(
        sequence(objectId(imprint.oid)),
        octetString(
          createHash(imprint.hash)
            .update(options.imprintOf ?? signature)
            .digest()
        )
      ),
      new asn1js.Integer({ value: 0x5eed }),
      new asn1js.GeneralizedTime({ valueDate: new Date(Math.floor(genTime.getTime() / 1000) * 1000) }),
      ...(accuracy === undefined
        ? []
        : [
            sequence(
              ...(accuracy.seconds === undefined ? [] : [new asn1js.Integer({ value: accuracy.seconds })]),
              ...(accuracy.millis === undefined ? [] : [implicitInteger(0, accuracy.millis)]),
              ...(accuracy.micros === undefined ? [] : [implicitInteger(1, accuracy.micros)])
            )
          ]),
      ...(options.ordering === undefined ? [] : [new asn1js.Boolean({ value: options.ordering })]),
      ...(options.nonce === undefined ? [] : [new asn1js.Integer({ value: options.nonce })])
    )
  )
  const tsaCertificate = asn1js.fromBER(options.tsa.der).result as asn1js.Sequence
  const tbs = (tsaCertificate.valueBlock.value[0] as asn1js.Sequence).valueBlock.value
  const [serialNumber, issuer] = [tbs[1]!, tbs[3]!]
  const ess = options.essCertId ?? {}
  const essHash = ess.hash ?? 'sha256'
  const essHashOid = defect.essHashOid as string | undefined
  const essIssuerUri = defect.essIssuerUri as string | undefined
  const issuerName = essIssuerUri
    ? new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 6 }, valueHex: new TextEncoder().encode(essIssuerUri) })
    : context(4, issuer)
  const essCertId = sequence(
    ...(essHashOid
      ? [sequence(objectId(essHashOid))]
      : essHash !== 'sha256' || ess.explicitAlgorithm
        ? [sequence(objectId(HASH_OIDS[essHash]))]
        : []),
    octetString(
      createHash(essHash)
        .update((defect.essCertHashOf as Buffer | undefined) ?? options.tsa.der)
        .digest()
    ),
    ...(ess.issuerSerial || essIssuerUri ? [sequence(sequence(issuerName), serialNumber)] : [])
  )
  const essCertIds = defect.emptyEssCertIdList ? sequence() : sequence(essCertId)
  const attributes = [
    ...(defect.omitAttribute === 'contentType'
      ? []
      : [sequence(objectId(OID.contentType), set(objectId((defect.contentTypeAttribute as string | undefined) ?? OID.tstInfo)))]),
    ...(defect.omitAttribute === 'messageDigest'
      ? []
      : [sequence(objectId(OID.messageDigest), set(octetString(sha256((defect.messageDigestOf as Buffer | undefined) ?? tstInfo))))]),
    ...(options.signingTime ? [sequence(objectId(OID.signingTime), set(new asn1js.UTCTime({ valueDate: options.signingTime })))] : []),
    ...(options.signingCertificateV2 === false ? [] : [sequence(objectId(OID.signingCertificateV2), set(sequence(essCertIds)))])
  ].sort((a, b) => Buffer.compare(der(a), der(b)))
  const algorithm = options.signatureAlgorithm ?? 'ecdsa-with-SHA256'
  const signedBytes = defect.noSignedAttributes ? tstInfo : der(set(...attributes))
  const signedWith = () =>
    algorithm === 'rsassa-pss'
      ? sign('sha256', signedBytes, { key: options.tsa.privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 })
      : sign('sha256', signedBytes, { key: options.tsa.privateKey, dsaEncoding: 'der' })
  const broken = (signature: Buffer) => {
    const changed = Buffer.from(signature)
    changed[changed.length - 1]! ^= 0x01
    return changed
  }
  const signed = defect.badSignature ? broken(signedWith()) : signedWith()
  const pssParameters = sequence(
    context(0, sequence(objectId(OID.sha256))),
    context(1, sequence(objectId(OID.mgf1), sequence(objectId(OID.sha256)))),
    context(2, new asn1js.Integer({ value: (defect.pssSaltLength as number | undefined) ?? 32 }))
  )
  const signatureAlgorithm = {
    'ecdsa-with-SHA256': sequence(objectId(OID.ecdsaSha256)),
    ecPublicKey: sequence(objectId(OID.ecPublicKey)),
    rsaEncryption: sequence(objectId(OID.rsaEncryption), new asn1js.Null()),
    sha256WithRSAEncryption: sequence(objectId(OID.sha256WithRsa), new asn1js.Null()),
    'rsassa-pss': sequence(objectId(OID.rsaPss), pssParameters)
  }[algorithm]
  const signerInfo = (signature: Buffer) =>
    sequence(
      new asn1js.Integer({ value: (defect.signerInfoVersion as number | undefined) ?? 1 }),
      sequence(issuer, serialNumber),
      sequence(objectId((defect.digestAlgorithm as string | undefined) ?? OID.sha256)),
      ...(defect.noSignedAttributes ? [] : [context(0, ...attributes)]),
      signatureAlgorithm,
      octetString(signature)
    )
  const signerInfos = defect.noSigner ? [] : [...(defect.badSignerFirst ? [signerInfo(broken(signed))] : []), signerInfo(signed)]
  const certificates = (options.certificates ?? [options.tsa]).map(c => asn1js.fromBER(c.der).result)
  const signedData = sequence(
    new asn1js.Integer({ value: (defect.signedDataVersion as number | undefined) ?? 3 }),
    set(sequence(objectId(OID.sha256))),
    sequence(objectId((defect.eContentType as string | undefined) ?? OID.tstInfo), context(0, octetString(tstInfo))),
    context(0, ...certificates),
    set(...signerInfos)
  )
  return der(sequence(objectId((defect.contentType as string | undefined) ?? OID.signedData), context(0, signedData)))
}

/** A timestamp authority: a root and its TSA certificate (made as `tsaOptions` say), and a stamp function for envelopes. */
export async function timestampAuthority(name = 'Contoso TSA', tsaOptions: Partial<CertificateOptions> = {}) {
  const root = await rootAuthority(`C=US, O=Contoso, CN=${name} Root`)
  const tsa = await timestamping(root, `C=US, O=Contoso, CN=${name}`, tsaOptions)
  return {
    root,
    tsa,
    stamp:
      (options: Partial<TimestampOptions> = {}) =>
      (signature: Buffer) =>
        timestampToken(signature, { tsa, ...options })
  }
}

/** Writes a trust store folder laid out as Notation's: `{ ca: { name: [certificates] }, tsa: {…} }`. */
export function writeTrustStore(
  folder: string,
  stores: Partial<Record<'ca' | 'signingAuthority' | 'tsa', Record<string, readonly Issued[]>>>
): string {
  for (const [type, named] of Object.entries(stores)) {
    for (const [name, certificates] of Object.entries(named ?? {})) {
      const path = join(folder, 'x509', type, name)
      mkdirSync(path, { recursive: true })
      certificates.forEach((certificate, i) => writeFileSync(join(path, `certificate-${i + 1}.pem`), certificate.pem))
    }
  }
  return folder
}

export interface StatementOptions {
  readonly name?: string
  readonly registryScopes?: readonly string[]
  readonly level?: 'strict' | 'permissive' | 'audit' | 'skip'
  readonly override?: Readonly<Record<string, string>>
  readonly verifyTimestamp?: 'always' | 'afterCertExpiry'
  readonly trustStores?: readonly string[]
  readonly trustedIdentities?: readonly string[]
}

/** A trust policy document (version 1.0) of the given statements, as trustpolicy.json holds it. */
export function trustPolicy(...statements: StatementOptions[]): string {
  return JSON.stringify(
    {
      version: '1.0',
      trustPolicies: statements.map((statement, i) => ({
        name: statement.name ?? `policy-${i + 1}`,
        registryScopes: statement.registryScopes ?? ['*'],
        signatureVerification: {
          level: statement.level ?? 'strict',
          ...(statement.override ? { override: statement.override } : {}),
          ...(statement.verifyTimestamp ? { verifyTimestamp: statement.verifyTimestamp } : {})
        },
        ...(statement.level === 'skip'
          ? {}
          : { trustStores: statement.trustStores ?? ['ca:contoso'], trustedIdentities: statement.trustedIdentities ?? ['*'] })
      }))
    },
    null,
    2
  )
}

/**
 * How `notation sign` attaches an envelope to its subject: pushReferrer's
 * options (test/support/referrers.ts), with the annotation Notation writes.
 */
export function notationReferrer(mediaType: string = JWS, chain: readonly Issued[] = []) {
  const thumbprints = chain.map(c => createHash('sha256').update(c.der).digest('hex').toUpperCase())
  return {
    artifactType: NOTATION_SIGNATURE,
    layerMediaType: mediaType,
    annotations: { 'io.cncf.notary.x509chain.thumbprint#S256': JSON.stringify(thumbprints) }
  }
}
