// Reading DER and BER with asn1js: the small set of accessors the certificate,
// name and timestamp code walk ASN.1 trees with. Every accessor checks the tag
// it expects and throws DerError otherwise, so that a structure that is not
// what the specification says is refused, never read at the wrong place.
import * as asn1js from 'asn1js'

/** ASN.1 that is not the structure it should be: the caller says whose. */
export class DerError extends Error {
  override readonly name = 'DerError'
}

export type Node = asn1js.AsnType

/** One element parsed from `bytes`, which must hold exactly that element. */
export function parseDer(bytes: Uint8Array, what: string): Node {
  const parsed = asn1js.fromBER(bytes)
  if (parsed.offset === -1 || parsed.result.error) throw new DerError(`${what} is not valid ASN.1`)
  if (parsed.offset !== bytes.byteLength) throw new DerError(`${what} has bytes after its ASN.1 element`)
  return parsed.result
}

const UNIVERSAL = 1
const CONTEXT = 3

/** The elements of a SEQUENCE or SET (universal tag 16 or 17). */
export function children(node: Node, what: string, tag: 16 | 17 = 16): Node[] {
  if (node.idBlock.tagClass !== UNIVERSAL || node.idBlock.tagNumber !== tag || !node.idBlock.isConstructed) {
    throw new DerError(`${what} is not a ${tag === 16 ? 'SEQUENCE' : 'SET'}`)
  }
  return (node as asn1js.Sequence).valueBlock.value
}

/** The elements of a constructed context-specific [n] element. */
export function contextChildren(node: Node, n: number, what: string): Node[] {
  if (!isContext(node, n) || !node.idBlock.isConstructed) throw new DerError(`${what} is not a constructed [${n}]`)
  return (node as asn1js.Constructed).valueBlock.value
}

export function isContext(node: Node | undefined, n: number): boolean {
  return node !== undefined && node.idBlock.tagClass === CONTEXT && node.idBlock.tagNumber === n
}

export function oid(node: Node | undefined, what: string): string {
  if (!(node instanceof asn1js.ObjectIdentifier)) throw new DerError(`${what} is not an OBJECT IDENTIFIER`)
  return node.valueBlock.toString()
}

export function integer(node: Node | undefined, what: string): bigint {
  if (!(node instanceof asn1js.Integer)) throw new DerError(`${what} is not an INTEGER`)
  return node.toBigInt()
}

export function boolean(node: Node | undefined, what: string): boolean {
  if (!(node instanceof asn1js.Boolean)) throw new DerError(`${what} is not a BOOLEAN`)
  return node.valueBlock.value
}

/** The content of an OCTET STRING (primitive, or BER's constructed form joined). */
export function octets(node: Node | undefined, what: string): Uint8Array {
  if (!(node instanceof asn1js.OctetString)) throw new DerError(`${what} is not an OCTET STRING`)
  if (!node.idBlock.isConstructed) return node.valueBlock.valueHexView
  const parts = node.valueBlock.value.map(part => octets(part, what))
  return Buffer.concat(parts)
}

/** The bits of a BIT STRING, first bit first. */
export function bits(node: Node | undefined, what: string): boolean[] {
  if (!(node instanceof asn1js.BitString)) throw new DerError(`${what} is not a BIT STRING`)
  const bytes = node.valueBlock.valueHexView
  const count = bytes.length * 8 - node.valueBlock.unusedBits
  return Array.from({ length: Math.max(count, 0) }, (_, i) => (bytes[i >> 3]! & (0x80 >> (i & 7))) !== 0)
}

export function time(node: Node | undefined, what: string): Date {
  if (node instanceof asn1js.GeneralizedTime || node instanceof asn1js.UTCTime) return node.toDate()
  throw new DerError(`${what} is not a time`)
}

/** The bytes the element was read from, tag and length included. */
export function encoded(node: Node): Buffer {
  return Buffer.from(node.valueBeforeDecodeView)
}

/**
 * The text of a directory string, as Go's encoding/asn1 reads it into a Go
 * string (UTF8String, PrintableString, IA5String, NumericString,
 * TeletexString as Latin-1, BMPString); undefined for any other type.
 */
export function directoryString(node: Node): string | undefined {
  if (node.idBlock.tagClass !== UNIVERSAL || node.idBlock.isConstructed) return undefined
  const raw = Buffer.from((node.valueBlock as unknown as { valueHexView?: Uint8Array }).valueHexView ?? new Uint8Array())
  switch (node.idBlock.tagNumber) {
    case 12: // UTF8String
      return raw.toString('utf8')
    case 18: // NumericString
    case 19: // PrintableString
    case 22: // IA5String
      return raw.toString('latin1')
    case 20: // TeletexString
      return raw.toString('latin1')
    case 30: // BMPString: UTF-16, big-endian
      return raw.length % 2 === 0 ? Buffer.from(raw).swap16().toString('utf16le') : undefined
    default:
      return undefined
  }
}
