// A strict DER reader: tag, length and value, nested, and the few universal
// types the certificate, name and timestamp code reads (OID, INTEGER,
// BOOLEAN, OCTET and BIT STRING, times, directory strings). The parser refuses
// what BER allows and DER does not (long or indefinite lengths, constructed
// strings); every accessor checks the tag it expects and the value's DER form,
// and throws DerError otherwise, so that a structure
// that is not what the specification says is refused, never read at the wrong
// place. Parsing, not cryptography: Node's crypto checks every signature. It
// replaces asn1js, whose 165 KB cost a Notation step 20 million instructions
// to load for these few reads (docs/performance.md).

import { isUtf8 } from 'node:buffer'

/** ASN.1 that is not the structure it should be: the caller says whose. */
export class DerError extends Error {
  override readonly name = 'DerError'
}

export const UNIVERSAL = 0
export const CONTEXT = 2

export interface Node {
  /** 0 universal, 1 application, 2 context-specific, 3 private. */
  readonly tagClass: number
  readonly constructed: boolean
  readonly tag: number
  /** The whole element: tag, length and content. */
  readonly encoded: Buffer
  readonly content: Buffer
  /** The elements inside a constructed one; empty for a primitive one. */
  readonly children: readonly Node[]
}

/** The universal types whose encoding is constructed: EXTERNAL, EMBEDDED PDV, SEQUENCE, SET, CHARACTER STRING. */
const STRUCTURED: ReadonlySet<number> = new Set([8, 11, 16, 17, 29])

/** Deeper than any certificate or timestamp token nests; bounds the recursion. */
const MAX_DEPTH = 32

/** One element parsed from `bytes`, which must hold exactly that element. */
export function parseDer(bytes: Uint8Array, what: string): Node {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const { node, end } = parseAt(buffer, 0, 0, what)
  if (end !== buffer.length) throw new DerError(`${what} has bytes after its ASN.1 element`)
  return node
}

/** The element at `offset`, and where the next one starts. */
export function parseAt(bytes: Buffer, offset: number, depth: number, what: string): { node: Node; end: number } {
  if (depth > MAX_DEPTH) throw new DerError(`${what} nests deeper than ${MAX_DEPTH} levels`)
  const identifier = bytes[offset]
  if (identifier === undefined) throw new DerError(`${what} ends before an ASN.1 element`)
  if ((identifier & 0x1f) === 0x1f) throw new DerError(`${what} uses a high tag number`)
  // Universal tag 0 is BER's end-of-contents marker, which DER, having no indefinite lengths, never writes (X.690 8.1.5).
  if (identifier === 0) throw new DerError(`${what} holds an end-of-contents marker (BER, not DER)`)
  let length = bytes[offset + 1]
  if (length === undefined) throw new DerError(`${what} ends inside an ASN.1 header`)
  let start = offset + 2
  if (length === 0x80) throw new DerError(`${what} uses an indefinite length (BER, not DER)`)
  if (length > 0x80) {
    const count = length & 0x7f
    if (count > 4 || start + count > bytes.length) throw new DerError(`${what} has an invalid length`)
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!
    // DER: the fewest length bytes, and the short form below 128 (BER allows either; X.690 10.1).
    if (bytes[start] === 0 || length < 0x80) throw new DerError(`${what} has a length that is not in DER's shortest form`)
    start += count
  }
  const end = start + length
  if (end > bytes.length) throw new DerError(`${what} is shorter than its ASN.1 lengths say`)
  const constructed = (identifier & 0x20) !== 0
  // DER's forms: universal types are constructed exactly when they are structured (X.690 8.9, 8.11, 10.2: no constructed strings).
  if (identifier >> 6 === UNIVERSAL && constructed !== STRUCTURED.has(identifier & 0x1f))
    throw new DerError(
      `${what} uses the ${constructed ? 'constructed' : 'primitive'} form for universal type ${identifier & 0x1f}, which DER does not`
    )
  const children: Node[] = []
  for (let at = start; constructed && at < end;) {
    const child = parseAt(bytes.subarray(0, end), at, depth + 1, what)
    children.push(child.node)
    at = child.end
  }
  return {
    node: {
      tagClass: identifier >> 6,
      constructed,
      tag: identifier & 0x1f,
      encoded: bytes.subarray(offset, end),
      content: bytes.subarray(start, end),
      children
    },
    end
  }
}

