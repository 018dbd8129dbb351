// The relay's request handling, free of any host: a request comes in, a
// response and a log line go out, and dispatches go through the injected
// dispatcher. The Node server and the Azure Function are thin adapters.
import { timingSafeEqual } from 'node:crypto'
import { PayloadError } from '../errors.js'
import { checkJsonDepth, isJsonObject, isOverUtf8Bytes, ownField, type JsonObject } from '../event/json.js'
import { eventIdRule } from '../event/grammar.js'
import { parseNativeEvent } from '../event/parse.js'
import { ACR_EVENT_TYPES, unwrapOneEvent, type NativeEvent } from '../event/shapes.js'
import type { AcrEvent } from '../event/types.js'
import type { Route } from './config.js'
import { RecentEvents } from './recent-events.js'

export const MAX_BODY_BYTES = 1024 * 1024
/** Event Grid's validation handshake is answered without the secret, so its body gets a far smaller limit. */
export const MAX_HANDSHAKE_BODY_BYTES = 64 * 1024
/** GitHub refuses a client_payload of 64 KB of JSON or more. */
export const MAX_CLIENT_PAYLOAD_BYTES = 65_535
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000
/** Per target repository, about 10 MB of ids: far more events than a registry sends in 10 minutes. */
export const MAX_REMEMBERED_EVENTS = 100_000
const VALIDATION_EVENT = 'Microsoft.EventGrid.SubscriptionValidationEvent'
const JSON_CONTENT_TYPES = ['application/json', 'application/cloudevents+json', 'application/cloudevents-batch+json']
/** Top-level keys of an ACR event (the native webhook, and Event Grid's data; connected registries spelled both ways); GitHub allows 10. */
const CLIENT_PAYLOAD_KEYS = [
  'id',
  'timestamp',
  'action',
  'target',
  'request',
  'actor',
  'source',
  'location',
  'connectedRegistry',
  'connectedregistry'
]

/** What a host knows before a byte of the body has arrived. */
export interface RelayRequestHead {
  readonly method: string
  /** The path below the relay's root: "/" or "/healthz". */
  readonly path: string
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>
}

export interface RelayRequest extends RelayRequestHead {
  readonly body: string
}

export interface RelayResponse {
  readonly status: number
  readonly headers?: Readonly<Record<string, string>>
  readonly body?: unknown
  /** Why, for the request's log line only: the sender is told no more than the body says. */
  readonly logError?: string
}

/** A 401 says "unauthorized" and no more; the log says which of these it was, and never the value sent. */
const UNAUTHORIZED = {
  noHeader: { status: 401, body: { error: 'unauthorized' }, logError: 'unauthorized: no Authorization header' },
  notBearer: { status: 401, body: { error: 'unauthorized' }, logError: 'unauthorized: the Authorization header is not "Bearer <secret>"' },
  wrongSecret: { status: 401, body: { error: 'unauthorized' }, logError: 'unauthorized: wrong secret' }
} as const satisfies Record<string, RelayResponse>

/** The answer to a body over MAX_BODY_BYTES, from the core or from a host that stops reading early. */
export const BODY_TOO_LARGE: RelayResponse = { status: 413, body: { error: `body over ${MAX_BODY_BYTES} bytes` } }
const HANDSHAKE_BODY_TOO_LARGE: RelayResponse = { status: 413, body: { error: `body over ${MAX_HANDSHAKE_BODY_BYTES} bytes` } }

/** The 413 for a body over `limit` (one of the two limits decideOnHead gives). */
export function bodyTooLarge(limit: number): RelayResponse {
  return limit === MAX_HANDSHAKE_BODY_BYTES ? HANDSHAKE_BODY_TOO_LARGE : BODY_TOO_LARGE
}

export interface Dispatch {
  /** When the sender must have its answer by (ms since the epoch); set by the queue in front of GitHub. */
  readonly deadlineAt?: number
  readonly target: string
  readonly eventType: string
  /** The client_payload, already JSON: serialized once, for the size check and the request. */
  readonly clientPayloadJson: string
}

