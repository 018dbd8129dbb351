// The relay's settings, read from the environment once at start. A missing or
// invalid setting is one error that names the variable and never echoes a
// secret.
import { GlobList } from '../glob-list.js'
import { GITHUB_COM_RATE_LIMITS, type RateLimit } from './github/budget.js'

export interface Route {
  readonly repositories: GlobList
  readonly target: string
}

export type GitHubAuth =
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'app'; readonly appId: string; readonly privateKey: string; readonly installationId: number }

export interface RelayConfig {
  readonly secret: string
  readonly auth: GitHubAuth
  /** First match wins. GITHUB_REPOSITORY, when set, is the last route and takes every repository. */
  readonly routes: readonly Route[]
  readonly apiUrl: string
  readonly eventTypePrefix: string
  readonly port: number
  /** How long GitHub may take, retries included, before the sender is told to retry (503). */
  readonly deadlineMs: number
  /** Dispatches sent to GitHub at once, at most (RELAY_MAX_DISPATCHES_IN_FLIGHT). */
  readonly maxDispatchesInFlight: number
  /** Dispatches waiting for a place, at most, before senders get 503 (RELAY_MAX_DISPATCHES_QUEUED). */
  readonly maxDispatchesQueued: number
  /** Open connections the Node server accepts, at most (RELAY_MAX_CONNECTIONS). */
  readonly maxConnections: number
  /** Requests one connection carries before it is closed (RELAY_MAX_REQUESTS_PER_SOCKET; 0: no limit). */
  readonly maxRequestsPerSocket: number
  /**
   * RELAY_GITHUB_RATE_LIMITS: the most requests sent to GitHub in any window,
   * per limit; shared by every instance in storage mode. Empty: not paced.
   */
  readonly githubRateLimits: readonly RateLimit[]
  /**
   * RELAY_GITHUB_REQUEST_INTERVAL: the least time between the starts of two
   * requests from one instance, sent one at a time (GitHub's best practices
   * for mutating requests); 0: neither.
   */
  readonly githubRequestIntervalMs: number
  /** The shared duplicate window and durable outbox; undefined: in memory, dispatched before the answer. */
  readonly storage?: StorageConfig
}

/** The Azure resources of one relay deployment, all named after RELAY_STORAGE_NAME. */
export interface StorageNames {
  /** The record of every accepted event, keyed by target and event id: the shared duplicate window. */
  readonly table: string
  /** The outbox: one message per event to dispatch. */
  readonly queue: string
  /** What can never be sent, with the reason; named as the Functions runtime names a queue's poison queue. */
  readonly poisonQueue: string
  /** The requests sent to GitHub lately, per slice of time: the budget every instance shares. */
  readonly dispatchBudget: string
}

export interface StorageConfig {
  /** RELAY_STORAGE_CONNECTION_STRING: never logged, never echoed (it holds the account key). */
  readonly connectionString: string
  readonly names: StorageNames
  /** RELAY_MAX_EVENT_AGE: an event not dispatched this long after it arrived goes to the poison queue. */
  readonly maxEventAgeMs: number
  /**
   * RELAY_DISPATCH_LEASE_SECONDS: how long a dispatcher holds an event (its
   * message's visibility timeout, and the lease on its record) before another
   * may take it; longer than a dispatch can last.
   */
  readonly leaseMs: number
  /** RELAY_RETRY_DELAY_SECONDS: the first wait after GitHub failed; doubled each time up to maxRetryDelayMs. */
  readonly retryDelayMs: number
  /** RELAY_MAX_RETRY_DELAY_SECONDS. */
  readonly maxRetryDelayMs: number
  /** RELAY_STORAGE_TIMEOUT_SECONDS: how long one storage call may take, the SDK's retries included. */
  readonly callTimeoutMs: number
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  constructor(
    readonly variable: string,
    problem: string
  ) {
    super(`${variable}: ${problem}`)
  }
}

