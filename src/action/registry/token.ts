// The distribution specification's token flow: the realm a Bearer challenge
// names gives a token for `service` and `scope`, against basic credentials
// (GET), a refresh token (POST, grant_type=refresh_token, as ACR's
// /oauth2/token takes it) or nothing (anonymous pull). The realm is checked
// before anything is sent: secure, and a host the workflow allows.
import type { OutgoingHttpHeaders } from 'node:http'
import { isSecureHop, type HttpAnswer } from '../http/transport.js'
import type { Challenge } from './www-authenticate.js'

/** What the job has for a registry, as the Docker CLI would use it. */
export type Credentials =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  /** An OAuth2 refresh token (`identitytoken` in config.json; what `az acr login` stores for ACR). */
  | { readonly kind: 'identity-token'; readonly token: string }

/** Token answers are small JSON objects; this bounds what a hostile realm can make us buffer. */
export const MAX_TOKEN_BYTES = 64 * 1024

/** Why no token request was made, or what the token service answered that is not a token. */
export type TokenRefusal =
  | { readonly kind: 'no-realm' }
  | { readonly kind: 'insecure-realm'; readonly realm: URL }
  | { readonly kind: 'realm-not-allowed'; readonly realm: URL }
  | { readonly kind: 'refused'; readonly status: number; readonly where: string }
  | { readonly kind: 'status'; readonly status: number; readonly where: string }
  | { readonly kind: 'no-token'; readonly where: string }

export class TokenError extends Error {
  override readonly name = 'TokenError'
  constructor(readonly refusal: TokenRefusal) {
    super(`token flow: ${refusal.kind}`)
  }
}

export interface TokenRequest {
  readonly registryHost: string
  readonly repository: string
  readonly credentials: Credentials
  /** Whether the workflow allows requests to a host. */
  readonly allows: (host: string) => boolean
  /** Sends one request (and its redirects) to the realm. */
  readonly send: (url: URL, method: string, headers: OutgoingHttpHeaders, body: string | undefined, maxBytes: number) => Promise<HttpAnswer>
}

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
}

/** A bearer token for the challenge, or a TokenError saying why there is none. */
export async function fetchToken(challenge: Challenge, request: TokenRequest): Promise<string> {
  const realm = realmUrl(challenge.params.realm, request)
  const service = challenge.params.service ?? request.registryHost
  const scope = challenge.params.scope ?? `repository:${request.repository}:pull`
  const credentials = request.credentials
  let answer: HttpAnswer
  if (credentials.kind === 'identity-token') {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      service,
      scope,
      refresh_token: credentials.token,
      client_id: 'acr-webhook-action'
    })
    answer = await request.send(realm, 'POST', { 'content-type': 'application/x-www-form-urlencoded' }, form.toString(), MAX_TOKEN_BYTES)
  } else {
    realm.searchParams.set('service', service)
    realm.searchParams.set('scope', scope)
    const headers: OutgoingHttpHeaders =
      credentials.kind === 'basic' ? { authorization: basicAuthorization(credentials.username, credentials.password) } : {}
    answer = await request.send(realm, 'GET', headers, undefined, MAX_TOKEN_BYTES)
  }
  const where = `the token service ${realm.host} of ${request.registryHost}`
  if (answer.status === 401 || answer.status === 403) throw new TokenError({ kind: 'refused', status: answer.status, where })
  if (answer.status !== 200) throw new TokenError({ kind: 'status', status: answer.status, where })
  const token = tokenFrom(answer.body)
  if (!token) throw new TokenError({ kind: 'no-token', where })
  return token
}

/** The realm, only when secure and allowed: credentials go where the challenge says, never in clear text over a network. */
function realmUrl(realm: string | undefined, request: TokenRequest): URL {
  let url: URL | undefined
  try {
    url = realm === undefined ? undefined : new URL(realm)
  } catch {
    url = undefined
  }
  if (!url) throw new TokenError({ kind: 'no-realm' })
  if (!isSecureHop(url, request.registryHost)) throw new TokenError({ kind: 'insecure-realm', realm: url })
  if (!request.allows(url.host)) throw new TokenError({ kind: 'realm-not-allowed', realm: url })
  return url
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