export interface DispatchResult {
  /** GitHub accepted the dispatch. */
  readonly ok: boolean
  /** GitHub's last HTTP status; 0 when it could not be reached. */
  readonly status: number
  readonly attempts: number
  /** Worth sending again later (GitHub was down or rate limited). */
  readonly retryable: boolean
  readonly retryAfterSeconds?: number
  /**
   * Why it was not accepted when GitHub's status alone does not say: nothing
   * was sent (relay busy, the breaker open, GitHub's block, no room in the
   * budget before the deadline), GitHub could not be reached (refused, no
   * answer in time, an untrusted certificate), or the App got no token.
   */
  readonly failureReason?: string
  /** GitHub refused the GitHub App's own credentials: no token could be minted. */
  readonly appCredentialsRefused?: boolean
}

export type Dispatcher = (dispatch: Dispatch) => Promise<DispatchResult>

/**
 * The durable outbox, when storage is on: stores an event to be dispatched
 * later, or says it is already stored. Throws when it could not be stored.
 */
export interface EventOutbox {
  accept(event: { target: string; eventId?: string; eventType: string; clientPayloadJson: string }): Promise<'queued' | 'duplicate'>
}

/** What a sender is told to wait when storage failed. */
export const STORAGE_RETRY_AFTER_SECONDS = 5

export interface EventLog {
  eventId?: string
  action: string
  repository?: string
  tag?: string
  target?: string
  /** queued: stored in the outbox, to be dispatched (storage mode). */
  outcome: 'dispatched' | 'queued' | 'failed' | 'duplicate' | 'no-route' | 'ping'
  githubStatus?: number
  attempts?: number
  /** Why GitHub could not be reached: refused, timed out, a certificate not trusted. */
  githubError?: string
  /** Why the event could not be stored (storage mode). */
  storageError?: string
}

export interface RequestLog {
  method: string
  path: string
  status: number
  durationMs: number
  events: EventLog[]
  error?: string
}

export interface RelayCoreOptions {
  readonly secret: string
  readonly routes: readonly Route[]
  readonly eventTypePrefix: string
  readonly dispatcher: Dispatcher
  /** When set, events are stored here and acknowledged, instead of dispatched before the answer. */
  readonly outbox?: EventOutbox
  readonly now?: () => number
  /** How many accepted events the duplicate window holds at most. */
  readonly maxRememberedEvents?: number
}

/** An event's line in the log, with what the response needs to know of a failure. */
interface DispatchedEvent extends EventLog {
  retryable?: boolean
  retryAfterSeconds?: number
  appCredentialsRefused?: boolean
}

/** Duplicates are told apart per target repository. */
interface TargetState {
  /** What GitHub accepted lately. */
  readonly recent: RecentEvents
  /** The dispatch under way, so that a concurrent duplicate waits for it instead of sending again. */
  readonly inFlight: Map<string, Promise<DispatchedEvent>>
}

interface PlannedEvent {
  readonly event: AcrEvent
  readonly clientPayloadJson: string
}

export class RelayCore {
  private readonly secret: Buffer
  private readonly now: () => number
  /** Per target repository, by event id: keyed apart so that no id string needs joining (and hashing anew) per request. */
  private readonly targets = new Map<string, TargetState>()

  constructor(private readonly options: RelayCoreOptions) {
    this.secret = Buffer.from(options.secret)
    this.now = options.now ?? Date.now
  }

