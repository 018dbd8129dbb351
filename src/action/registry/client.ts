// A small client for the distribution API (the OCI distribution specification):
// HEAD and GET of one manifest, behind the specification's token flow. Node's
// http and https only: Microsoft's @azure/container-registry (with
// @azure/identity) speaks to ACR alone, not to connected registries or the
// registry the tests run, and weighs megabytes in a bundle. No @actions/core
// here: secrets the client learns are handed to `onSecret`, which the caller
// wires to the runner's masking.
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'

/** What the job has for a registry, as the Docker CLI would use it. */
export type Credentials =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  /** An OAuth2 refresh token (`identitytoken` in config.json; what `az acr login` stores for ACR). */
  | { readonly kind: 'identity-token'; readonly token: string }

/** One challenge of a WWW-Authenticate header: its scheme (lower case) and parameters (names in lower case). */
export interface Challenge {
  readonly scheme: string
  readonly params: Readonly<Record<string, string>>
}

/** Media types a manifest request accepts: without them, a registry may convert a manifest or refuse an OCI one. */
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
] as const

/** The distribution specification's limit for a manifest body (4 MiB); more is not a manifest. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
/** Token answers are small JSON objects; this bounds what a hostile realm can make us buffer. */
const MAX_TOKEN_BYTES = 64 * 1024
export const DEFAULT_TIMEOUT_MS = 15_000
/** As many as curl and browsers would not call a loop; a registry needs one or two (a CDN, a storage account). */
const MAX_REDIRECTS = 5
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

/** A failure that must fail the step: the registry could not answer whether the event is true. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError'
  constructor(
    readonly host: string,
    message: string,
    readonly status?: number
  ) {
    super(message)
  }
}

const TOKEN_CHARACTER = /[!#$%&'*+.^_`|~0-9A-Za-z-]/

/**
 * Parses a WWW-Authenticate header (RFC 9110 §11.6.1): one or more challenges,
 * each a scheme and comma-separated `name=value` or `name="quoted"`
 * parameters, the challenges themselves separated by commas. A token68
 * (`Negotiate abc==`) is kept under the parameter name "token68".
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Array<{ scheme: string; params: Record<string, string> }> = []
  let i = 0
  const skip = (pattern: RegExp) => {
    while (i < header.length && pattern.test(header[i]!)) i++
  }
  const token = () => {
    const start = i
    while (i < header.length && TOKEN_CHARACTER.test(header[i]!)) i++
    return header.slice(start, i)
  }
  while (i < header.length) {
    skip(/[\s,]/)
    const name = token()
    if (name === '') {
      i++ // a character no grammar allows here: step over it rather than loop
      continue
    }
    const afterName = i
    skip(/[ \t]/)
    const current = challenges.at(-1)
    if (header[i] === '=' && current) {
      i++
      skip(/[ \t]/)
      current.params[name.toLowerCase()] = header[i] === '"' ? quotedString() : unquotedValue()
      continue
    }
    i = afterName
    const challenge = { scheme: name.toLowerCase(), params: Object.create(null) as Record<string, string> }
    challenges.push(challenge)
    skip(/[ \t]/)
    // A token68 stands alone after the scheme: letters, digits, -._~+/ and trailing "=".
    const token68 = /^[A-Za-z0-9\-._~+/]+=*(?=[ \t]*(?:,|$))/.exec(header.slice(i))
    if (token68) {
      challenge.params.token68 = token68[0]
      i += token68[0].length
    }
  }
  return challenges

  /** A value without quotes should be a token; a URL left unquoted is read up to the next comma or space all the same. */
  function unquotedValue(): string {
    const start = i
    while (i < header.length && !/[\s,]/.test(header[i]!)) i++
    return header.slice(start, i)
  }

  function quotedString(): string {
    let value = ''
    i++ // the opening quote
    while (i < header.length && header[i] !== '"') {
      if (header[i] === '\\' && i + 1 < header.length) i++
      value += header[i]
      i++
    }
    i++ // the closing quote
    return value
  }
}

/** Hosts the client reaches over plain http: the loopback names only. Every real registry is https. */
export function isLoopbackHost(hostWithPort: string): boolean {
  const host = hostWithPort.startsWith('[') ? hostWithPort.slice(0, hostWithPort.indexOf(']') + 1) : hostWithPort.replace(/:\d+$/, '')
  return ['127.0.0.1', 'localhost', '[::1]'].includes(host.toLowerCase())
}

export interface RegistryResponse {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: Buffer
}

