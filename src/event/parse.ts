// Untrusted payload → a validated AcrEvent, or one PayloadError naming the
// field, the rule and the value. Only known fields are read; nothing from the
// payload is copied wholesale.
import { PayloadError } from '../errors.js'
import {
  chartNameRule,
  chartVersionRule,
  digestRule,
  eventIdRule,
  hostRule,
  mediaTypeRule,
  repositoryRule,
  tagRule,
  timestampRule,
  type Rule
} from './grammar.js'
import { isJsonObject, ownField, type JsonObject } from './json.js'
import { unwrapEvent, type NativeEvent } from './shapes.js'
import { ACR_ACTIONS, isAcrAction, type AcrAction, type AcrEvent } from './types.js'

const FREE_TEXT_MAX_LENGTH = 1024
const FREE_TEXT_RULE: Rule = { description: `text of at most ${FREE_TEXT_MAX_LENGTH} characters`, test: v => v.length <= FREE_TEXT_MAX_LENGTH }
const HTTP_METHOD_RULE: Rule = { description: 'an HTTP method: A-Z, at most 16 letters', test: v => /^[A-Z]{1,16}$/.test(v) }

/** Reads the fields of one object, each error naming `path.key`. */
class FieldReader {
  constructor(
    private readonly fields: JsonObject,
    readonly path: string
  ) {}

  private at(key: string): string {
    return `${this.path}.${key}`
  }

  raw(key: string): unknown {
    return ownField(this.fields, key)
  }

  string(key: string, rule: Rule): string | undefined {
    const value = this.raw(key)
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string') throw new PayloadError(this.at(key), 'must be a string', value)
    if (!rule.test(value)) throw new PayloadError(this.at(key), `must be ${rule.description}`, value)
    return value
  }

  requiredString(key: string, rule: Rule, why: string): string {
    const value = this.string(key, rule)
    if (value === undefined) throw new PayloadError(this.at(key), `is required ${why}`)
    return value
  }

  freeText(key: string): string | undefined {
    return this.string(key, FREE_TEXT_RULE)
  }

  count(key: string): number | undefined {
    const value = this.raw(key)
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw new PayloadError(this.at(key), 'must be a non-negative whole number of bytes', value)
    }
    return value
  }

  object(key: string): FieldReader | undefined {
    const value = this.raw(key)
    if (value === undefined || value === null) return undefined
    if (!isJsonObject(value)) throw new PayloadError(this.at(key), 'must be a JSON object', value)
    return new FieldReader(value, this.at(key))
  }
}

export function parseEvent(payload: unknown, path: string): AcrEvent {
  return parseNativeEvent(unwrapEvent(payload, path))
}

/** The same, for an event already taken out of its envelope. */
export function parseNativeEvent(native: NativeEvent): AcrEvent {
  const event = new FieldReader(native.fields, native.path)

  const action = readAction(event, native.typeAction, native.typePath)
  const common = {
    shape: native.shape,
    action,
    id: event.string('id', eventIdRule),
    timestamp: event.string('timestamp', timestampRule)
  }
  // A webhook test carries no target worth reading.
  if (action === 'ping') return common

  const why = `for a ${action} event`
  const target = event.object('target')
  if (!target) throw new PayloadError(`${native.path}.target`, `is required ${why}`)
  const isChart = action === 'chart_push' || action === 'chart_delete'
  const request = event.object('request')

  // Absent fields stay undefined: JSON.stringify leaves them out of the json output.
  return {
    ...common,
    repository: target.requiredString('repository', repositoryRule, why),
    tag: target.string('tag', tagRule),
    digest: target.requiredString('digest', digestRule, why),
    mediaType: target.string('mediaType', mediaTypeRule),
    size: target.count('size') ?? target.count('length'),
    registry: request?.string('host', hostRule),
    chart: isChart
      ? { name: target.string('name', chartNameRule), version: target.string('version', chartVersionRule) }
      : undefined,
    request: request
      ? {
          id: request.freeText('id'),
          method: request.string('method', HTTP_METHOD_RULE),
          userAgent: request.freeText('useragent')
        }
      : undefined
  }
}

function readAction(event: FieldReader, typeAction: AcrAction | undefined, typePath: string | undefined): AcrAction {
  const value = event.raw('action')
  const path = `${event.path}.action`
  if (value === undefined || value === null) {
    if (typeAction) return typeAction
    throw new PayloadError(path, `is required: one of ${ACR_ACTIONS.join(', ')}`)
  }
  if (!isAcrAction(value)) throw new PayloadError(path, `must be one of ${ACR_ACTIONS.join(', ')}`, value)
  if (typeAction && value !== typeAction) {
    throw new PayloadError(path, `contradicts ${typePath}, which means "${typeAction}"`, value)
  }
  return value
}
