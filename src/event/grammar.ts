// The grammar every output must satisfy. A value that passes one of these
// checks contains no shell metacharacter, so `${{ steps.x.outputs.tag }}`
// pasted into a `run:` script cannot become code.
import { isIPv6 } from 'node:net'

export interface Rule {
  /** What the value must be, as shown in an error message. */
  readonly description: string
  readonly test: (value: string) => boolean
  /** More to say about a value that fails, when it looks like a known mistake. */
  readonly hint?: (value: string) => string | undefined
}

function patternRule(description: string, pattern: RegExp): Rule {
  return { description, test: value => pattern.test(value) }
}

// distribution/reference: path-component, joined by "/".
const PATH_COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*'
const REPOSITORY_PATTERN = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`)
export const REPOSITORY_MAX_LENGTH = 255

export const repositoryRule: Rule = {
  description: `an OCI repository name: lowercase path components ${PATH_COMPONENT} joined by "/", at most ${REPOSITORY_MAX_LENGTH} characters`,
  test: value => value.length <= REPOSITORY_MAX_LENGTH && REPOSITORY_PATTERN.test(value)
}

export const tagRule = patternRule('an OCI tag: [A-Za-z0-9_][A-Za-z0-9._-]{0,127}', /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/)

/** Registered digest algorithms and the exact length of their lowercase hex part. */
export const DIGEST_ALGORITHMS: Readonly<Record<string, number>> = {
  sha256: 64,
  sha384: 96,
  sha512: 128,
  blake3: 64
}

export const digestRule: Rule = {
  description: 'an OCI digest: sha256:<64 hex>, sha384:<96 hex>, sha512:<128 hex> or blake3:<64 hex>, lowercase',
  test: value => {
    const match = /^([a-z0-9]+):([a-f0-9]+)$/.exec(value)
    if (!match) return false
    // Both groups take part in every match.
    const algorithm = match[1]!
    return Object.hasOwn(DIGEST_ALGORITHMS, algorithm) && DIGEST_ALGORITHMS[algorithm] === match[2]!.length
  },
  hint: value =>
    /x{4}/i.test(value) ? 'this looks like the "xxxx" placeholder in Microsoft\'s example events; a real event carries a real digest' : undefined
}

// A host as distribution/reference reads it, bounded as DNS bounds names: a
// label of at most 63 characters, a name of at most 253. Brackets only around
// a literal that node:net takes for IPv6 (no zone: `%` is not allowed), so the
// only glob characters an output can hold are those two around hex digits,
// colons and dots.
const DOMAIN_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/
const IPV6_LITERAL = /^\[([0-9a-fA-F:.]{2,45})\]$/
const PORT = /^[1-9][0-9]{0,4}$/
export const DOMAIN_MAX_LENGTH = 253

function isHost(value: string): boolean {
  const portAt = value.startsWith('[') ? value.indexOf(':', value.indexOf(']')) : value.lastIndexOf(':')
  const name = portAt === -1 ? value : value.slice(0, portAt)
  if (portAt !== -1) {
    const port = value.slice(portAt + 1)
    if (!PORT.test(port) || Number(port) > 65535) return false
  }
  if (name.startsWith('[')) {
    const literal = IPV6_LITERAL.exec(name)?.[1]
    return literal !== undefined && isIPv6(literal)
  }
  return name.length <= DOMAIN_MAX_LENGTH && name.split('.').every(label => DOMAIN_LABEL.test(label))
}

export const hostRule: Rule = {
  description:
    'a registry host: DNS labels [a-zA-Z0-9-] of at most 63 characters joined by "." (at most 253), or an IPv6 literal in brackets, with an optional :port from 1 to 65535',
  test: isHost
}

// RFC 6838 restricted names, without the characters !#$&^ that no registry
// media type uses and that a shell would interpret.
const MEDIA_NAME = '[A-Za-z0-9][A-Za-z0-9._+-]{0,126}'
export const mediaTypeRule = patternRule(
  'a media type: type/subtype, each [A-Za-z0-9][A-Za-z0-9._+-]{0,126}',
  new RegExp(`^${MEDIA_NAME}/${MEDIA_NAME}$`)
)

export const eventIdRule = patternRule('an event id: [A-Za-z0-9][A-Za-z0-9._:-]{0,127}', /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/)

export const chartNameRule = patternRule('a chart name: [A-Za-z0-9][A-Za-z0-9._-]{0,127}', /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/)

export const chartVersionRule = patternRule('a chart version: [A-Za-z0-9][A-Za-z0-9._+-]{0,127}', /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/)

/** An Azure region as Event Grid names it (westeurope, eastus2). */
export const locationRule = patternRule('an Azure region: [A-Za-z0-9][A-Za-z0-9-]{0,63}', /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/)

/** ACR connected registry names: letters, digits, "-" (and "_", "." seen in the wild), at most 64. */
export const connectedRegistryRule = patternRule('a connected registry name: [A-Za-z0-9][A-Za-z0-9._-]{0,63}', /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/)

const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Gregorian, by arithmetic: the relay checks every event's timestamp, and a Date per check showed in its profile. */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!
}

/**
 * RFC 3339 date-time, with up to 9 fractional digits as ACR sends them. A
 * 60th second only where a leap second can be: 23:59:60 UTC on the last day of
 * a month (RFC 3339 §5.7; the offset applied first, so 18:59:60-05:00 is one).
 */
export const timestampRule: Rule = {
  description: 'an RFC 3339 date-time such as 2026-01-31T12:00:00.123456789Z (up to 9 fractional digits)',
  test: value => {
    const match = TIMESTAMP_PATTERN.exec(value)
    if (!match) return false
    const month = Number(match[2])
    if (month < 1 || month > 12) return false
    const day = Number(match[3])
    return (
      day >= 1 &&
      day <= daysInMonth(Number(match[1]), month) &&
      Number(match[4]) <= 23 &&
      Number(match[5]) <= 59 &&
      Number(match[6]) <= 60 &&
      Number(match[7] ?? 0) <= 23 &&
      Number(match[8] ?? 0) <= 59 &&
      (match[6] !== '60' || isLeapSecond(value))
    )
  }
}

/** Whether a timestamp with second 60 names 23:59:60 UTC on a month's last day. A Date only here: a 60th second is rare. */
function isLeapSecond(value: string): boolean {
  const second59 = new Date(timestampMillis(value))
  return (
    second59.getUTCHours() === 23 &&
    second59.getUTCMinutes() === 59 &&
    second59.getUTCDate() === daysInMonth(second59.getUTCFullYear(), second59.getUTCMonth() + 1)
  )
}

/** Milliseconds since the epoch of a timestamp that passed `timestampRule`. */
export function timestampMillis(value: string): number {
  // Date.parse handles at most millisecond precision; drop the rest, and a leap second becomes :59.
  const trimmed = value.replace(/(\.\d{3})\d+/, '$1').replace(/:60(?=[.Zz+-])/, ':59')
  return Date.parse(trimmed)
}