/** A universal element of type `tag`; its form (constructed or not) the parser has checked. */
function expect(node: Node | undefined, tag: number, name: string, what: string): Node {
  if (!node || node.tagClass !== UNIVERSAL || node.tag !== tag) throw new DerError(`${what} is not ${name}`)
  return node
}

/** The elements of a SEQUENCE or SET. */
export function children(node: Node | undefined, what: string, tag: 16 | 17 = 16): readonly Node[] {
  return expect(node, tag, tag === 16 ? 'a SEQUENCE' : 'a SET', what).children
}

/** The elements of a constructed context-specific [n] element. */
export function contextChildren(node: Node | undefined, n: number, what: string): readonly Node[] {
  if (!isContext(node, n) || !node!.constructed) throw new DerError(`${what} is not a constructed [${n}]`)
  return node!.children
}

export function isContext(node: Node | undefined, n: number): boolean {
  return node !== undefined && node.tagClass === CONTEXT && node.tag === n
}

export function oid(node: Node | undefined, what: string): string {
  const bytes = expect(node, 6, 'an OBJECT IDENTIFIER', what).content
  if (bytes.length === 0 || (bytes[bytes.length - 1]! & 0x80) !== 0) throw new DerError(`${what} is not a valid OBJECT IDENTIFIER`)
  const arcs: bigint[] = []
  let value = 0n
  for (const [i, byte] of bytes.entries()) {
    // Each arc in the fewest base-128 digits: none starts with 0x80 (X.690 8.19.2).
    if (byte === 0x80 && (i === 0 || (bytes[i - 1]! & 0x80) === 0)) throw new DerError(`${what} is not a valid OBJECT IDENTIFIER`)
    value = (value << 7n) | BigInt(byte & 0x7f)
    if ((byte & 0x80) === 0) {
      arcs.push(value)
      value = 0n
    }
  }
  const first = arcs[0]!
  const head = first < 80n ? [first / 40n, first % 40n] : [2n, first - 80n]
  return [...head, ...arcs.slice(1)].join('.')
}

export function integer(node: Node | undefined, what: string): bigint {
  return integerOf(expect(node, 2, 'an INTEGER', what).content, what)
}

/** An INTEGER under an IMPLICIT context tag ([n] INTEGER), such as a TSTInfo's accuracy in milliseconds. */
export function implicitInteger(node: Node | undefined, what: string): bigint {
  if (!node || node.tagClass !== CONTEXT || node.constructed) throw new DerError(`${what} is not an INTEGER`)
  return integerOf(node.content, what)
}

function integerOf(bytes: Buffer, what: string): bigint {
  if (bytes.length === 0) throw new DerError(`${what} is an empty INTEGER`)
  // DER: the fewest bytes; a first byte of all zeros or all ones that the next byte's sign bit repeats is one too many (X.690 8.3.2).
  if (bytes.length > 1 && ((bytes[0] === 0 && bytes[1]! < 0x80) || (bytes[0] === 0xff && bytes[1]! >= 0x80)))
    throw new DerError(`${what} is not a DER INTEGER (not in its fewest bytes)`)
  const unsigned = BigInt(`0x${bytes.toString('hex')}`)
  return (bytes[0]! & 0x80) === 0 ? unsigned : unsigned - (1n << BigInt(bytes.length * 8))
}