export interface RegistryClientOptions {
  /**
   * Whether the workflow allows requests to a host (`host[:port]` as a URL
   * writes it): asked for every token realm and every redirect, before any
   * connection. Without it, only the registry's own host is allowed.
   */
  readonly allowsHost?: (host: string) => boolean
  readonly timeoutMs?: number
  /** Called with every secret the client obtains (bearer tokens), before it is used. */
  readonly onSecret?: (secret: string) => void
}

/**
 * One registry host, one set of credentials. A bearer token, once obtained, is
 * kept for the next requests (the HEAD of a tag after the GET of a digest), so
 * that verification costs its round trips and no more.
 */
export class RegistryClient {
  private readonly baseUrl: string
  private readonly agent: HttpAgent
  private authorization?: string
  private readonly timeoutMs: number

  constructor(
    readonly host: string,
    private readonly credentials: Credentials,
    private readonly options: RegistryClientOptions = {}
  ) {
    const loopback = isLoopbackHost(host)
    this.baseUrl = `${loopback ? 'http' : 'https'}://${host}`
    this.agent = loopback ? new HttpAgent({ keepAlive: true }) : new HttpsAgent({ keepAlive: true })
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  }

  /** HEAD or GET of `/v2/<repository>/manifests/<reference>`; 200 and 404 are answers, anything else throws. */
  async manifest(method: 'HEAD' | 'GET', repository: string, reference: string): Promise<RegistryResponse> {
    return this.read(method, repository, `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_MEDIA_TYPES.join(', ') }, MAX_MANIFEST_BYTES)
  }

  /**
   * GET of another path of the repository (`/v2/<repository>/referrers/…`,
   * `/blobs/…`) with the same login, the answer capped at `maxBytes`. A
   * redirect (ACR answers a blob with 307 to its storage) is followed as every
   * request's is: only to a host `allowsHost` accepts, over https, and without
   * the Authorization header once it leaves the registry's host.
   */
  async get(repository: string, path: string, accept: string, maxBytes: number): Promise<RegistryResponse> {
    return this.read('GET', repository, path, { accept }, maxBytes)
  }

  /** One request behind the token flow; 200 and 404 are answers, anything else throws. */
  private async read(method: string, repository: string, path: string, headers: OutgoingHttpHeaders, maxBytes: number): Promise<RegistryResponse> {
    let response = await this.send(method, path, headers, maxBytes)
    if (response.status === 401) {
      const challenged = this.authorization !== undefined
      this.authorization = await this.authorize(response, repository, path)
      response = await this.send(method, path, headers, maxBytes)
      if (response.status === 401) throw this.refused(response, challenged ? 'refused a token it had accepted before' : undefined)
    }
    if (response.status === 200 || response.status === 404) return response
    if (response.status === 403) {
      throw new RegistryError(
        this.host,
        `The registry ${this.host} denied access to ${repository} (HTTP 403): the identity logged in for ${this.host} needs pull rights on it (AcrPull on an Azure Container Registry)`,
        403
      )
    }
    throw new RegistryError(
      this.host,
      `The registry ${this.host} answered HTTP ${response.status} to ${method} ${path}; check that ${this.host} is a registry and is up (nothing was assumed verified)`,
      response.status
    )
  }

  /** Releases the kept-alive connections, so that the step's process can exit at once. */
  close(): void {
    this.agent.destroy()
  }

  /** The Authorization header that answers a 401's challenge, or a RegistryError saying why there is none. */
  private async authorize(response: RegistryResponse, repository: string, path: string): Promise<string> {
    const challenges = parseWwwAuthenticate(headerText(response.headers['www-authenticate']))
    const bearer = challenges.find(c => c.scheme === 'bearer')
    if (bearer) return `Bearer ${await this.fetchToken(bearer, repository)}`
    if (challenges.some(c => c.scheme === 'basic')) {
      if (this.credentials.kind === 'basic') {
        return `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`
      }
      throw this.refused(response)
    }
    throw new RegistryError(
      this.host,
      `The registry ${this.host} answered HTTP 401 to ${path} without a Bearer or Basic challenge in WWW-Authenticate; it is not a registry this action can log in to`,
      401
    )
  }

  /**
   * The distribution token flow: the realm named by the challenge gives a
   * bearer token for `service` and `scope`, against basic credentials (GET),
   * a refresh token (POST, grant_type=refresh_token, as ACR's /oauth2/token
   * takes it) or nothing (anonymous pull).
   */
  private async fetchToken(challenge: Challenge, repository: string): Promise<string> {
    const realm = this.realmUrl(challenge.params.realm)
    const service = challenge.params.service ?? this.host
    const scope = challenge.params.scope ?? `repository:${repository}:pull`
    const credentials = this.credentials
    let response: RegistryResponse
    if (credentials.kind === 'identity-token') {
      const form = new URLSearchParams({
        grant_type: 'refresh_token',
        service,
        scope,
        refresh_token: credentials.token,
        client_id: 'acr-webhook-action'
      })
      response = await this.sendTo(realm, 'POST', { 'content-type': 'application/x-www-form-urlencoded' }, form.toString(), MAX_TOKEN_BYTES)
    } else {
      realm.searchParams.set('service', service)
      realm.searchParams.set('scope', scope)
      const headers: OutgoingHttpHeaders =
        credentials.kind === 'basic'
          ? { authorization: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` }
          : {}
      response = await this.sendTo(realm, 'GET', headers, undefined, MAX_TOKEN_BYTES)
    }
    const where = `the token service ${realm.host} of ${this.host}`
    if (response.status === 401 || response.status === 403) throw this.refused(response, undefined, where)
    if (response.status !== 200) {
      throw new RegistryError(this.host, `${capitalize(where)} answered HTTP ${response.status}; check that ${this.host} is up`, response.status)
    }
    const token = tokenFrom(response.body)
    if (!token) throw new RegistryError(this.host, `${capitalize(where)} answered 200 without a token ("token" or "access_token")`, 200)
    this.options.onSecret?.(token)
    return token
  }

  /**
   * The realm, only over https (or http between loopback hosts): credentials
   * go where the registry's challenge says, and never in clear text over a
   * network.
   */
  private realmUrl(realm: string | undefined): URL {
    let url: URL | undefined
    try {
      url = realm === undefined ? undefined : new URL(realm)
    } catch {
      url = undefined
    }
    if (!url)
      throw new RegistryError(this.host, `The registry ${this.host} sent a Bearer challenge without a valid realm URL; it cannot be logged in to`)
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.host) && isLoopbackHost(this.host))
    if (!secure || url.username || url.password) {
      throw new RegistryError(
        this.host,
        `The registry ${this.host} sent a token realm that is not https (${url.protocol}//${url.host}); no credentials were sent there`
      )
    }
    if (!this.allows(url.host)) {
      throw new RegistryError(
        this.host,
        `The registry ${this.host} names its token service at ${url.host} (Bearer realm ${url.origin}), a host registries does not allow: no request, and no credential, was sent there. If ${url.host} is the token service of ${this.host}, add it to registries (registries: ${this.host}, ${url.host})`
      )
    }
    return url
  }

  private allows(host: string): boolean {
    return host.toLowerCase() === this.host.toLowerCase() || (this.options.allowsHost?.(host) ?? false)
  }

  private refused(response: RegistryResponse, detail?: string, where = `the registry ${this.host}`): RegistryError {
    const what =
      this.credentials.kind === 'anonymous'
        ? `requires credentials, and the Docker config has none for ${this.host}: log in before this step (docker/login-action, or az acr login)`
        : `refused the credentials the Docker config holds for ${this.host}${detail ? ` (${detail})` : ''}: check the login step, that the password or token has not expired, and that the identity may pull (AcrPull)`
    return new RegistryError(this.host, `${capitalize(where)} answered HTTP ${response.status}: it ${what}`, response.status)
  }

  private send(method: string, path: string, headers: OutgoingHttpHeaders, maxBytes: number): Promise<RegistryResponse> {
    const all = this.authorization ? { ...headers, authorization: this.authorization } : headers
    return this.sendTo(new URL(path, this.baseUrl), method, all, undefined, maxBytes)
  }

  /**
   * One request, following redirects: every hop to a host the workflow allows
   * and over https (http only between loopback hosts), checked before it is
   * made. The Authorization header does not cross to another host, and a body
   * (the token request's refresh token) is never sent to another host at all.
   */
  private async sendTo(
    url: URL,
    method: string,
    headers: OutgoingHttpHeaders,
    body: string | undefined,
    maxBytes: number
  ): Promise<RegistryResponse> {
    let hop = { url, method, headers, body }
    for (let redirects = 0; ; redirects++) {
      const response = await this.sendOnce(hop.url, hop.method, hop.headers, hop.body, maxBytes)
      const location = REDIRECT_STATUSES.has(response.status) ? headerText(response.headers.location) : ''
      if (location === '') return response
      const what = `${hop.method} ${hop.url.host === this.host ? hop.url.pathname : hop.url.origin + hop.url.pathname}`
      if (redirects === MAX_REDIRECTS) {
        throw new RegistryError(
          this.host,
          `The registry ${this.host} redirected ${what} more than ${MAX_REDIRECTS} times; nothing was assumed verified`
        )
      }
      let next: URL
      try {
        next = new URL(location, hop.url)
      } catch {
        throw new RegistryError(
          this.host,
          `The registry ${this.host} redirected ${what} to an address that is not a URL; nothing was assumed verified`
        )
      }
      const secure = next.protocol === 'https:' || (next.protocol === 'http:' && isLoopbackHost(next.host) && isLoopbackHost(hop.url.host))
      if (!secure || next.username || next.password) {
        throw new RegistryError(
          this.host,
          `The registry ${this.host} redirected ${what} to ${next.protocol}//${next.host}, which is not https; nothing was sent there`
        )
      }
      if (!this.allows(next.host)) {
        throw new RegistryError(
          this.host,
          `The registry ${this.host} redirected ${what} to ${next.host}, a host registries does not allow: no request, and no credential, was sent there. If ${next.host} serves ${this.host} (a CDN, a storage account), add it to registries (registries: ${this.host}, ${next.host})`
        )
      }
      const crossHost = next.host !== hop.url.host
      if (crossHost && hop.body !== undefined) {
        throw new RegistryError(
          this.host,
          `The registry ${this.host} redirected ${what}, which carries credentials in its body, to another host (${next.host}); it was not sent there`
        )
      }
      // 303, and 301/302 after a POST, turn into a GET without a body, as clients have always done.
      const asGet = response.status === 303 || ((response.status === 301 || response.status === 302) && hop.method === 'POST')
      const { authorization, ...withoutAuthorization } = hop.headers
      hop = {
        url: next,
        method: asGet ? 'GET' : hop.method,
        headers: crossHost ? withoutAuthorization : hop.headers,
        body: asGet ? undefined : hop.body
      }
    }
  }

  private sendOnce(url: URL, method: string, headers: OutgoingHttpHeaders, body: string | undefined, maxBytes: number): Promise<RegistryResponse> {
    const send = url.protocol === 'http:' ? httpRequest : httpsRequest
    const sameHost = url.host === this.host
    return new Promise((resolve, reject) => {
      const request = send(
        url,
        {
          method,
          headers: { 'user-agent': 'acr-webhook-action', ...headers, ...(body === undefined ? {} : { 'content-length': Buffer.byteLength(body) }) },
          agent: sameHost ? this.agent : undefined,
          signal: AbortSignal.timeout(this.timeoutMs)
        },
        response => {
          const chunks: Buffer[] = []
          let length = 0
          response.on('data', (chunk: Buffer) => {
            length += chunk.length
            if (length > maxBytes) {
              request.destroy(new Error(`answer larger than ${maxBytes} bytes`))
              return
            }
            chunks.push(chunk)
          })
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
          response.on('error', error => reject(this.unreachable(url, error)))
        }
      )
      request.on('error', error => reject(this.unreachable(url, error)))
      request.end(body)
    })
  }

  private unreachable(url: URL, error: Error): RegistryError {
    const code = (error as NodeJS.ErrnoException).code
    const why = error.name === 'TimeoutError' || code === 'ABORT_ERR' ? `no answer within ${this.timeoutMs / 1000}s` : (code ?? error.message)
    const what = url.host === this.host ? `the registry ${this.host}` : `the token service ${url.host} of ${this.host}`
    if (code === 'EPROTO' && url.protocol === 'https:') {
      // What a plain-http server answers a TLS hello with: not a network fault, and DNS or firewall advice would mislead.
      return new RegistryError(
        this.host,
        `Cannot reach ${what} over https (EPROTO: it did not answer TLS, perhaps it serves plain http): plain http is used only for the loopback names localhost, 127.0.0.1 and [::1]; serve the registry over https, or reach it by a loopback name; nothing was assumed verified`
      )
    }
    return new RegistryError(
      this.host,
      `Cannot reach ${what} (${why}): check that the host is up and that this runner can reach it (DNS, firewall, private endpoint); nothing was assumed verified`
    )
  }
}

function headerText(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(', ') : (value ?? '')
}

/** `token`, else `access_token` (OAuth2's name, which ACR answers with). */
function tokenFrom(body: Buffer): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'))
    if (typeof parsed !== 'object' || parsed === null) return undefined
    const { token, access_token: accessToken } = parsed as Record<string, unknown>
    const value = typeof token === 'string' && token !== '' ? token : accessToken
    return typeof value === 'string' && value !== '' ? value : undefined
  } catch {
    return undefined
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
