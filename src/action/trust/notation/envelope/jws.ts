// The JWS envelope (signature-envelope-jws.md): the flattened JSON
// serialization, its protected header holding the signed attributes, `x5c`
// (the chain, leaf first) and the timestamp countersignature in the
// unprotected header. jose verifies the signature, restricted to the one
// algorithm the signing key must use (no algorithm substitution).
import { flattenedVerify, type FlattenedJWSInput } from 'jose'
import { isJsonObject, ownField } from '../../../../event/json.js'
import { expectedAlgorithm, HEADER, IntegrityError, parseChain, parseRfc3339, type DecodedEnvelope } from './envelope.js'

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/
const BASE64URL = /^[A-Za-z0-9_-]*$/

export async function decodeJws(bytes: Buffer): Promise<DecodedEnvelope> {
  let envelope: unknown
  try {
    envelope = JSON.parse(bytes.toString('utf8'))
  } catch {
    throw new IntegrityError('its JWS envelope is not JSON')
  }
  if (!isJsonObject(envelope)) throw new IntegrityError('its JWS envelope is not a JSON object')
  const [payload, protectedText, signature] = ['payload', 'protected', 'signature'].map(key => ownField(envelope, key))
  const header = ownField(envelope, 'header')
  if (typeof payload !== 'string' || typeof protectedText !== 'string' || typeof signature !== 'string' || !isJsonObject(header)) {
    throw new IntegrityError('its JWS envelope is not in the flattened JSON serialization (payload, protected, header, signature)')
  }
  if (![payload, protectedText, signature].every(part => BASE64URL.test(part)))
    throw new IntegrityError('its JWS envelope has a part that is not base64url')
  let protectedHeader: unknown
  try {
    protectedHeader = JSON.parse(Buffer.from(protectedText, 'base64url').toString('utf8'))
  } catch {
    throw new IntegrityError('its JWS protected header is not JSON')
  }
  if (!isJsonObject(protectedHeader)) throw new IntegrityError('its JWS protected header is not a JSON object')
  const chain = ownField(header, 'x5c')
  if (!Array.isArray(chain) || !chain.every(item => typeof item === 'string' && BASE64.test(item))) {
    throw new IntegrityError('its JWS header has no x5c certificate chain (base64 DER certificates)')
  }
  const certificates = parseChain(chain.map(item => Buffer.from(item as string, 'base64')))
  const alg = ownField(protectedHeader, 'alg')
  const algorithm = expectedAlgorithm(certificates[0]!, String(alg))
  const critical = ownField(protectedHeader, 'crit')
  if (critical !== undefined && (!Array.isArray(critical) || !critical.every(name => typeof name === 'string'))) {
    throw new IntegrityError('its JWS "crit" header is not a list of names')
  }
  const criticalNames: string[] = critical ?? []
  try {
    // jose checks that what crit lists is present and protected; which names this action understands is checked after.
    const recognized = Object.fromEntries(criticalNames.map(name => [name, true]))
    await flattenedVerify(envelope as unknown as FlattenedJWSInput, certificates[0]!.publicKey, { algorithms: [algorithm], crit: recognized })
  } catch (error) {
    throw new IntegrityError(`its JWS signature does not verify with its signing certificate's key (${(error as Error).message})`)
  }
  const timestamp = ownField(header, HEADER.timestampSignature)
  if (timestamp !== undefined && (typeof timestamp !== 'string' || !BASE64.test(timestamp))) {
    throw new IntegrityError(`its JWS ${HEADER.timestampSignature} is not base64`)
  }
  return {
    format: 'JWS',
    algorithm,
    contentType: ownField(protectedHeader, 'cty'),
    signingScheme: ownField(protectedHeader, HEADER.signingScheme),
    signingTime: parseRfc3339(ownField(protectedHeader, HEADER.signingTime), HEADER.signingTime),
    authenticSigningTime: parseRfc3339(ownField(protectedHeader, HEADER.authenticSigningTime), HEADER.authenticSigningTime),
    expiry: parseRfc3339(ownField(protectedHeader, HEADER.expiry), HEADER.expiry),
    critical: criticalNames,
    present: new Set(Object.keys(protectedHeader)),
    certificates,
    signature: Buffer.from(signature, 'base64url'),
    timestampToken: typeof timestamp === 'string' && timestamp !== '' ? Buffer.from(timestamp, 'base64') : undefined,
    payload: Buffer.from(payload, 'base64url')
  }
}
