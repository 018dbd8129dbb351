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
