// The DER reader under random damage (fast-check): real DER (every
// certificate and timestamp token of test/support/notation-corpus.ts) cut
// short, with a length byte changed, bytes added or changed, nested deeper
// than any certificate, or a length written in a form BER allows and DER does
// not. Whatever the bytes, der.ts either refuses them with a DerError or
// reads exactly what asn1js (a BER reader, more lenient) reads: the same
// elements, tags and bytes, the same integers, OIDs, booleans, bit strings,
// times and strings. Never another exception, never another reading. And the
// modules above it refuse damaged material with their own errors only.
import { isUtf8 } from 'node:buffer'
import * as asn1js from 'asn1js'
import fc from 'fast-check'
import { beforeAll, describe, expect, test } from 'vitest'
import { Certificate, CertificateError } from '../../../../../src/action/trust/notation/x509/certificate.js'
import {
  bits,
  boolean,
  children,
  DerError,
  directoryString,
  integer,
  oid,
  parseDer,
  time,
  type Node
} from '../../../../../src/action/trust/notation/x509/der.js'
import { readTimestampToken, TimestampError } from '../../../../../src/action/trust/notation/x509/timestamp.js'
import { madeCorpus, notaryProjectCorpus, type Sample } from '../../../../support/notation-corpus.js'

let samples: Sample[]
let certificates: Sample[]
let tokens: Sample[]

beforeAll(async () => {
  const [made, notaryProject] = await Promise.all([madeCorpus(), notaryProjectCorpus()])
  certificates = [...made.certificates, ...notaryProject.certificates]
  tokens = [...made.tokens, ...notaryProject.tokens]
  samples = [...certificates, ...tokens]
}, 180_000)

/** One element as read: its tag, its bytes, its value by its universal type, its elements. */
interface Reading {
  readonly tagClass: number
  readonly constructed: boolean
  readonly tag: number
  readonly encoded: string
  readonly value?: unknown
  readonly children?: readonly Reading[]
}

const STRINGS = new Set([12, 18, 19, 20, 22, 30])

/** What der.ts reads: every element, each universal one read with the accessor of its type. Throws DerError when it refuses. */
function ours(bytes: Buffer): Reading {
  const read = (node: Node): Reading => {
    const base = { tagClass: node.tagClass, constructed: node.constructed, tag: node.tag, encoded: node.encoded.toString('hex') }
    if (node.tagClass !== 0) return node.constructed ? { ...base, children: node.children.map(read) } : base
    switch (node.tag) {
      case 1:
        return { ...base, value: boolean(node, 'x') }
      case 2:
        return { ...base, value: integer(node, 'x') }
      case 3:
        return { ...base, value: bits(node, 'x') }
      case 6:
        return { ...base, value: oid(node, 'x') }
      case 16:
      case 17:
        return { ...base, children: children(node, 'x', node.tag).map(read) }
      case 23:
      case 24:
        return { ...base, value: time(node, 'x').getTime() }
      default:
        if (STRINGS.has(node.tag)) {
          const text = directoryString(node)
          if (text === undefined) throw new DerError('a constructed string')
          return { ...base, value: text }
        }
        return node.constructed ? { ...base, children: node.children.map(read) } : base
    }
  }
  return read(parseDer(bytes, 'x'))
}

/** What asn1js reads of the same bytes, in the same shape; undefined when it refuses them (or throws). */
function library(bytes: Buffer): Reading | undefined {
  let parsed: ReturnType<typeof asn1js.fromBER>
  try {
    parsed = asn1js.fromBER(bytes)
  } catch {
    return undefined
  }
  if (parsed.offset !== bytes.length || parsed.result.error) return undefined
  const read = (node: asn1js.AsnType): Reading => {
    const id = node.idBlock
    const base = {
      tagClass: id.tagClass - 1,
      constructed: id.isConstructed,
      tag: id.tagNumber,
      encoded: Buffer.from(node.valueBeforeDecodeView).toString('hex')
    }
    if (id.isConstructed) return { ...base, children: (node as asn1js.Constructed).valueBlock.value.map(read) }
    if (id.tagClass !== 1) return base
    // By tag number, as der.ts reads them: asn1js's classes for other universal types (TIME, DATE…) extend its Utf8String.
    switch (id.tagNumber) {
      case 1:
        return { ...base, value: (node as asn1js.Boolean).getValue() }
      case 2:
        return { ...base, value: (node as asn1js.Integer).toBigInt() }
      case 3: {
        const { unusedBits, valueHexView } = (node as asn1js.BitString).valueBlock
        const count = valueHexView.length * 8 - unusedBits
        return { ...base, value: Array.from({ length: count }, (_, i) => (valueHexView[i >> 3]! & (0x80 >> (i & 7))) !== 0) }
      }
      case 6:
        return { ...base, value: libraryOid(node as asn1js.ObjectIdentifier) }
      case 23:
      case 24:
        return { ...base, value: (node as asn1js.UTCTime).toDate().getTime() }
      case 12: {
        // asn1js falls back to Latin-1 for bytes that are not UTF-8; Go (and der.ts) refuse them.
        const { value, valueHexView } = (node as asn1js.Utf8String).valueBlock
        return { ...base, value: isUtf8(valueHexView) ? value : { notUtf8: value } }
      }
      case 18:
      case 19:
      case 20:
      case 22:
      case 30:
        return { ...base, value: (node as asn1js.PrintableString).valueBlock.value }
    }
    return base
  }
  try {
    return read(parsed.result)
  } catch {
    return undefined
  }
}

