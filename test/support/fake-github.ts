// A stand-in for GitHub's REST API on loopback: records repository dispatches,
// mints installation tokens, and answers as scripted (500, 429, slow…).
import { readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer as createTlsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { repoRoot } from '../../scripts/runner.mjs'

/**
 * A self-signed certificate for 127.0.0.1, for tests only (its key is public):
 * openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 36500
 *   -subj "/CN=acr-webhook-action test GitHub" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost"
 * A process that should trust it gets NODE_EXTRA_CA_CERTS=TEST_CA_FILE.
 */
export const TEST_CA_FILE = join(repoRoot, 'test/fixtures/tls/cert.pem')
const TEST_KEY_FILE = join(repoRoot, 'test/fixtures/tls/key.pem')

export interface RecordedDispatch {
  readonly target: string
  /** The request's path, so that a GitHub Enterprise Server base path (/api/v3) can be checked. */
  readonly path: string
  readonly authorization: string | undefined
  /** Every header of the request, names in lower case. */
  readonly headers: IncomingHttpHeaders
  readonly body: { event_type: string; client_payload: Record<string, any> }
  readonly at: number
}

export interface ScriptedAnswer {
  readonly status: number
  readonly headers?: Record<string, string>
  readonly body?: string
  readonly delayMs?: number
  /** reset: the connection is destroyed without an answer; hang: no answer until the fake closes. */
  readonly action?: 'reset' | 'hang'
  /** A dispatch GitHub acts on at once (recorded as accepted) whatever its answer's delay: an answer that comes late. */
  readonly acceptFirst?: boolean
}

/** The endpoints a fault can be planted on. */
export type Endpoint = 'token' | 'dispatch'

export interface FakeGitHub {
  readonly url: string
  readonly dispatches: RecordedDispatch[]
  /** Every dispatch request, accepted or not. */
  readonly attempts: RecordedDispatch[]
  readonly tokenRequests: Array<{ installationId: string; authorization: string | undefined; at: number }>
  /** Answers for the next token requests, in order; after them, tokenAnswer or a minted token. */
  scriptToken(...answers: ScriptedAnswer[]): void
  /** The answer to the `occurrence`-th request (1-based, counted from the start) to `endpoint`, once. */
  plant(endpoint: Endpoint, occurrence: number, answer: ScriptedAnswer): void
  /** Every request to either endpoint, in order of arrival. */
  readonly requests: Array<{ endpoint: Endpoint; at: number }>
  /** Answers for the next dispatch requests, in order; after them, 204. */
  script(...answers: ScriptedAnswer[]): void
  /** The App token endpoint answers this instead of minting (undefined: it mints). */
  tokenAnswer?: ScriptedAnswer
  /** The most dispatch requests that were being answered at once. */
  readonly maxConcurrent: number
  /** Every dispatch request gets this answer until changed (undefined: 204). */
  answerAlways(answer: ScriptedAnswer | undefined): void
  /** How long minted installation tokens live. */
  tokenLifetimeMs: number
  /** Dispatch requests refused for a secondary rate limit (403), when started with secondaryRateLimits. */
  readonly secondaryRateLimitRefusals: number
  close(): Promise<void>
}

/**
 * GitHub's secondary rate limits for requests that create content, counted
 * as strictly as GitHub could: over a sliding window, every request that
 * reached it (refused ones too), and requests under way at once.
 */
export interface SecondaryRateLimits {
  readonly limits: ReadonlyArray<{ readonly count: number; readonly windowMs: number }>
  readonly maxConcurrent?: number
}

/** Plain HTTP, or HTTPS with the test certificate, as GitHub itself serves; `onDispatch` sees each dispatch request as it arrives. */
export async function startFakeGitHub(
  options: { tls?: boolean; onDispatch?: (dispatch: RecordedDispatch) => void; secondaryRateLimits?: SecondaryRateLimits } = {}
): Promise<FakeGitHub> {
  const queue: ScriptedAnswer[] = []
  /** When each dispatch request arrived, oldest first, for the sliding windows. */
  const arrivals: number[] = []
  const longestWindowMs = Math.max(0, ...(options.secondaryRateLimits?.limits.map(limit => limit.windowMs) ?? []))
  /** GitHub's answer when a request goes past a secondary limit: 403, with the seconds until the window has room. */
  const secondaryLimitAnswer = (at: number): ScriptedAnswer | undefined => {
    const rules = options.secondaryRateLimits
    if (!rules) return undefined
    while (arrivals.length > 0 && arrivals[0]! <= at - longestWindowMs) arrivals.shift()
    let retryAfterMs = 0
    for (const limit of rules.limits) {
      const inWindow = arrivals.filter(time => time > at - limit.windowMs)
      if (inWindow.length >= limit.count) retryAfterMs = Math.max(retryAfterMs, inWindow[inWindow.length - limit.count]! + limit.windowMs - at)
    }
    arrivals.push(at)
    const tooMany = rules.maxConcurrent !== undefined && concurrent >= rules.maxConcurrent
    if (retryAfterMs === 0 && !tooMany) return undefined
    return {
      status: 403,
      headers: { 'content-type': 'application/json', 'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1000))) },
      body: JSON.stringify({
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403'
      })
    }
  }
  let always: ScriptedAnswer | undefined
  const tokenQueue: ScriptedAnswer[] = []
  const planted = new Map<string, ScriptedAnswer>()
  const seen = { token: 0, dispatch: 0 }
  const hanging = new Set<ServerResponse>()
  /** Answers as scripted: a status after its delay, a reset, or nothing. */
  const answer = async (req: IncomingMessage, res: ServerResponse, scripted: ScriptedAnswer, defaults: Record<string, string> = {}) => {
    if (scripted.action === 'hang') {
      hanging.add(res)
      return
    }
    if (scripted.delayMs) await new Promise(resolve => setTimeout(resolve, scripted.delayMs))
    if (scripted.action === 'reset') {
      req.socket.destroy()
      return
    }
    res.writeHead(scripted.status, { ...defaults, ...scripted.headers })
    res.end(scripted.body ?? '')
  }
  let minted = 0
  let concurrent = 0
  const fake = {
    url: '',
    dispatches: [] as RecordedDispatch[],
    attempts: [] as RecordedDispatch[],
    tokenRequests: [] as FakeGitHub['tokenRequests'],
    tokenLifetimeMs: 60 * 60 * 1000,
    maxConcurrent: 0,
    secondaryRateLimitRefusals: 0,
    requests: [] as FakeGitHub['requests'],
    script: (...answers: ScriptedAnswer[]) => void queue.push(...answers),
    scriptToken: (...answers: ScriptedAnswer[]) => void tokenQueue.push(...answers),
    plant: (endpoint: Endpoint, occurrence: number, answer: ScriptedAnswer) => void planted.set(`${endpoint}#${occurrence}`, answer),
    answerAlways: (answer: ScriptedAnswer | undefined) => void (always = answer),
    close: async () => {}
  }

  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await new Promise<string>(resolve => {
      let text = ''
      req.on('data', chunk => (text += chunk))
      req.on('end', () => resolve(text))
    })
    const path = req.url ?? ''
    const token = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(path)
    if (req.method === 'POST' && token) {
      const at = Date.now()
      fake.tokenRequests.push({ installationId: token[1]!, authorization: req.headers.authorization, at })
      fake.requests.push({ endpoint: 'token', at })
      const key = `token#${++seen.token}`
      const scripted = planted.get(key) ?? tokenQueue.shift() ?? (fake as FakeGitHub).tokenAnswer
      planted.delete(key)
      // A 201 scripted without an action mints, after its delay: a token that comes late.
      if (scripted && !(scripted.status === 201 && scripted.action === undefined)) {
        await answer(req, res, scripted, { 'content-type': 'application/json' })
        return
      }
      if (scripted?.delayMs) await new Promise(resolve => setTimeout(resolve, scripted.delayMs))
      minted++
      res.writeHead(201, { 'content-type': 'application/json' })
      res.end(
        JSON.stringify({
          token: `ghs_installation_token_${minted}`,
          expires_at: new Date(Date.now() + fake.tokenLifetimeMs).toISOString(),
          permissions: { contents: 'write' },
          repository_selection: 'all'
        })
      )
      return
    }
    // GitHub Enterprise Server serves the same API under /api/v3.
    const dispatch = /^(?:\/api\/v3)?\/repos\/([^/]+\/[^/]+)\/dispatches$/.exec(path)
    if (req.method === 'POST' && dispatch) {
      const record = {
        target: dispatch[1]!,
        path,
        authorization: req.headers.authorization,
        headers: req.headers,
        body: JSON.parse(body),
        at: Date.now()
      }
      fake.attempts.push(record)
      fake.requests.push({ endpoint: 'dispatch', at: record.at })
      options.onDispatch?.(record)
      const key = `dispatch#${++seen.dispatch}`
      const refusal = secondaryLimitAnswer(record.at)
      if (refusal) fake.secondaryRateLimitRefusals++
      const scripted = refusal ?? planted.get(key) ?? queue.shift() ?? always ?? { status: 204 }
      planted.delete(key)
      const accepted = scripted.status === 204 && scripted.action === undefined
      if (accepted && scripted.acceptFirst) fake.dispatches.push(record)
      concurrent++
      fake.maxConcurrent = Math.max(fake.maxConcurrent, concurrent)
      if (scripted.delayMs && scripted.action === undefined) await new Promise(resolve => setTimeout(resolve, scripted.delayMs))
      concurrent--
      if (accepted && !scripted.acceptFirst) fake.dispatches.push(record)
      await answer(req, res, { ...scripted, delayMs: scripted.action === undefined ? 0 : scripted.delayMs })
      return
    }
    res.writeHead(404, { 'content-type': 'application/json' })
    res.end('{"message":"Not Found"}')
  }
  const server = options.tls
    ? createTlsServer({ key: readFileSync(TEST_KEY_FILE), cert: readFileSync(TEST_CA_FILE) }, (req, res) => void handler(req, res))
    : createServer((req, res) => void handler(req, res))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  fake.url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.close = () =>
    new Promise(resolve => {
      for (const res of hanging) res.destroy()
      server.close(() => resolve())
      server.closeAllConnections()
    })
  return fake
}
