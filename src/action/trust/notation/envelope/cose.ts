// The COSE envelope (signature-envelope-cose.md): a COSE_Sign1_Tagged message
// (CBOR tag 18), its protected header holding the signed attributes (times as
// tag 1 epoch values), the chain under label 33 (x5chain) and the timestamp
// countersignature in the unprotected header. cborg decodes it strictly
// (duplicate map keys refused, only tags 18 and 1 read); the signature is
// checked over RFC 9052's Sig_structure, built from the protected header's
// bytes as they were sent, with Node's crypto.
import { constants, verify } from 'node:crypto'
import { decode, encode } from 'cborg'
import type { SignatureAlgorithm } from '../x509/chain.js'
import { expectedAlgorithm, HEADER, IntegrityError, parseChain, type DecodedEnvelope } from './envelope.js'

const LABEL = { algorithm: 1, critical: 2, contentType: 3, x5chain: 33 } as const
const ALGORITHMS: Readonly<Record<number, SignatureAlgorithm>> = {
  [-37]: 'PS256',
  [-38]: 'PS384',
  [-39]: 'PS512',
  [-7]: 'ES256',
  [-35]: 'ES384',
  [-36]: 'ES512'
}
const HASHES: Readonly<Record<SignatureAlgorithm, string>> = {
  PS256: 'sha256',
  PS384: 'sha384',
  PS512: 'sha512',
  ES256: 'sha256',
  ES384: 'sha384',
  ES512: 'sha512'
}

/** A tag 1 (epoch-based date/time) value, kept apart from a bare number. */
class EpochTime {
  constructor(readonly seconds: unknown) {}
}

type Header = Map<unknown, unknown>

function cbor(bytes: Uint8Array, what: string, tags: Record<number, (decode: () => unknown) => unknown>): unknown {
  try {
    return decode(bytes, { useMaps: true, rejectDuplicateMapKeys: true, allowUndefined: false, tags })
  } catch (error) {
    throw new IntegrityError(`its ${what} is not valid CBOR (${(error as Error).message})`)
  }
}

export function decodeCose(bytes: Buffer): DecodedEnvelope {
  const message = cbor(bytes, 'COSE envelope', { 18: decode => ({ sign1: decode() }) })
  const parts = (message as { sign1?: unknown } | undefined)?.sign1
  if (!Array.isArray(parts) || parts.length !== 4)
    throw new IntegrityError('its COSE envelope is not a COSE_Sign1_Tagged message (tag 18, four elements)')
  const [protectedBytes, unprotectedValue, payload, signature] = parts as unknown[]
  if (!(protectedBytes instanceof Uint8Array) || !(unprotectedValue instanceof Map) || !(signature instanceof Uint8Array)) {
    throw new IntegrityError('its COSE_Sign1 message does not have a protected header, an unprotected header and a signature')
  }
  if (!(payload instanceof Uint8Array))
    throw new IntegrityError('its COSE_Sign1 message has no payload (a detached payload is not a Notation signature)')
  const unprotected = unprotectedValue as Header
  const header: Header =
    protectedBytes.length === 0 ? new Map() : (cbor(protectedBytes, 'COSE protected header', { 1: decode => new EpochTime(decode()) }) as Header)
  if (!(header instanceof Map)) throw new IntegrityError('its COSE protected header is not a map')
  const both = [...header.keys()].find(label => unprotected.has(label))
  if (both !== undefined) throw new IntegrityError(`its COSE header ${JSON.stringify(both)} is both protected and unprotected`)
  const chain = header.get(LABEL.x5chain) ?? unprotected.get(LABEL.x5chain)
  if (!Array.isArray(chain) || !chain.every(item => item instanceof Uint8Array)) {
    throw new IntegrityError('its COSE header has no x5chain (label 33) certificate chain, as an array of DER certificates')
  }
  const certificates = parseChain(chain)
  const declared = header.get(LABEL.algorithm)
  const algorithm = expectedAlgorithm(
    certificates[0]!,
    typeof declared === 'number' ? (ALGORITHMS[declared] ?? `COSE algorithm ${declared}`) : String(declared)
  )
  const toBeSigned = encode(['Signature1', protectedBytes, new Uint8Array(0), payload])
  const key = certificates[0]!.publicKey
  const options = algorithm.startsWith('PS')
    ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST }
    : { key, dsaEncoding: 'ieee-p1363' as const }
  let valid = false
  try {
    valid = verify(HASHES[algorithm], toBeSigned, options, signature)
  } catch {
    valid = false
  }
  if (!valid) throw new IntegrityError("its COSE signature does not verify with its signing certificate's key")
  const critical = header.get(LABEL.critical)
  if (critical !== undefined && (!Array.isArray(critical) || critical.length === 0))
    throw new IntegrityError('its COSE crit header is not a non-empty list')
  const timestamp = unprotected.get(HEADER.timestampSignature)
  if (timestamp !== undefined && !(timestamp instanceof Uint8Array))
    throw new IntegrityError(`its COSE ${HEADER.timestampSignature} is not a byte string`)
  return {
    format: 'COSE',
    algorithm,
    contentType: header.get(LABEL.contentType),
    signingScheme: header.get(HEADER.signingScheme),
    signingTime: epochTime(header, HEADER.signingTime),
    authenticSigningTime: epochTime(header, HEADER.authenticSigningTime),
    expiry: epochTime(header, HEADER.expiry),
    critical: (critical ?? []) as unknown[],
    present: new Set(header.keys()),
    certificates,
    signature: Buffer.from(signature),
    timestampToken: timestamp instanceof Uint8Array && timestamp.length > 0 ? Buffer.from(timestamp) : undefined,
    payload: Buffer.from(payload)
  }
}

/** A time header, which Notation writes as tag 1 (seconds since the epoch); undefined when absent. */
function epochTime(header: Header, name: string): Date | undefined {
  const value = header.get(name)
  if (value === undefined) return undefined
  if (!(value instanceof EpochTime) || typeof value.seconds !== 'number' || !Number.isFinite(value.seconds)) {
    throw new IntegrityError(`its COSE ${name} is not a tag 1 epoch date/time`)
  }
  return new Date(value.seconds * 1000)
}