/**
 * An OID's arcs as asn1js splits them. asn1js reads an arc of up to 8 base-128
 * digits into a Number (whose bits above 2^53 are lost) and keeps a longer one
 * as hex only; such arcs are the value of the 7-bit digits it kept, the others
 * its own text.
 */
function libraryOid(node: asn1js.ObjectIdentifier): string {
  return node.valueBlock.value
    .map((sid, i) => {
      if (!sid.isHexOnly && sid.valueDec <= Number.MAX_SAFE_INTEGER) return sid.toString()
      const value = sid.valueHexView.reduce((sum, digit) => (sum << 7n) | BigInt(digit), 0n)
      if (i > 0) return value.toString()
      return value < 80n ? `${value / 40n}.${value % 40n}` : `2.${value - 80n}`
    })
    .join('.')
}

/** The universal types der.ts reads the contents of (with an accessor, or as octets). */
const READ_TYPES: ReadonlySet<number> = new Set([1, 2, 3, 4, 6, 12, 16, 17, 18, 19, 20, 22, 23, 24, 30])

/**
 * The bytes with every element of a universal type der.ts never reads the
 * contents of (NULL, ENUMERATED, REAL, RELATIVE-OID, the reserved 15, …)
 * tagged as an OCTET STRING (a SEQUENCE if constructed): asn1js checks such
 * contents, der.ts carries them as opaque elements; their tags and bounds are
 * still compared.
 */
function opaqueAsOctets(bytes: Buffer, root: Node): Buffer {
  const copy = Buffer.from(bytes)
  const visit = (node: Node) => {
    if (node.tagClass === 0 && !READ_TYPES.has(node.tag)) copy[node.encoded.byteOffset - root.encoded.byteOffset] = node.constructed ? 0x30 : 0x04
    node.children.forEach(visit)
  }
  visit(root)
  return copy
}

/** The outcome the property allows: der.ts refused with a DerError, or read what asn1js read. */
function checkAgainstLibrary(bytes: Buffer): 'refused' | 'agreed' {
  let root: Node
  try {
    ours(bytes)
    root = parseDer(bytes, 'x')
  } catch (error) {
    if (error instanceof DerError) return 'refused'
    throw error
  }
  const compared = opaqueAsOctets(bytes, root)
  expect(library(compared)).toEqual(ours(compared))
  return 'agreed'
}

// ——— Damage to real DER ———

/** Where each element's first length byte is, in the sample. */
function lengthOffsets(bytes: Buffer): number[] {
  const root = parseDer(bytes, 'x')
  const offsets: number[] = []
  const visit = (node: Node) => {
    offsets.push(node.encoded.byteOffset - root.encoded.byteOffset + 1)
    node.children.forEach(visit)
  }
  visit(root)
  return offsets
}

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length])
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

/** The sample written again, element `target` (in document order) with its length in a form BER allows and DER does not. */
function withLongLength(bytes: Buffer, target: number, padding: number): Buffer {
  let index = 0
  const write = (node: Node): Buffer => {
    const mine = index++
    const content = node.constructed ? Buffer.concat(node.children.map(write)) : node.content
    const minimal = derLength(content.length)
    let header = minimal
    if (mine === target) {
      // One or more leading zero bytes, or the long form for a length under 128.
      const digits = minimal.length === 1 ? Buffer.from([content.length]) : minimal.subarray(1)
      const padded = Buffer.concat([Buffer.alloc(padding), digits])
      header = Buffer.concat([Buffer.from([0x80 | padded.length]), padded])
    }
    return Buffer.concat([node.encoded.subarray(0, 1), header, content])
  }
  return write(parseDer(bytes, 'x'))
}

function nested(bytes: Buffer, levels: number): Buffer {
  let out = bytes
  for (let i = 0; i < levels; i++) out = Buffer.concat([Buffer.from([0x30]), derLength(out.length), out])
  return out
}

