// The one transport under the registry client and GitHub's API client, against
// servers on loopback: which addresses a hop may go to, what each request
// carries, what a redirect turns a request into, and every way an answer can
// fail, each typed so that the clients can word it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import type { AddressInfo } from 'node:net'
import { describe, expect, test } from 'vitest'
import {
  agentFor,
  headerText,
  isSecureHop,
  originOf,
  RedirectRefused,
  send,
  sendFollowingRedirects,
  TransportError,
  type HttpRequest
} from '../../../src/action/http/transport.js'

interface Seen {
  readonly method: string
  readonly path: string
  readonly headers: IncomingMessage['headers']
  readonly body: string
  readonly remotePort: number
}

/** A server on loopback that records each request (method, path, headers, body) and answers with `answer`. */
async function serve(answer: (request: IncomingMessage, response: ServerResponse, seen: Seen) => void, host = '127.0.0.1') {
  const seen: Seen[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const one = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
        remotePort: request.socket.remotePort ?? 0
      }
      seen.push(one)
      answer(request, response, one)
    })
  })
  await new Promise<void>(resolve => server.listen(0, host, resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://${host === '::1' ? '[::1]' : host}:${port}`,
    host: `${host === '::1' ? '[::1]' : host}:${port}`,
    seen,
    stop: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

const GET: HttpRequest = { method: 'GET', headers: {}, maxBytes: 1024, timeoutMs: 5_000 }
const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error
  )

describe('isSecureHop: https, or plain http between loopback names; never credentials in the URL', () => {
  test.each<[string, string, boolean]>([
    ['https://registry.example/v2/', 'registry.example', true],
    ['http://127.0.0.1:5000/token', '127.0.0.1:5000', true],
    ['http://localhost:5000/token', '[::1]:5000', true],
    ['http://127.0.0.1:5000/token', 'registry.example', false],
    ['http://registry.example/token', '127.0.0.1:5000', false],
    ['ftp://127.0.0.1/token', '127.0.0.1', false],
    ['ws://localhost/token', 'localhost', false],
    ['https://user@registry.example/', 'registry.example', false],
    ['https://:secret@registry.example/', 'registry.example', false],
    ['https://user:secret@registry.example/', 'registry.example', false],
    ['http://user@127.0.0.1:5000/', '127.0.0.1:5000', false]
  ])('%s from %s → %s', (next, from, secure) => {
    expect(isSecureHop(new URL(next), from)).toBe(secure)
  })

  test.each([
    ['registry.example', 'https://registry.example'],
    ['registry.example:8443', 'https://registry.example:8443'],
    ['localhost:5000', 'http://localhost:5000'],
    ['[::1]:5000', 'http://[::1]:5000']
  ])('originOf(%s) → %s', (host, origin) => {
    expect(originOf(host)).toBe(origin)
  })

  test('agentFor: a kept-alive agent of the scheme the host is reached with', () => {
    const remote = agentFor('registry.example')
    const local = agentFor('127.0.0.1:5000')
    try {
      expect(remote).toBeInstanceOf(HttpsAgent)
      expect(local).not.toBeInstanceOf(HttpsAgent)
      expect([(remote as unknown as { keepAlive: boolean }).keepAlive, (local as unknown as { keepAlive: boolean }).keepAlive]).toEqual([true, true])
    } finally {
      remote.destroy()
      local.destroy()
    }
  })

  test('headerText: a header given several times is one text, joined as HTTP joins it', () => {
    expect(headerText(['a', 'b'])).toBe('a, b')
    expect(headerText('a')).toBe('a')
    expect(headerText(undefined)).toBe('')
  })
})

describe('send: one request, one answer', () => {
  test('the request names the action as its user agent, and a body goes with its length, not chunked', async () => {
    const server = await serve((_, response) => response.end('ok'))
    try {
      const answer = await send(new URL(`${server.url}/token`), { ...GET, method: 'POST', headers: { 'x-a': 'b' }, body: 'grant_type=x' })
      expect({ status: answer.status, body: answer.body.toString() }).toEqual({ status: 200, body: 'ok' })
      const [request] = server.seen
      expect(request).toMatchObject({ method: 'POST', body: 'grant_type=x' })
      expect(request!.headers).toMatchObject({ 'user-agent': 'acr-webhook-action', 'x-a': 'b', 'content-length': '12' })
      expect(request!.headers).not.toHaveProperty('transfer-encoding')
    } finally {
      await server.stop()
    }
  })

  test('with a kept-alive agent, the next request to the host goes on the same connection', async () => {
    const server = await serve((_, response) => response.end('ok'))
    const agent = agentFor(server.host)
    try {
      await send(new URL(`${server.url}/a`), { ...GET, agent })
      await send(new URL(`${server.url}/b`), { ...GET, agent })
      expect(server.seen[1]!.remotePort).toBe(server.seen[0]!.remotePort)
    } finally {
      agent.destroy()
      await server.stop()
    }
  })

  test('an answer longer than the cap: too-large, and the connection is closed rather than read to its end', async () => {
    let closed = false
    const server = await serve((_, response) => {
      response.on('close', () => (closed = true))
      const more = () => {
        if (!response.destroyed) response.write(Buffer.alloc(16 * 1024, 0x61), () => setTimeout(more, 5))
      }
      response.writeHead(200)
      more()
    })
    try {
      const error = await failureOf(send(new URL(`${server.url}/endless`), { ...GET, agent: agentFor(server.host) }))
      expect(error).toBeInstanceOf(TransportError)
      expect(error).toMatchObject({
        name: 'TransportError',
        message: 'answer larger than 1024 bytes',
        failure: { kind: 'too-large', maxBytes: 1024 }
      })
      await expect.poll(() => closed, { timeout: 2_000 }).toBe(true)
    } finally {
      await server.stop()
    }
  })

  test.each<[string, () => Promise<{ url: string; stop: () => Promise<void> }>, object]>([
    [
      'no server there',
      () => Promise.resolve({ url: 'http://127.0.0.1:9', stop: () => Promise.resolve() }),
      { kind: 'unreachable', code: 'ECONNREFUSED', timedOut: false, message: 'connect ECONNREFUSED 127.0.0.1:9' }
    ],
    // https is sent with https, not http: the same refusal, not a "protocol not supported".
    [
      'no server there, over https',
      () => Promise.resolve({ url: 'https://127.0.0.1:9', stop: () => Promise.resolve() }),
      { kind: 'unreachable', code: 'ECONNREFUSED', timedOut: false }
    ],
    [
      'a server that cuts the answer short',
      () =>
        serve((_, response) => {
          response.writeHead(200, { 'content-length': '100' })
          response.write('0123456789', () => response.socket?.destroy())
        }),
      { kind: 'unreachable', code: 'ECONNRESET', timedOut: false, message: 'aborted' }
    ],
    ['a server that does not answer in time', () => serve(() => undefined), { kind: 'unreachable', code: 'ABORT_ERR', timedOut: true }]
  ])('%s: unreachable, typed', async (_, start, failure) => {
    const server = await start()
    try {
      const error = await failureOf(send(new URL(`${server.url}/x`), { ...GET, timeoutMs: 300 }))
      expect(error).toBeInstanceOf(TransportError)
      expect((error as TransportError).failure).toMatchObject(failure)
      // The error's own message is the failure's: what a client that does not word it shows.
      const { failure: got, message } = error as TransportError
      expect(message).toBe(got.kind === 'unreachable' ? got.message : 'not unreachable')
    } finally {
      await server.stop()
    }
  })
})

describe('sendFollowingRedirects: each hop checked before it is made', () => {
  const everywhere = { maxRedirects: 3, allows: () => true }

  test.each<[number, string, string, string]>([
    // 303 is a GET whatever came before; 301 and 302 turn a POST into a GET, as clients have always done; 307 and 308 keep both.
    [303, 'POST', 'GET', ''],
    [303, 'PUT', 'GET', ''],
    [301, 'POST', 'GET', ''],
    [302, 'POST', 'GET', ''],
    [307, 'POST', 'POST', 'grant_type=x'],
    [308, 'POST', 'POST', 'grant_type=x'],
    [301, 'PUT', 'PUT', 'grant_type=x'],
    [302, 'PUT', 'PUT', 'grant_type=x'],
    [302, 'GET', 'GET', '']
  ])('%i after a %s: the next hop is a %s with body %j', async (status, method, nextMethod, nextBody) => {
    const server = await serve((request, response) =>
      request.url === '/moved' ? response.end('there') : response.writeHead(status, { location: '/moved' }).end()
    )
    try {
      const body = method === 'GET' ? undefined : 'grant_type=x'
      const answer = await sendFollowingRedirects(new URL(`${server.url}/token`), { ...GET, method, body }, everywhere)
      expect(answer.body.toString()).toBe('there')
      expect(server.seen.map(request => [request.method, request.path, request.body])).toEqual([
        [method, '/token', body ?? ''],
        [nextMethod, '/moved', nextBody]
      ])
      if (nextBody === '') expect(server.seen[1]!.headers).not.toHaveProperty('content-length')
    } finally {
      await server.stop()
    }
  })

  test('the Authorization header crosses to the same host, never to another', async () => {
    const other = await serve((_, response) => response.end('elsewhere'))
    const server = await serve((request, response) =>
      request.url === '/first'
        ? response.writeHead(307, { location: '/second' }).end()
        : response.writeHead(307, { location: `${other.url}/third` }).end()
    )
    try {
      const request = { ...GET, headers: { authorization: 'Bearer secret' } }
      expect((await sendFollowingRedirects(new URL(`${server.url}/first`), request, everywhere)).body.toString()).toBe('elsewhere')
      expect(server.seen.map(seen => seen.headers.authorization)).toEqual(['Bearer secret', 'Bearer secret'])
      expect(other.seen[0]!.headers).not.toHaveProperty('authorization')
    } finally {
      await server.stop()
      await other.stop()
    }
  })

  test.each<[string, (other: string) => string, RedirectRefused['refusal'] | ((other: string) => RedirectRefused['refusal'])]>([
    ['a location that is not a URL', () => 'http://[', { kind: 'not-a-url' }],
    [
      'plain http to a host that is not loopback',
      () => 'http://registry.example/x',
      { kind: 'insecure', next: new URL('http://registry.example/x') }
    ],
    ['a host the policy does not allow', other => `${other}/x`, other => ({ kind: 'host-not-allowed', next: new URL(`${other}/x`) })],
    // A body (a refresh token) never goes to another host, even one the policy allows.
    ['a body to another host', other => `${other}/y`, other => ({ kind: 'body-to-another-host', next: new URL(`${other}/y`) })]
  ])('%s: refused before any connection, saying why', async (name, location, refusal) => {
    const other = await serve((_, response) => response.end('should not be asked'), '::1')
    const server = await serve((_, response) => response.writeHead(307, { location: location(other.url) }).end())
    try {
      const withBody = name === 'a body to another host'
      const error = await failureOf(
        sendFollowingRedirects(
          new URL(`${server.url}/token`),
          { ...GET, method: withBody ? 'POST' : 'GET', body: withBody ? 'refresh_token=secret' : undefined },
          { maxRedirects: 3, allows: host => withBody || host !== other.host }
        )
      )
      expect(error).toBeInstanceOf(RedirectRefused)
      const expected = typeof refusal === 'function' ? refusal(other.url) : refusal
      expect(error).toMatchObject({ name: 'RedirectRefused', message: `redirect refused: ${expected.kind}`, method: withBody ? 'POST' : 'GET' })
      expect((error as RedirectRefused).refusal).toEqual(expected)
      expect((error as RedirectRefused).from.href).toBe(`${server.url}/token`)
      expect(other.seen).toEqual([])
    } finally {
      await server.stop()
      await other.stop()
    }
  })

  test('more redirects than allowed: refused, with the cap', async () => {
    const server = await serve((request, response) => response.writeHead(302, { location: `${request.url}x` }).end())
    try {
      const error = await failureOf(sendFollowingRedirects(new URL(`${server.url}/r`), GET, { maxRedirects: 2, allows: () => true }))
      expect((error as RedirectRefused).refusal).toEqual({ kind: 'too-many', max: 2 })
      expect(server.seen.map(request => request.path)).toEqual(['/r', '/rx', '/rxx'])
    } finally {
      await server.stop()
    }
  })
})
