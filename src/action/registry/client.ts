// A small client for the distribution API (the OCI distribution specification):
// HEAD and GET of a manifest and GET of the repository's other paths
// (referrers, blobs), behind the specification's token flow. The one way in to
// talking to a registry: the challenge parser (www-authenticate.ts), the token
// flow (token.ts) and the transport with its redirect rule
// (../http/transport.ts) sit behind it. Microsoft's @azure/container-registry
// (with @azure/identity) speaks to ACR alone, not to connected registries or
// the registry the tests run, and weighs megabytes in a bundle. No
// @actions/core here: secrets the client learns are handed to `onSecret`,
// which the caller wires to the runner's masking.
import type { Agent, IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http'
import { agentFor, headerText, originOf, RedirectRefused, sendFollowingRedirects, TransportError, type HttpAnswer } from '../http/transport.js'
import { basicAuthorization, fetchToken, TokenError, type Credentials } from './token.js'
import { parseWwwAuthenticate } from './www-authenticate.js'

export { isLoopbackHost } from '../http/transport.js'
export { parseWwwAuthenticate, type Challenge } from './www-authenticate.js'
export type { Credentials } from './token.js'

/** Media types a manifest request accepts: without them, a registry may convert a manifest or refuse an OCI one. */
export const MANIFEST_MEDIA_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json'
] as const

/** The distribution specification's limit for a manifest body (4 MiB); more is not a manifest. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
export const DEFAULT_TIMEOUT_MS = 15_000
/** As many as curl and browsers would not call a loop; a registry needs one or two (a CDN, a storage account). */
const MAX_REDIRECTS = 5

/** A failure that must fail the step: the registry could not answer whether the event is true. */
export class RegistryError extends Error {
  override readonly name: string = 'RegistryError'
  constructor(
    readonly host: string,
    message: string,
    readonly status?: number
  ) {
    super(message)
  }
}

/** An answer longer than the caller's cap: cut off unread. A referrer that lies about its size is refused for it, alone. */
export class AnswerTooLarge extends RegistryError {
  override readonly name = 'AnswerTooLarge'
  constructor(
    host: string,
    readonly maxBytes: number,
    what: string
  ) {
    super(host, `The registry ${host} answered ${what} with more than ${maxBytes} bytes; nothing was assumed verified`)
  }
}