export const MIN_SECRET_LENGTH = 16
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/
// The longest action, chart_delete, then leaves event_type within GitHub's 100 characters.
const EVENT_TYPE_PREFIX = /^[A-Za-z0-9._:-]{0,80}$/

export function loadRelayConfig(env: NodeJS.ProcessEnv): RelayConfig {
  const secret = env.RELAY_SECRET ?? ''
  if (secret === '') throw new ConfigError('RELAY_SECRET', 'is required: callers must send "Authorization: Bearer <RELAY_SECRET>"')
  if (secret.length < MIN_SECRET_LENGTH || /\s/.test(secret)) {
    throw new ConfigError('RELAY_SECRET', `must be at least ${MIN_SECRET_LENGTH} characters without spaces (e.g. openssl rand -hex 32)`)
  }

  const routes = parseRoutes(env.RELAY_ROUTES ?? '')
  const defaultTarget = env.GITHUB_REPOSITORY ?? ''
  if (defaultTarget !== '') {
    if (!REPOSITORY.test(defaultTarget)) throw new ConfigError('GITHUB_REPOSITORY', `must be owner/repo; got ${JSON.stringify(defaultTarget)}`)
    // No pattern matches every repository, without a glob test per event.
    routes.push({ repositories: new GlobList([]), target: defaultTarget })
  }
  if (routes.length === 0) throw new ConfigError('GITHUB_REPOSITORY', 'is required (owner/repo to dispatch to), unless RELAY_ROUTES is set')

  const deadlineMs = parseDeadline(env.RELAY_DEADLINE_SECONDS ?? '')
  const storage = loadStorageConfig(env)
  if (storage && storage.leaseMs < deadlineMs + STORAGE_MARGIN_MS) {
    throw new ConfigError(
      'RELAY_DISPATCH_LEASE_SECONDS',
      `must be at least RELAY_DEADLINE_SECONDS + ${STORAGE_MARGIN_MS / 1000} s (${Math.ceil((deadlineMs + STORAGE_MARGIN_MS) / 1000)}): a lease that ends while its dispatch is still under way lets another instance send the event again`
    )
  }
  return {
    secret,
    auth: parseAuth(env),
    routes,
    apiUrl: parseApiUrl(env.GITHUB_API_URL ?? ''),
    eventTypePrefix: parseEventTypePrefix(env.EVENT_TYPE_PREFIX),
    port: parsePort(env.PORT ?? ''),
    deadlineMs,
    // Well under GitHub's 100 concurrent requests per token, and its secondary rate limit's taste for bursts.
    maxDispatchesInFlight: parseCount('RELAY_MAX_DISPATCHES_IN_FLIGHT', env.RELAY_MAX_DISPATCHES_IN_FLIGHT, 20, 1, 100),
    // A burst of this many events waits its turn; past it, senders are told to come back (503, Retry-After).
    maxDispatchesQueued: parseCount('RELAY_MAX_DISPATCHES_QUEUED', env.RELAY_MAX_DISPATCHES_QUEUED, 1000, 0, 100_000),
    // A descriptor and some buffers each; far above what ACR and Event Grid open, far below the process's limit.
    maxConnections: parseCount('RELAY_MAX_CONNECTIONS', env.RELAY_MAX_CONNECTIONS, 1024, 1, 65_536),
    // Bounds pipelining on one connection; a client that honours Connection: close just opens another.
    maxRequestsPerSocket: parseCount('RELAY_MAX_REQUESTS_PER_SOCKET', env.RELAY_MAX_REQUESTS_PER_SOCKET, 1000, 0, 1_000_000),
    githubRateLimits: parseRateLimits(env.RELAY_GITHUB_RATE_LIMITS),
    githubRequestIntervalMs: parseInterval(env.RELAY_GITHUB_REQUEST_INTERVAL),
    storage
  }
}

/** Room for the storage writes around a dispatch, within its lease. */
const STORAGE_MARGIN_MS = 2_000
const STORAGE_NAME = /^[a-z][a-z0-9]{2,39}$/

