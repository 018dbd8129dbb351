// A strict DER reader: tag, length and value, nested, and the few universal
// types the certificate, name and timestamp code reads (OID, INTEGER,
// BOOLEAN, OCTET and BIT STRING, times, directory strings). Every accessor
// checks the tag it expects and throws DerError otherwise, so that a structure
// that is not what the specification says is refused, never read at the wrong
// place. Parsing, not cryptography: Node's crypto checks every signature. It
// replaces asn1js, whose 165 KB cost a Notation step 20 million instructions
// to load for these few reads (docs/performance.md).

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
  let length = bytes[offset + 1]
  if (length === undefined) throw new DerError(`${what} ends inside an ASN.1 header`)
  let start = offset + 2
  if (length === 0x80) throw new DerError(`${what} uses an indefinite length (BER, not DER)`)
  if (length > 0x80) {
    const count = length & 0x7f
    if (count > 4 || start + count > bytes.length) throw new DerError(`${what} has an invalid length`)
    length = 0
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!
    start += count
  }
  const end = start + length
  if (end > bytes.length) throw new DerError(`${what} is shorter than its ASN.1 lengths say`)
  const constructed = (identifier & 0x20) !== 0
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

function expect(node: Node | undefined, tag: number, name: string, what: string, constructed = false): Node {
  if (!node || node.tagClass !== UNIVERSAL || node.tag !== tag || node.constructed !== constructed) throw new DerError(`${what} is not ${name}`)
  return node
}

/** The elements of a SEQUENCE or SET. */
export function children(node: Node | undefined, what: string, tag: 16 | 17 = 16): readonly Node[] {
  return expect(node, tag, tag === 16 ? 'a SEQUENCE' : 'a SET', what, true).children
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
  for (const byte of bytes) {
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
  const bytes = expect(node, 2, 'an INTEGER', what).content
  if (bytes.length === 0) throw new DerError(`${what} is an empty INTEGER`)
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
  const count = (bytes.length - 1) * 8 - unused
  return Array.from({ length: count }, (_, i) => (bytes[1 + (i >> 3)]! & (0x80 >> (i & 7))) !== 0)
}

/** UTCTime (YYMMDDHHMMSSZ, 50–99 being 19xx) or GeneralizedTime (YYYYMMDDHHMMSS[.f]Z). */
export function time(node: Node | undefined, what: string): Date {
  const text = node && node.tagClass === UNIVERSAL && !node.constructed ? node.content.toString('latin1') : ''
  const utc = node?.tag === 23 ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text) : undefined
  const generalized = node?.tag === 24 ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\.\d+)?Z$/.exec(text) : undefined
  const parts = utc ?? generalized
  if (!parts) throw new DerError(`${what} is not a time`)
  const year = utc ? Number(parts[1]) + (Number(parts[1]) >= 50 ? 1900 : 2000) : Number(parts[1])
  const millis = Math.floor(Number(`0${parts[7] ?? ''}`) * 1000)
  const date = new Date(Date.UTC(year, Number(parts[2]) - 1, Number(parts[3]), Number(parts[4]), Number(parts[5]), Number(parts[6]), millis))
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(parts[3])) throw new DerError(`${what} is not a valid time`)
  return date
}

/**
 * The text of a directory string, as Go's encoding/asn1 reads it into a Go
 * string (UTF8String, PrintableString, IA5String, NumericString,
 * TeletexString as Latin-1, BMPString); undefined for any other type.
 */
export function directoryString(node: Node): string | undefined {
  if (node.tagClass !== UNIVERSAL || node.constructed) return undefined
  const raw = node.content
  switch (node.tag) {
    case 12: // UTF8String
      return raw.toString('utf8')
    case 18: // NumericString
    case 19: // PrintableString
    case 20: // TeletexString
    case 22: // IA5String
      return raw.toString('latin1')
    case 30: // BMPString: UTF-16, big-endian
      return raw.length % 2 === 0 ? Buffer.from(raw).swap16().toString('utf16le') : undefined
    default:
      return undefined
  }
}
