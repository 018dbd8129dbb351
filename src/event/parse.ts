// Untrusted payload → a validated AcrEvent, or one PayloadError naming the
// field, the rule and the value. Only known fields are read; nothing from the
// payload is copied wholesale.
import { PayloadError } from '../errors.js'
import { classifyArtifact } from './artifact.js'
import {
  chartNameRule,
  connectedRegistryRule,
  chartVersionRule,
  digestRule,
  eventIdRule,
  hostRule,
  locationRule,
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
    if (!rule.test(value)) {
      const hint = rule.hint?.(value)
      throw new PayloadError(this.at(key), `must be ${rule.description}${hint ? ` (${hint})` : ''}`, value)
    }
    return value
  }

  /** As string(), with "" read as absent: ACR sends "tag": "" on a push by digest. */
  optionalString(key: string, rule: Rule): string | undefined {
    return this.raw(key) === '' ? undefined : this.string(key, rule)
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
  const tag = target.optionalString('tag', tagRule)
  const mediaType = target.string('mediaType', mediaTypeRule)

  // Absent fields stay undefined: JSON.stringify leaves them out of the json output.
  return {
    ...common,
    repository: target.requiredString('repository', repositoryRule, why),
    tag,
    // Deleting a whole repository names no manifest (the REST specification marks the digest optional there).
    digest: action === 'delete' ? target.string('digest', digestRule) : target.requiredString('digest', digestRule, why),
    mediaType,
    size: target.count('size') ?? target.count('length'),
    registry: request?.string('host', hostRule),
    chart: isChart ? { name: target.string('name', chartNameRule), version: target.string('version', chartVersionRule) } : undefined,
    artifact: classifyArtifact({ action, mediaType, artifactType: target.string('artifactType', mediaTypeRule), tag }),
    location: event.string('location', locationRule),
    connectedRegistry: readConnectedRegistry(event),
    actor: event.object('actor')?.freeText('name'),
    request: request
      ? {
          id: request.freeText('id'),
          method: request.string('method', HTTP_METHOD_RULE),
          userAgent: request.freeText('useragent')
        }
      : undefined
  }
}

/** `connectedRegistry: {name}` in Event Grid's schema, spelled `connectedregistry` by some sources. */
function readConnectedRegistry(event: FieldReader): string | undefined {
  const key = event.raw('connectedRegistry') !== undefined ? 'connectedRegistry' : 'connectedregistry'
  return event.object(key)?.string('name', connectedRegistryRule)
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