/**
 * The storage settings alone (undefined when RELAY_STORAGE_CONNECTION_STRING
 * is unset): all the operator's poison command needs.
 */
export function loadStorageConfig(env: NodeJS.ProcessEnv): StorageConfig | undefined {
  const connectionString = (env.RELAY_STORAGE_CONNECTION_STRING ?? '').trim()
  if (connectionString === '') return undefined
  checkConnectionString(connectionString)
  const name = env.RELAY_STORAGE_NAME ?? 'acrrelay'
  if (!STORAGE_NAME.test(name)) {
    throw new ConfigError(
      'RELAY_STORAGE_NAME',
      `must be 3 to 40 of a-z 0-9, starting with a letter (it names a table and queues); got ${JSON.stringify(name.slice(0, 60))}`
    )
  }
  const retryDelayMs = parseDuration('RELAY_RETRY_DELAY_SECONDS', env.RELAY_RETRY_DELAY_SECONDS, 10_000, 1_000, 3_600_000)
  const maxRetryDelayMs = parseDuration('RELAY_MAX_RETRY_DELAY_SECONDS', env.RELAY_MAX_RETRY_DELAY_SECONDS, 600_000, 1_000, 86_400_000)
  if (maxRetryDelayMs < retryDelayMs) throw new ConfigError('RELAY_MAX_RETRY_DELAY_SECONDS', 'must not be below RELAY_RETRY_DELAY_SECONDS')
  return {
    connectionString,
    names: { table: `${name}events`, queue: `${name}-dispatches`, poisonQueue: `${name}-dispatches-poison`, dispatchBudget: `${name}budget` },
    // Event Grid retries a delivery for 24 h: an event older than that is beyond anything a sender still expects.
    maxEventAgeMs: parseDuration('RELAY_MAX_EVENT_AGE', env.RELAY_MAX_EVENT_AGE, 86_400_000, 1_000, 7 * 86_400_000),
    // Whole seconds: the queue's visibility timeouts are.
    leaseMs: parseCount('RELAY_DISPATCH_LEASE_SECONDS', env.RELAY_DISPATCH_LEASE_SECONDS, 60, 3, 3600) * 1000,
    retryDelayMs,
    maxRetryDelayMs,
    // A record and a message (three calls at most) must fit in Event Grid's 30 s.
    callTimeoutMs: parseDuration('RELAY_STORAGE_TIMEOUT_SECONDS', env.RELAY_STORAGE_TIMEOUT_SECONDS, 8_000, 1_000, 9_000)
  }
}

/**
 * Checks the shape of a connection string without echoing any of it: it
 * holds the account key. The SDKs parse it for good on first use.
 */
function checkConnectionString(text: string): void {
  const fields = new Map<string, string>()
  for (const part of text.split(';')) {
    if (part.trim() === '') continue
    const at = part.indexOf('=')
    if (at <= 0)
      throw new ConfigError(
        'RELAY_STORAGE_CONNECTION_STRING',
        'is not a connection string of key=value pairs separated by ";" (the value is not shown: it holds a key)'
      )
    fields.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim())
  }
  if (fields.get('usedevelopmentstorage') === 'true') return
  if (!fields.get('accountname') || !(fields.get('accountkey') || fields.get('sharedaccesssignature'))) {
    throw new ConfigError(
      'RELAY_STORAGE_CONNECTION_STRING',
      'must name AccountName and AccountKey (or SharedAccessSignature), as the storage account\'s "Access keys" page gives it, or be UseDevelopmentStorage=true (the value is not shown: it holds a key)'
    )
  }
}

/** A duration: seconds, or a number with s, m, h or d; from `min` to `max` ms. */
function parseDuration(variable: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined || text.trim() === '') return fallback
  const match = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)?$/.exec(text.trim())
  const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match?.[2] ?? 's']!
  const value = match ? Math.round(Number(match[1]) * unit) : NaN
  if (!(value >= min && value <= max)) {
    throw new ConfigError(
      variable,
      `must be a duration from ${min / 1000} s to ${max / 1000} s (e.g. 90, 30m, 24h); got ${JSON.stringify(text.slice(0, 40))}`
    )
  }
  return value
}