export type RegistryResponse = HttpAnswer

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
  private readonly agent: Agent
  private authorization?: string
  private readonly timeoutMs: number

  constructor(
    readonly host: string,
    private readonly credentials: Credentials,
    private readonly options: RegistryClientOptions = {}
  ) {
    this.baseUrl = originOf(host)
    this.agent = agentFor(host)
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  }

  /** HEAD or GET of `/v2/<repository>/manifests/<reference>`; 200 and 404 are answers, anything else throws. */
  async manifest(method: 'HEAD' | 'GET', repository: string, reference: string): Promise<RegistryResponse> {
    return this.read(method, repository, `/v2/${repository}/manifests/${reference}`, { accept: MANIFEST_MEDIA_TYPES.join(', ') }, MAX_MANIFEST_BYTES)
  }

  /**
   * GET of another path of the repository (`/v2/<repository>/referrers/…`,
   * `/blobs/…`) with the same login, the answer capped at `maxBytes` (more is
   * an AnswerTooLarge). A redirect (ACR answers a blob with 307 to its
   * storage) is followed as every request's is: only to a host `allowsHost`
   * accepts, over https, and without the Authorization header once it leaves
   * the registry's host.
   */
  async get(repository: string, path: string, accept: string, maxBytes: number): Promise<RegistryResponse> {
    return this.read('GET', repository, path, { accept }, maxBytes)
  }

  /** Releases the kept-alive connections, so that the step's process can exit at once. */
  close(): void {
    this.agent.destroy()
  }

  /** One request behind the token flow; 200 and 404 are answers, anything else throws. */
  private async read(method: string, repository: string, path: string, headers: OutgoingHttpHeaders, maxBytes: number): Promise<RegistryResponse> {
    let response = await this.send(method, path, headers, maxBytes)
    if (response.status === 401) {
      const challenged = this.authorization !== undefined
      this.authorization = await this.authorize(response, repository, path)
      response = await this.send(method, path, headers, maxBytes)
      if (response.status === 401) throw this.refused(response.status, challenged ? 'refused a token it had accepted before' : undefined)
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

  /** The Authorization header that answers a 401's challenge, or a RegistryError saying why there is none. */
  private async authorize(response: RegistryResponse, repository: string, path: string): Promise<string> {
    const challenges = parseWwwAuthenticate(headerText(response.headers['www-authenticate']))
    const bearer = challenges.find(c => c.scheme === 'bearer')
    if (bearer) {
      try {
        const token = await fetchToken(bearer, {
          registryHost: this.host,
          repository,
          credentials: this.credentials,
          allows: host => this.allows(host),
          send: (url, method, headers, body, maxBytes) => this.sendTo(url, method, headers, body, maxBytes)
        })
        this.options.onSecret?.(token)
        return `Bearer ${token}`
      } catch (error) {
        throw error instanceof TokenError ? this.tokenFailure(error) : error
      }
    }
    if (challenges.some(c => c.scheme === 'basic')) {
      if (this.credentials.kind === 'basic') return basicAuthorization(this.credentials.username, this.credentials.password)
      throw this.refused(response.status)
    }
    throw new RegistryError(
      this.host,
      `The registry ${this.host} answered HTTP 401 to ${path} without a Bearer or Basic challenge in WWW-Authenticate; it is not a registry this action can log in to`,
      401
    )
  }

  private tokenFailure({ refusal }: TokenError): RegistryError {
    switch (refusal.kind) {
      case 'no-realm':
        return new RegistryError(this.host, `The registry ${this.host} sent a Bearer challenge without a valid realm URL; it cannot be logged in to`)
      case 'insecure-realm':
        return new RegistryError(
          this.host,
          `The registry ${this.host} sent a token realm that is not https (${refusal.realm.protocol}//${refusal.realm.host}); no credentials were sent there`
        )
      case 'realm-not-allowed': {
        const { host, origin } = refusal.realm
        return new RegistryError(
          this.host,
          `The registry ${this.host} names its token service at ${host} (Bearer realm ${origin}), a host registries does not allow: no request, and no credential, was sent there. If ${host} is the token service of ${this.host}, add it to registries (registries: ${this.host}, ${host})`
        )
      }
      case 'refused':
        return this.refused(refusal.status, undefined, refusal.where)
      case 'status':
        return new RegistryError(
          this.host,
          `${capitalize(refusal.where)} answered HTTP ${refusal.status}; check that ${this.host} is up`,
          refusal.status
        )
      case 'no-token':
        return new RegistryError(this.host, `${capitalize(refusal.where)} answered 200 without a token ("token" or "access_token")`, 200)
    }
  }

  private allows(host: string): boolean {
    return host.toLowerCase() === this.host.toLowerCase() || (this.options.allowsHost?.(host) ?? false)
  }

  private refused(status: number, detail?: string, where = `the registry ${this.host}`): RegistryError {
    const what =
      this.credentials.kind === 'anonymous'
        ? `requires credentials, and the Docker config has none for ${this.host}: log in before this step (docker/login-action, or az acr login)`
        : `refused the credentials the Docker config holds for ${this.host}${detail ? ` (${detail})` : ''}: check the login step, that the password or token has not expired, and that the identity may pull (AcrPull)`
    return new RegistryError(this.host, `${capitalize(where)} answered HTTP ${status}: it ${what}`, status)
  }

  private send(method: string, path: string, headers: OutgoingHttpHeaders, maxBytes: number): Promise<RegistryResponse> {
    const all = this.authorization ? { ...headers, authorization: this.authorization } : headers
    return this.sendTo(new URL(path, this.baseUrl), method, all, undefined, maxBytes)
  }

  /** One request and its redirects (http/transport.ts), its failures said as the registry's. */
  private async sendTo(
    url: URL,
    method: string,
    headers: OutgoingHttpHeaders,
    body: string | undefined,
    maxBytes: number
  ): Promise<RegistryResponse> {
    try {
      return await sendFollowingRedirects(
        url,
        { method, headers, body, maxBytes, timeoutMs: this.timeoutMs },
        { maxRedirects: MAX_REDIRECTS, allows: host => this.allows(host), agentFor: host => (host === this.host ? this.agent : undefined) }
      )
    } catch (error) {
      if (error instanceof RedirectRefused) throw this.redirectFailure(error)
      if (error instanceof TransportError) throw this.transportFailure(error, method)
      throw error
    }
  }

  private redirectFailure({ from, method, refusal }: RedirectRefused): RegistryError {
    const what = `${method} ${from.host === this.host ? from.pathname : from.origin + from.pathname}`
    const said = (message: string) => new RegistryError(this.host, `The registry ${this.host} redirected ${what}${message}`)
    switch (refusal.kind) {
      case 'too-many':
        return said(` more than ${refusal.max} times; nothing was assumed verified`)
      case 'not-a-url':
        return said(' to an address that is not a URL; nothing was assumed verified')
      case 'insecure':
        return said(` to ${refusal.next.protocol}//${refusal.next.host}, which is not https; nothing was sent there`)
      case 'host-not-allowed': {
        const next = refusal.next.host
        return said(
          ` to ${next}, a host registries does not allow: no request, and no credential, was sent there. If ${next} serves ${this.host} (a CDN, a storage account), add it to registries (registries: ${this.host}, ${next})`
        )
      }
      case 'body-to-another-host':
        return said(`, which carries credentials in its body, to another host (${refusal.next.host}); it was not sent there`)
    }
  }

  private transportFailure({ url, failure }: TransportError, method: string): RegistryError {
    const what = url.host === this.host ? `the registry ${this.host}` : `the token service ${url.host} of ${this.host}`
    if (failure.kind === 'too-large') {
      return new AnswerTooLarge(this.host, failure.maxBytes, `${method} ${url.host === this.host ? url.pathname : url.origin + url.pathname}`)
    }
    if (failure.code === 'EPROTO' && url.protocol === 'https:') {
      // What a plain-http server answers a TLS hello with: not a network fault, and DNS or firewall advice would mislead.
      return new RegistryError(
        this.host,
        `Cannot reach ${what} over https (EPROTO: it did not answer TLS, perhaps it serves plain http): plain http is used only for the loopback names localhost, 127.0.0.1 and [::1]; serve the registry over https, or reach it by a loopback name; nothing was assumed verified`
      )
    }
    const why = failure.timedOut ? `no answer within ${this.timeoutMs / 1000}s` : (failure.code ?? failure.message)
    return new RegistryError(
      this.host,
      `Cannot reach ${what} (${why}): check that the host is up and that this runner can reach it (DNS, firewall, private endpoint); nothing was assumed verified`
    )
  }
}

/** The headers of an answer, for callers that read one. */
export type { IncomingHttpHeaders }

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
