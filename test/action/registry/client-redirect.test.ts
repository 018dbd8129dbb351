// RegistryClient.get, which reads referrers and bundle blobs: a blob
// redirect (ACR sends blobs from its storage) is followed without the
// registry's credentials, and only to a host registries allows. Real HTTP
// on loopback: a registry that redirects and a storage host that records
// what it was sent.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { RegistryClient } from '../../../src/action/registry/client.js'

const PASSWORD = 'registry-password'
let registry: Server
let storage: Server
let registryHost: string
let storageHost: string
const storageSaw: IncomingHttpHeaders[] = []

async function listen(server: Server): Promise<string> {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return `127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  storage = createServer((request, response) => {
    storageSaw.push(request.headers)
    if (request.url?.startsWith('/loop')) return response.writeHead(307, { location: `http://${storageHost}/loop` }).end()
    response.writeHead(200, { 'content-type': 'application/octet-stream' }).end('bundle bytes')
  })
  registry = createServer((request, response) => {
    if (request.headers.authorization !== `Basic ${Buffer.from(`deployer:${PASSWORD}`).toString('base64')}`) {
      return response.writeHead(401, { 'www-authenticate': 'Basic realm="registry"' }).end()
    }
    const target = request.url?.endsWith('/loop') ? '/loop' : '/blob?sig=storage-secret'
    response.writeHead(307, { location: `http://${storageHost}${target}` }).end()
  })
  storageHost = await listen(storage)
  registryHost = await listen(registry)
})
afterAll(() => {
  registry.closeAllConnections()
  storage.closeAllConnections()
  registry.close()
  storage.close()
})

const client = (allowsHost?: (host: string) => boolean) =>
  new RegistryClient(registryHost, { kind: 'basic', username: 'deployer', password: PASSWORD }, { allowsHost })

describe('RegistryClient.get and redirects', () => {
  test('a redirect to an allowed host is followed, without the Authorization header', async () => {
    storageSaw.length = 0
    const reader = client(host => host === storageHost)
    const response = await reader.get('team/web', '/v2/team/web/blobs/sha256:abc', '*/*', 1024)
    reader.close()
    expect(response.status).toBe(200)
    expect(response.body.toString()).toBe('bundle bytes')
    expect(storageSaw).toHaveLength(1)
    expect(storageSaw[0]).not.toHaveProperty('authorization')
  })

  test('a redirect to a host not allowed is not followed, and its query (a SAS) is not printed', async () => {
    storageSaw.length = 0
    const reader = client()
    const refused = reader.get('team/web', '/v2/team/web/blobs/sha256:abc', '*/*', 1024)
    await expect(refused).rejects.toThrow(
      `The registry ${registryHost} redirected GET /v2/team/web/blobs/sha256:abc to ${storageHost}, a host registries does not allow: no request, and no credential, was sent there`
    )
    await expect(refused).rejects.not.toThrow(/storage-secret/)
    reader.close()
    expect(storageSaw).toHaveLength(0)
  })

  test('redirects in a loop stop after five', async () => {
    const reader = client(() => true)
    await expect(reader.get('team/web', '/v2/team/web/loop', '*/*', 1024)).rejects.toThrow('more than 5 times')
    reader.close()
  })
})
