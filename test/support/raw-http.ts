// An HTTP/1.1 request written by hand on a socket, for what fetch cannot do:
// send the headers and hold the body back, to see what a server decides on
// the headers alone.
import { connect } from 'node:net'

export interface RawAnswer {
  readonly status: number
  /** Header names in lower case. */
  readonly headers: Record<string, string>
  readonly body: string
}

/**
 * Writes the request line and headers (and `body`, when given) to `url`'s
 * host, then reads one answer. Rejects when none arrives within `timeoutMs`.
 */
export function sendRaw(
  url: string,
  head: { method: string; path: string; headers: Record<string, string>; body?: string },
  timeoutMs = 10_000
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname)
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer within ${timeoutMs} ms`))
    }, timeoutMs)
    let received = ''
    socket.setEncoding('utf8')
    socket.on('error', error => {
      clearTimeout(timer)
      reject(error)
    })
    socket.on('data', (chunk: string) => {
      received += chunk
      const end = received.indexOf('\r\n\r\n')
      if (end === -1) return
      const [statusLine = '', ...lines] = received.slice(0, end).split('\r\n')
      const headers = Object.fromEntries(
        lines.map(line => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()])
      )
      const length = Number(headers['content-length'] ?? 0)
      const body = received.slice(end + 4)
      if (Buffer.byteLength(body) < length) return
      clearTimeout(timer)
      socket.destroy()
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body })
    })
    const lines = [
      `${head.method} ${head.path} HTTP/1.1`,
      `host: ${hostname}:${port}`,
      ...Object.entries(head.headers).map(([name, value]) => `${name}: ${value}`)
    ]
    socket.write(`${lines.join('\r\n')}\r\n\r\n${head.body ?? ''}`)
  })
}

export interface RawConnection {
  /** Writes one request; resolves with its answer, in the order requests were written (pipelining allowed). */
  send(head: { method: string; path: string; headers: Record<string, string>; body?: string }): Promise<RawAnswer>
  /** Resolves once the server closed the connection, with how: "end" (FIN) or the socket error's code (ECONNRESET…). */
  readonly closed: Promise<string>
  destroy(): void
}

/**
 * One kept-alive connection on which requests are written by hand, for what
 * fetch hides: which connection a request goes on, and whether the server
 * answered it or reset the connection.
 */
export function openRawConnection(url: string): Promise<RawConnection> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname)
    const waiting: Array<{ resolve: (answer: RawAnswer) => void; reject: (error: Error) => void }> = []
    let received = ''
    let how = 'end'
    socket.setEncoding('utf8')
    const closed = new Promise<string>(done =>
      socket.on('close', () => {
        for (const waiter of waiting.splice(0)) waiter.reject(new Error(`connection closed (${how}) before the answer`))
        done(how)
      })
    )
    socket.on('error', (error: NodeJS.ErrnoException) => {
      how = error.code ?? error.message
      reject(error)
    })
    socket.on('data', (chunk: string) => {
      received += chunk
      for (;;) {
        const end = received.indexOf('\r\n\r\n')
        if (end === -1 || waiting.length === 0) return
        const [statusLine = '', ...lines] = received.slice(0, end).split('\r\n')
        const headers = Object.fromEntries(
          lines.map(line => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()])
        )
        const length = Number(headers['content-length'] ?? 0)
        const rest = Buffer.from(received.slice(end + 4))
        if (rest.length < length) return
        received = rest.subarray(length).toString('utf8')
        waiting.shift()!.resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.subarray(0, length).toString('utf8') })
      }
    })
    socket.once('connect', () =>
      resolve({
        send: head =>
          new Promise<RawAnswer>((resolveAnswer, rejectAnswer) => {
            if (socket.destroyed) return rejectAnswer(new Error(`connection closed (${how}) before the request was sent`))
            waiting.push({ resolve: resolveAnswer, reject: rejectAnswer })
            const body = head.body ?? ''
            const lines = [
              `${head.method} ${head.path} HTTP/1.1`,
              `host: ${hostname}:${port}`,
              ...Object.entries(head.headers).map(([name, value]) => `${name}: ${value}`),
              ...(body === '' ? [] : [`content-length: ${Buffer.byteLength(body)}`])
            ]
            socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`)
          }),
        closed,
        destroy: () => socket.destroy()
      })
    )
  })
}
