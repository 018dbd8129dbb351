// Errors the action reports to the user. Both say where the problem is (a
// payload path or an input name) so that the message alone tells what to fix.

const SHOWN_VALUE_MAX = 80

/** A short, single-line rendering of an untrusted value, safe to print in a log line. */
export function describeValue(value: unknown, maxLength = SHOWN_VALUE_MAX): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array of ${value.length}`
  switch (typeof value) {
    case 'string':
      return quote(value, maxLength)
    case 'object':
      return 'an object'
    case 'number':
    case 'boolean':
      return String(value)
    default:
      return typeof value
  }
}

function quote(value: string, maxLength: number): string {
  const shown = [...value].slice(0, maxLength).join('')
  // JSON.stringify escapes quotes, backslashes and C0 controls; the rest of the
  // invisible or line-breaking characters are escaped here so a value cannot
  // start a new log line or hide what it is.
  const escaped = JSON.stringify(shown).replace(
    /[\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g,
    ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return shown.length < value.length ? `${escaped}… (${value.length} characters)` : escaped
}

/** The event does not satisfy the rules; `path` locates the field, e.g. `client_payload.target.tag`. */
export class PayloadError extends Error {
  override readonly name = 'PayloadError'
  constructor(
    readonly path: string,
    readonly rule: string,
    value?: unknown
  ) {
    super(`${path}: ${rule}${value === undefined ? '' : `; got ${describeValue(value)}`}`)
  }
}

/** An action input is invalid; the message starts with the input's name. */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(
    readonly input: string,
    problem: string
  ) {
    super(`Input "${input}": ${problem}`)
  }
}
