// What an answer from GitHub means for the relay, read from its status,
// headers and body as GitHub's REST documentation describes them ("Rate
// limits for the REST API", "Best practices"): accepted, worth another try,
// a rate limit with the time to wait, or a refusal.
import type { HttpAnswer } from './http.js'

/** GitHub: without Retry-After or an exhausted limit's reset, wait at least a minute after a rate limit. */
export const DEFAULT_RATE_LIMIT_WAIT_SECONDS = 60

export type Verdict =
  | { readonly kind: 'accepted'; readonly status: number; readonly waitSeconds?: number }
  /** 5xx: GitHub failing; Retry-After when it named one. */
  | { readonly kind: 'failed'; readonly status: number; readonly waitSeconds?: number }
  /** 429, or a 403 that is a rate limit (primary or secondary): nothing more until the wait is over. */
  | { readonly kind: 'limited'; readonly status: number; readonly waitSeconds: number }
  /** Any other 4xx: GitHub will not change its mind on a retry. */
  | { readonly kind: 'refused'; readonly status: number }

export function judge(answer: HttpAnswer, nowMs: number): Verdict {
  const { status } = answer
  const wait = waitSeconds(answer, nowMs)
  if (status >= 200 && status < 300) return wait === undefined ? { kind: 'accepted', status } : { kind: 'accepted', status, waitSeconds: wait }
  if (status >= 500) return wait === undefined ? { kind: 'failed', status } : { kind: 'failed', status, waitSeconds: wait }
  if (status === 429 || (status === 403 && (wait !== undefined || /rate limit/i.test(answer.text)))) {
    return { kind: 'limited', status, waitSeconds: wait ?? DEFAULT_RATE_LIMIT_WAIT_SECONDS }
  }
  return { kind: 'refused', status }
}

/**
 * Seconds GitHub asks for: Retry-After (seconds or an HTTP date), else an
 * exhausted limit's x-ratelimit-reset (epoch seconds), else undefined.
 */
export function waitSeconds(answer: HttpAnswer, nowMs: number): number | undefined {
  const header = answer.headers['retry-after']
  if (typeof header === 'string') {
    const trimmed = header.trim()
    if (/^\d+$/.test(trimmed)) return Number(trimmed)
    const date = Date.parse(trimmed)
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - nowMs) / 1000))
  }
  if (answer.headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(answer.headers['x-ratelimit-reset'])
    if (Number.isFinite(reset) && reset > 0) return Math.max(1, Math.ceil(reset - nowMs / 1000))
  }
  return undefined
}
