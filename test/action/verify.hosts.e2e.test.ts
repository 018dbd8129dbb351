// verify must not let the registry's answers send the runner, or the job's
// credentials, to a host registries does not allow: not a token realm, not a
// redirect, at any hop. Named hosts over TLS on loopback (tls-hosts.ts): the
// registry at registry.test, the host it points elsewhere at evil.example,
// each counting the connections it receives. The bundle runs as the runner runs it.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer as createPlainServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { runActionAsync } from '../../scripts/runner.mjs'
import { registryPayload, writeDockerConfig } from '../support/registry-event.js'
import { makeTestTls, namedLoopbackEnv } from '../support/tls-hosts.js'

const NAMES = ['registry.test', 'evil.example', 'plain.test']
const DIGEST = `sha256:${'a'.repeat(64)}`
const BASIC = `Basic ${Buffer.from('ci-user:s3cret-password').toString('base64')}`

interface Listener {
  readonly server: Server
  host: string
  connections: number
  requests: Array<{ method: string; path: string; authorization?: string; body: string }>
  answer: (request: IncomingMessage, response: ServerResponse) => void
}

let work: string
let env: Record<string, string>
const registry = {} as Listener
const evil = {} as Listener

async function listen(listener: Listener, name: string, server: Server): Promise<void> {
  Object.assign(listener, { server, connections: 0, requests: [] })
  server.on('connection', () => listener.connections++)
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      listener.requests.push({ method: request.method!, path: request.url!, authorization: request.headers.authorization, body })
      listener.answer(request, response)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  listener.host = `${name}:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'acr-verify-hosts-'))
  const tls = makeTestTls(work, NAMES)
  await listen(registry, 'registry.test', createServer({ key: tls.key, cert: tls.cert }))
  await listen(evil, 'evil.example', createServer({ key: tls.key, cert: tls.cert }))
  const dockerConfig = writeDockerConfig(work, 'docker', { auths: { [registry.host]: { auth: BASIC.slice('Basic '.length) } } })
  env = { ...namedLoopbackEnv(tls, NAMES), DOCKER_CONFIG: dockerConfig }
})

afterAll(() => {
  for (const { server } of [registry, evil]) {
    server.closeAllConnections()
    server.close()
  }
  rmSync(work, { recursive: true, force: true })
})

beforeEach(() => {
  for (const listener of [registry, evil]) {
    listener.connections = 0
    listener.requests = []
    listener.answer = (_request, response) => response.writeHead(404).end()
  }
})

const verify = (registries: string, host = registry.host) =>
  runActionAsync({
    event: {
      action: 'acr-push',
      client_payload: registryPayload(host, 'team/web', { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: DIGEST, size: 2 })
    },
    inputs: { registries, verify: 'digest' },
    env
  })

/** The registry answers every request without a bearer token with a challenge naming `realm`. */
function challengeWith(realm: () => string): void {
  registry.answer = (request, response) => {
    if (request.headers.authorization?.startsWith('Bearer ')) response.writeHead(404).end()
    else response.writeHead(401, { 'www-authenticate': `Bearer realm="${realm()}",service="registry.test"` }).end()
  }
  evil.answer = (_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"evil-token"}')
}

describe('a Bearer realm on another host', () => {
  test('not in registries: the step fails naming the realm host and how to allow it; no connection to it', async () => {
    challengeWith(() => `https://${evil.host}/token`)
    const result = await verify('registry.test:*')
    expect(result.status, result.stdout).toBe(1)
    expect(result.stdout).toContain(
      `::error::The registry ${registry.host} names its token service at ${evil.host} (Bearer realm https://${evil.host}), a host registries does not allow: no request, and no credential, was sent there. If ${evil.host} is the token service of ${registry.host}, add it to registries (registries: ${registry.host}, ${evil.host})`
    )
    expect(result.outputs).toEqual({})
    expect(evil.connections).toBe(0)
  })

  test('in registries: the token is asked for there, as the Docker CLI would', async () => {
    challengeWith(() => `https://${evil.host}/token`)
    const result = await verify('registry.test:*, evil.example:*')
    expect(result.status, result.stdout).toBe(0)
    expect(evil.requests).toEqual([expect.objectContaining({ method: 'GET', authorization: BASIC })])
    expect(result.outputs.matched).toBe('false')
    expect(JSON.parse(result.outputs.json!).reason).toMatch(/^the registry has no manifest/)
  })
})

describe('a redirect', () => {
  /** The registry redirects the manifest request through `hops` (paths on itself, or URLs), the last one answering 404. */
  function redirectThrough(...hops: Array<() => string>): void {
    registry.answer = (request, response) => {
      const index = request.url!.startsWith('/hop/') ? Number(request.url!.slice('/hop/'.length)) : 0
      const next = hops[index]
      if (next) response.writeHead(307, { location: next() }).end()
      else response.writeHead(404).end()
    }
  }

  test.each([
    ['straight to another host', [() => `https://${evil.host}/v2/team/web/manifests/${DIGEST}`]],
    ['on the second hop', [() => '/hop/1', () => `https://${evil.host}/blob`]],
    ['by a relative URL on the same host first, then a scheme-relative one', [() => '/hop/1', () => `//${evil.host}/blob`]]
  ])('to a host not in registries, %s: the step fails naming it; no connection to it', async (_name, hops) => {
    redirectThrough(...hops)
    const result = await verify('registry.test:*')
    expect(result.status, result.stdout).toBe(1)
    expect(result.stdout).toMatch(
      new RegExp(
        `::error::The registry ${registry.host} redirected GET /\\S+ to ${evil.host}, a host registries does not allow: no request, and no credential, was sent there\\. If ${evil.host} serves ${registry.host} \\(a CDN, a storage account\\), add it to registries`
      )
    )
    expect(evil.connections).toBe(0)
  })

  test('to a host in registries: followed, without the credential meant for the registry', async () => {
    redirectThrough(() => `https://${evil.host}/blob`)
    registry.answer = (request, response) => {
      if (request.headers.authorization === undefined) return response.writeHead(401, { 'www-authenticate': 'Basic realm="registry.test"' }).end()
      response.writeHead(307, { location: `https://${evil.host}/blob` }).end()
    }
    const result = await verify('registry.test:*, evil.example:*')
    expect(result.status, result.stdout).toBe(0)
    expect(registry.requests.at(-1)!.authorization).toBe(BASIC)
    expect(evil.requests).toEqual([expect.objectContaining({ path: '/blob', authorization: undefined })])
    expect(result.outputs.matched).toBe('false')
  })

  test('that never ends: refused after 5 hops', async () => {
    registry.answer = (_request, response) => response.writeHead(302, { location: '/again' }).end()
    const result = await verify('registry.test:*')
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(`redirected GET /again more than 5 times`)
    expect(registry.requests).toHaveLength(6)
  })
})

test('a registry that speaks plain http under a name other than a loopback one: the message says why it is not reached', async () => {
  const plain = createPlainServer((_request, response) => response.writeHead(404).end())
  await new Promise<void>(resolve => plain.listen(0, '127.0.0.1', resolve))
  const host = `plain.test:${(plain.address() as AddressInfo).port}`
  try {
    const result = await verify('plain.test:*', host)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      `::error::Cannot reach the registry ${host} over https (EPROTO: it did not answer TLS, perhaps it serves plain http): plain http is used only for the loopback names localhost, 127.0.0.1 and [::1]`
    )
  } finally {
    plain.closeAllConnections()
    plain.close()
  }
})
