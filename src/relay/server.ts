// The relay on Node's http module: asks the core what the headers alone
// decide, reads the body only when they pass (and only up to its limit),
// hands the request to the core, writes one JSON log line.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { bodyTooLarge, type RelayCore, type RelayRequestHead, type RelayResponse, type RequestLog } from './core.js'

export interface RelayServer {
  readonly server: Server
  readonly port: number
  /** Stops accepting connections, lets requests under way finish, then resolves. */
  close(): Promise<void>
}

/**
 * Writes JSON log lines to stdout in batches: every 20 ms, or at once past
 * 64 KiB. Stdout to a pipe is a blocking write on Linux and wakes the reader;
 * a write per turn of the event loop cost the relay about 4% of its throughput
 * under load (npm run bench:relay) against a write per 20 ms. Lines still
 * pending are written on exit (index.ts calls flush).
 */
const FLUSH_AFTER_MS = 20
const FLUSH_BYTES = 64 * 1024

export function createLogWriter(stream: NodeJS.WritableStream = process.stdout): { log: (entry: object) => void; flush: () => void } {
  let pending = ''
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (pending === '') return
    const text = pending
    pending = ''
    stream.write(text)
  }
  return {
    log: entry => {
      // The entry's own fields follow the time, without copying the entry into a new object.
      const time = `{"time":"${logTime(Date.now())}"`
      const fields = JSON.stringify(entry)
      pending += fields === '{}' ? `${time}}\n` : `${time},${fields.slice(1)}\n`
      if (pending.length >= FLUSH_BYTES) flush()
      else if (!scheduled) {
        scheduled = true
        setTimeout(flush, FLUSH_AFTER_MS)
      }
    },
    flush
  }
}

// toISOString costs about 7,600 instructions (V8 formats it with snprintf), as
// much as a tenth of what the relay adds to a request at a few requests a
// second: the part up to the second is formatted once a second.
let secondStart = Number.NaN
let secondPrefix = ''

/** The ISO 8601 time in UTC, as toISOString gives it: 2026-12-02T05:11:00.042Z. */
export function logTime(ms: number): string {
  let within = ms - secondStart
  if (!(within >= 0 && within < 1000)) {
    within = ((ms % 1000) + 1000) % 1000
    secondStart = ms - within
    // Without its "000Z": the prefix ends with the second's "." whatever the year's width.
    secondPrefix = new Date(secondStart).toISOString().slice(0, -4)
  }
  return `${secondPrefix}${within < 10 ? '00' : within < 100 ? '0' : ''}${within}Z`
}

/**
 * Node's own limits, chosen for a sender that delivers small JSON bodies
 * within seconds and a deadline of Event Grid's 30 s:
 * - headers within 10 s, a whole request within 30 s;
 * - those checked every second (Node's default is 30 s, which let a slowloris
 *   hold its connection for half a minute past the timeout);
 * - idle keep-alive connections closed after 5 s;
 * - at most maxRequestsPerSocket requests on one connection (default 1,000),
 *   so that pipelining cannot queue an unbounded number of them;
 * - at most maxConnections open connections: more are closed at once.
 */
export const SERVER_LIMITS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  connectionsCheckingInterval: 1_000,
  keepAliveTimeout: 5_000
} as const

export function startRelayServer(
  core: RelayCore,
  options: { port: number; host?: string; log: (line: RequestLog) => void; maxConnections?: number; maxRequestsPerSocket?: number }
): Promise<RelayServer> {
  const { log } = options
  let closing = false
  // Connections whose request has reached the handler: the only ones a stop waits for.
  const serving = new Set<Socket>()
  const server = createServer({ connectionsCheckingInterval: SERVER_LIMITS.connectionsCheckingInterval }, (req, res) => {
    const socket = req.socket
    serving.add(socket)
    res.once('close', () => serving.delete(socket))
    serve(core, req, res, log, () => closing).catch(error => {
      process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), error: (error as Error).message })}\n`)
      if (!res.headersSent) send(res, { status: 500, body: { error: 'internal error' } })
      else res.destroy()
    })
  })
  const connections = new Set<Socket>()
  server.on('connection', (socket: Socket) => {
    connections.add(socket)
    socket.once('close', () => connections.delete(socket))
  })
  server.headersTimeout = SERVER_LIMITS.headersTimeout
  server.requestTimeout = SERVER_LIMITS.requestTimeout
  server.keepAliveTimeout = SERVER_LIMITS.keepAliveTimeout
  server.maxRequestsPerSocket = options.maxRequestsPerSocket ?? 1000
  server.maxConnections = options.maxConnections ?? 1024

  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, () => {
      const address = server.address()
      resolve({
        server,
        port: typeof address === 'object' && address ? address.port : options.port,
        close: () =>
          new Promise(done => {
            closing = true
            server.close(() => done())
            server.closeIdleConnections()
            // A connection still sending its headers or body would hold the stop until its timeout:
            // nothing of it has been accepted, so it is dropped, and its sender sends again.
            for (const socket of connections) if (!serving.has(socket)) socket.destroy()
          })
      })
    })
  })
}

async function serve(
  core: RelayCore,
  req: IncomingMessage,
  res: ServerResponse,
  log: (line: RequestLog) => void,
  isClosing: () => boolean
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0]!
  // Node joins a repeated header into one string; only set-cookie stays an array, and the core reads no such header.
  const head: RelayRequestHead = { method: req.method ?? '', path, headers: req.headers as RelayRequestHead['headers'] }
  const decided = core.decideOnHead(head)
  if (typeof decided !== 'number') {
    // A body that was not read is not drained either: the connection closes after the answer.
    send(res, decided, hasBody(req) || isClosing() ? { connection: 'close' } : undefined)
    log({ method: head.method, path, status: decided.status, durationMs: 0, events: [], ...(decided.logError && { error: decided.logError }) })
    return
  }
  const body = await readBody(req, decided)
  if (body === undefined) {
    const answer = bodyTooLarge(decided)
    send(res, answer, { connection: 'close' })
    log({ method: head.method, path, status: answer.status, durationMs: 0, events: [] })
    return
  }
  const { response, log: line } = await core.handle({ method: head.method, path, headers: head.headers, body }, decided)
  // Once closing, an answer ends its keep-alive connection, so that close() need not wait for it to time out.
  send(res, response, isClosing() ? { connection: 'close' } : undefined)
  log(line)
}

function hasBody(req: IncomingMessage): boolean {
  return req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0')
}

/**
 * The body as text, or undefined as soon as it exceeds `limit`. With data
 * and end events: `for await` over the request cost its async iterator and a
 * promise per chunk, on every request.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.off('data', onData)
        req.pause()
        resolve(undefined)
        return
      }
      chunks.push(chunk)
    }
    req.on('data', onData)
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, response: RelayResponse, extraHeaders?: Record<string, string>): void {
  const body = response.body === undefined ? '' : JSON.stringify(response.body)
  const headers: Record<string, string | number> = { 'content-length': Buffer.byteLength(body) }
  if (body) headers['content-type'] = 'application/json'
  if (response.headers) Object.assign(headers, response.headers)
  if (extraHeaders) Object.assign(headers, extraHeaders)
  res.writeHead(response.status, headers)
  res.end(body)
}
