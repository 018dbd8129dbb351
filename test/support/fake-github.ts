// A stand-in for GitHub's REST API on loopback: records repository dispatches,
// mints installation tokens, and answers as scripted (500, 429, slow…).
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
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
  readonly body: { event_type: string; client_payload: Record<string, any> }
  readonly at: number
}

export interface ScriptedAnswer {
  readonly status: number
  readonly headers?: Record<string, string>
  readonly body?: string
  readonly delayMs?: number
}

export interface FakeGitHub {
  readonly url: string
  readonly dispatches: RecordedDispatch[]
  /** Every dispatch request, accepted or not. */
  readonly attempts: RecordedDispatch[]
  readonly tokenRequests: Array<{ installationId: string; authorization: string | undefined }>
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
  close(): Promise<void>
}

/** Plain HTTP, or HTTPS with the test certificate, as GitHub itself serves; `onDispatch` sees each dispatch request as it arrives. */
export async function startFakeGitHub(options: { tls?: boolean; onDispatch?: (dispatch: RecordedDispatch) => void } = {}): Promise<FakeGitHub> {
  const queue: ScriptedAnswer[] = []
  let always: ScriptedAnswer | undefined
  let minted = 0
  let concurrent = 0
  const fake = {
    url: '',
    dispatches: [] as RecordedDispatch[],
    attempts: [] as RecordedDispatch[],
    tokenRequests: [] as FakeGitHub['tokenRequests'],
    tokenLifetimeMs: 60 * 60 * 1000,
    maxConcurrent: 0,
    script: (...answers: ScriptedAnswer[]) => void queue.push(...answers),
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
      fake.tokenRequests.push({ installationId: token[1]!, authorization: req.headers.authorization })
      const refusal = (fake as FakeGitHub).tokenAnswer
      if (refusal) {
        res.writeHead(refusal.status, { 'content-type': 'application/json', ...refusal.headers })
        res.end(refusal.body ?? '')
        return
      }
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
      const record = { target: dispatch[1]!, path, authorization: req.headers.authorization, body: JSON.parse(body), at: Date.now() }
      fake.attempts.push(record)
      options.onDispatch?.(record)
      const answer = queue.shift() ?? always ?? { status: 204 }
      concurrent++
      fake.maxConcurrent = Math.max(fake.maxConcurrent, concurrent)
      if (answer.delayMs) await new Promise(resolve => setTimeout(resolve, answer.delayMs))
      concurrent--
      if (answer.status === 204) fake.dispatches.push(record)
      res.writeHead(answer.status, answer.headers)
      res.end(answer.body ?? '')
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
      server.close(() => resolve())
      server.closeAllConnections()
    })
  return fake
}
