// Where the dispatch's token comes from: the configured token, or a GitHub
// App's installation token minted by @octokit/auth-app. A mint is a request to
// GitHub like a dispatch: auth-app is given a `request` whose transport is the
// policy's (github/http.ts through policy.ts), so it waits for the same
// blocked-until and permit, is bounded by the same deadline, and reports to
// the same breaker as the dispatch it is minted for.
import { createAppAuth } from '@octokit/auth-app'
import { request as octokitRequest } from '@octokit/request'
import type { GitHubAuth } from '../config.js'
import { fetchOver } from './http.js'
import { currentCall } from './policy.js'

/** An installation token this close to expiry is replaced before use. */
const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000

export interface TokenSource {
  /**
   * The token to send, minting one through the attempt under way when none
   * is fresh.
   */
  token(): string | Promise<string>
  /** Forgets a token GitHub refused, so that the next call mints another. */
  invalidate(): void
  /** Whether a token comes from minting, so that a refused one can be replaced. */
  readonly mints: boolean
}

export function createTokenSource(auth: GitHubAuth, apiUrl: string): TokenSource {
  if (auth.kind === 'token') return { token: () => auth.token, invalidate: () => {}, mints: false }

  // @octokit/auth-app keeps tokens 59 minutes whatever GitHub says; this cache
  // also honours the expiry GitHub gives, so a shorter-lived token is renewed in time.
  const cached = new Map<string, string>()
  const fresh = (value: string) => {
    const expiresAt = value.split('|')[2]
    return expiresAt !== undefined && Date.parse(expiresAt) - Date.now() >= TOKEN_REFRESH_MARGIN_MS
  }
  const cache = {
    // auth-app reads an empty string as "not cached".
    get: (key: string): string => {
      const value = cached.get(key) ?? ''
      return fresh(value) ? value : ''
    },
    set: (key: string, value: string) => void cached.set(key, value)
  }
  const request = octokitRequest.defaults({
    baseUrl: apiUrl,
    // Every mint through the policy of the attempt that needs it (http.ts sends its own user-agent, not octokit's).
    request: { fetch: fetchOver(request => currentCall().send(request), apiUrl) }
  })
  const appAuth = createAppAuth({ appId: auth.appId, privateKey: auth.privateKey, installationId: auth.installationId, cache, request })
  return {
    mints: true,
    token: () => {
      const call = currentCall()
      // A fresh token comes from the cache above without a request.
      const minting = appAuth({ type: 'installation' }).then(result => result.token)
      // auth-app shares one mint among concurrent callers: each waits for it no longer than its own deadline.
      return new Promise<string>((resolve, reject) => {
        const onAbort = () => reject(call.signal.reason as Error)
        call.signal.addEventListener('abort', onAbort)
        minting.then(
          value => {
            call.signal.removeEventListener('abort', onAbort)
            // A token that arrives after the deadline (or for an attempt whose deadline had passed) is not used to send.
            if (call.signal.aborted) onAbort()
            else resolve(value)
          },
          (error: Error) => {
            call.signal.removeEventListener('abort', onAbort)
            reject(error)
          }
        )
      })
    },
    invalidate: () => cached.clear()
  }
}