/**
 * "80/1m,500/1h": at most 80 requests in any minute and 500 in any hour
 * (GitHub.com's secondary limits, the default); "none" for a GitHub
 * Enterprise Server whose rate limiting is off.
 */
function parseRateLimits(text: string | undefined): readonly RateLimit[] {
  const variable = 'RELAY_GITHUB_RATE_LIMITS'
  if (text === undefined || text.trim() === '') return GITHUB_COM_RATE_LIMITS
  if (text.trim().toLowerCase() === 'none') return []
  const limits = new Map<number, number>()
  for (const part of text.split(',')) {
    const match = /^\s*(\d+)\s*\/\s*(\S+)\s*$/.exec(part)
    const count = Number(match?.[1])
    if (!match || !(count >= 1 && count <= 1_000_000)) {
      throw new ConfigError(
        variable,
        `must be a comma-separated list of count/duration (e.g. 80/1m,500/1h, GitHub.com's limits), or none; got ${JSON.stringify(text.slice(0, 60))}`
      )
    }
    const windowMs = parseDuration(variable, match[2], 0, 1_000, 86_400_000)
    // Two limits over the same window: the lower one is the limit.
    limits.set(windowMs, Math.min(count, limits.get(windowMs) ?? count))
  }
  return [...limits].map(([windowMs, count]) => ({ count, windowMs }))
}

/** Seconds from 0 to 10 (a number, or with s), default 1: GitHub asks for a second between mutating requests. */
function parseInterval(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 1_000
  const match = /^(\d+(?:\.\d+)?)\s*s?$/.exec(text.trim())
  const value = match ? Math.round(Number(match[1]) * 1000) : NaN
  if (!(value >= 0 && value <= 10_000)) {
    throw new ConfigError(
      'RELAY_GITHUB_REQUEST_INTERVAL',
      `must be a number of seconds from 0 to 10 (default 1; 0: no spacing); got ${JSON.stringify(text.slice(0, 40))}`
    )
  }
  return value
}

/** A whole number from `min` to `max`, or `fallback` when unset. */
function parseCount(variable: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined || text === '') return fallback
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new ConfigError(variable, `must be a whole number from ${min} to ${max}; got ${JSON.stringify(text.slice(0, 40))}`)
  }
  return value
}

function parseAuth(env: NodeJS.ProcessEnv): GitHubAuth {
  const token = env.GITHUB_TOKEN ?? ''
  const appId = env.GITHUB_APP_ID ?? ''
  const privateKey = env.GITHUB_APP_PRIVATE_KEY ?? ''
  const installationId = env.GITHUB_APP_INSTALLATION_ID ?? ''
  const anyApp = appId !== '' || privateKey !== '' || installationId !== ''
  if (token !== '' && anyApp) {
    throw new ConfigError('GITHUB_TOKEN', 'is set together with GITHUB_APP_*: set either a token or a GitHub App, not both')
  }
  if (token !== '') {
    if (/\s/.test(token)) throw new ConfigError('GITHUB_TOKEN', 'contains white space; paste the token alone')
    return { kind: 'token', token }
  }
  if (!anyApp) {
    throw new ConfigError(
      'GITHUB_TOKEN',
      'is required (a token allowed to create repository dispatches), unless GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY and GITHUB_APP_INSTALLATION_ID are set'
    )
  }
  if (!/^\d+$/.test(appId)) throw new ConfigError('GITHUB_APP_ID', "must be the App's numeric id")
  if (!/^\d+$/.test(installationId)) throw new ConfigError('GITHUB_APP_INSTALLATION_ID', "must be the numeric id of the App's installation")
  // App settings and .env files often hold the PEM on one line with literal \n.
  const pem = privateKey.replace(/\\n/g, '\n').trim()
  if (!/^-----BEGIN (RSA )?PRIVATE KEY-----\n[\s\S]+\n-----END (RSA )?PRIVATE KEY-----$/.test(pem)) {
    throw new ConfigError(
      'GITHUB_APP_PRIVATE_KEY',
      "must be the App's PEM private key (-----BEGIN RSA PRIVATE KEY----- …), with real or \\n line breaks"
    )
  }
  return { kind: 'app', appId, privateKey: `${pem}\n`, installationId: Number(installationId) }
}