export function boolean(node: Node | undefined, what: string): boolean {
  const bytes = expect(node, 1, 'a BOOLEAN', what).content
  if (bytes.length !== 1 || (bytes[0] !== 0 && bytes[0] !== 0xff)) throw new DerError(`${what} is not a DER BOOLEAN`)
  return bytes[0] === 0xff
}

export function octets(node: Node | undefined, what: string): Buffer {
  return expect(node, 4, 'an OCTET STRING', what).content
}

/** The bits of a BIT STRING, first bit first. */
export function bits(node: Node | undefined, what: string): boolean[] {
  const bytes = expect(node, 3, 'a BIT STRING', what).content
  const unused = bytes[0]
  if (unused === undefined || unused > 7 || (bytes.length === 1 && unused !== 0)) throw new DerError(`${what} is not a valid BIT STRING`)
  // DER: the unused bits of the last byte are zero (X.690 11.2.1).
  if ((bytes[bytes.length - 1]! & ((1 << unused) - 1)) !== 0) throw new DerError(`${what} is not a DER BIT STRING (unused bits set)`)
  const count = (bytes.length - 1) * 8 - unused
  return Array.from({ length: count }, (_, i) => (bytes[1 + (i >> 3)]! & (0x80 >> (i & 7))) !== 0)
}

/** UTCTime (YYMMDDHHMMSSZ, 50–99 being 19xx) or GeneralizedTime (YYYYMMDDHHMMSS[.f]Z), as DER writes them (X.690 11.7, 11.8). */
export function time(node: Node | undefined, what: string): Date {
  const text = node?.tagClass === UNIVERSAL ? node.content.toString('latin1') : ''
  const utc = node?.tag === 23 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text) : undefined
  // DER: a fraction has no trailing zero, and no point without one.
  const generalized = node?.tag === 24 ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d*[1-9])?Z$/.exec(text) : undefined
  const parts = utc ?? generalized
  if (!parts) throw new DerError(`${what} is not a time`)
  const [month, day, hour, minute, second] = parts.slice(2, 7).map(Number) as [number, number, number, number, number]
  const year = utc ? Number(parts[1]) + (Number(parts[1]) >= 50 ? 1900 : 2000) : Number(parts[1])
  const millis = Math.floor(Number(`0${parts[7] ?? ''}`) * 1000)
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, millis))
  date.setUTCFullYear(year, month - 1, day)
  // Date.UTC rolls a 13th month, a 31st of June or a 60th second over into the next; a valid time does not move.
  if (month < 1 || month > 12 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59)
    throw new DerError(`${what} is not a valid time`)
  return date
}

/** PrintableString's characters, and the `*` and `&` Go's crypto/x509 accepts in them too. */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?*&]*$/

/**
 * The text of a directory string, as Go's crypto/x509 reads a name's value
 * (UTF8String, PrintableString, IA5String, NumericString, TeletexString as
 * Latin-1, BMPString); undefined for any other type. A string whose bytes its
 * type does not allow is a DerError, as Go refuses the certificate.
 */
export function directoryString(node: Node): string | undefined {
  if (node.tagClass !== UNIVERSAL) return undefined
  const raw = node.content
  const text = raw.toString('latin1')
  const valid = (ok: boolean, type: string) => {
    if (!ok) throw new DerError(`a name holds an invalid ${type}`)
    return text
  }
  switch (node.tag) {
    case 12: // UTF8String
      if (!isUtf8(raw)) throw new DerError('a name holds an invalid UTF8String')
      return raw.toString('utf8')
    case 18:
      return valid(/^[0-9 ]*$/.test(text), 'NumericString')
    case 19:
      return valid(PRINTABLE.test(text), 'PrintableString')
    case 20: // TeletexString
      return text
    case 22:
      return valid(
        raw.every(byte => byte < 0x80),
        'IA5String'
      )
    case 30: // BMPString: UTF-16, big-endian
      if (raw.length % 2 !== 0) throw new DerError('a name holds an invalid BMPString')
      return Buffer.from(raw).swap16().toString('utf16le')
    default:
      return undefined
  }
}
