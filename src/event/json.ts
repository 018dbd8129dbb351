// Helpers for reading untrusted JSON without trusting its prototype chain.

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