  /**
   * What can be decided on the request line and headers alone: an answer
   * (healthz, 404, 405, the CloudEvents handshake, 401, 415, or 413 from
   * Content-Length), or else how many bytes the body may have. Hosts call this
   * before reading a body, so that a sender without the secret, or with too
   * large a body, never costs a body read.
   */
  decideOnHead(head: RelayRequestHead): RelayResponse | number {
    if (head.path === '/healthz') {
      return head.method === 'GET' || head.method === 'HEAD'
        ? { status: 200, body: { status: 'ok' } }
        : { status: 405, headers: { allow: 'GET, HEAD' }, body: { error: 'method not allowed' } }
    }
    if (head.path !== '/') return { status: 404, body: { error: 'not found' } }
    if (head.method === 'OPTIONS') return answerCloudEventsHandshake(head)
    if (head.method !== 'POST') return { status: 405, headers: { allow: 'POST, OPTIONS' }, body: { error: 'method not allowed' } }
    // Event Grid may validate a subscription without the delivery's custom headers. Answering
    // reveals nothing and dispatches nothing, so the handshake is not behind the secret.
    const handshake = head.headers['aeg-event-type'] === 'SubscriptionValidation'
    if (!handshake) {
      const refused = this.refuseUnauthorized(head.headers.authorization)
      if (refused) return refused
    }
    if (!JSON_CONTENT_TYPES.includes(mediaType(head.headers['content-type']))) {
      return { status: 415, body: { error: `content type must be one of ${JSON_CONTENT_TYPES.join(', ')}` } }
    }
    const limit = handshake ? MAX_HANDSHAKE_BODY_BYTES : MAX_BODY_BYTES
    return Number(head.headers['content-length']) > limit ? bodyTooLarge(limit) : limit
  }

  /**
   * The whole request. `bodyLimit` is decideOnHead's answer when the host
   * already asked it; otherwise the head is decided here.
   */
  async handle(request: RelayRequest, bodyLimit?: number): Promise<{ response: RelayResponse; log: RequestLog }> {
    const started = this.now()
    const log: RequestLog = { method: request.method, path: request.path, status: 0, durationMs: 0, events: [] }
    // Everything up to the dispatches is synchronous: a request is answered, or fully validated, before anything is sent.
    const prepared = this.prepare(request, bodyLimit ?? this.decideOnHead(request), log)
    const response = Array.isArray(prepared) ? await this.dispatchAll(prepared, log) : prepared
    log.status = response.status
    log.durationMs = this.now() - started
    return { response, log }
  }

  /** A response at once, or the events to dispatch. */
  private prepare(request: RelayRequest, decided: RelayResponse | number, log: RequestLog): RelayResponse | PlannedEvent[] {
    if (typeof decided !== 'number') {
      if (decided.logError !== undefined) log.error = decided.logError
      return decided
    }
    if (isOverUtf8Bytes(request.body, decided)) return bodyTooLarge(decided)
    // decideOnHead gives the handshake, and only the handshake, its smaller limit.
    const handshake = decided === MAX_HANDSHAKE_BODY_BYTES

    let body: unknown
    try {
      body = JSON.parse(request.body)
    } catch (error) {
      log.error = 'invalid JSON'
      return { status: 400, body: { error: 'invalid JSON', detail: (error as Error).message } }
    }
    if (handshake) return answerEventGridHandshake(body)

    try {
      return this.plan(body, readBinaryCloudEvent(request.headers))
    } catch (error) {
      if (!(error instanceof PayloadError)) throw error
      log.error = error.message
      return { status: 400, body: { error: 'invalid event', field: error.path, detail: error.message } }
    }
  }

  /**
   * The 401 for anything but `Bearer <secret>`, or undefined: the scheme in any
   * case and one or more spaces after it (RFC 9110). Constant time over the
   * secret's bytes; only a wrong length returns early, and the length is no secret.
   */
  private refuseUnauthorized(header: string | undefined): RelayResponse | undefined {
    if (header === undefined) return UNAUTHORIZED.noHeader
    if (header.length <= 7 || header.charCodeAt(6) !== 32 || header.slice(0, 6).toLowerCase() !== 'bearer') return UNAUTHORIZED.notBearer
    let start = 7
    while (header.charCodeAt(start) === 32) start++
    const given = Buffer.from(header.slice(start))
    return given.length === this.secret.length && timingSafeEqual(given, this.secret) ? undefined : UNAUTHORIZED.wrongSecret
  }

