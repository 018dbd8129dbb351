// The same ACR event reaches us in several envelopes; this reduces each to the
// native webhook object and remembers where in the payload it was found, so
// that errors can name the exact path the user sent.
import { PayloadError } from '../errors.js'
import { isJsonObject, ownField, parseUntrustedJson, type JsonObject } from './json.js'
import type { AcrAction, Shape } from './types.js'

export const ACR_EVENT_TYPES: Readonly<Record<string, AcrAction>> = {
  'Microsoft.ContainerRegistry.ImagePushed': 'push',
  'Microsoft.ContainerRegistry.ImageDeleted': 'delete',
  'Microsoft.ContainerRegistry.ChartPushed': 'chart_push',
  'Microsoft.ContainerRegistry.ChartDeleted': 'chart_delete'
}

export interface NativeEvent {
  readonly fields: JsonObject
  /** Where `fields` sits in the payload, e.g. `client_payload.data`. */
  readonly path: string
  readonly shape: Shape
  /** The action implied by an Event Grid or CloudEvents type. */
  readonly typeAction?: AcrAction
  /** The envelope field that implied `typeAction`, for messages. */
  readonly typePath?: string
}

/** A payload that may be a batch of one (an Event Grid delivery): at most one level of array. */
export function unwrapEvent(value: unknown, path: string): NativeEvent {
  if (!Array.isArray(value)) return unwrapOneEvent(value, path)
  if (value.length !== 1) {
    throw new PayloadError(path, `holds ${value.length} events; send each event as its own dispatch (an Event Grid batch must be split by the relay)`)
  }
  return unwrapOneEvent(value[0], `${path}[0]`)
}

/** One event in any of its envelopes; an array here is a batch inside a batch, which no sender produces. */
export function unwrapOneEvent(value: unknown, path: string): NativeEvent {
  if (Array.isArray(value))
    throw new PayloadError(path, 'must be a JSON object (an ACR event), not an array: a batch holds events, not batches', value)
  if (!isJsonObject(value)) throw new PayloadError(path, 'must be a JSON object (an ACR event)', value)

  if (ownField(value, 'eventType') !== undefined) return unwrapTyped(value, path, 'event-grid', 'eventType')
  if (ownField(value, 'specversion') !== undefined) {
    const specversion = ownField(value, 'specversion')
    if (specversion !== '1.0') throw new PayloadError(`${path}.specversion`, 'must be "1.0" (CloudEvents 1.0)', specversion)
    return unwrapTyped(value, path, 'cloudevents', 'type')
  }
  if (ownField(value, 'action') !== undefined || ownField(value, 'target') !== undefined) {
    return { fields: value, path, shape: 'native' }
  }
  const data = ownField(value, 'data')
  if (isJsonObject(data)) return { fields: data, path: `${path}.data`, shape: 'wrapper' }
  throw new PayloadError(
    path,
    'is not an ACR event: expected "action" and "target" (ACR webhook), "eventType" (Event Grid), "specversion" (CloudEvents) or "data" (a relay wrapper)'
  )
}

function unwrapTyped(envelope: JsonObject, path: string, shape: Shape, typeKey: string): NativeEvent {
  const typePath = `${path}.${typeKey}`
  const type = ownField(envelope, typeKey)
  if (typeof type !== 'string' || !Object.hasOwn(ACR_EVENT_TYPES, type)) {
    throw new PayloadError(typePath, `must be one of ${Object.keys(ACR_EVENT_TYPES).join(', ')}`, type)
  }
  const dataPath = `${path}.data`
  let data = ownField(envelope, 'data')
  // Deliveries captured from real registries carry the event as a JSON string; the Azure SDKs special-case it too.
  if (typeof data === 'string') data = parseUntrustedJson(data, `${dataPath} (a JSON string)`)
  if (!isJsonObject(data)) throw new PayloadError(dataPath, 'must be a JSON object (the ACR event), or a string holding one', data)
  return { fields: data, path: dataPath, shape, typeAction: ACR_EVENT_TYPES[type], typePath }
}
