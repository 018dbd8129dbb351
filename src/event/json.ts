// Helpers for reading untrusted JSON without trusting its prototype chain, its
// depth or its size.
import { PayloadError } from '../errors.js'

export type JsonObject = Record<string, unknown>

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The object's own property, never an inherited one: `{"constructor": …}` or a
 * `__proto__` key left as an own property by JSON.parse change nothing here.
 */
export function ownField(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined
}

/**
 * An ACR event nests four or five levels deep (envelope, data, target,
 * annotations); 32 leaves room for what registries may add. JSON.parse itself
 * is iterative in V8, but JSON.stringify, the relay's re-serialization and any
 * recursive reader are not: a deep enough value overflows the stack.
 */
export const MAX_JSON_DEPTH = 32
/** The relay's body limit; also bounds the `payload` input. */
export const MAX_JSON_BYTES = 1024 * 1024

/**
 * Refuses a parsed value nested deeper than MAX_JSON_DEPTH, naming the path of
 * the first container too deep. Its own recursion stops at that depth, so the
 * check cannot overflow the stack it protects; the path is built only for the
 * error, since the relay checks every request's body.
 */
export function checkJsonDepth(value: unknown, path: string, maxDepth = MAX_JSON_DEPTH): void {
  const tooDeep = pathTooDeep(value, 1, maxDepth)
  if (tooDeep) {
    const where = path + tooDeep.map(step => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('')
    throw new PayloadError(where, `is nested deeper than ${maxDepth} levels of arrays and objects; an ACR event needs about 5`)
  }
}

/** The steps to the first container deeper than maxDepth, or undefined. */
function pathTooDeep(value: unknown, depth: number, maxDepth: number): Array<string | number> | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  if (depth > maxDepth) return []
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const below = pathTooDeep(value[i], depth + 1, maxDepth)
      if (below) return [i, ...below]
    }
    return undefined
  }
  for (const key of Object.keys(value)) {
    const below = pathTooDeep((value as JsonObject)[key], depth + 1, maxDepth)
    if (below) return [key, ...below]
  }
  return undefined
}

/**
 * Whether `text` takes more than `limit` bytes in UTF-8. A UTF-16 code unit
 * takes 1 to 3 bytes, so the length alone decides most cases: the relay asks
 * this twice per event, and counting the bytes of every body showed in its
 * instruction count.
 */
export function isOverUtf8Bytes(text: string, limit: number): boolean {
  if (text.length > limit) return true
  return text.length * 3 > limit && Buffer.byteLength(text) > limit
}

/**
 * JSON.parse of untrusted text, bounded in size and depth. A syntax error is
 * reported by its position only: V8's own message quotes the text around the
 * error, and the text may be a file that holds credentials.
 */
export function parseUntrustedJson(text: string, path: string, maxBytes = MAX_JSON_BYTES): unknown {
  if (isOverUtf8Bytes(text, maxBytes)) {
    throw new PayloadError(path, `is larger than ${maxBytes} bytes`)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new PayloadError(path, `is not valid JSON${describeJsonErrorPosition(error, text)}`)
  }
  checkJsonDepth(value, path)
  return value
}

/**
 * " at line L, column C" for a JSON.parse SyntaxError whose message gives a
 * position, "" otherwise. Never any of the text itself.
 */
export function describeJsonErrorPosition(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : ''
  const position = /at position (\d+)/.exec(message)?.[1]
  if (position !== undefined) return ` at ${lineAndColumn(text, Number(position))}`
  // "Unexpected end of JSON input" and its like carry no position: the end it is.
  if (/end of (JSON )?(input|data)/i.test(message)) return ` at ${lineAndColumn(text, text.length)} (the end)`
  return ''
}

/** "line L, column C" (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - (before.lastIndexOf('\n') + 1) + 1
  return `line ${line}, column ${column}`
}