  /** Validates every event of the request before any is dispatched, so a bad batch sends nothing. */
  private plan(body: unknown, binary: BinaryCloudEvent | undefined): PlannedEvent[] {
    // Before anything recursive (re-serializing the client_payload) meets the body.
    checkJsonDepth(body, 'body')
    if (binary) return [this.planOne(binaryEvent(body, binary), 'body', binary.id)]
    const items = Array.isArray(body) ? (body as unknown[]).map((item, index) => ({ item, path: `body[${index}]` })) : [{ item: body, path: 'body' }]
    if (items.length === 0) throw new PayloadError('body', 'holds no event')
    return items.map(({ item, path }) => this.planOne(unwrapOneEvent(item, path), path))
  }

  /** One event, validated and serialized as its client_payload; `fallbackId` stands in for an id the event lacks. */
  private planOne(native: NativeEvent, path: string, fallbackId?: string): PlannedEvent {
    const parsed = parseNativeEvent(native)
    const event = parsed.id === undefined && fallbackId !== undefined ? { ...parsed, id: fallbackId } : parsed
    const payload = toClientPayload(native.fields, event)
    if (fallbackId !== undefined && payload.id === undefined) payload.id = fallbackId
    const clientPayloadJson = JSON.stringify(payload)
    if (isOverUtf8Bytes(clientPayloadJson, MAX_CLIENT_PAYLOAD_BYTES)) {
      throw new PayloadError(path, `is larger than GitHub's client_payload limit of ${MAX_CLIENT_PAYLOAD_BYTES} bytes`)
    }
    return { event, clientPayloadJson }
  }

  private async dispatchAll(planned: PlannedEvent[], log: RequestLog): Promise<RelayResponse> {
    // An ACR webhook carries one event: it is awaited on its own, without Promise.all's bookkeeping.
    const results = planned.length === 1 ? [await this.dispatchOne(planned[0]!)] : await Promise.all(planned.map(item => this.dispatchOne(item)))
    log.events = results
    const counts = { dispatched: 0, queued: 0, duplicates: 0, unrouted: 0, pings: 0 }
    const failed: DispatchedEvent[] = []
    for (const entry of results) {
      if (entry.outcome === 'dispatched') counts.dispatched++
      else if (entry.outcome === 'queued') counts.queued++
      else if (entry.outcome === 'duplicate') counts.duplicates++
      else if (entry.outcome === 'no-route') counts.unrouted++
      else if (entry.outcome === 'ping') counts.pings++
      else failed.push(entry)
    }
    const accepted = counts.dispatched + counts.queued
    // In storage mode nothing is dispatched before the answer: the body says "queued" instead.
    const { dispatched, queued, duplicates, unrouted, pings } = counts
    const summary = this.options.outbox ? { queued, duplicates, unrouted, pings } : { dispatched, duplicates, unrouted, pings }
    if (failed.length === 0) return { status: accepted + summary.duplicates > 0 ? 202 : 200, body: summary }
    if (failed.some(entry => entry.storageError !== undefined)) {
      // Those of the batch that were stored are duplicates when it comes again.
      return {
        status: 503,
        headers: { 'retry-after': String(STORAGE_RETRY_AFTER_SECONDS) },
        body: { error: 'the event could not be stored; send again later', ...summary, failed: failed.length }
      }
    }

    const retryable = failed.filter(entry => entry.retryable)
    if (retryable.length > 0) {
      const retryAfter = Math.max(...retryable.map(entry => entry.retryAfterSeconds ?? 0))
      return {
        status: 503,
        headers: retryAfter > 0 ? { 'retry-after': String(retryAfter) } : {},
        body: { error: 'GitHub did not accept every dispatch; send again later', ...summary, failed: failed.length }
      }
    }
    const statuses = failed.map(entry => entry.githubStatus).join(', ')
    const error = failed.some(entry => entry.appCredentialsRefused)
      ? `GitHub refused the GitHub App's credentials (HTTP ${statuses}) when the relay asked for an installation token: check GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY and GITHUB_APP_INSTALLATION_ID`
      : `GitHub refused the dispatch (HTTP ${statuses}): check the token's access to the target repository`
    return { status: 502, body: { error, ...summary, failed: failed.length } }
  }