function parseRoutes(text: string): Route[] {
  if (text.trim() === '') return []
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ConfigError('RELAY_ROUTES', `is not valid JSON (${(error as Error).message})`)
  }
  if (!Array.isArray(value) || value.length === 0) {
    throw new ConfigError('RELAY_ROUTES', 'must be a non-empty JSON list of {"repositories": "<glob>", "target": "owner/repo"}')
  }
  return value.map((route: unknown, index) => {
    const where = `entry ${index}`
    if (typeof route !== 'object' || route === null || Array.isArray(route)) throw new ConfigError('RELAY_ROUTES', `${where} must be an object`)
    const { repositories, target } = route as Record<string, unknown>
    if (typeof repositories !== 'string' || repositories.trim() === '') {
      throw new ConfigError('RELAY_ROUTES', `${where}: "repositories" must be a glob such as "team/**"`)
    }
    if (typeof target !== 'string' || !REPOSITORY.test(target)) {
      throw new ConfigError('RELAY_ROUTES', `${where}: "target" must be owner/repo; got ${JSON.stringify(target)}`)
    }
    const glob = repositories.trim()
    try {
      return { repositories: new GlobList([glob]), target }
    } catch (error) {
      // picomatch throws a SyntaxError for unbalanced brackets; the operator needs the route, not its stack.
      throw new ConfigError(
        'RELAY_ROUTES',
        `${where} (to ${target}): "repositories" ${JSON.stringify(glob.slice(0, 100))} is not a valid glob (${(error as Error).message})`
      )
    }
  })
}

function parseApiUrl(text: string): string {
  if (text === '') return 'https://api.github.com'
  let url: URL
  try {
    url = new URL(text)
  } catch {
    // Not echoed: a URL that fails to parse may still hold a token (user:token@host, ?access_token=).
    throw new ConfigError(
      'GITHUB_API_URL',
      'is not a URL (the value is not shown: it may hold a credential); use https://api.github.com or https://HOST/api/v3'
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError('GITHUB_API_URL', 'must be an http(s) URL')
  if (url.username || url.password) throw new ConfigError('GITHUB_API_URL', 'must not carry credentials; use GITHUB_TOKEN')
  if (url.search || url.hash)
    throw new ConfigError('GITHUB_API_URL', 'must not carry a query or a fragment (the value is not shown: it may hold a credential)')
  return url.href.replace(/\/+$/, '')
}

function parseEventTypePrefix(text: string | undefined): string {
  const prefix = text ?? 'acr-'
  if (!EVENT_TYPE_PREFIX.test(prefix)) {
    throw new ConfigError('EVENT_TYPE_PREFIX', `must be at most 80 of A-Z a-z 0-9 . _ : -; got ${JSON.stringify(prefix.slice(0, 100))}`)
  }
  return prefix
}

function parseDeadline(text: string): number {
  if (text === '') return 25_000
  const seconds = Number(text)
  // Event Grid waits 30 s for an answer.
  if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0 || seconds > 28) {
    throw new ConfigError('RELAY_DEADLINE_SECONDS', `must be a number of seconds above 0 and at most 28; got ${JSON.stringify(text)}`)
  }
  return Math.round(seconds * 1000)
}

function parsePort(text: string): number {
  if (text === '') return 8080
  const port = Number(text)
  // 0 asks the system for a free port (the "listening" log line names it).
  if (!/^\d+$/.test(text) || port > 65535) throw new ConfigError('PORT', `must be a port number from 0 to 65535; got ${JSON.stringify(text)}`)
  return port
}
