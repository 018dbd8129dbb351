// The relay's settings, read from the environment once at start. A missing or
// invalid setting is one error that names the variable and never echoes a
// secret.
import { GlobList } from '../glob-list.js'

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
    routes.push({ repositories: new GlobList(['**']), target: defaultTarget })
  }
  if (routes.length === 0) throw new ConfigError('GITHUB_REPOSITORY', 'is required (owner/repo to dispatch to), unless RELAY_ROUTES is set')

  return {
    secret,
    auth: parseAuth(env),
    routes,
    apiUrl: parseApiUrl(env.GITHUB_API_URL ?? ''),
    eventTypePrefix: parseEventTypePrefix(env.EVENT_TYPE_PREFIX),
    port: parsePort(env.PORT ?? ''),
    deadlineMs: parseDeadline(env.RELAY_DEADLINE_SECONDS ?? ''),
    // Well under GitHub's 100 concurrent requests per token, and its secondary rate limit's taste for bursts.
    maxDispatchesInFlight: parseCount('RELAY_MAX_DISPATCHES_IN_FLIGHT', env.RELAY_MAX_DISPATCHES_IN_FLIGHT, 20, 1, 100),
    // A burst of this many events waits its turn; past it, senders are told to come back (503, Retry-After).
    maxDispatchesQueued: parseCount('RELAY_MAX_DISPATCHES_QUEUED', env.RELAY_MAX_DISPATCHES_QUEUED, 1000, 0, 100_000),
    // A descriptor and some buffers each; far above what ACR and Event Grid open, far below the process's limit.
    maxConnections: parseCount('RELAY_MAX_CONNECTIONS', env.RELAY_MAX_CONNECTIONS, 1024, 1, 65_536),
    // Bounds pipelining on one connection; a client that honours Connection: close just opens another.
    maxRequestsPerSocket: parseCount('RELAY_MAX_REQUESTS_PER_SOCKET', env.RELAY_MAX_REQUESTS_PER_SOCKET, 1000, 0, 1_000_000)
  }
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
    return { repositories: new GlobList([repositories.trim()]), target }
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
