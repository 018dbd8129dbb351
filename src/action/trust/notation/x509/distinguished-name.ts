// Distinguished names as the trust policy's `x509.subject:` identities compare
// them ("Trusted Identities Constraints"): RFC 4514 text, one attribute per
// RDN, no attribute type twice, C, ST (or S) and O at least, values with
// `\,`, `\;`, `\\` and `\XX` escapes. The signing certificate's subject is read
// into the same shape, with the short names Go's crypto/x509/pkix gives the
// types (what notation compares against). An identity matches when each of its
// attributes has the same value in the subject (a subset, as notation's
// IsSubsetDN); values are compared exactly, case included.

export interface NameAttribute {
  /** The attribute type's OID. */
  readonly type: string
  /** Its value when it is a directory string; undefined for any other ASN.1 type. */
  readonly value?: string
}

/** The short names Go's crypto/x509/pkix gives attribute types, which notation's x509.subject identities use. */
export const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.6': 'C',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.3': 'CN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.17': 'POSTALCODE'
}

/** An attribute type (C, ST, O, …) → its value. */
export type DistinguishedName = ReadonlyMap<string, string>

export class NameError extends Error {
  override readonly name = 'NameError'
}

const MANDATORY = ['C', 'ST', 'O'] as const

/** Parses a trusted identity's distinguished name; throws NameError saying what is wrong. */
export function parseDistinguishedName(text: string): DistinguishedName {
  if (text.includes('=#')) throw new NameError('a value written as =#<hex> (BER) is not supported; write the text')
  const attributes: Array<[string, string]> = []
  let type: string | undefined
  let start = 0
  let escaping = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (escaping) {
      escaping = false
    } else if (ch === '\\') {
      escaping = true
    } else if (ch === '=' && type === undefined) {
      type = decode(text.slice(start, i))
      start = i + 1
    } else if (ch === ',' || ch === ';' || ch === '+') {
      if (type === undefined) throw new NameError(`"${text.slice(start, i)}" has no "=": each part must be TYPE=value`)
      if (ch === '+') throw new NameError('multi-valued RDNs (joined by "+") are not supported')
      attributes.push([type, decode(text.slice(start, i))])
      type = undefined
      start = i + 1
    }
  }
  if (type === undefined) throw new NameError(`"${text.slice(start)}" has no "=": each part must be TYPE=value`)
  attributes.push([type, decode(text.slice(start))])
  const name = new Map<string, string>()
  for (const [raw, value] of attributes) {
    // S is notation's alias for ST (stateOrProvinceName).
    const key = raw === 'S' ? 'ST' : raw
    if (name.has(key)) throw new NameError(`the attribute ${key} appears twice`)
    name.set(key, value)
  }
  const missing = MANDATORY.filter(key => !name.get(key))
  if (missing.length > 0) throw new NameError(`it must name C, ST (or S) and O at least; it has no ${missing.join(', ')}`)
  return name
}

/**
 * RFC 4514's value text: spaces around it dropped (an escaped trailing space
 * kept), `\` before a special character or two hex digits; a raw `"`, `<`, `>`
 * or NUL refused, as go-ldap's ParseDN does.
 */
function decode(raw: string): string {
  let text = raw.replace(/^ +/, '')
  const trailing = /(\\*) +$/.exec(text)
  if (trailing) text = text.slice(0, trailing.index + trailing[1]!.length) + (trailing[1]!.length % 2 === 1 ? ' ' : '')
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch !== '\\') {
      if (ch === '"' || ch === '<' || ch === '>' || ch === '\0') throw new NameError(`the character ${JSON.stringify(ch)} must be escaped`)
      bytes.push(...Buffer.from(ch, 'utf8'))
      continue
    }
    const next = text[i + 1]
    if (next === undefined) throw new NameError('it ends with an unfinished escape "\\"')
    if (' "#+,;<=>\\'.includes(next)) {
      bytes.push(next.charCodeAt(0))
      i++
      continue
    }
    const hex = text.slice(i + 1, i + 3)
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new NameError(`"\\${hex}" is neither an escaped special character nor two hex digits`)
    bytes.push(parseInt(hex, 16))
    i += 2
  }
  return Buffer.from(bytes).toString('utf8')
}

/**
 * The certificate subject's attributes by short name, as notation reads
 * them; or why notation could not compare them: an attribute type Go has no
 * short name for (it prints it as `OID=#hex`, which notation refuses), a type
 * twice (CN and SERIALNUMBER keep their last value, as Go does), or a value
 * that is not text.
 */
export function subjectName(rdns: readonly (readonly NameAttribute[])[]): DistinguishedName | { readonly refusal: string } {
  const name = new Map<string, string>()
  for (const attribute of rdns.flat()) {
    const key = ATTRIBUTE_NAMES[attribute.type]
    if (key === undefined) return { refusal: `its subject holds the attribute ${attribute.type}, which an x509.subject identity cannot name` }
    if (attribute.value === undefined) return { refusal: `its subject's ${key} is not text` }
    if (name.has(key) && key !== 'CN' && key !== 'SERIALNUMBER') return { refusal: `its subject holds ${key} more than once` }
    name.set(key, attribute.value)
  }
  return name
}

/** Whether every attribute of `identity` has the same value in `subject`. */
export function isSubset(identity: DistinguishedName, subject: DistinguishedName): boolean {
  for (const [key, value] of identity) if (subject.get(key) !== value) return false
  return true
}

/** The identity as the policy wrote it would print it: `C=US, ST=WA, O=Contoso`. */
export function describeDistinguishedName(name: DistinguishedName): string {
  return describeName([...name].map(([key, value]) => [{ type: key, value }]))
}

/** A name as one line: short names where Go has them, OIDs otherwise, RFC 4514's special characters escaped. */
export function describeName(rdns: readonly (readonly NameAttribute[])[]): string {
  return rdns
    .map(rdn => rdn.map(a => `${ATTRIBUTE_NAMES[a.type] ?? a.type}=${a.value === undefined ? '(not text)' : escapeValue(a.value)}`).join('+'))
    .join(', ')
}

function escapeValue(value: string): string {
  return value.replace(/[,+"\\<>;]/g, ch => `\\${ch}`).replace(/^[ #]| $/g, ch => `\\${ch}`)
}