  private async dispatchOne({ event, clientPayloadJson }: PlannedEvent): Promise<DispatchedEvent> {
    const entry: DispatchedEvent = { eventId: event.id, action: event.action, repository: event.repository, tag: event.tag, outcome: 'ping' }
    if (event.action === 'ping') return entry
    const route = this.routeFor(event.repository!)
    if (!route) {
      entry.outcome = 'no-route'
      return entry
    }
    entry.target = route.target
    if (this.options.outbox) return this.store(this.options.outbox, entry, route.target, event.action, clientPayloadJson)

    const id = event.id
    // Without an id a redelivery cannot be recognised: it is sent again.
    if (id === undefined) return this.send(entry, route.target, event.action, clientPayloadJson)
    const state = this.targetState(route.target)
    if (state.recent.has(id, this.now())) {
      entry.outcome = 'duplicate'
      return entry
    }
    const running = state.inFlight.get(id)
    if (running) {
      const first = await running
      entry.outcome = first.outcome === 'dispatched' ? 'duplicate' : 'failed'
      if (first.outcome === 'failed') {
        entry.githubStatus = first.githubStatus
        entry.retryable = first.retryable
        // Told the same time as the first: without it, its sender would come back at once.
        entry.retryAfterSeconds = first.retryAfterSeconds
      }
      return entry
    }

    const sending = this.send(entry, route.target, event.action, clientPayloadJson)
    state.inFlight.set(id, sending)
    try {
      const sent = await sending
      if (sent.outcome === 'dispatched') state.recent.remember(id, this.now())
      return sent
    } finally {
      state.inFlight.delete(id)
    }
  }

  /** Storage mode: the shared table is the duplicate window, and the dispatch happens after the answer. */
  private async store(
    outbox: EventOutbox,
    entry: DispatchedEvent,
    target: string,
    action: string,
    clientPayloadJson: string
  ): Promise<DispatchedEvent> {
    try {
      entry.outcome = await outbox.accept({
        target,
        eventId: entry.eventId,
        eventType: `${this.options.eventTypePrefix}${action}`,
        clientPayloadJson
      })
    } catch (error) {
      entry.outcome = 'failed'
      entry.retryable = true
      entry.storageError = (error as Error).message
    }
    return entry
  }

  private async send(entry: DispatchedEvent, target: string, action: string, clientPayloadJson: string): Promise<DispatchedEvent> {
    const result = await this.options.dispatcher({ target, eventType: `${this.options.eventTypePrefix}${action}`, clientPayloadJson })
    entry.outcome = result.ok ? 'dispatched' : 'failed'
    entry.githubStatus = result.status
    entry.attempts = result.attempts
    if (!result.ok) {
      entry.retryable = result.retryable
      entry.retryAfterSeconds = result.retryAfterSeconds
      if (result.failureReason !== undefined) entry.githubError = result.failureReason
      if (result.appCredentialsRefused) entry.appCredentialsRefused = true
    }
    return entry
  }

  /** The first route whose globs match; a loop rather than find(), which took a new closure per event. */
  private routeFor(repository: string): Route | undefined {
    for (const route of this.options.routes) if (route.repositories.matches(repository)) return route
    return undefined
  }