/** A sample, damaged one way or another. */
const damaged = () =>
  fc.integer({ min: 0, max: samples.length - 1 }).chain(index => {
    const bytes = samples[index]!.der
    const lengths = lengthOffsets(bytes)
    const at = fc.integer({ min: 0, max: bytes.length - 1 })
    return fc.oneof(
      at.map(end => ({ how: 'cut short', bytes: bytes.subarray(0, end) })),
      fc.tuple(fc.constantFrom(...lengths), fc.integer({ min: 0, max: 255 })).map(([offset, value]) => {
        const copy = Buffer.from(bytes)
        copy[offset] = value
        return { how: 'a length byte changed', bytes: copy }
      }),
      fc.tuple(fc.constantFrom(...lengths), fc.integer({ min: -3, max: 3 })).map(([offset, delta]) => {
        const copy = Buffer.from(bytes)
        copy[offset] = (copy[offset]! + delta + 256) % 256
        return { how: 'a length off by a little', bytes: copy }
      }),
      fc.tuple(at, fc.integer({ min: 0, max: 255 })).map(([offset, value]) => {
        const copy = Buffer.from(bytes)
        copy[offset] = value
        return { how: 'a byte changed', bytes: copy }
      }),
      fc.uint8Array({ minLength: 1, maxLength: 8 }).map(extra => ({ how: 'bytes after it', bytes: Buffer.concat([bytes, extra]) })),
      fc.tuple(at, fc.uint8Array({ minLength: 1, maxLength: 4 })).map(([offset, extra]) => ({
        how: 'bytes inside it',
        bytes: Buffer.concat([bytes.subarray(0, offset), extra, bytes.subarray(offset)])
      })),
      fc.integer({ min: 1, max: 40 }).map(levels => ({ how: 'nested deeper', bytes: nested(bytes, levels) }))
    )
  })

describe('der.ts against asn1js, on damaged real DER', () => {
  test('the undamaged samples: every certificate and token reads as asn1js reads it', () => {
    expect(samples.length).toBeGreaterThan(60)
    for (const { name, der } of samples) expect(checkAgainstLibrary(der), name).toBe('agreed')
  })

  test('damaged: a DerError, or the reading asn1js gives; never another exception', () => {
    const outcomes = { refused: 0, agreed: 0 }
    fc.assert(
      fc.property(damaged(), ({ bytes }) => {
        outcomes[checkAgainstLibrary(bytes)]++
      }),
      { numRuns: 2000 }
    )
    // Both sides of the property were reached: damage that DER still reads (a changed value byte), and damage it refuses.
    expect(outcomes.refused).toBeGreaterThan(100)
    expect(outcomes.agreed).toBeGreaterThan(100)
  })

  test('a length in a form BER allows and DER does not: asn1js reads it, der.ts refuses it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: samples.length - 1 }).chain(index =>
          fc.record({
            index: fc.constant(index),
            target: fc.integer({ min: 0, max: lengthOffsets(samples[index]!.der).length - 1 }),
            padding: fc.integer({ min: 0, max: 2 })
          })
        ),
        ({ index, target, padding }) => {
          const bytes = withLongLength(samples[index]!.der, target, padding)
          const element = parseDerSafely(samples[index]!.der, target)
          // A length of 128 or more written with no leading zero is DER itself; every other form is not.
          if (padding === 0 && element >= 0x80) return
          expect(library(bytes)).toBeDefined()
          expect(() => parseDer(bytes, 'x')).toThrow(DerError)
          expect(() => parseDer(bytes, 'x')).toThrow("x has a length that is not in DER's shortest form")
        }
      ),
      { numRuns: 500 }
    )
  })

  test('nesting: 33 levels read as asn1js reads them; deeper is a DerError', () => {
    const leaf = Buffer.from('0500', 'hex')
    expect(checkAgainstLibrary(nested(leaf, 32))).toBe('agreed')
    expect(() => parseDer(nested(leaf, 33), 'x')).toThrow('x nests deeper than 32 levels')
    expect(library(nested(leaf, 33))).toBeDefined()
  })
})

/** The content length of element `target` (document order) of a sample. */
function parseDerSafely(bytes: Buffer, target: number): number {
  let index = 0
  let found = -1
  const visit = (node: Node) => {
    if (index++ === target) found = node.content.length
    node.children.forEach(visit)
  }
  visit(parseDer(bytes, 'x'))
  return found
}

describe('the modules above der.ts, on damaged real material', () => {
  test('Certificate.parse: a certificate, or a CertificateError', () => {
    fc.assert(
      fc.property(
        damaged().filter(() => true),
        ({ bytes }) => {
          try {
            Certificate.parse(bytes, 'x')
          } catch (error) {
            expect(error).toBeInstanceOf(CertificateError)
          }
        }
      ),
      { numRuns: 1000 }
    )
  })

  test('readTimestampToken: a token, or a TimestampError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...tokens.map(t => t.der)).chain(bytes =>
          fc.oneof(
            fc.integer({ min: 0, max: bytes.length - 1 }).map(end => bytes.subarray(0, end)),
            fc.tuple(fc.integer({ min: 0, max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })).map(([offset, value]) => {
              const copy = Buffer.from(bytes)
              copy[offset] = value
              return copy
            })
          )
        ),
        bytes => {
          try {
            readTimestampToken(bytes)
          } catch (error) {
            expect(error).toBeInstanceOf(TimestampError)
          }
        }
      ),
      { numRuns: 1000 }
    )
  })
})