  private targetState(target: string): TargetState {
    let state = this.targets.get(target)
    if (!state) {
      state = { recent: new RecentEvents(DUPLICATE_WINDOW_MS, this.options.maxRememberedEvents ?? MAX_REMEMBERED_EVENTS), inFlight: new Map() }
      this.targets.set(target, state)
    }
    return state
  }
}

/** The native event with its known top-level keys only, and the action the envelope implied. */
function toClientPayload(fields: JsonObject, event: AcrEvent): JsonObject {
  const payload: JsonObject = {}
  for (const key of CLIENT_PAYLOAD_KEYS) {
    const value = ownField(fields, key)
    if (value !== undefined) payload[key] = value
  }
  payload.action = event.action
  return payload
}

/** A CloudEvent in binary mode: its attributes in ce-* headers, the body its data alone. */
interface BinaryCloudEvent {
  readonly type: string
  readonly id?: string
}

/**
 * The ce-* headers of a CloudEvents binary-mode request (what the cloudevents
 * SDK sends by default), checked; undefined for any other request. The type
 * gives the action, as in structured mode; an id there is the duplicate key
 * when the data has none.
 */
function readBinaryCloudEvent(headers: RelayRequest['headers']): BinaryCloudEvent | undefined {
  const specversion = headers['ce-specversion']
  if (specversion === undefined) return undefined
  if (specversion !== '1.0') throw new PayloadError('header ce-specversion', 'must be "1.0" (CloudEvents 1.0)', specversion)
  const type = headers['ce-type']
  if (type === undefined || !Object.hasOwn(ACR_EVENT_TYPES, type)) {
    throw new PayloadError('header ce-type', `must be one of ${Object.keys(ACR_EVENT_TYPES).join(', ')}`, type)
  }
  const id = headers['ce-id']
  if (id !== undefined && !eventIdRule.test(id)) throw new PayloadError('header ce-id', `must be ${eventIdRule.description}`, id)
  return { type, id }
}

function binaryEvent(body: unknown, binary: BinaryCloudEvent): NativeEvent {
  if (!isJsonObject(body)) throw new PayloadError('body', 'must be a JSON object (the ACR event: the data of a binary-mode CloudEvent)', body)
  return { fields: body, path: 'body', shape: 'cloudevents', typeAction: ACR_EVENT_TYPES[binary.type], typePath: 'header ce-type' }
}

/** The media type of a Content-Type header, without parameters, in lower case. */
function mediaType(header: string | undefined): string {
  if (header === undefined) return ''
  // What ACR and Event Grid send, answered without splitting.
  if (header === 'application/json') return header
  return header.split(';')[0]!.trim().toLowerCase()
}

/** CloudEvents abuse protection: the sender asks with OPTIONS whether it may deliver here. */
function answerCloudEventsHandshake(request: RelayRequestHead): RelayResponse {
  const origin = request.headers['webhook-request-origin']
  if (!origin) return { status: 204, headers: { allow: 'POST, OPTIONS' } }
  const headers: Record<string, string> = { allow: 'POST, OPTIONS', 'webhook-allowed-origin': origin }
  if (request.headers['webhook-request-rate']) headers['webhook-allowed-rate'] = '*'
  return { status: 200, headers }
}

/** Event Grid's subscription handshake: echo the validation code. */
function answerEventGridHandshake(body: unknown): RelayResponse {
  const first: unknown = Array.isArray(body) ? (body as unknown[])[0] : body
  const type = isJsonObject(first) ? ownField(first, 'eventType') : undefined
  const data = isJsonObject(first) ? ownField(first, 'data') : undefined
  const code = isJsonObject(data) ? ownField(data, 'validationCode') : undefined
  if (type !== VALIDATION_EVENT || typeof code !== 'string' || !/^[A-Za-z0-9-]{1,128}$/.test(code)) {
    return {
      status: 400,
      body: { error: 'invalid event', field: 'body[0]', detail: `expected a ${VALIDATION_EVENT} with data.validationCode` }
    }
  }
  return { status: 200, body: { validationResponse: code } }
}
